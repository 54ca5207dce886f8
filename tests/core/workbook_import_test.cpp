#include "core/IndicatorTestSupport.h"

#include "csv/CsvReader.h"
#include "monitoring/ActualsImport.h"
#include "procurement/ContractKinds.h"
#include "records/RecordStore.h"
#include "sheets/WorkbookAsCsv.h"
#include "sheets/XlsxWorkbook.h"

#include <catch2/catch.hpp>

#include <charconv>
#include <fstream>

using namespace jointly;
using jointly::testing::ImportFixture;

namespace {

std::string fixture(const std::string& name) {
    return std::string(JOINTLY_FIXTURES_DIR) + "/" + name;
}

// Hundredths for a figure with at most two decimals ("66.3" is 6,630), as a
// spreadsheet would hold it as a number; nothing for anything else.
std::optional<std::int64_t> hundredths(const std::string& text) {
    const auto point = text.find('.');
    const auto whole = text.substr(0, point);
    auto decimals = point == std::string::npos ? std::string() : text.substr(point + 1);
    if (whole.empty() || decimals.size() > 2 ||
        whole.find_first_not_of("-0123456789") != std::string::npos ||
        decimals.find_first_not_of("0123456789") != std::string::npos) {
        return std::nullopt;
    }
    decimals.resize(2, '0');
    std::int64_t units = 0;
    const auto joined = whole + decimals;
    const auto [end, error] = std::from_chars(joined.data(), joined.data() + joined.size(), units);
    if (error != std::errc{} || end != joined.data() + joined.size()) {
        return std::nullopt;
    }
    return units;
}

// The CSV file as a workbook someone saved from a spreadsheet: figures as
// numbers, everything else as text.
void csvAsWorkbook(const std::string& csvPath, const std::string& xlsxPath) {
    std::ifstream in(csvPath, std::ios::binary);
    csv::CsvReader reader(in);
    csv::CsvRecord record;
    REQUIRE(reader.next(record));
    std::vector<sheets::Column> columns;
    for (const auto& heading : record.fields) {
        columns.push_back({heading, sheets::CellType::Text, 12});
    }
    sheets::XlsxWorkbook book(xlsxPath, "values.xlsx");
    book.startSheet("Data", columns);
    while (reader.next(record)) {
        std::vector<sheets::Cell> cells;
        for (const auto& field : record.fields) {
            const auto units = hundredths(field);
            cells.push_back(units ? sheets::Cell::ofNumber(sheets::CellType::Decimal, *units)
                                  : sheets::Cell::ofText(field));
        }
        book.addRow(cells);
    }
    REQUIRE(book.finish().ok());
}

} // namespace

TEST_CASE("indicator values import from an XLSX workbook exactly as from the same sheet saved as "
          "CSV",
          "[sheets][import]") {
    ImportFixture fromCsv;
    ImportFixture fromWorkbook;
    const auto workbook = fromWorkbook.dir.file("fingertips-small.xlsx");
    csvAsWorkbook(fixture("fingertips-small.csv"), workbook);

    const auto csvReport = fromCsv.imported(fixture("fingertips-small.csv"));
    const auto bookReport = fromWorkbook.imported(workbook);
    CHECK(bookReport.rowsRead == csvReport.rowsRead);
    CHECK(bookReport.rowsImported == csvReport.rowsImported);
    CHECK(bookReport.rowsImported == 30);
    CHECK(bookReport.fileName == "fingertips-small.xlsx");
    // The same values to the last digit, area by area and period by period.
    const std::string values =
        "SELECT group_concat(area_code || '|' || period || '|' || quote(value) || '|' || "
        "quote(lower_95) || '|' || quote(count), ';') FROM (SELECT * FROM indicator_value ORDER "
        "BY area_code, period_key, sex, age)";
    CHECK(fromWorkbook.text(values) == fromCsv.text(values));
    CHECK(fromWorkbook.text(values).find("E92000001|2017/18|66.3|66.1|66300.0") !=
          std::string::npos);
}

TEST_CASE("a KPI's figures import from an XLSX workbook, a date cell standing for its month, and "
          "a bad row is named as the spreadsheet numbers it",
          "[sheets][monitoring]") {
    jointly::testing::TempDir dir;
    auto created = project::Project::create(dir.file("p.jointly"), "Westshire");
    REQUIRE(created.ok());
    auto& project = *created.value();
    auto kpi = records::addRecord(project, procurement::contractKpi(),
                                  {{"name", records::FieldValue{std::string("Reablement")}},
                                   {"frequency", records::FieldValue{std::string("monthly")}}});
    REQUIRE(kpi.ok());

    const auto path = dir.file("actuals.xlsx");
    {
        sheets::XlsxWorkbook book(path, "actuals.xlsx");
        book.startSheet("Figures", {{"Period", sheets::CellType::Date, 12},
                                    {"Value", sheets::CellType::Decimal, 12},
                                    {"Note", sheets::CellType::Text, 30}});
        // April as a real date cell, May typed as text; 87.5 and 86.25.
        book.addRow({sheets::Cell::ofDate("2025-04-01"),
                     sheets::Cell::ofNumber(sheets::CellType::Decimal, 8'750),
                     sheets::Cell::ofText("=first month")});
        book.addRow({sheets::Cell::ofText("2025-05"),
                     sheets::Cell::ofNumber(sheets::CellType::Decimal, 8'625),
                     {}});
        REQUIRE(book.finish().ok());
    }
    auto imported = monitoring::importActualsFile(project, kpi.value(), path);
    INFO(jointly::testing::describe(imported));
    REQUIRE(imported.ok());
    CHECK(imported.value().added == 2);
    auto& db = project.database();
    CHECK(db.queryInt64("SELECT value_hundredths FROM kpi_actual WHERE period = '2025-04'") ==
          8'750);
    CHECK(db.queryInt64("SELECT value_hundredths FROM kpi_actual WHERE period = '2025-05'") ==
          8'625);

    // Row 3 (the header is row 1) holds text where a figure should be.
    const auto bad = dir.file("bad.xlsx");
    {
        sheets::XlsxWorkbook book(bad, "bad.xlsx");
        book.startSheet("Figures", {{"Period", sheets::CellType::Text, 12},
                                    {"Value", sheets::CellType::Text, 12}});
        book.addRow({sheets::Cell::ofText("2025-06"), sheets::Cell::ofText("80")});
        book.addRow({sheets::Cell::ofText("2025-07"), sheets::Cell::ofText("eighty")});
        REQUIRE(book.finish().ok());
    }
    auto refused = monitoring::importActualsFile(project, kpi.value(), bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.find("bad.xlsx") != std::string::npos);
    CHECK(refused.error().message.find("row 3") != std::string::npos);
    CHECK(db.queryInt64("SELECT count(*) FROM kpi_actual") == 2);

    // A file called .xlsx that is not a workbook is refused with a sentence.
    std::ofstream(dir.file("fake.xlsx")) << "Period,Value\n2025-08,1\n";
    refused = monitoring::importActualsFile(project, kpi.value(), dir.file("fake.xlsx"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.find("is not a zip package") != std::string::npos);
}
