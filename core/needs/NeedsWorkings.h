#pragma once

#include <cstdint>

namespace jointly::storage {
class Database;
}

namespace jointly::needs {

// Works out everything the Needs page and its verbs derive from the stage's
// records, as they show it: every indicator value judged against its
// comparator with its trend words, and the list of what is worse and getting
// worse. Returns how many things were worked out. A damaged file may make it
// throw StorageError.
std::int64_t workOutNeeds(storage::Database& db);

} // namespace jointly::needs
