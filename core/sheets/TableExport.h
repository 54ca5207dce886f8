#pragma once

#include "Outcome.h"
#include "sheets/RecordSheet.h"

#include <cstddef>
#include <string>

namespace jointly::records {
struct RecordKind;
}
namespace jointly::storage {
class Database;
}

// File > Export table and 'jointly export-table': every record of a kind
// written as XLSX or CSV, chosen by the file's extension.
namespace jointly::sheets {

enum class SheetFormat { Xlsx, Csv };

// The format a file's name asks for (.xlsx or .csv, in any case), or a
// sentence saying what to use.
Outcome<SheetFormat> sheetFormatOf(const std::string& path);

// Writes the table and returns how many rows it has. The file appears only
// when whole; a failure, or `progress` saying to stop, leaves none and says
// so (ErrorKind::Cancelled when stopped). Storage errors are thrown as
// StorageError, for the caller's guard.
Outcome<std::size_t> exportTable(storage::Database& db, const records::RecordKind& kind,
                                 const std::string& path, const SheetProgress& progress = {});

} // namespace jointly::sheets
