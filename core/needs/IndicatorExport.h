#pragma once

#include "Outcome.h"

#include <string>

namespace jointly::storage {
class Database;
}

namespace jointly::needs {

// Writes every live indicator value as CSV in Fingertips' column layout,
// followed by "Jointly significance" and "Jointly trend". Text is protected
// against spreadsheet formula injection. Writes to a temporary file and moves
// it into place, so a failure never leaves half a file. Returns the number of
// values written.
Outcome<std::size_t> exportIndicators(storage::Database& db, const std::string& outPath);

} // namespace jointly::needs
