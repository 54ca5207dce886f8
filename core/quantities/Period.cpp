#include "quantities/Period.h"

#include "quantities/CalendarDate.h"
#include "util/Text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

namespace jointly::quantities {

namespace {

constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2199;

constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<std::string_view, 12> kMonthNames = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

std::optional<int> number(std::string_view text, std::size_t digitsAtLeast,
                          std::size_t digitsAtMost) {
    if (text.size() < digitsAtLeast || text.size() > digitsAtMost) {
        return std::nullopt;
    }
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

std::optional<int> year(std::string_view text) {
    const auto value = number(text, 4, 4);
    if (!value || *value < kFirstYear || *value > kLastYear) {
        return std::nullopt;
    }
    return value;
}

std::string twoDigits(int value) {
    return (value < 10 ? "0" : "") + std::to_string(value);
}

std::string lower(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

std::optional<std::string> month(std::string_view text) {
    // "Apr 2025" or "April 2025"
    if (const auto space = text.find(' '); space != std::string_view::npos) {
        const auto name = lower(text.substr(0, space));
        const auto y = year(util::trim(text.substr(space + 1)));
        for (std::size_t i = 0; y && i < kMonths.size(); ++i) {
            if (name == kMonths[i] || name == kMonthNames[i]) {
                return std::to_string(*y) + "-" + twoDigits(static_cast<int>(i) + 1);
            }
        }
        return std::nullopt;
    }
    // "2025-04", "2025-4" or "2025-04-01"
    if (text.size() >= 10 && text.substr(7) == "-01") {
        text = text.substr(0, 7);
    }
    const auto dash = text.find('-');
    if (dash != 4) {
        return std::nullopt;
    }
    const auto y = year(text.substr(0, 4));
    const auto m = number(text.substr(5), 1, 2);
    if (!y || !m || *m < 1 || *m > 12) {
        return std::nullopt;
    }
    return std::to_string(*y) + "-" + twoDigits(*m);
}

std::optional<std::string> quarter(std::string_view text) {
    const auto y = year(text.substr(0, std::min<std::size_t>(4, text.size())));
    if (!y) {
        return std::nullopt;
    }
    auto rest = text.substr(4);
    if (!rest.empty() && (rest.front() == '-' || rest.front() == ' ')) {
        rest.remove_prefix(1);
    }
    if (rest.size() != 2 || (rest[0] != 'Q' && rest[0] != 'q') || rest[1] < '1' || rest[1] > '4') {
        return std::nullopt;
    }
    return std::to_string(*y) + "-Q" + rest[1];
}

std::optional<std::string> financialYear(std::string_view text) {
    const auto y = year(text.substr(0, std::min<std::size_t>(4, text.size())));
    if (!y || text.size() < 6 || (text[4] != '/' && text[4] != '-') || *y == kLastYear) {
        return std::nullopt;
    }
    const auto next = text.substr(5);
    const auto end = next.size() == 4 ? year(next) : number(next, 2, 2);
    const int expected = next.size() == 4 ? *y + 1 : (*y + 1) % 100;
    if (!end || *end != expected) {
        return std::nullopt;
    }
    return std::to_string(*y) + "/" + twoDigits((*y + 1) % 100);
}

} // namespace

std::optional<Frequency> frequencyOf(std::string_view key) {
    if (key == "monthly") {
        return Frequency::Monthly;
    }
    if (key == "quarterly") {
        return Frequency::Quarterly;
    }
    if (key == "annual") {
        return Frequency::Annual;
    }
    return std::nullopt;
}

std::optional<std::string> normalPeriod(std::string_view typed, Frequency frequency) {
    const auto text = util::trim(typed);
    switch (frequency) {
    case Frequency::Monthly:
        return month(text);
    case Frequency::Quarterly:
        return quarter(text);
    case Frequency::Annual:
        return financialYear(text);
    }
    return std::nullopt;
}

std::optional<std::int64_t> periodNumber(std::string_view period, Frequency frequency) {
    const auto normal = normalPeriod(period, frequency);
    if (!normal || *normal != period) {
        return std::nullopt;
    }
    const std::int64_t y = *year(period.substr(0, 4));
    switch (frequency) {
    case Frequency::Monthly:
        return y * 12 + *number(period.substr(5, 2), 2, 2) - 1;
    case Frequency::Quarterly:
        return y * 4 + (period[6] - '1');
    case Frequency::Annual:
        return y;
    }
    return std::nullopt;
}

std::string periodOfNumber(std::int64_t count, Frequency frequency) {
    switch (frequency) {
    case Frequency::Monthly:
        return std::to_string(count / 12) + "-" + twoDigits(static_cast<int>(count % 12) + 1);
    case Frequency::Quarterly:
        return std::to_string(count / 4) + "-Q" + std::to_string(count % 4 + 1);
    case Frequency::Annual:
        return std::to_string(count) + "/" + twoDigits(static_cast<int>((count + 1) % 100));
    }
    return {};
}

std::string_view periodExample(Frequency frequency) {
    switch (frequency) {
    case Frequency::Monthly:
        return "a month, such as 2025-04";
    case Frequency::Quarterly:
        return "a quarter, such as 2025-Q2";
    case Frequency::Annual:
        return "a financial year, such as 2025/26";
    }
    return {};
}

std::optional<int> financialYearOfPeriod(std::string_view period, Frequency frequency) {
    const auto number = periodNumber(period, frequency);
    if (!number) {
        return std::nullopt;
    }
    switch (frequency) {
    case Frequency::Monthly: // April (month 3 counting from 0) starts the year
        return static_cast<int>((*number - 3) / 12);
    case Frequency::Quarterly: // the second calendar quarter starts it
        return static_cast<int>((*number - 1) / 4);
    case Frequency::Annual:
        return static_cast<int>(*number);
    }
    return std::nullopt;
}

std::optional<PeriodDates> datesOfPeriod(std::string_view period, Frequency frequency) {
    const auto number = periodNumber(period, frequency);
    if (!number) {
        return std::nullopt;
    }
    int firstYear = 0;
    int firstMonth = 0;
    int months = 0;
    switch (frequency) {
    case Frequency::Monthly:
        firstYear = static_cast<int>(*number / 12);
        firstMonth = static_cast<int>(*number % 12) + 1;
        months = 1;
        break;
    case Frequency::Quarterly:
        firstYear = static_cast<int>(*number / 4);
        firstMonth = static_cast<int>(*number % 4) * 3 + 1;
        months = 3;
        break;
    case Frequency::Annual:
        firstYear = static_cast<int>(*number);
        firstMonth = 4;
        months = 12;
        break;
    }
    const int lastIndex = firstYear * 12 + firstMonth - 1 + months - 1;
    const int lastYear = lastIndex / 12;
    const int lastMonth = lastIndex % 12 + 1;
    const auto date = [](int y, int m, int d) {
        return std::to_string(y) + "-" + twoDigits(m) + "-" + twoDigits(d);
    };
    return PeriodDates{date(firstYear, firstMonth, 1),
                       date(lastYear, lastMonth, quantities::daysInMonth(lastYear, lastMonth))};
}

} // namespace jointly::quantities
