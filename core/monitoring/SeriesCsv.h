#pragma once

#include "Outcome.h"

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// A KPI's values as a spreadsheet holds them: one row per period, "period,
// value" and an optional note, with or without a header row. Used by
// `jointly spc` and the actuals import; read with the same care as the
// indicator import (csv/CsvReader.h): a bad row is named, and nothing is
// taken from a file with one.
namespace jointly::monitoring {

struct SeriesRow {
    std::size_t row = 0; // as a spreadsheet numbers it
    std::string period;
    std::optional<double> value; // none: left empty, recorded as missing
    std::string valueText;       // as written, without spaces at the ends
    std::string note;
};

// The most rows a series may have: 100 years of weeks.
inline constexpr std::size_t kMaxSeriesRows = 5'200;

// "12.5", "-3", "1,234.5" or "87%" (87): a value a KPI may take, up to a
// million million either way. Nothing for anything else.
std::optional<double> parseMeasure(std::string_view text);

// Reads the rows in the file's order. name is how sentences call the file.
// Refuses, with the row, the period and what to do: a row without a
// period, a value that is not a number, a period given twice, more than
// three columns, a malformed CSV, an empty file.
Outcome<std::vector<SeriesRow>> readSeries(std::istream& in, const std::string& name);

// Cells pasted from a spreadsheet (a tab between cells, a line per row) as
// CSV that readSeries reads: each cell kept whole, commas and all. Text
// without a tab is taken to be CSV already and returned as it is.
std::string pastedAsCsv(std::string_view pasted);

} // namespace jointly::monitoring
