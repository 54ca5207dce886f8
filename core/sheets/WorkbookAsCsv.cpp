#include "sheets/WorkbookAsCsv.h"

#include "csv/CsvWriter.h"
#include "sheets/XlsxReader.h"
#include "util/Text.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace jointly::sheets {

namespace {

// A number as plain figures: "0.001", never "1E-3", and the fewest digits
// that give back the same number ("0.1", not "0.10000000000000001").
std::string plainNumber(const std::string& written) {
    double value = 0;
    const auto [end, error] =
        std::from_chars(written.data(), written.data() + written.size(), value);
    if (error != std::errc{} || end != written.data() + written.size() || !std::isfinite(value)) {
        return written;
    }
    char buffer[400];
    const auto [last, failed] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (failed != std::errc{}) {
        return written;
    }
    return std::string(buffer, last);
}

} // namespace

bool isWorkbook(const std::string& path) {
    return util::endsWithCaseless(path, ".xlsx");
}

Outcome<std::string> firstSheetAsCsv(const std::string& path) {
    auto book = readXlsx(path);
    if (!book.ok()) {
        return book.error();
    }
    const auto& sheet = book.value().front();
    // Every row as wide as the widest, as a spreadsheet saves CSV: a
    // workbook leaves out the empty cells at the end of a row.
    std::size_t width = 1;
    for (const auto& row : sheet.rows) {
        width = std::max(width, row.size());
    }
    if (width * sheet.rows.size() > XlsxLimits{}.mostCells) {
        return Error{ErrorKind::Invalid,
                     util::curlyQuoted(util::fileNameOf(path)) +
                         " is too large to import: its "
                         "first sheet spans " +
                         std::to_string(sheet.rows.size()) + " rows and " + std::to_string(width) +
                         " columns. Keep only the rows and columns to import, or save the "
                         "sheet as CSV."};
    }
    std::string text;
    std::vector<std::string> fields;
    for (const auto& row : sheet.rows) {
        fields.clear();
        for (const auto& cell : row) {
            fields.push_back(
                csv::csvField(cell.type == ReadType::Number ? plainNumber(cell.text) : cell.text));
        }
        fields.resize(width);
        text += csv::csvLine(fields);
    }
    return text;
}

} // namespace jointly::sheets
