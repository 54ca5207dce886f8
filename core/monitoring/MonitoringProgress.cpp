#include "monitoring/MonitoringProgress.h"

#include "monitoring/ContractPerformance.h"
#include "monitoring/DashboardReport.h"
#include "monitoring/KpiBoard.h"
#include "monitoring/MonitoringKinds.h"
#include "monitoring/OutcomeReview.h"
#include "monitoring/YearAtAGlance.h"
#include "procurement/ContractKinds.h"
#include "storage/Database.h"

#include <string>

namespace jointly::monitoring {

namespace {

std::string plural(std::int64_t count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

} // namespace

StageProgress monitoringProgress(storage::Database& db) {
    Checklist list;
    auto count = [&db](const char* sql) {
        return db.queryInt64(sql);
    };
    const auto& kpiKind = procurement::contractKpi().singular;
    const auto kpis = count("SELECT count(*) FROM kpi WHERE trim(name) <> ''");
    if (list.part(kpis > 0,
                  "Add the KPIs that show whether the plan's outcomes and contracts "
                  "are delivering.",
                  kpiKind)) {
        const auto bare = count("SELECT count(*) FROM contract c WHERE trim(c.name) <> '' AND NOT "
                                "EXISTS (SELECT 1 FROM kpi k WHERE k.contract_id = c.id)");
        list.finish(bare == 0, "Add KPIs to " + plural(bare, "contract", "contracts") + ".",
                    kpiKind);
        const auto untargeted = count("SELECT count(*) FROM kpi WHERE trim(name) <> '' AND "
                                      "polarity <> 'neither' AND target_hundredths IS NULL");
        list.finish(untargeted == 0, "Set the target of " + plural(untargeted, "KPI", "KPIs") + ".",
                    kpiKind);
        const auto unowned =
            count("SELECT count(*) FROM kpi WHERE trim(name) <> '' AND owner_id IS NULL");
        list.finish(unowned == 0,
                    "Name the member who owns " + plural(unowned, "KPI", "KPIs") + ".", kpiKind);
    }
    // A KPI is due its figures once its contract has started (or at once,
    // without a contract): a contract starting next year has none yet.
    const auto measured = count("SELECT count(DISTINCT kpi_id) FROM kpi_actual WHERE "
                                "value_hundredths IS NOT NULL");
    const auto unmeasured = count(
        "SELECT count(*) FROM kpi k LEFT JOIN contract c ON c.id = k.contract_id WHERE "
        "trim(k.name) <> '' AND (c.starts_on IS NULL OR c.starts_on <= date('now')) AND NOT "
        "EXISTS (SELECT 1 FROM kpi_actual a WHERE a.kpi_id = k.id AND a.value_hundredths IS NOT "
        "NULL)");
    if (list.part(measured > 0, "Record each KPI's figures, typed or imported from a CSV.",
                  actual().singular)) {
        list.finish(unmeasured == 0,
                    "Record the figures of " + plural(unmeasured, "more KPI", "more KPIs") + ".",
                    actual().singular);
        const auto missing =
            count("SELECT count(*) FROM kpi_actual WHERE value_hundredths IS NULL");
        list.finish(missing == 0,
                    "Give " + plural(missing, "missing figure", "missing figures") +
                        ": until then the charts show no limits.",
                    actual().singular);
    }
    const auto unexplained = count("SELECT count(*) FROM kpi_rebase WHERE trim(reason) = ''");
    list.finish(unexplained == 0,
                "Say why the limits were worked out again in " +
                    plural(unexplained, "rebase", "rebases") + ".",
                rebase().singular);
    return list.result();
}

std::int64_t workOutMonitoring(storage::Database& db) {
    std::int64_t worked = 0;
    for (const auto& kpi : kpiBoard(db)) {
        worked += 1 + static_cast<std::int64_t>(kpi.recent.size() + kpi.problems.size());
    }
    // The rest of the page, as at a fixed day so that the same file always
    // works out the same: the year at a glance (with delivery), the outcome
    // review, contract performance and the dashboard for the board.
    constexpr std::string_view kAsAt = "2026-12-02";
    const auto glance = yearAtAGlance(db, kAsAt);
    worked += static_cast<std::int64_t>(glance.delivery.items.size() + glance.risks.size());
    worked += static_cast<std::int64_t>(reviewOutcomes(db, kAsAt).size());
    for (const auto& contract : contractPerformance(db, kAsAt)) {
        worked +=
            1 + static_cast<std::int64_t>(contract.notices.size() + contract.assessments.size());
        for (const auto& assessment : contract.assessments) {
            worked += static_cast<std::int64_t>(
                suggestAssessment(db, contract.contractId, assessment.year + 1).ok());
        }
    }
    worked += static_cast<std::int64_t>(!dashboardHtml(db, kAsAt).empty());
    return worked;
}

} // namespace jointly::monitoring
