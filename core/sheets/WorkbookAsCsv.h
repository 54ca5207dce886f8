#pragma once

#include "Outcome.h"

#include <string>

// Imports that read CSV (indicator values, a KPI's figures) read an XLSX
// workbook's first sheet the same way, through the same mapping and the
// same checks: the sheet is turned into CSV text, cell for cell and row for
// row (so a refusal names the row the spreadsheet shows), each row as wide
// as the widest (as a spreadsheet saves CSV), numbers written in
// full without an exponent, dates as YYYY-MM-DD, and text exactly as typed.
namespace jointly::sheets {

// Whether the file is to be read as a workbook: its name ends in .xlsx.
bool isWorkbook(const std::string& path);

// The first sheet as CSV text, or why the workbook cannot be read.
Outcome<std::string> firstSheetAsCsv(const std::string& path);

} // namespace jointly::sheets
