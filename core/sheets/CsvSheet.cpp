#include "sheets/CsvSheet.h"

#include "csv/CsvWriter.h"

#include <cstdint>

namespace jointly::sheets {

namespace {

// "-1234.50" for -123450: hundredths as plain figures, no separators.
std::string plainHundredths(std::int64_t hundredths) {
    const bool negative = hundredths < 0;
    // Through unsigned, so the most negative amount is not overflowed.
    const auto magnitude = negative ? 0 - static_cast<std::uint64_t>(hundredths)
                                    : static_cast<std::uint64_t>(hundredths);
    const auto cents = magnitude % 100;
    return (negative ? "-" : "") + std::to_string(magnitude / 100) + (cents < 10 ? ".0" : ".") +
           std::to_string(cents);
}

std::string fieldOf(const Cell& cell) {
    switch (cell.type) {
    case CellType::Empty:
        return {};
    case CellType::Text:
        return csv::safeCsvText(cell.text);
    case CellType::Number:
        return std::to_string(cell.number);
    case CellType::Money:
    case CellType::Decimal:
        return plainHundredths(cell.number);
    case CellType::Share:
        return plainHundredths(cell.number) + "%";
    case CellType::Date:
        return csv::safeCsvText(cell.text);
    }
    return {};
}

} // namespace

CsvSheet::CsvSheet(const std::string& path, const std::string& name) : file_(path, name) {
    file_.stream() << "\xEF\xBB\xBF";
}

void CsvSheet::startSheet(const std::string& sheetName, const std::vector<Column>& columns) {
    if (sheets_++ > 0) {
        file_.stream() << "\r\n" << csv::csvLine({csv::safeCsvText(sheetName)});
    }
    std::vector<std::string> headings;
    for (const auto& column : columns) {
        headings.push_back(csv::safeCsvText(column.heading));
    }
    file_.stream() << csv::csvLine(headings);
}

void CsvSheet::addRow(const std::vector<Cell>& cells) {
    std::vector<std::string> fields;
    fields.reserve(cells.size());
    for (const auto& cell : cells) {
        fields.push_back(fieldOf(cell));
    }
    file_.stream() << csv::csvLine(fields);
}

Status CsvSheet::finish() {
    if (auto opened = file_.opened(); !opened.ok()) {
        return opened;
    }
    return file_.commit();
}

} // namespace jointly::sheets
