#pragma once

#include "sheets/SheetWriter.h"
#include "util/PartialFile.h"

#include <string>

namespace jointly::sheets {

// A table as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets
// read "£" and accents rightly): the headings, then a line per row. Money
// and decimals are plain figures to the penny ("-1234.50"), shares end in
// "%", dates are YYYY-MM-DD, and text that a spreadsheet would run as a
// formula (starting = + - @, a tab or a carriage return) gets an apostrophe
// in front; a real negative amount stays a number. A second table follows
// the first after an empty line and a line with its name.
class CsvSheet : public SheetWriter {
public:
    CsvSheet(const std::string& path, const std::string& name);

    void startSheet(const std::string& sheetName, const std::vector<Column>& columns) override;
    void addRow(const std::vector<Cell>& cells) override;
    Status finish() override;

private:
    util::PartialFile file_;
    int sheets_ = 0;
};

} // namespace jointly::sheets
