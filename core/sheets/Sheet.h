#pragma once

#include <cstdint>
#include <string>
#include <vector>

// A table on its way to a spreadsheet: each column with its heading and the
// kind of value it holds, and rows of cells, each a value kept exactly as
// the project keeps it (money in whole pence, shares in basis points) so
// that each writer shows it in its own way: as a real number, money or date
// cell in XLSX, as plain figures in CSV.
namespace jointly::sheets {

enum class CellType {
    Empty,
    Text,    // written as text, never as a formula
    Number,  // a whole number
    Money,   // whole pence, shown as pounds and pence
    Share,   // basis points, shown as a percentage with two decimals
    Decimal, // hundredths, shown with two decimals
    Date,    // YYYY-MM-DD
};

struct Cell {
    CellType type = CellType::Empty;
    std::string text;        // Text and Date
    std::int64_t number = 0; // Number, Money (pence), Share (basis points), Decimal (hundredths)

    static Cell empty() { return {}; }
    static Cell ofText(std::string value) { return {CellType::Text, std::move(value), 0}; }
    static Cell ofDate(std::string isoDate) { return {CellType::Date, std::move(isoDate), 0}; }
    static Cell ofNumber(CellType type, std::int64_t value) { return {type, {}, value}; }
};

struct Column {
    std::string heading;
    CellType type = CellType::Text;
    int width = 12; // in characters
};

} // namespace jointly::sheets
