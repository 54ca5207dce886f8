#include "needs/PopulationImport.h"

#include "csv/CsvReader.h"
#include "project/FileInspection.h"
#include "project/Ids.h"
#include "project/Project.h"
#include "storage/Database.h"

#include <array>
#include <cctype>
#include <charconv>
#include <fstream>
#include <optional>
#include <vector>

namespace jointly::needs {

namespace {

struct PopulationRow {
    std::string area;
    std::int64_t year = 0;
    std::string ageBand;
    std::string sex;
    std::int64_t people = 0;
    std::int64_t projected = 0;
};

std::string lowered(std::string_view text) {
    std::string result;
    for (char c : text) {
        if (!std::isspace(static_cast<unsigned char>(c)) || !result.empty()) {
            result += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    while (!result.empty() && std::isspace(static_cast<unsigned char>(result.back()))) {
        result.pop_back();
    }
    return result;
}

std::optional<std::size_t> find(const std::vector<std::string>& header,
                                std::initializer_list<std::string_view> names) {
    for (std::size_t i = 0; i < header.size(); ++i) {
        for (auto name : names) {
            if (lowered(header[i]) == name) {
                return i;
            }
        }
    }
    return std::nullopt;
}

bool wholeNumber(std::string_view text, std::int64_t& out) {
    std::string digits;
    for (char c : text) {
        if (c != ',' && !std::isspace(static_cast<unsigned char>(c))) {
            digits += c;
        }
    }
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), out);
    return !digits.empty() && ec == std::errc() && end == digits.data() + digits.size();
}

} // namespace

Outcome<std::size_t> importPopulation(project::Project& project, const std::string& csvPath) {
    const std::string name = project::displayName(csvPath);
    std::ifstream in(csvPath, std::ios::binary);
    if (!in) {
        return Error{ErrorKind::NotFound, "Jointly cannot read " + name + ". Check it exists."};
    }
    csv::CsvReader reader(in);
    csv::CsvRecord record;
    if (!reader.next(record)) {
        return Error{ErrorKind::Invalid, name + " is empty: it has no header row."};
    }
    const auto header = record.fields;
    const auto area = find(header, {"area", "area name", "area code"});
    const auto year = find(header, {"year"});
    const auto age = find(header, {"age band", "age"});
    const auto sex = find(header, {"sex"});
    const auto people = find(header, {"people", "population", "count"});
    const auto projected = find(header, {"projected", "projection"});
    const std::array<std::pair<const std::optional<std::size_t>*, const char*>, 5> required = {
        {{&area, "Area"}, {&year, "Year"}, {&age, "Age band"}, {&sex, "Sex"}, {&people, "People"}}};
    for (const auto& [column, label] : required) {
        if (!*column) {
            return Error{ErrorKind::Invalid, name + " has no \"" + std::string(label) +
                                                 "\" column. Population files need the columns "
                                                 "Area, Year, Age band, Sex and People."};
        }
    }
    std::vector<PopulationRow> rows;
    while (reader.next(record)) {
        const auto where = [&](std::size_t column) {
            return name + ", row " + std::to_string(record.row) + ", column \"" + header[column] +
                   "\": ";
        };
        if (record.fields.size() != header.size()) {
            return Error{ErrorKind::Invalid,
                         name + ", row " + std::to_string(record.row) + ": it has " +
                             std::to_string(record.fields.size()) + " values but the header has " +
                             std::to_string(header.size()) + " columns. Nothing was imported."};
        }
        PopulationRow row;
        row.area = record.fields[*area];
        row.ageBand = record.fields[*age];
        if (!wholeNumber(record.fields[*year], row.year) || row.year < 1900 || row.year > 2200) {
            return Error{ErrorKind::Invalid, where(*year) + "\"" + record.fields[*year] +
                                                 "\" is not a year between 1900 and 2200. "
                                                 "Nothing was imported."};
        }
        const auto sexWord = lowered(record.fields[*sex]);
        if (sexWord == "persons" || sexWord == "all" || sexWord == "people") {
            row.sex = "persons";
        } else if (sexWord == "female" || sexWord == "females" || sexWord == "f") {
            row.sex = "female";
        } else if (sexWord == "male" || sexWord == "males" || sexWord == "m") {
            row.sex = "male";
        } else {
            return Error{ErrorKind::Invalid, where(*sex) + "\"" + record.fields[*sex] +
                                                 "\" is not Persons, Female or Male. Nothing was "
                                                 "imported."};
        }
        if (!wholeNumber(record.fields[*people], row.people) || row.people < 0) {
            return Error{ErrorKind::Invalid, where(*people) + "\"" + record.fields[*people] +
                                                 "\" is not a number of people. Nothing was "
                                                 "imported."};
        }
        if (projected) {
            const auto word = lowered(record.fields[*projected]);
            if (word == "yes" || word == "y" || word == "1" || word == "true" ||
                word == "projection") {
                row.projected = 1;
            } else if (!(word.empty() || word == "no" || word == "n" || word == "0" ||
                         word == "false" || word == "estimate")) {
                return Error{ErrorKind::Invalid, where(*projected) + "\"" +
                                                     record.fields[*projected] +
                                                     "\" is not Yes or No. Nothing was imported."};
            }
        }
        rows.push_back(std::move(row));
    }
    if (!reader.error().empty()) {
        return Error{ErrorKind::Invalid, name + ", " + reader.error() + ". Nothing was imported."};
    }
    if (rows.empty()) {
        return Error{ErrorKind::Invalid, name + " has a header but no rows to import."};
    }
    auto status = project.edit("Import population from " + name, [&](storage::Database& db) {
        auto insert = db.prepare("INSERT INTO population (area, year, age_band, sex, people, "
                                 "projected, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        project::IdAllocator ids(db, "population");
        for (const auto& row : rows) {
            insert.reset();
            insert.bind(7, ids.next());
            insert.bind(1, row.area)
                .bind(2, row.year)
                .bind(3, row.ageBand)
                .bind(4, row.sex)
                .bind(5, row.people)
                .bind(6, row.projected)
                .run();
        }
    });
    if (!status.ok()) {
        return status.error();
    }
    return rows.size();
}

} // namespace jointly::needs
