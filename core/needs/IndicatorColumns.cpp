#include "needs/IndicatorColumns.h"

#include <algorithm>
#include <cctype>

namespace jointly::needs {

namespace {

struct FieldInfo {
    std::string_view key;
    std::string_view label;
    std::string_view fingertipsHeader; // empty: not in Fingertips files
    bool required;
};

// In IndicatorField order.
constexpr FieldInfo kFields[] = {
    {"indicator_code", "Indicator ID", "Indicator ID", true},
    {"indicator_name", "Indicator name", "Indicator Name", true},
    {"parent_code", "Parent code", "Parent Code", false},
    {"parent_name", "Parent name", "Parent Name", false},
    {"area_code", "Area code", "Area Code", true},
    {"area_name", "Area name", "Area Name", false},
    {"area_type", "Area type", "Area Type", false},
    {"sex", "Sex", "Sex", false},
    {"age", "Age", "Age", false},
    {"category_type", "Category type", "Category Type", false},
    {"category", "Category", "Category", false},
    {"period", "Time period", "Time period", true},
    {"value", "Value", "Value", false},
    {"lower_95", "Lower 95% limit", "Lower CI 95.0 limit", false},
    {"upper_95", "Upper 95% limit", "Upper CI 95.0 limit", false},
    {"lower_99_8", "Lower 99.8% limit", "Lower CI 99.8 limit", false},
    {"upper_99_8", "Upper 99.8% limit", "Upper CI 99.8 limit", false},
    {"count", "Count", "Count", false},
    {"denominator", "Denominator", "Denominator", false},
    {"value_note", "Value note", "Value note", false},
    {"recent_trend", "Recent trend", "Recent Trend", false},
    {"compared_england", "Compared to England", "Compared to England value or percentiles", false},
    {"compared_parent", "Compared to parent", "", false},
    {"period_key", "Sortable time period", "Time period Sortable", false},
    {"polarity", "Polarity", "", false},
    {"unit", "Unit", "", false},
};
static_assert(std::size(kFields) == kIndicatorFieldCount);

std::string normalised(std::string_view text) {
    std::string result;
    for (char c : text) {
        if (!std::isspace(static_cast<unsigned char>(c)) ||
            (!result.empty() && result.back() != ' ')) {
            result += std::isspace(static_cast<unsigned char>(c))
                          ? ' '
                          : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    while (!result.empty() && result.back() == ' ') {
        result.pop_back();
    }
    return result;
}

// A heading without its spaces, lowercased: Fingertips' web page exports say
// "AreaName" where its data downloads say "Area Name".
std::string compact(std::string_view text) {
    std::string result;
    for (char c : normalised(text)) {
        if (c != ' ') {
            result += c;
        }
    }
    return result;
}

std::optional<std::size_t> findColumn(const std::vector<std::string>& header,
                                      std::string_view name) {
    const auto wanted = compact(name);
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (compact(header[i]) == wanted) {
            return i;
        }
    }
    return std::nullopt;
}

const FieldInfo& info(IndicatorField field) {
    return kFields[static_cast<std::size_t>(field)];
}

} // namespace

std::string_view fieldLabel(IndicatorField field) {
    return info(field).label;
}
std::string_view fieldKey(IndicatorField field) {
    return info(field).key;
}
bool fieldRequired(IndicatorField field) {
    return info(field).required;
}

std::string ColumnMap::columnName(IndicatorField field) const {
    auto at = (*this)[field];
    if (at && *at < header.size()) {
        return header[*at];
    }
    return std::string(fieldLabel(field));
}

Outcome<ColumnMap> fingertipsColumns(const std::vector<std::string>& header,
                                     const std::string& fileName) {
    ColumnMap map;
    map.header = header;
    map.fingertips = true;
    for (std::size_t i = 0; i < kIndicatorFieldCount; ++i) {
        const auto& field = kFields[i];
        if (field.fingertipsHeader.empty()) {
            continue;
        }
        auto at = findColumn(header, field.fingertipsHeader);
        if (!at) {
            return Error{ErrorKind::Invalid,
                         fileName + " is not a Fingertips export: it has no \"" +
                             std::string(field.fingertipsHeader) +
                             "\" column. If it is another kind of CSV, import it with a column "
                             "mapping instead."};
        }
        map.column[i] = at;
    }
    // "Compared to <parent area type> value or percentiles": the one
    // comparison column that is not England's.
    constexpr std::string_view prefix = "compared to ";
    constexpr std::string_view suffix = " value or percentiles";
    for (std::size_t i = 0; i < header.size(); ++i) {
        auto name = normalised(header[i]);
        if (name.size() > prefix.size() + suffix.size() && name.starts_with(prefix) &&
            name.ends_with(suffix) && name != "compared to england value or percentiles") {
            map.column[static_cast<std::size_t>(IndicatorField::ComparedParent)] = i;
            auto original = header[i];
            auto start = original.find_first_not_of(" \t");
            map.parentComparator = original.substr(
                start + prefix.size(), original.size() - start - prefix.size() - suffix.size());
            while (!map.parentComparator.empty() && map.parentComparator.back() == ' ') {
                map.parentComparator.pop_back();
            }
            break;
        }
    }
    return map;
}

namespace {

// A column heading may hold a line break (a quoted CSV heading can), which
// would end its line in a saved mapping: line breaks and backslashes are
// written as \n, \r and \\, and read back the same way. Any other
// backslash is kept as it is, so mappings written by hand read as before.
std::string escapedHeading(const std::string& heading) {
    std::string text;
    for (char c : heading) {
        if (c == '\n') {
            text += "\\n";
        } else if (c == '\r') {
            text += "\\r";
        } else if (c == '\\') {
            text += "\\\\";
        } else {
            text += c;
        }
    }
    return text;
}

std::string unescapedHeading(std::string_view text) {
    std::string heading;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() &&
            (text[i + 1] == 'n' || text[i + 1] == 'r' || text[i + 1] == '\\')) {
            heading += text[i + 1] == 'n' ? '\n' : text[i + 1] == 'r' ? '\r' : '\\';
            ++i;
        } else {
            heading += text[i];
        }
    }
    return heading;
}

} // namespace

