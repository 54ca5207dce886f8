#include "procurement/ProcurementRules.h"

#include "procurement/ConsiderableChange.h"
#include "procurement/ProcurementReview.h"
#include "procurement/Routes.h"
#include "storage/Database.h"

#include <optional>

namespace jointly::procurement {

namespace {

std::optional<std::int64_t> optionalInt(storage::Statement& row, int column) {
    if (row.isNull(column)) {
        return std::nullopt;
    }
    return row.int64(column);
}

} // namespace

std::string refuseProcurementChange(storage::Database& db, std::int64_t procurementId) {
    auto row = db.prepare("SELECT name, route, current_value_pence, value_pence, "
                          "change_by_authority, materially_different, scale_max, (SELECT "
                          "max(s.score) FROM evaluation_score s JOIN evaluator e ON e.id = "
                          "s.evaluator_id WHERE e.procurement_id = procurement.id) FROM "
                          "procurement WHERE id = ?1");
    row.bind(1, procurementId);
    if (!row.step()) {
        return {};
    }
    if (!row.isNull(7) && row.int64(7) > row.int64(6)) {
        return "Evaluators have given scores up to " + std::to_string(row.int64(7)) +
               ", so the top score cannot be lower than that.";
    }
    if (row.text(1) != "psr_direct_c") {
        return {};
    }
    // The value as the review takes it: as given, or the specification's envelope.
    std::optional<std::int64_t> proposed = optionalInt(row, 3);
    if (!proposed) {
        if (auto review = reviewProcurement(db, procurementId, "2026-01-01")) {
            proposed = review->valuePence;
        }
    }
    const auto test =
        considerableChange(optionalInt(row, 2), proposed, row.int64(4) != 0, row.int64(5) != 0);
    if (!test.considerable) {
        return {};
    }
    const auto name = row.text(0);
    return "Direct award process C cannot be used" +
           (name.empty() ? std::string() : " for \u201c" + name + "\u201d") + ": " +
           test.explanation +
           " Use the most suitable provider process or the competitive process instead.";
}

std::string refuseMilestoneChange(storage::Database& db, std::int64_t milestoneId) {
    auto row = db.prepare("SELECT m.step, m.done, m.name, EXISTS (SELECT 1 FROM "
                          "procurement_conflict c WHERE c.procurement_id = m.procurement_id AND "
                          "(trim(c.person) <> '' OR trim(c.interest) <> '')) "
                          "FROM procurement_milestone m WHERE m.id = ?1");
    row.bind(1, milestoneId);
    if (!row.step() || row.int64(1) == 0 || !needsConflictsAssessment(row.text(0)) ||
        row.int64(3) != 0) {
        return {};
    }
    return "Write the conflicts assessment before marking \u201c" + row.text(2) +
           "\u201d done: the Procurement Act 2023 (s.83) requires one before a tender or "
           "transparency notice is published, and the Provider Selection Regime a record of "
           "conflicts and how they were managed. Add who has an interest, or \"None "
           "identified\", under Conflicts.";
}

} // namespace jointly::procurement
