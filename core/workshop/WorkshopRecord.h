#pragma once

#include "Outcome.h"

#include <cstdint>
#include <string>

namespace jointly::storage {
class Database;
}

// The record of a workshop, as a self-contained HTML document to export as
// PDF, ODT or HTML and circulate: the agenda, who was present (and for
// whom a substitute stood in), and for each item the quoracy, the interests
// and what the chair did about them, each round's results (named votes only
// where the round recorded them), the values the group agreed, and the
// decisions with their actions.
namespace jointly::workshop {

// The workshop with this name (ignoring case and spaces at either end), or
// a sentence naming the workshops the file holds.
Outcome<std::int64_t> findWorkshop(storage::Database& db, const std::string& name);

// `generatedOn` is printed at the foot ("2 December 2026"), a parameter so
// the output is the same in tests.
std::string workshopRecordHtml(storage::Database& db, std::int64_t workshopId,
                               const std::string& generatedOn);

} // namespace jointly::workshop
