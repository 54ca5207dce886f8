#include "records/FieldInput.h"

#include "planning/FinancialYear.h"
#include "records/Money.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace jointly::records {

namespace {

constexpr std::size_t kMaxTextLength = 100'000;
// The schema's limit on a Decimal field: 1,000,000,000,000.00.
constexpr std::int64_t kMaxDecimalHundredths = 100'000'000'000'000;

std::string_view trim(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
        text.remove_suffix(1);
    }
    return text;
}

std::string lower(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

bool parseWhole(std::string_view text, std::int64_t& out) {
    std::string digits;
    for (char c : text) {
        if (c != ',') {
            digits += c;
        }
    }
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), out);
    return ec == std::errc() && end == digits.data() + digits.size() && !digits.empty();
}

int daysInMonth(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

// Accepts YYYY-MM-DD and the UK's D/M/YYYY; returns YYYY-MM-DD or "".
std::string normaliseDate(std::string_view text) {
    int year = 0;
    int month = 0;
    int day = 0;
    auto number = [](std::string_view part, int& out) {
        auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), out);
        return ec == std::errc() && end == part.data() + part.size() && !part.empty();
    };
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        if (!number(text.substr(0, 4), year) || !number(text.substr(5, 2), month) ||
            !number(text.substr(8, 2), day)) {
            return {};
        }
    } else {
        auto first = text.find('/');
        auto second = first == std::string_view::npos ? first : text.find('/', first + 1);
        if (second == std::string_view::npos || text.substr(second + 1).size() != 4 ||
            !number(text.substr(0, first), day) ||
            !number(text.substr(first + 1, second - first - 1), month) ||
            !number(text.substr(second + 1), year)) {
            return {};
        }
    }
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 ||
        day > daysInMonth(year, month)) {
        return {};
    }
    // Room for any three ints, so an optimising GCC does not warn of truncation.
    char buffer[40];
    std::snprintf(buffer, sizeof(buffer), "%04d-%02d-%02d", year, month, day);
    return buffer;
}

} // namespace

bool isIsoDate(std::string_view text) {
    return text.size() == 10 && normaliseDate(text) == text;
}

std::string_view choiceLabel(const FieldSpec& field, std::string_view key) {
    for (const auto& option : field.choices) {
        if (option.key == key) {
            return option.label;
        }
    }
    return key;
}

