#include "needs/IndicatorExport.h"

#include "csv/CsvWriter.h"
#include "needs/IndicatorSeries.h"
#include "project/FileInspection.h"
#include "storage/Database.h"
#include "util/PartialFile.h"

#include <charconv>
#include <filesystem>
#include <fstream>

namespace jointly::needs {

namespace {

// The shortest text that reads back as the same number, in plain decimals
// as Fingertips writes them ("100000", not "1e+05"); in scientific notation
// only when plain decimals would be very long.
std::string number(const std::optional<double>& value) {
    if (!value) {
        return {};
    }
    char buffer[64];
    auto plain = std::to_chars(buffer, buffer + sizeof(buffer), *value, std::chars_format::fixed);
    if (plain.ec == std::errc() && plain.ptr - buffer <= 24) {
        return std::string(buffer, plain.ptr);
    }
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof(buffer), *value);
    return ec == std::errc() ? std::string(buffer, end) : std::string();
}

std::string parentComparator(storage::Database& db) {
    auto names = db.prepare("SELECT DISTINCT parent_comparator FROM indicator_import WHERE "
                            "active = 1 AND parent_comparator <> ''");
    std::string found;
    int count = 0;
    while (names.step()) {
        found = names.text(0);
        ++count;
    }
    return count == 1 ? found : std::string("parent");
}

} // namespace

Outcome<std::size_t> exportIndicators(storage::Database& db, const std::string& outPath) {
    util::PartialFile file(outPath, project::displayName(outPath));
    if (auto opened = file.opened(); !opened.ok()) {
        return opened.error();
    }
    auto& out = file.stream();
    std::size_t written = 0;
    {
        std::vector<std::string> header = {"Indicator ID",
                                           "Indicator Name",
                                           "Parent Code",
                                           "Parent Name",
                                           "Area Code",
                                           "Area Name",
                                           "Area Type",
                                           "Sex",
                                           "Age",
                                           "Category Type",
                                           "Category",
                                           "Time period",
                                           "Value",
                                           "Lower CI 95.0 limit",
                                           "Upper CI 95.0 limit",
                                           "Lower CI 99.8 limit",
                                           "Upper CI 99.8 limit",
                                           "Count",
                                           "Denominator",
                                           "Value note",
                                           "Recent Trend",
                                           "Compared to England value or percentiles",
                                           "Compared to " + parentComparator(db) +
                                               " value or percentiles",
                                           "Time period Sortable",
                                           "New data",
                                           "Compared to goal",
                                           "Jointly significance",
                                           "Jointly trend"};
        for (auto& cell : header) {
            cell = csv::safeCsvText(cell);
        }
        out << csv::csvLine(header);
        std::vector<std::string> cells;
        forEachJudgedValue(db, [&](const JudgedValue& v) {
            cells = {csv::safeCsvText(v.indicatorCode),
                     csv::safeCsvText(v.indicatorName),
                     csv::safeCsvText(v.parentCode),
                     csv::safeCsvText(v.parentName),
                     csv::safeCsvText(v.areaCode),
                     csv::safeCsvText(v.areaName),
                     csv::safeCsvText(v.areaType),
                     csv::safeCsvText(v.sex),
                     csv::safeCsvText(v.age),
                     csv::safeCsvText(v.categoryType),
                     csv::safeCsvText(v.category),
                     csv::safeCsvText(v.period),
                     number(v.value),
                     number(v.lower95),
                     number(v.upper95),
                     number(v.lower998),
                     number(v.upper998),
                     number(v.count),
                     number(v.denominator),
                     csv::safeCsvText(v.valueNote),
                     csv::safeCsvText(v.recentTrend),
                     csv::safeCsvText(v.comparedEngland),
                     csv::safeCsvText(v.comparedParent),
                     std::to_string(v.periodKey),
                     std::string(),
                     std::string(),
                     csv::safeCsvText(describeSignificance(v.significance)),
                     csv::safeCsvText(trendWords(v))};
            out << csv::csvLine(cells);
            ++written;
            return static_cast<bool>(out);
        });
    }
    if (auto committed = file.commit(); !committed.ok()) {
        return committed.error();
    }
    return written;
}

} // namespace jointly::needs
