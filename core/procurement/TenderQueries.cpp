#include "procurement/TenderQueries.h"

#include "storage/Database.h"

namespace jointly::procurement {

bool moderationBegun(storage::Database& db, std::int64_t procurementId) {
    auto row = db.prepare("SELECT EXISTS (SELECT 1 FROM moderated_score m JOIN bid b ON "
                          "b.id = m.bid_id WHERE b.procurement_id = ?1)");
    row.bind(1, procurementId);
    return row.step() && row.int64(0) != 0;
}

std::vector<std::int64_t> blockedBids(storage::Database& db, std::int64_t evaluatorId) {
    auto rows =
        db.prepare("SELECT b.id FROM evaluator e JOIN bid b ON b.procurement_id = e.procurement_id "
                   "WHERE e.id = ?1 AND b.provider_id IS NOT NULL AND ("
                   "EXISTS (SELECT 1 FROM evaluator_interest i WHERE i.evaluator_id = e.id AND "
                   "i.provider_id = b.provider_id) OR "
                   "EXISTS (SELECT 1 FROM declared_interest d WHERE d.member_id = e.member_id AND "
                   "d.provider_id = b.provider_id)) ORDER BY b.id");
    rows.bind(1, evaluatorId);
    std::vector<std::int64_t> blocked;
    while (rows.step()) {
        blocked.push_back(rows.int64(0));
    }
    return blocked;
}

std::vector<std::string> questionsLeft(storage::Database& db, std::int64_t evaluatorId) {
    auto rows = db.prepare(
        std::string("SELECT ") + kBidNameSql +
        ", c.name, b.id FROM evaluator e "
        "JOIN bid b ON b.procurement_id = e.procurement_id AND b.on_time = 1 "
        "JOIN award_criterion c ON c.procurement_id = e.procurement_id AND "
        "c.category <> 'price' AND (c.lot_id IS NULL OR c.lot_id IS b.lot_id) AND "
        "NOT EXISTS (SELECT 1 FROM award_criterion s WHERE s.parent_id = c.id) "
        "WHERE e.id = ?1 AND e.role <> 'price' AND NOT EXISTS (SELECT 1 FROM evaluation_score "
        "x WHERE x.evaluator_id = e.id AND x.bid_id = b.id AND x.criterion_id = c.id) "
        "ORDER BY b.id, c.id");
    rows.bind(1, evaluatorId);
    const auto blocked = blockedBids(db, evaluatorId);
    std::vector<std::string> left;
    while (rows.step()) {
        bool isBlocked = false;
        for (auto id : blocked) {
            isBlocked = isBlocked || id == rows.int64(2);
        }
        if (!isBlocked) {
            left.push_back("\u201c" + rows.text(0) + "\u201d on \u201c" + rows.text(1) + "\u201d");
        }
    }
    return left;
}

} // namespace jointly::procurement