Outcome<FieldValue> parseInput(const FieldSpec& field, std::string_view typed) {
    const std::string label(field.label);
    std::string_view text = trim(typed);
    if (text.empty()) {
        switch (field.type) {
        case FieldType::Text:
        case FieldType::LongText:
            return FieldValue{std::string()};
        case FieldType::Choice:
            return Error{ErrorKind::Invalid, label + " needs one of the choices in the list."};
        case FieldType::Flag:
            return FieldValue{std::int64_t{0}};
        default:
            return FieldValue{};
        }
    }
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText: {
        FieldValue value{std::string(field.type == FieldType::Text ? text : typed)};
        if (auto problem = validate(field, value); !problem.empty()) {
            return Error{ErrorKind::Invalid, problem};
        }
        return value;
    }
    case FieldType::Count: {
        std::int64_t number = 0;
        if (!parseWhole(text, number)) {
            return Error{ErrorKind::Invalid, label +
                                                 " must be a whole number, such as 812,000; \"" +
                                                 std::string(text) + "\" is not one."};
        }
        FieldValue value{number};
        if (auto problem = validate(field, value); !problem.empty()) {
            return Error{ErrorKind::Invalid, problem};
        }
        return value;
    }
    case FieldType::Money: {
        auto pence = parsePounds(text);
        if (!pence) {
            return Error{ErrorKind::Invalid,
                         label + " must be an amount in pounds, such as 12,500 or 12,500.50; \"" +
                             std::string(text) + "\" is not one."};
        }
        FieldValue value{*pence};
        if (auto problem = validate(field, value); !problem.empty()) {
            return Error{ErrorKind::Invalid, problem};
        }
        return value;
    }
    case FieldType::Share: {
        std::string_view number = text;
        if (number.ends_with('%')) {
            number = trim(number.substr(0, number.size() - 1));
        }
        // A percentage with up to two decimals, read exactly as basis points.
        auto asPence = parsePounds(number);
        if (!asPence || number.find_first_of(",-") != std::string_view::npos ||
            number.starts_with("\xC2\xA3")) {
            return Error{ErrorKind::Invalid, label + " must be a percentage such as 37.5%; \"" +
                                                 std::string(text) + "\" is not one."};
        }
        FieldValue value{*asPence};
        if (auto problem = validate(field, value); !problem.empty()) {
            return Error{ErrorKind::Invalid, problem};
        }
        return value;
    }
    case FieldType::Year: {
        std::int64_t start = 0;
        if (parseWhole(text, start) && text.size() == 4) {
            return FieldValue{start}; // "2026" is taken as 2026/27
        }
        auto year = planning::parseFinancialYear(text);
        if (!year.ok()) {
            return Error{ErrorKind::Invalid, label +
                                                 " must be a financial year such as 2026/27; \"" +
                                                 std::string(text) + "\" is not one."};
        }
        return FieldValue{std::int64_t{year.value().startYear}};
    }
    case FieldType::Decimal: {
        // Read exactly as hundredths, the way pounds are read as pence.
        auto hundredths = parsePounds(text);
        if (!hundredths || text.find("\xC2\xA3") != std::string_view::npos) {
            return Error{ErrorKind::Invalid, label + " must be a number such as 12.5 or -3.25; \"" +
                                                 std::string(text) + "\" is not one."};
        }
        FieldValue value{*hundredths};
        if (auto problem = validate(field, value); !problem.empty()) {
            return Error{ErrorKind::Invalid, problem};
        }
        return value;
    }
    case FieldType::Flag: {
        auto word = lower(text);
        if (word == "yes" || word == "y" || word == "true" || word == "1") {
            return FieldValue{std::int64_t{1}};
        }
        if (word == "no" || word == "n" || word == "false" || word == "0") {
            return FieldValue{std::int64_t{0}};
        }
        return Error{ErrorKind::Invalid, label + " must be Yes or No."};
    }
    case FieldType::Date: {
        auto date = normaliseDate(text);
        if (date.empty()) {
            return Error{ErrorKind::Invalid,
                         label + " must be a date such as 2026-04-01 or 1/4/2026; \"" +
                             std::string(text) + "\" is not one."};
        }
        return FieldValue{date};
    }
    case FieldType::Choice: {
        auto word = lower(text);
        for (const auto& option : field.choices) {
            if (word == lower(option.key) || word == lower(option.label)) {
                return FieldValue{std::string(option.key)};
            }
        }
        return Error{ErrorKind::Invalid, label + " must be one of the choices in the list; \"" +
                                             std::string(text) + "\" is not one."};
    }
    case FieldType::Link:
        return Error{ErrorKind::Invalid, label + " is chosen from a list, not typed."};
    }
    return Error{ErrorKind::Invalid, label + " cannot be read."};
}

