#include "needs/IndicatorRow.h"

#include <cctype>
#include <charconv>
#include <cmath>

namespace jointly::needs {

namespace {

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
        text.remove_suffix(1);
    }
    return text;
}

std::string lowered(std::string_view text) {
    std::string result;
    for (char c : trimmed(text)) {
        result += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return result;
}

// Reads polarity words a mapped file may carry into a stored key.
std::optional<std::string> polarityKey(std::string_view text) {
    auto word = lowered(text);
    if (word.empty()) {
        return std::string();
    }
    if (word == "higher is better" || word == "high is good" || word == "rag - high is good") {
        return std::string("higher_is_better");
    }
    if (word == "lower is better" || word == "low is good" || word == "rag - low is good") {
        return std::string("lower_is_better");
    }
    if (word == "no judgement" || word == "no judgment" || word == "not applicable" ||
        word == "bob - blue orange blue") {
        return std::string("no_judgement");
    }
    return std::nullopt;
}

// How to show a number back to the user in a message: as typed.
std::string quotedText(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

} // namespace

NumberReading readNumber(std::string_view text) {
    text = trimmed(text);
    if (text.empty()) {
        return {};
    }
    double number = 0;
    const char* begin = text.data();
    if (*begin == '+') {
        ++begin;
    }
    auto [end, ec] = std::from_chars(begin, text.data() + text.size(), number);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(number)) {
        // Fingertips' web page exports group thousands with commas ("1,480",
        // "214,022"). Only that exact pattern is read: 1 to 3 digits, then
        // groups of a comma and 3 digits, then perhaps a decimal part.
        const std::string_view digits(begin,
                                      static_cast<std::size_t>(text.data() + text.size() - begin));
        const auto point = digits.find('.');
        const auto whole = digits.substr(0, point);
        const auto comma = whole.find(',');
        bool grouped = comma != std::string_view::npos && comma >= 1 && comma <= 3;
        for (std::size_t i = 0; grouped && i < whole.size(); ++i) {
            const bool commaHere = i >= comma && (i - comma) % 4 == 0;
            grouped = commaHere ? whole[i] == ','
                                : std::isdigit(static_cast<unsigned char>(whole[i])) != 0;
        }
        grouped = grouped && (whole.size() - comma) % 4 == 0;
        if (!grouped) {
            return NumberReading{std::nullopt, false};
        }
        std::string plain;
        for (char c : digits) {
            if (c != ',') {
                plain += c;
            }
        }
        auto [plainEnd, plainEc] =
            std::from_chars(plain.data(), plain.data() + plain.size(), number);
        if (plainEc != std::errc() || plainEnd != plain.data() + plain.size() ||
            !std::isfinite(number)) {
            return NumberReading{std::nullopt, false};
        }
    }
    return NumberReading{number, true};
}

