#include "quantities/FinancialYear.h"

#include "util/Text.h"

#include <cctype>
#include <cstddef>
#include <optional>

namespace jointly::quantities {

namespace {

// The number written by exactly these digits, or nothing if any is not a digit.
std::optional<int> digits(std::string_view text) {
    if (text.empty()) {
        return std::nullopt;
    }
    int value = 0;
    for (char c : text) {
        if (!std::isdigit(static_cast<unsigned char>(c))) {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

bool isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month) {
    switch (month) {
    case 2:
        return isLeapYear(year) ? 29 : 28;
    case 4:
    case 6:
    case 9:
    case 11:
        return 30;
    default:
        return 31;
    }
}

// Two digits with a leading zero: "07", "00".
std::string twoDigits(int value) {
    std::string text;
    text += static_cast<char>('0' + value / 10);
    text += static_cast<char>('0' + value % 10);
    return text;
}

std::string quoted(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

} // namespace

Outcome<FinancialYear> parseFinancialYear(std::string_view typed) {
    const std::string_view text = util::trim(typed);
    const std::string example = " Write a financial year like 2026/27.";
    if (text.size() != 7 || (text[4] != '/' && text[4] != '-')) {
        return Error{ErrorKind::Invalid, quoted(text) + " is not a financial year." + example};
    }
    const auto start = digits(text.substr(0, 4));
    const auto end = digits(text.substr(5, 2));
    if (!start || !end) {
        return Error{ErrorKind::Invalid, quoted(text) + " is not a financial year." + example};
    }
    if (*start < kEarliestStartYear || *start > kLatestStartYear) {
        return Error{ErrorKind::Invalid, quoted(text) + " is outside the years Jointly supports (" +
                                             formatFinancialYear({kEarliestStartYear}) + " to " +
                                             formatFinancialYear({kLatestStartYear}) + ")."};
    }
    const int expectedEnd = (*start + 1) % 100;
    if (*end != expectedEnd) {
        return Error{ErrorKind::Invalid,
                     quoted(text) + " is not a financial year: the year after " +
                         std::to_string(*start) + " ends in " + twoDigits(expectedEnd) +
                         ", so write " + formatFinancialYear({*start}) + "."};
    }
    return FinancialYear{*start};
}

std::string formatFinancialYear(FinancialYear year) {
    return std::to_string(year.startYear) + "/" + twoDigits((year.startYear + 1) % 100);
}

Outcome<FinancialYear> financialYearContaining(std::string_view typed) {
    const std::string_view text = util::trim(typed);
    const auto notADate = [&] {
        return Error{ErrorKind::Invalid,
                     quoted(text) + " is not a date. Write a date like 2026-04-01."};
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return notADate();
    }
    const auto year = digits(text.substr(0, 4));
    const auto month = digits(text.substr(5, 2));
    const auto day = digits(text.substr(8, 2));
    if (!year || !month || !day || *month < 1 || *month > 12 || *day < 1 ||
        *day > daysInMonth(*year, *month)) {
        return notADate();
    }
    // January to March belong to the financial year that began the April before.
    const FinancialYear result{*month >= 4 ? *year : *year - 1};
    if (result.startYear < kEarliestStartYear || result.startYear > kLatestStartYear) {
        return Error{ErrorKind::Invalid, quoted(text) +
                                             " is outside the financial years Jointly supports (" +
                                             firstDay({kEarliestStartYear}) + " to " +
                                             lastDay({kLatestStartYear}) + ")."};
    }
    return result;
}

std::string firstDay(FinancialYear year) {
    return std::to_string(year.startYear) + "-04-01";
}

std::string lastDay(FinancialYear year) {
    return std::to_string(year.startYear + 1) + "-03-31";
}

FinancialYear nextYear(FinancialYear year) {
    return FinancialYear{year.startYear + 1};
}

std::vector<FinancialYear> yearsFrom(FinancialYear first, YearSpan span) {
    std::vector<FinancialYear> years;
    FinancialYear year = first;
    for (int i = 0; i < static_cast<int>(span); ++i) {
        years.push_back(year);
        year = nextYear(year);
    }
    return years;
}

} // namespace jointly::quantities
