#pragma once

#include "Outcome.h"
#include "records/RecordKind.h"

#include <cstdint>
#include <string_view>

namespace jointly::storage {
class Database;
}

namespace jointly::records {

// The record of a kind a user named on the command line: its id ("3") or
// its whole name, ignoring case and spaces at either end. Otherwise a
// sentence: that two share the name (give the id), that there are none yet,
// or which there are (the first dozen named).
Outcome<std::int64_t> findRecord(storage::Database& db, const RecordKind& kind,
                                 std::string_view nameOrId);

} // namespace jointly::records
