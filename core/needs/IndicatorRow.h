#pragma once

#include "needs/IndicatorColumns.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace jointly::needs {

// What one indicator value holds, as a file gives it: which indicator, area,
// breakdown and period, the figures, and the file's own words about it.
struct IndicatorValueFields {
    std::string indicatorCode;
    std::string indicatorName;
    std::string parentCode;
    std::string parentName;
    std::string areaCode;
    std::string areaName;
    std::string areaType;
    std::string sex;
    std::string age;
    std::string categoryType;
    std::string category;
    std::string period;
    std::int64_t periodKey = 0;
    std::optional<double> value;
    std::optional<double> lower95;
    std::optional<double> upper95;
    std::optional<double> lower998;
    std::optional<double> upper998;
    std::optional<double> count;
    std::optional<double> denominator;
    std::string valueNote;
    std::string recentTrend;     // the file's "Recent Trend" words
    std::string comparedEngland; // the file's "Compared to England" words
    std::string comparedParent;  // the file's "Compared to <parent>" words
};

// One indicator value read from a CSV row and checked.
struct IndicatorRow : IndicatorValueFields {
    std::string polarityKey; // a stored polarity key, or empty when the file gives none
    std::string unit;
};

// Why a row could not be read: the column at fault (empty for the row as a
// whole) and a sentence.
struct RowProblem {
    std::string column;
    std::string reason;
};

// Reads and checks one CSV record against the file's columns. Returns the
// problem, if any, leaving `row` partly filled.
std::optional<RowProblem> readIndicatorRow(const std::vector<std::string>& fields,
                                           const ColumnMap& columns, IndicatorRow& row);

// A number as CSV files write it ("12.5", "-3", "1e3", " 7 "); nothing for
// empty text; an error sentence for anything else.
struct NumberReading {
    std::optional<double> number;
    bool ok = true;
};
NumberReading readNumber(std::string_view text);

} // namespace jointly::needs
