#include "sheets/TableExport.h"

#include "sheets/CsvSheet.h"
#include "sheets/RecordSheet.h"
#include "sheets/XlsxWorkbook.h"
#include "util/Text.h"

#include <memory>

namespace jointly::sheets {

Outcome<SheetFormat> sheetFormatOf(const std::string& path) {
    if (util::endsWithCaseless(path, ".xlsx")) {
        return SheetFormat::Xlsx;
    }
    if (util::endsWithCaseless(path, ".csv")) {
        return SheetFormat::Csv;
    }
    return Error{ErrorKind::Invalid,
                 "Jointly writes tables as XLSX workbooks or CSV files: end the name " +
                     util::curlyQuoted(util::fileNameOf(path)) + " with .xlsx or .csv."};
}

Outcome<std::size_t> exportTable(storage::Database& db, const records::RecordKind& kind,
                                 const std::string& path, const SheetProgress& progress) {
    const auto format = sheetFormatOf(path);
    if (!format.ok()) {
        return format.error();
    }
    const auto name = util::fileNameOf(path);
    std::unique_ptr<SheetWriter> writer;
    if (format.value() == SheetFormat::Xlsx) {
        writer = std::make_unique<XlsxWorkbook>(path, name);
    } else {
        writer = std::make_unique<CsvSheet>(path, name);
    }
    const auto rows = writeRecords(db, kind, *writer, progress);
    if (!rows) {
        // The writer goes unfinished: its partial file goes with it.
        return Error{ErrorKind::Cancelled,
                     "The export of " + name + " was cancelled; nothing was written."};
    }
    if (auto finished = writer->finish(); !finished.ok()) {
        return finished.error();
    }
    return *rows;
}

} // namespace jointly::sheets
