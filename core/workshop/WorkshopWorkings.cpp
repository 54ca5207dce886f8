#include "workshop/WorkshopWorkings.h"

#include "storage/Database.h"
#include "workshop/DecisionLog.h"
#include "workshop/ItemStanding.h"
#include "workshop/LoadedRound.h"
#include "workshop/RoundTable.h"
#include "workshop/WorkshopRecord.h"

#include <vector>

namespace jointly::workshop {

namespace {

std::vector<std::int64_t> idsOf(storage::Database& db, const char* sql) {
    std::vector<std::int64_t> ids;
    auto rows = db.prepare(sql);
    while (rows.step()) {
        ids.push_back(rows.int64(0));
    }
    return ids;
}

} // namespace

std::int64_t workOutWorkshops(storage::Database& db) {
    std::int64_t worked = 0;
    for (const auto item : idsOf(db, "SELECT id FROM agenda_item ORDER BY id")) {
        worked += loadItemStanding(db, item) ? 1 : 0;
    }
    for (const auto round : idsOf(db, "SELECT id FROM workshop_round ORDER BY id")) {
        auto loaded = loadRound(db, round);
        if (loaded.ok()) {
            (void)roundTable(loaded.value());
            (void)namedVotes(loaded.value());
            ++worked;
        }
    }
    for (const auto workshop : idsOf(db, "SELECT id FROM workshop ORDER BY id")) {
        worked += workshopRecordHtml(db, workshop, "today").empty() ? 0 : 1;
    }
    worked += static_cast<std::int64_t>(loadDecisionLog(db).size());
    return worked;
}

} // namespace jointly::workshop