std::string Mapping::serialise() const {
    std::string text;
    for (std::size_t i = 0; i < kIndicatorFieldCount; ++i) {
        if (!columnFor[i].empty()) {
            text += std::string(kFields[i].key) + "=" + escapedHeading(columnFor[i]) + "\n";
        }
    }
    return text;
}

Outcome<Mapping> Mapping::parse(std::string_view text) {
    Mapping mapping;
    std::size_t start = 0;
    int lineNumber = 0;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        auto line = text.substr(start, end == std::string_view::npos ? text.npos : end - start);
        start = end == std::string_view::npos ? text.size() : end + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        if (line.empty() || line.front() == '#') {
            continue;
        }
        auto equals = line.find('=');
        if (equals == std::string_view::npos) {
            return Error{ErrorKind::Invalid, "Line " + std::to_string(lineNumber) +
                                                 " of the mapping has no \"=\": write "
                                                 "field=column, e.g. area_code=Area Code."};
        }
        auto key = line.substr(0, equals);
        bool known = false;
        for (std::size_t i = 0; i < kIndicatorFieldCount; ++i) {
            if (kFields[i].key == key) {
                mapping.columnFor[i] = unescapedHeading(line.substr(equals + 1));
                known = true;
            }
        }
        if (!known) {
            return Error{ErrorKind::Invalid, "Line " + std::to_string(lineNumber) +
                                                 " of the mapping names \"" + std::string(key) +
                                                 "\", which is not a field Jointly keeps."};
        }
    }
    return mapping;
}

Outcome<ColumnMap> mappedColumns(const std::vector<std::string>& header, const Mapping& mapping,
                                 const std::string& fileName) {
    ColumnMap map;
    map.header = header;
    for (std::size_t i = 0; i < kIndicatorFieldCount; ++i) {
        const auto& wanted = mapping.columnFor[i];
        if (wanted.empty()) {
            if (kFields[i].required) {
                return Error{ErrorKind::Invalid, "The mapping does not say which column holds " +
                                                     std::string(kFields[i].label) +
                                                     ", which every row needs."};
            }
            continue;
        }
        auto at = findColumn(header, wanted);
        if (!at) {
            return Error{ErrorKind::Invalid, fileName + " has no column called \"" + wanted +
                                                 "\", which the mapping uses for " +
                                                 std::string(kFields[i].label) + "."};
        }
        map.column[i] = at;
    }
    return map;
}

} // namespace jointly::needs
