#include "records/FieldInput.h"

#include "quantities/CalendarDate.h"
#include "quantities/Decimal.h"
#include "quantities/FinancialYear.h"
#include "quantities/Money.h"
#include "quantities/Share.h"
#include "util/Text.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace jointly::records {

namespace {

constexpr std::size_t kMaxTextLength = 100'000;

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

} // namespace

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
    std::string_view text = util::trim(typed);
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
        auto pence = quantities::parsePounds(text);
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
        auto basisPoints = quantities::parseShare(text);
        if (!basisPoints) {
            return Error{ErrorKind::Invalid, label + " must be a percentage such as 37.5%; \"" +
                                                 std::string(text) + "\" is not one."};
        }
        FieldValue value{*basisPoints};
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
        auto year = quantities::parseFinancialYear(text);
        if (!year.ok()) {
            return Error{ErrorKind::Invalid, label +
                                                 " must be a financial year such as 2026/27; \"" +
                                                 std::string(text) + "\" is not one."};
        }
        return FieldValue{std::int64_t{year.value().startYear}};
    }
    case FieldType::Decimal: {
        auto hundredths = quantities::parseHundredths(text);
        if (!hundredths) {
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
        auto word = util::lower(text);
        if (word == "yes" || word == "y" || word == "true" || word == "1") {
            return FieldValue{std::int64_t{1}};
        }
        if (word == "no" || word == "n" || word == "false" || word == "0") {
            return FieldValue{std::int64_t{0}};
        }
        return Error{ErrorKind::Invalid, label + " must be Yes or No."};
    }
    case FieldType::Date: {
        auto date = quantities::readDate(text);
        if (!date) {
            return Error{ErrorKind::Invalid,
                         label + " must be a date such as 2026-04-01 or 1/4/2026; \"" +
                             std::string(text) + "\" is not one."};
        }
        return FieldValue{*date};
    }
    case FieldType::Choice: {
        auto word = util::lower(text);
        for (const auto& option : field.choices) {
            if (word == util::lower(option.key) || word == util::lower(option.label)) {
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
        return number ? quantities::formatPounds(*number) : std::string();
    case FieldType::Share: {
        if (!number) {
            return {};
        }
        return quantities::formatBasisPoints(*number);
    }
    case FieldType::Year:
        return number ? quantities::formatFinancialYear(
                            quantities::FinancialYear{static_cast<int>(*number)})
                      : std::string();
    case FieldType::Decimal: {
        if (!number) {
            return {};
        }
        return quantities::formatHundredths(*number);
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
        if (*number > field.maximum) {
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
        if (*number < 0 && field.sign == Sign::ZeroOrMore) {
            return label + " cannot be negative.";
        }
        return {};
    case FieldType::Year:
        if (empty) {
            return {};
        }
        if (!number || *number < quantities::kEarliestStartYear ||
            *number > quantities::kLatestStartYear) {
            return label + " must be a financial year such as 2026/27.";
        }
        return {};
    case FieldType::Decimal:
        if (empty) {
            return {};
        }
        if (!number || *number < -quantities::kMaxDecimalHundredths ||
            *number > quantities::kMaxDecimalHundredths) {
            return label + " must be a number between -1,000,000,000,000 and 1,000,000,000,000.";
        }
        return {};
    case FieldType::Share:
        if (empty) {
            return {};
        }
        if (!number || *number < 0 || *number > std::min<std::int64_t>(field.maximum, 10000)) {
            return label + " must be a percentage between 0% and " +
                   std::to_string(std::min<std::int64_t>(field.maximum, 10000) / 100) + "%.";
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
        if (!text || !quantities::isIsoDate(*text)) {
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
