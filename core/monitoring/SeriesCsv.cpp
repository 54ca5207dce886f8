#include "monitoring/SeriesCsv.h"

#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "util/Text.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>

namespace jointly::monitoring {

namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

std::string lower(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

Error rowError(const std::string& name, std::size_t row, const std::string& what) {
    return Error{ErrorKind::Invalid, name + ", row " + std::to_string(row) + ": " + what};
}

} // namespace

std::optional<double> parseMeasure(std::string_view typed) {
    std::string_view text = util::trim(typed);
    if (!text.empty() && text.back() == '%') {
        text = util::trim(text.substr(0, text.size() - 1));
    }
    std::string plain;
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
        if (text[i] == '-') {
            plain += '-';
        }
        ++i;
    }
    bool digits = false;
    bool point = false;
    bool digitsAfterPoint = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (isDigit(c)) {
            plain += c;
            digits = true;
            digitsAfterPoint = digitsAfterPoint || point;
        } else if (c == ',' && !point && digits && i + 1 < text.size() && isDigit(text[i + 1])) {
            continue; // a thousands separator
        } else if (c == '.' && !point) {
            plain += c;
            point = true;
        } else {
            return std::nullopt;
        }
    }
    if (!digits || (point && !digitsAfterPoint)) {
        return std::nullopt;
    }
    double value = 0;
    const auto [end, error] = std::from_chars(plain.data(), plain.data() + plain.size(), value);
    if (error != std::errc() || end != plain.data() + plain.size() || !std::isfinite(value) ||
        std::abs(value) > 1e12) {
        return std::nullopt;
    }
    return value;
}

Outcome<std::vector<SeriesRow>> readSeries(std::istream& in, const std::string& name) {
    csv::CsvReader reader(in);
    csv::CsvRecord record;
    std::vector<SeriesRow> rows;
    std::map<std::string, std::size_t> seen;
    bool first = true;
    while (reader.next(record)) {
        auto& fields = record.fields;
        const bool blank = std::all_of(fields.begin(), fields.end(),
                                       [](const std::string& f) { return util::trim(f).empty(); });
        if (blank) {
            continue; // an empty line, as spreadsheets leave at the end
        }
        if (first) {
            first = false;
            // A header: "period" over the first column.
            if (lower(util::trim(fields[0])) == "period") {
                continue;
            }
        }
        if (fields.size() > 3) {
            return rowError(name, record.row,
                            "there are " + std::to_string(fields.size()) +
                                " columns. Give the period, the value and, if you like, a note.");
        }
        SeriesRow row;
        row.row = record.row;
        row.period = std::string(util::trim(fields[0]));
        if (row.period.empty()) {
            return rowError(name, record.row,
                            "there is no period. Name the period, such as 2025-04, in the first "
                            "column.");
        }
        const auto where = " (" + row.period + ")";
        if (auto [found, added] = seen.emplace(row.period, record.row); !added) {
            return rowError(name, record.row,
                            "the period " + util::curlyQuoted(row.period) +
                                " is given twice, first on row " + std::to_string(found->second) +
                                ". Give each period once.");
        }
        const std::string_view value = fields.size() > 1 ? util::trim(fields[1]) : "";
        row.valueText = std::string(value);
        if (!value.empty()) {
            row.value = parseMeasure(value);
            if (!row.value) {
                return rowError(name, record.row,
                                util::curlyQuoted(value) + where +
                                    " is not a number. Write it like 12.5, or leave it empty "
                                    "for a missing value.");
            }
        }
        if (fields.size() > 2) {
            row.note = std::string(util::trim(fields[2]));
        }
        rows.push_back(std::move(row));
        if (rows.size() > kMaxSeriesRows) {
            return Error{ErrorKind::Invalid, name + " has more than " +
                                                 std::to_string(kMaxSeriesRows) +
                                                 " rows: a series is one row per period."};
        }
    }
    if (!reader.error().empty()) {
        return Error{ErrorKind::Invalid, name + ": " + reader.error() + "."};
    }
    if (rows.empty()) {
        return Error{ErrorKind::Invalid,
                     name + " holds no values. Give one row per period: the period, then the "
                            "value."};
    }
    return rows;
}

std::string pastedAsCsv(std::string_view pasted) {
    if (pasted.find('\t') == std::string_view::npos) {
        return std::string(pasted);
    }
    std::string csv;
    std::size_t start = 0;
    while (start < pasted.size()) {
        auto end = pasted.find('\n', start);
        if (end == std::string_view::npos) {
            end = pasted.size();
        }
        auto line = pasted.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        std::vector<std::string> cells;
        std::size_t from = 0;
        while (true) {
            const auto tab = line.find('\t', from);
            cells.push_back(csv::csvField(line.substr(from, tab - from)));
            if (tab == std::string_view::npos) {
                break;
            }
            from = tab + 1;
        }
        csv += csv::csvLine(cells);
        if (csv.empty() || csv.back() != '\n') {
            csv += '\n';
        }
        start = end + 1;
    }
    return csv;
}

} // namespace jointly::monitoring
