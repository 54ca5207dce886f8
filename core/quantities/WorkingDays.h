#pragma once

#include "Outcome.h"

#include <optional>
#include <string>
#include <string_view>

// Working days in England and Wales: Monday to Friday, except bank holidays
// (quantities/BankHolidays.h). Dates are YYYY-MM-DD.
namespace jointly::quantities {

// Days since 1970-01-01 for a real date written YYYY-MM-DD (negative before
// it), and back: the civil calendar's arithmetic, exact for any year here.
long dayNumber(int year, int month, int day);
std::string dateOfDayNumber(long days);

// The day number of a real date written YYYY-MM-DD; nothing for anything else.
std::optional<long> dayNumberOfDate(std::string_view date);
// A date written out as people read it: "Tuesday 7 January 2025"; the text
// itself when it is not a real date.
std::string dateInWords(std::string_view date);
// 1 for Monday to 7 for Sunday.
int weekday(long days);

// Whether the date (YYYY-MM-DD) is a working day. Refuses, with a sentence, a
// date that is not one, or a year the list of bank holidays does not cover.
Outcome<bool> isWorkingDay(std::string_view date);

// The date on which a period of `count` working days ends (count >= 1),
// beginning with `first` if it is a working day, else with the next working
// day: beginning on Tuesday 24 December 2024, 8 working days end on Tuesday
// 7 January 2025. Refuses, with a sentence, what isWorkingDay refuses.
Outcome<std::string> lastOfWorkingDays(std::string_view first, int count);

// The date after `date`.
Outcome<std::string> nextDay(std::string_view date);

} // namespace jointly::quantities
