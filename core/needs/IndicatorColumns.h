#pragma once

#include "Outcome.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jointly::needs {

// The pieces of an indicator value Jointly keeps, whatever file they come from.
enum class IndicatorField : std::size_t {
    IndicatorCode,
    IndicatorName,
    ParentCode,
    ParentName,
    AreaCode,
    AreaName,
    AreaType,
    Sex,
    Age,
    CategoryType,
    Category,
    Period,
    Value,
    Lower95,
    Upper95,
    Lower998,
    Upper998,
    Count,
    Denominator,
    ValueNote,
    RecentTrend,
    ComparedEngland,
    ComparedParent,
    PeriodKey,
    Polarity, // only in mapped files: Fingertips files do not carry it
    Unit,     // only in mapped files
    Size      // the number of fields, not a field
};

inline constexpr std::size_t kIndicatorFieldCount = static_cast<std::size_t>(IndicatorField::Size);

// What a field is called in messages and in the mapping dialog ("Value",
// "Lower 95% limit", ...).
std::string_view fieldLabel(IndicatorField field);
// Whether a file must provide the field for its rows to mean anything.
bool fieldRequired(IndicatorField field);

// Which column of a file holds each field (by position), and the columns'
// names for messages. Built from a file's header.
struct ColumnMap {
    std::array<std::optional<std::size_t>, kIndicatorFieldCount> column{};
    std::vector<std::string> header;
    std::string parentComparator; // "Region" from "Compared to Region value or percentiles"
    bool fingertips = false;

    std::optional<std::size_t> operator[](IndicatorField field) const {
        return column[static_cast<std::size_t>(field)];
    }
    std::string columnName(IndicatorField field) const;
};

// Recognises a Fingertips export by its header, whatever the order of the
// columns, with the parent comparator column under any area type's name.
// Refuses a header that lacks one of Fingertips' columns, naming it.
Outcome<ColumnMap> fingertipsColumns(const std::vector<std::string>& header,
                                     const std::string& fileName);

// A saved mapping for any other CSV: for each field, the name of the column
// that holds it (empty for none). Stored as text, one "field=column" per line.
struct Mapping {
    std::array<std::string, kIndicatorFieldCount> columnFor{};
    std::string serialise() const;
    static Outcome<Mapping> parse(std::string_view text);
};

// Applies a mapping to a file's header, refusing a mapping that names a column
// the file does not have or leaves a required field unmapped.
Outcome<ColumnMap> mappedColumns(const std::vector<std::string>& header, const Mapping& mapping,
                                 const std::string& fileName);

// The stable key of a field in saved mappings, e.g. "area_code".
std::string_view fieldKey(IndicatorField field);

} // namespace jointly::needs
