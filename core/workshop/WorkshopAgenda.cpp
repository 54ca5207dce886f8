#include "workshop/WorkshopAgenda.h"

#include "storage/Database.h"

namespace jointly::workshop {

std::optional<std::string> workshopName(storage::Database& db, std::int64_t workshopId) {
    auto row = db.prepare("SELECT name FROM workshop WHERE id = ?1");
    row.bind(1, workshopId);
    if (!row.step()) {
        return std::nullopt;
    }
    return row.text(0).empty() ? std::string("Unnamed workshop") : row.text(0);
}

std::vector<AgendaEntry> loadAgenda(storage::Database& db, std::int64_t workshopId) {
    std::vector<AgendaEntry> agenda;
    auto rows = db.prepare("SELECT id, title, kind, minutes FROM agenda_item WHERE workshop_id = "
                           "?1 ORDER BY position, id");
    rows.bind(1, workshopId);
    while (rows.step()) {
        agenda.push_back(
            {.id = rows.int64(0),
             .title = rows.text(1).empty() ? std::string("Unnamed item") : rows.text(1),
             .kind = rows.text(2),
             .minutes =
                 rows.isNull(3) ? std::nullopt : std::optional<std::int64_t>(rows.int64(3))});
    }
    return agenda;
}

} // namespace jointly::workshop
