#include "quantities/WorkingDays.h"

#include "quantities/BankHolidays.h"
#include "quantities/CalendarDate.h"

#include <algorithm>
#include <cstdio>

namespace jointly::quantities {

namespace {

// The days-from-civil method: a year that starts on 1 March puts the leap
// day last, so each 400-year era has the same 146,097 days.
long daysFromCivil(long year, long month, long day) {
    year -= month <= 2 ? 1 : 0;
    const long era = (year >= 0 ? year : year - 399) / 400;
    const long yearOfEra = year - era * 400;
    const long dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

struct Parsed {
    long days = 0;
    int year = 0;
};

Outcome<Parsed> parsed(std::string_view date) {
    if (!isIsoDate(date)) {
        return Error{ErrorKind::Invalid,
                     "\"" + std::string(date) + "\" is not a date written YYYY-MM-DD."};
    }
    const int year = std::stoi(std::string(date.substr(0, 4)));
    const int month = std::stoi(std::string(date.substr(5, 2)));
    const int day = std::stoi(std::string(date.substr(8, 2)));
    if (year < kFirstBankHolidayYear || year > kLastBankHolidayYear) {
        return Error{ErrorKind::Invalid,
                     "Jointly knows the bank holidays of England and Wales for " +
                         std::to_string(kFirstBankHolidayYear) + " to " +
                         std::to_string(kLastBankHolidayYear) +
                         " only, so it cannot count "
                         "working days in " +
                         std::to_string(year) + "."};
    }
    return Parsed{dayNumber(year, month, day), year};
}

bool workingDay(long days) {
    if (weekday(days) >= 6) {
        return false;
    }
    return !bankHolidayOn(dateOfDayNumber(days)).has_value();
}

} // namespace

long dayNumber(int year, int month, int day) {
    return daysFromCivil(year, month, day);
}

std::string dateOfDayNumber(long days) {
    days += 719468;
    const long era = (days >= 0 ? days : days - 146096) / 146097;
    const long dayOfEra = days - era * 146097;
    const long yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const long shifted = (5 * dayOfYear + 2) / 153;
    const long day = dayOfYear - (153 * shifted + 2) / 5 + 1;
    const long month = shifted < 10 ? shifted + 3 : shifted - 9;
    const long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    // Room for any three longs, so an optimising GCC does not warn of truncation.
    char buffer[80];
    std::snprintf(buffer, sizeof(buffer), "%04ld-%02ld-%02ld", year, month, day);
    return buffer;
}

int weekday(long days) {
    // 1970-01-01 was a Thursday (4).
    const long fromMonday = ((days % 7) + 7 + 3) % 7;
    return static_cast<int>(fromMonday) + 1;
}

Outcome<bool> isWorkingDay(std::string_view date) {
    auto day = parsed(date);
    if (!day.ok()) {
        return day.error();
    }
    return workingDay(day.value().days);
}

Outcome<std::string> lastOfWorkingDays(std::string_view first, int count) {
    auto day = parsed(first);
    if (!day.ok()) {
        return day.error();
    }
    long current = day.value().days;
    int counted = 0;
    while (true) {
        if (workingDay(current)) {
            ++counted;
            if (counted >= count) {
                break;
            }
        }
        ++current;
        const auto date = dateOfDayNumber(current);
        if (std::stoi(date.substr(0, 4)) > kLastBankHolidayYear) {
            return Error{ErrorKind::Invalid, "The period runs past " +
                                                 std::to_string(kLastBankHolidayYear) +
                                                 ", beyond the bank holidays Jointly knows."};
        }
    }
    return dateOfDayNumber(current);
}

Outcome<std::string> nextDay(std::string_view date) {
    const auto days = dayNumberOfDate(date);
    if (!days) {
        return Error{ErrorKind::Invalid,
                     "\"" + std::string(date) + "\" is not a date written YYYY-MM-DD."};
    }
    return dateOfDayNumber(*days + 1);
}

std::optional<long> dayNumberOfDate(std::string_view date) {
    if (!isIsoDate(date)) {
        return std::nullopt;
    }
    const int year = std::stoi(std::string(date.substr(0, 4)));
    const int month = std::stoi(std::string(date.substr(5, 2)));
    const int day = std::stoi(std::string(date.substr(8, 2)));
    return dayNumber(year, month, day);
}

std::string dateInWords(std::string_view date) {
    static const char* const kDays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                        "Friday", "Saturday", "Sunday"};
    static const char* const kMonths[] = {"January",   "February", "March",    "April",
                                          "May",       "June",     "July",     "August",
                                          "September", "October",  "November", "December"};
    const auto days = dayNumberOfDate(date);
    if (!days) {
        return std::string(date);
    }
    const int month = std::stoi(std::string(date.substr(5, 2)));
    const int day = std::stoi(std::string(date.substr(8, 2)));
    return std::string(kDays[weekday(*days) - 1]) + " " + std::to_string(day) + " " +
           kMonths[month - 1] + " " + std::string(date.substr(0, 4));
}

} // namespace jointly::quantities
