#include "monitoring/ContractPerformanceRules.h"

#include "storage/Database.h"

namespace jointly::monitoring {

namespace {

std::string quoted(const std::string& name) {
    return "\u201c" + (name.empty() ? std::string("unnamed") : name) + "\u201d";
}

} // namespace

std::string refuseFigureChange(storage::Database& db, std::int64_t figureId) {
    auto row = db.prepare("SELECT k.name, a.period FROM kpi_actual a JOIN kpi k ON k.id = "
                          "a.kpi_id WHERE a.id = ?1 AND EXISTS (SELECT 1 FROM kpi_actual o WHERE "
                          "o.kpi_id = a.kpi_id AND o.period = a.period AND o.id <> a.id)");
    row.bind(1, figureId);
    if (!row.step()) {
        return {};
    }
    return "The KPI " + quoted(row.text(0)) + " already has a figure for " + row.text(1) +
           ": change that one instead.";
}

std::string refuseNoticeChange(storage::Database& db, std::int64_t noticeId) {
    auto row = db.prepare("SELECT k.name, c.name FROM performance_notice n JOIN kpi k ON k.id = "
                          "n.kpi_id JOIN contract c ON c.id = n.contract_id WHERE n.id = ?1 AND "
                          "k.contract_id IS NOT n.contract_id");
    row.bind(1, noticeId);
    if (!row.step()) {
        return {};
    }
    return "The KPI " + quoted(row.text(0)) + " is not one of the contract " + quoted(row.text(1)) +
           "'s KPIs: choose one of its own KPIs for the notice, or leave the KPI empty.";
}

std::string refuseRatingChange(storage::Database& db, std::int64_t ratingId) {
    auto row = db.prepare(
        "SELECT k.name, c.name, k.contract_id IS a.contract_id, (SELECT count(*) FROM kpi_rating o "
        "WHERE o.assessment_id = r.assessment_id AND o.kpi_id = r.kpi_id) FROM kpi_rating r JOIN "
        "kpi k ON k.id = r.kpi_id JOIN contract_assessment a ON a.id = r.assessment_id JOIN "
        "contract c ON c.id = a.contract_id WHERE r.id = ?1");
    row.bind(1, ratingId);
    if (!row.step()) {
        return {};
    }
    if (row.int64(2) == 0) {
        return "The KPI " + quoted(row.text(0)) + " is not one of the contract " +
               quoted(row.text(1)) +
               "'s KPIs: an assessment rates the assessed contract's own KPIs.";
    }
    if (row.int64(3) > 1) {
        return "The KPI " + quoted(row.text(0)) +
               " is already rated in this assessment: change that rating instead.";
    }
    return {};
}

} // namespace jointly::monitoring
