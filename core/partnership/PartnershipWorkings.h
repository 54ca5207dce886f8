#pragma once

#include <cstdint>

namespace jointly::storage {
class Database;
}

namespace jointly::partnership {

// Works out everything the Partnership page and its verbs derive from the
// stage's records, as they show it: the terms of reference. Returns how many
// things were worked out. A damaged file may make it throw StorageError.
std::int64_t workOutPartnership(storage::Database& db);

} // namespace jointly::partnership
