#pragma once

#include <cstdint>

namespace jointly::storage {
class Database;
}

namespace jointly::workshop {

// Works out everything a workshop's views, record and verbs derive from its
// records: each item's standing (eligibility and quorum), each round's
// result and table, each workshop's record, and the decision log. Returns
// how many things were worked out. A damaged file may make it throw
// StorageError.
std::int64_t workOutWorkshops(storage::Database& db);

} // namespace jointly::workshop
