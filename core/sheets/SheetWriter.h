#pragma once

#include "Outcome.h"
#include "sheets/Sheet.h"

#include <string>
#include <vector>

namespace jointly::sheets {

// Where a table's rows go, one at a time, so that a table of any length is
// written in bounded memory: an XLSX workbook (a sheet per table) or a CSV
// file.
class SheetWriter {
public:
    virtual ~SheetWriter() = default;
    // Starts a sheet: its name (cut to what spreadsheets allow) and columns.
    virtual void startSheet(const std::string& name, const std::vector<Column>& columns) = 0;
    // One row of the sheet begun last, a cell per column.
    virtual void addRow(const std::vector<Cell>& cells) = 0;
    // Writes the file in place; refuses, with a sentence, what could not be
    // written, leaving no file behind.
    virtual Status finish() = 0;
};

} // namespace jointly::sheets
