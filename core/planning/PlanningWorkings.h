#pragma once

#include <cstdint>

namespace jointly::storage {
class Database;
}

namespace jointly::planning {

// Works out everything the Plan page and its verbs derive from the stage's
// records, as they show it: each options appraisal's weight check, ranking
// and contributions; the budget reconciled for three years from the base
// year, with the forecast's risk shares described; the PBMA rankings and
// what-ifs for rises and cuts. Returns how many things were worked out. A
// damaged file may make it throw StorageError.
std::int64_t workOutPlan(storage::Database& db);

} // namespace jointly::planning
