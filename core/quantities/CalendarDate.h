#pragma once

#include <optional>
#include <string>
#include <string_view>

// Calendar dates as Jointly stores them: ISO 8601, YYYY-MM-DD, for the years
// 1900 to 2200.
namespace jointly::quantities {

// Reads a date written YYYY-MM-DD or the UK's D/M/YYYY (1/4/2026 is 1 April
// 2026) and gives it as YYYY-MM-DD; nothing if it is not a real calendar
// date in one of those forms (2027-02-29 is refused, 2028-02-29 is fine).
std::optional<std::string> readDate(std::string_view text);

// True for a real calendar date written YYYY-MM-DD (years 1900-2200).
bool isIsoDate(std::string_view text);

// The number of days in a month (1-12) of a year, leap years included.
int daysInMonth(int year, int month);

} // namespace jointly::quantities
