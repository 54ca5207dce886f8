#pragma once

#include "interchange/SchemaCatalogue.h"

#include <optional>
#include <string>

namespace jointly::storage {
class StorageError;
}

namespace jointly::interchange {

// Why the schema refused a row, in words: the column at fault when one can
// be named, and the reason ("must be a whole number from 1 to 5").
struct Refusal {
    std::optional<std::string> column;
    std::string reason;
};

// Explains an insert that SQLite refused because of the row's values (a
// CHECK, NOT NULL or UNIQUE rule, or a value too big). Returns nothing when
// the failure was not the row's fault (a full disk, say), which the caller
// reports as a storage failure instead.
std::optional<Refusal> explainRefusedRow(const storage::StorageError& error, const Table& table);

} // namespace jointly::interchange
