#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace jointly::storage {
class Database;
}

// A workshop's name and agenda, in order, as the facilitator's window, the
// record and the command line list them.
namespace jointly::workshop {

struct AgendaEntry {
    std::int64_t id = 0;
    std::string title; // "Unnamed item" when empty
    std::string kind;  // "priorities", "appraisal", "pbma", "needs" or "question"
    std::optional<std::int64_t> minutes;
};

// The workshop's name, "Unnamed workshop" when empty, or nothing when there
// is no such workshop.
std::optional<std::string> workshopName(storage::Database& db, std::int64_t workshopId);

// The agenda by order, then id.
std::vector<AgendaEntry> loadAgenda(storage::Database& db, std::int64_t workshopId);

} // namespace jointly::workshop