std::string formatValue(const FieldSpec& field, const FieldValue& value) {
    if (std::holds_alternative<std::monostate>(value)) {
        return {};
    }
    const auto* number = std::get_if<std::int64_t>(&value);
    const auto* text = std::get_if<std::string>(&value);
    switch (field.type) {
    case FieldType::Money:
        return number ? formatPounds(*number) : std::string();
    case FieldType::Share: {
        if (!number) {
            return {};
        }
        auto pounds = formatPounds(*number); // "£37.50" -> "37.50%"
        return pounds.substr(pounds.find("\xC2\xA3") + 2) + "%";
    }
    case FieldType::Year:
        return number ? planning::formatFinancialYear(
                            planning::FinancialYear{static_cast<int>(*number)})
                      : std::string();
    case FieldType::Decimal: {
        if (!number) {
            return {};
        }
        auto pounds = formatPounds(*number); // "-£1,234.50" -> "-1,234.50"
        auto sign = pounds.find("\xC2\xA3");
        return pounds.substr(0, sign) + pounds.substr(sign + 2);
    }
    case FieldType::Flag:
        return number && *number != 0 ? "Yes" : "No";
    case FieldType::Choice:
        return text ? std::string(choiceLabel(field, *text)) : std::string();
    case FieldType::Count: {
        if (!number) {
            return {};
        }
        auto digits = std::to_string(*number);
        std::string grouped;
        int count = 0;
        for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
            if (count > 0 && count % 3 == 0 && *it != '-') {
                grouped.insert(grouped.begin(), ',');
            }
            grouped.insert(grouped.begin(), *it);
            ++count;
        }
        return grouped;
    }
    case FieldType::Link:
        return {};
    default:
        return text ? *text : (number ? std::to_string(*number) : std::string());
    }
}

std::string validate(const FieldSpec& field, const FieldValue& value) {
    const std::string label(field.label);
    const bool empty = std::holds_alternative<std::monostate>(value);
    const auto* number = std::get_if<std::int64_t>(&value);
    const auto* text = std::get_if<std::string>(&value);
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
        if (!text) {
            return label + " must be text.";
        }
        if (text->size() > kMaxTextLength) {
            return label + " is too long: keep it under 100,000 characters.";
        }
        return {};
    case FieldType::Count:
        if (empty) {
            return {};
        }
        if (!number) {
            return label + " must be a whole number.";
        }
        if (*number < field.minimum) {
            return label + " must be at least " + std::to_string(field.minimum) + ".";
        }
        if (field.maximum > 0 && *number > field.maximum) {
            return label + " must be no more than " +
                   formatValue(field, FieldValue{field.maximum}) + ".";
        }
        return {};
    case FieldType::Money:
        if (empty) {
            return {};
        }
        if (!number) {
            return label + " must be an amount in pounds.";
        }
        if (*number < 0 && field.minimum >= 0) {
            return label + " cannot be negative.";
        }
        return {};
    case FieldType::Year:
        if (empty) {
            return {};
        }
        if (!number || *number < planning::kEarliestStartYear ||
            *number > planning::kLatestStartYear) {
            return label + " must be a financial year such as 2026/27.";
        }
        return {};
    case FieldType::Decimal:
        if (empty) {
            return {};
        }
        if (!number || *number < -kMaxDecimalHundredths || *number > kMaxDecimalHundredths) {
            return label + " must be a number between -1,000,000,000,000 and 1,000,000,000,000.";
        }
        return {};
    case FieldType::Share:
        if (empty) {
            return {};
        }
        if (!number || *number < 0 || *number > (field.maximum > 0 ? field.maximum : 10000)) {
            return label + " must be a percentage between 0% and " +
                   std::to_string((field.maximum > 0 ? field.maximum : 10000) / 100) + "%.";
        }
        return {};
    case FieldType::Flag:
        if (!number || (*number != 0 && *number != 1)) {
            return label + " must be Yes or No.";
        }
        return {};
    case FieldType::Date:
        if (empty) {
            return {};
        }
        if (!text || !isIsoDate(*text)) {
            return label + " must be a date such as 2026-04-01.";
        }
        return {};
    case FieldType::Choice:
        if (text) {
            for (const auto& option : field.choices) {
                if (option.key == *text) {
                    return {};
                }
            }
        }
        return label + " must be one of the choices in the list.";
    case FieldType::Link:
        if (empty) {
            return field.required ? label + " must be chosen." : std::string();
        }
        if (!number) {
            return label + " must be chosen from the list.";
        }
        return {};
    }
    return {};
}

} // namespace jointly::records
