#pragma once

#include "Outcome.h"

#include <compare>
#include <string>
#include <string_view>
#include <vector>

// The UK financial year, which runs from 1 April to 31 March: 2026/27 is
// 1 April 2026 to 31 March 2027. Budgets, contributions and allocations are
// all held per financial year.
namespace jointly::quantities {

// Financial years are named by the calendar year they start in. Years with
// four digits are supported: 1000/01 to 9998/99.
inline constexpr int kEarliestStartYear = 1000;
inline constexpr int kLatestStartYear = 9998;

struct FinancialYear {
    int startYear = 2026;

    auto operator<=>(const FinancialYear&) const = default;
};

// Reads "2026/27" or "2026-27", with nothing else but spaces at either end.
// The second part must be exactly the last two digits of the year after the
// first, so "2026/28" and "2026/2027" are refused, and the year after 2099/00
// is 2100/01. Refuses, with a sentence, anything else.
Outcome<FinancialYear> parseFinancialYear(std::string_view text);

// "2026/27", "2099/00".
std::string formatFinancialYear(FinancialYear year);

// The financial year containing a date written YYYY-MM-DD: 2027-03-31 is in
// 2026/27 and 2027-04-01 in 2027/28. Refuses, with a sentence, text that is
// not a real calendar date in that form (2027-02-29 is refused; 2028-02-29 is
// fine), and dates outside the supported years.
Outcome<FinancialYear> financialYearContaining(std::string_view isoDate);

// "2026-04-01" for 2026/27.
std::string firstDay(FinancialYear year);

// "2027-03-31" for 2026/27.
std::string lastDay(FinancialYear year);

// 2027/28 after 2026/27.
FinancialYear nextYear(FinancialYear year);

// The budget views: one year, three years (an implementation plan) and ten
// years (a long-term financial plan).
enum class YearSpan { One = 1, Three = 3, Ten = 10 };

// The years of a span starting at (and including) first, in order: Three
// from 2026/27 is 2026/27, 2027/28, 2028/29.
std::vector<FinancialYear> yearsFrom(FinancialYear first, YearSpan span);

} // namespace jointly::quantities
