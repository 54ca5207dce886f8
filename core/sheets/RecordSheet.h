#pragma once

#include "Outcome.h"
#include "sheets/Sheet.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace jointly::records {
struct RecordKind;
}
namespace jointly::storage {
class Database;
}

// Any kind of record as a table for a spreadsheet, the way the window's
// table shows it: a column per field under its label, money as money,
// shares as percentages, dates as dates, choices by their label, yes/no
// fields as Yes or No, financial years as 2026/27 and links by the linked
// record's name.
namespace jointly::sheets {

class SheetWriter;

// The columns of a kind's table.
std::vector<Column> columnsOf(const records::RecordKind& kind);

// How far a long export has come: rows written and rows in all. Returns
// false to stop.
using SheetProgress = std::function<bool(std::size_t written, std::size_t total)>;

// Writes every record of the kind (those the window shows) as one sheet
// named after the kind, and returns how many rows were written; nothing
// when `progress` (asked every 1,000 rows) said to stop.
std::optional<std::size_t> writeRecords(storage::Database& db, const records::RecordKind& kind,
                                        SheetWriter& writer, const SheetProgress& progress = {});

} // namespace jointly::sheets
