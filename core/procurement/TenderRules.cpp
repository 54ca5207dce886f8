#include "procurement/TenderRules.h"

#include "procurement/TenderQueries.h"
#include "storage/Database.h"

namespace jointly::procurement {

std::string refuseCriterionChange(storage::Database& db, std::int64_t criterionId) {
    auto row = db.prepare(
        "SELECT c.name, c.category, p.id, p.parent_id, p.procurement_id = c.procurement_id, "
        "p.category, (SELECT count(*) FROM award_criterion s WHERE s.parent_id = c.id), "
        "p.lot_id IS c.lot_id, "
        "c.lot_id IS NULL OR EXISTS (SELECT 1 FROM tender_lot l WHERE l.id = c.lot_id AND "
        "l.procurement_id = c.procurement_id), "
        "EXISTS (SELECT 1 FROM award_criterion s WHERE s.parent_id = c.id AND "
        "(s.lot_id IS NOT c.lot_id OR s.procurement_id <> c.procurement_id)) "
        "FROM award_criterion c LEFT JOIN award_criterion p ON p.id = c.parent_id "
        "WHERE c.id = ?1");
    row.bind(1, criterionId);
    if (!row.step()) {
        return {};
    }
    const auto name = "\u201c" + row.text(0) + "\u201d";
    if (row.int64(8) == 0) {
        return "The lot of " + name + " belongs to another procurement.";
    }
    if (row.int64(9) != 0) {
        return "The sub-criteria of " + name +
               " must stay in its procurement and lot; move them with it first.";
    }
    if (row.text(1) == "price" && row.int64(6) > 0) {
        return "The price criterion " + name +
               " cannot have sub-criteria: price is scored by the formula.";
    }
    if (row.isNull(2)) {
        return {};
    }
    if (row.int64(6) > 0) {
        return name + " has sub-criteria of its own, so it cannot be part of another criterion.";
    }
    if (row.int64(7) == 0) {
        return "A sub-criterion belongs to the same lot as its parent; " + name + " is in another.";
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

std::string refuseBidChange(storage::Database& db, std::int64_t bidId) {
    auto row = db.prepare("SELECT b.lot_id IS NULL OR EXISTS (SELECT 1 FROM tender_lot l WHERE "
                          "l.id = b.lot_id AND l.procurement_id = b.procurement_id) FROM bid b "
                          "WHERE b.id = ?1");
    row.bind(1, bidId);
    if (row.step() && row.int64(0) == 0) {
        return "The bid's lot belongs to another procurement; choose one of its own.";
    }
    return {};
}

std::string refuseEvaluatorChange(storage::Database& db, std::int64_t evaluatorId) {
    auto row = db.prepare(
        "SELECT name, finished, removed, procurement_id, EXISTS (SELECT 1 FROM "
        "evaluation_score s WHERE s.evaluator_id = evaluator.id), NOT EXISTS (SELECT 1 FROM "
        "evaluator o WHERE o.procurement_id = evaluator.procurement_id AND o.id <> evaluator.id "
        "AND o.removed = 0 AND o.finished = 0) FROM evaluator WHERE id = ?1");
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
        // Unfinished with scores once every other evaluator has finished (so
        // all scores could be seen) or moderation has begun: reopened, which
        // would let scores change after seeing the others'. A newcomer to the
        // panel has none.
        if (row.int64(4) != 0 && (row.int64(5) != 0 || moderationBegun(db, row.int64(3)))) {
            return "Every other evaluator has finished, so " + name +
                   "'s scores stay as they were finished: they could now be compared with the "
                   "others'. Change them in moderation, or mark the evaluator removed from the "
                   "panel to leave them out.";
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
