#pragma once

#include <cstdint>

namespace jointly::storage {
class Database;
}

namespace jointly::procurement {

// Works out everything the Procure page and its verbs derive from the
// stage's records, as they show them: each procurement's warnings, the
// considerable change test, its timeline's broken minimums and its tender
// evaluation; the contract register; and the OCDS release package. Returns how
// many things were worked out. A damaged file may make it throw StorageError.
std::int64_t workOutProcurement(storage::Database& db);

} // namespace jointly::procurement