std::optional<RowProblem> readIndicatorRow(const std::vector<std::string>& fields,
                                           const ColumnMap& columns, IndicatorRow& row) {
    if (fields.size() != columns.header.size()) {
        return RowProblem{{},
                          "it has " + std::to_string(fields.size()) + " value" +
                              (fields.size() == 1 ? "" : "s") + " but the header has " +
                              std::to_string(columns.header.size()) + " columns"};
    }
    auto text = [&](IndicatorField field) -> std::string {
        auto at = columns[field];
        return at ? std::string(trimmed(fields[*at])) : std::string();
    };
    // Copies a field's text into the row, reusing the row's strings so that
    // reading a million rows does not allocate for each.
    auto copy = [&](IndicatorField field, std::string& out) {
        auto at = columns[field];
        if (at) {
            out.assign(trimmed(fields[*at]));
        } else {
            out.clear();
        }
    };
    auto required = [&](IndicatorField field, std::string& out) -> std::optional<RowProblem> {
        copy(field, out);
        if (out.empty()) {
            return RowProblem{columns.columnName(field), "it is empty, and every row needs one"};
        }
        return std::nullopt;
    };
    auto number = [&](IndicatorField field,
                      std::optional<double>& out) -> std::optional<RowProblem> {
        auto at = columns[field];
        if (!at) {
            out.reset();
            return std::nullopt;
        }
        auto reading = readNumber(fields[*at]);
        if (!reading.ok) {
            return RowProblem{columns.columnName(field),
                              quotedText(trimmed(fields[*at])) + " is not a number"};
        }
        out = reading.number;
        return std::nullopt;
    };

    if (auto problem = required(IndicatorField::IndicatorCode, row.indicatorCode)) {
        return problem;
    }
    if (auto problem = required(IndicatorField::IndicatorName, row.indicatorName)) {
        return problem;
    }
    if (auto problem = required(IndicatorField::AreaCode, row.areaCode)) {
        return problem;
    }
    if (auto problem = required(IndicatorField::Period, row.period)) {
        return problem;
    }
    copy(IndicatorField::ParentCode, row.parentCode);
    copy(IndicatorField::ParentName, row.parentName);
    copy(IndicatorField::AreaName, row.areaName);
    copy(IndicatorField::AreaType, row.areaType);
    copy(IndicatorField::Sex, row.sex);
    copy(IndicatorField::Age, row.age);
    copy(IndicatorField::CategoryType, row.categoryType);
    copy(IndicatorField::Category, row.category);
    copy(IndicatorField::ValueNote, row.valueNote);
    copy(IndicatorField::RecentTrend, row.recentTrend);
    copy(IndicatorField::ComparedEngland, row.comparedEngland);
    copy(IndicatorField::ComparedParent, row.comparedParent);
    copy(IndicatorField::Unit, row.unit);

    for (auto [field, out] : {std::pair{IndicatorField::Value, &row.value},
                              std::pair{IndicatorField::Lower95, &row.lower95},
                              std::pair{IndicatorField::Upper95, &row.upper95},
                              std::pair{IndicatorField::Lower998, &row.lower998},
                              std::pair{IndicatorField::Upper998, &row.upper998},
                              std::pair{IndicatorField::Count, &row.count},
                              std::pair{IndicatorField::Denominator, &row.denominator}}) {
        if (auto problem = number(field, *out)) {
            return problem;
        }
    }

    // The sortable period: Fingertips gives it; otherwise the year at the
    // start of the period ("2019/20", "2019") is used, times 10,000 as
    // Fingertips does.
    if (auto at = columns[IndicatorField::PeriodKey]) {
        auto keyText = std::string(trimmed(fields[*at]));
        auto [end, ec] =
            std::from_chars(keyText.data(), keyText.data() + keyText.size(), row.periodKey);
        if (keyText.empty() || ec != std::errc() || end != keyText.data() + keyText.size()) {
            return RowProblem{columns.columnName(IndicatorField::PeriodKey),
                              quotedText(keyText) + " is not a whole number"};
        }
    } else {
        int year = 0;
        auto [end, ec] =
            std::from_chars(row.period.data(), row.period.data() + row.period.size(), year);
        if (ec != std::errc() || end - row.period.data() != 4) {
            return RowProblem{columns.columnName(IndicatorField::Period),
                              "Jointly cannot tell when " + quotedText(row.period) +
                                  " is; start it with the year (e.g. 2019/20), or map a "
                                  "sortable time period column"};
        }
        row.periodKey = std::int64_t{year} * 10000;
    }

    if (row.count && *row.count < 0) {
        return RowProblem{columns.columnName(IndicatorField::Count), "a count cannot be negative"};
    }
    if (row.denominator && *row.denominator < 0) {
        return RowProblem{columns.columnName(IndicatorField::Denominator),
                          "a denominator cannot be negative"};
    }
    auto checkInterval = [&](IndicatorField lowerField, IndicatorField upperField,
                             const std::optional<double>& lower, const std::optional<double>& upper,
                             const char* level) -> std::optional<RowProblem> {
        if (lower && upper && *lower > *upper) {
            return RowProblem{columns.columnName(lowerField),
                              "the lower " + std::string(level) + " limit " +
                                  quotedText(text(lowerField)) + " is above the upper limit " +
                                  quotedText(text(upperField)) + ", which is impossible"};
        }
        if (row.value && ((lower && *row.value < *lower) || (upper && *row.value > *upper))) {
            return RowProblem{columns.columnName(IndicatorField::Value),
                              "the value " + quotedText(text(IndicatorField::Value)) +
                                  " lies outside its own " + level +
                                  " confidence interval, which "
                                  "is impossible"};
        }
        return std::nullopt;
    };
    if (auto problem = checkInterval(IndicatorField::Lower95, IndicatorField::Upper95, row.lower95,
                                     row.upper95, "95%")) {
        return problem;
    }
    if (auto problem = checkInterval(IndicatorField::Lower998, IndicatorField::Upper998,
                                     row.lower998, row.upper998, "99.8%")) {
        return problem;
    }

    if (auto at = columns[IndicatorField::Polarity]) {
        auto key = polarityKey(fields[*at]);
        if (!key) {
            return RowProblem{columns.columnName(IndicatorField::Polarity),
                              quotedText(trimmed(fields[*at])) +
                                  " is not a polarity Jointly knows; use \"Higher is better\", "
                                  "\"Lower is better\" or \"No judgement\""};
        }
        row.polarityKey = *key;
    }
    return std::nullopt;
}

} // namespace jointly::needs
