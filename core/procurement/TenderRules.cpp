#include "procurement/TenderRules.h"

#include "procurement/TenderQueries.h"
#include "storage/Database.h"

namespace jointly::procurement {

std::string refuseCriterionChange(storage::Database& db, std::int64_t criterionId) {
    auto row = db.prepare(
        "SELECT c.name, c.category, p.id, p.parent_id, p.procurement_id = c.procurement_id, "
        "p.category, (SELECT count(*) FROM award_criterion s WHERE s.parent_id = c.id) "
        "FROM award_criterion c LEFT JOIN award_criterion p ON p.id = c.parent_id "
        "WHERE c.id = ?1");
    row.bind(1, criterionId);
    if (!row.step()) {
        return {};
    }
    const auto name = "\u201c" + row.text(0) + "\u201d";
    if (row.text(1) == "price" && row.int64(6) > 0) {
        return "The price criterion " + name +
               " cannot have sub-criteria: price is scored by the formula.";
    }
    if (row.isNull(2)) {
        return {};
    }
    if (row.int64(2) == criterionId || !row.isNull(3) || row.int64(4) == 0) {
        return "A sub-criterion must be part of a criterion of the same procurement that is not "
               "itself a sub-criterion; " +
               name + " cannot be part of that one.";
    }
    if (row.text(1) == "price" || row.text(5) == "price") {
        return "Price is scored by the formula as one criterion, so " + name +
               " cannot be a sub-criterion of it, or a price sub-criterion.";
    }
    return {};
}

std::string refuseEvaluatorChange(storage::Database& db, std::int64_t evaluatorId) {
    auto row = db.prepare("SELECT name, finished, removed, procurement_id, EXISTS (SELECT 1 FROM "
                          "evaluation_score s WHERE s.evaluator_id = evaluator.id) FROM evaluator "
                          "WHERE id = ?1");
    row.bind(1, evaluatorId);
    if (!row.step()) {
        return {};
    }
    const auto name = row.text(0).empty() ? std::string("This evaluator") : row.text(0);
    const bool finished = row.int64(1) != 0;
    const bool removed = row.int64(2) != 0;
    if (removed) {
        return {};
    }
    if (!finished) {
        // Unfinished with scores once moderation has begun: reopened, which
        // would change scores the consensus started from. A newcomer to the
        // panel has none.
        if (row.int64(4) != 0 && moderationBegun(db, row.int64(3))) {
            return "Moderation has begun, so " + name +
                   "'s scores stay as they were finished. Mark the evaluator removed from the "
                   "panel to leave their scores out.";
        }
        return {};
    }
    const auto missing = questionsLeft(db, evaluatorId);
    if (missing.empty()) {
        return {};
    }
    return name + " cannot finish yet: " + std::to_string(missing.size()) +
           (missing.size() == 1 ? " question is" : " questions are") + " not scored (" +
           missing.front() + (missing.size() > 1 ? ", ..." : "") + ").";
}

} // namespace jointly::procurement
