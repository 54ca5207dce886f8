#include "quantities/CalendarDate.h"

#include <charconv>
#include <cstdio>

namespace jointly::quantities {

namespace {

bool number(std::string_view part, int& out) {
    auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), out);
    return ec == std::errc() && end == part.data() + part.size() && !part.empty();
}

} // namespace

int daysInMonth(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

std::optional<std::string> readDate(std::string_view text) {
    int year = 0;
    int month = 0;
    int day = 0;
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        if (!number(text.substr(0, 4), year) || !number(text.substr(5, 2), month) ||
            !number(text.substr(8, 2), day)) {
            return std::nullopt;
        }
    } else {
        auto first = text.find('/');
        auto second = first == std::string_view::npos ? first : text.find('/', first + 1);
        if (second == std::string_view::npos || text.substr(second + 1).size() != 4 ||
            !number(text.substr(0, first), day) ||
            !number(text.substr(first + 1, second - first - 1), month) ||
            !number(text.substr(second + 1), year)) {
            return std::nullopt;
        }
    }
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 ||
        day > daysInMonth(year, month)) {
        return std::nullopt;
    }
    // Room for any three ints, so an optimising GCC does not warn of truncation.
    char buffer[40];
    std::snprintf(buffer, sizeof(buffer), "%04d-%02d-%02d", year, month, day);
    return std::string(buffer);
}

bool isIsoDate(std::string_view text) {
    return text.size() == 10 && readDate(text) == text;
}

} // namespace jointly::quantities
