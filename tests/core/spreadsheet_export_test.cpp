#include "core/PlanStoreTestSupport.h"

#include "partnership/PartnershipKinds.h"
#include "planning/PlanningKinds.h"
#include "sheets/CsvSheet.h"
#include "sheets/RecordSheet.h"
#include "sheets/TableExport.h"
#include "sheets/XlsxReader.h"
#include "sheets/XlsxWorkbook.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace jointly;
using jointly::testing::describe;
using jointly::testing::number;
using jointly::testing::PlanProject;
using jointly::testing::text;

namespace {

// Partners whose names a spreadsheet would run as formulas, one real
// negative amount, a share, a date, a link and a yes/no field.
struct Westshire {
    PlanProject p;
    Westshire() {
        const auto council = p.add(partnership::partnerOrganisation(),
                                   {{"name", text("=SUM(A1)")},
                                    {"annual_contribution_pence", number(123'456'789)},
                                    {"fixed_risk_share_bp", number(1'250)}});
        for (const char* name : {"-Minus Council", "+44 Trust", "@cmd", "\tTabbed", "\rReturned"}) {
            p.add(partnership::partnerOrganisation(), {{"name", text(name)}});
        }
        const auto member = p.add(partnership::member(), {{"name", text("Dr Amy Shah")},
                                                          {"partner_id", number(council)},
                                                          {"can_commit_budget", number(1)}});
        p.add(partnership::declaredInterest(), {{"member_id", number(member)},
                                                {"description", text("Trustee of a care home")},
                                                {"declared_on", text("2026-04-01")}});
        p.add(planning::budgetForecast(),
              {{"year", number(2026)}, {"variance_pence", number(-2'500'050)}});
    }
};

const sheets::ReadCell& cell(const sheets::ReadSheet& sheet, std::size_t row, std::size_t column) {
    static const sheets::ReadCell none;
    if (row >= sheet.rows.size() || column >= sheet.rows[row].size()) {
        return none;
    }
    return sheet.rows[row][column];
}

std::string fileText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("any kind of record exports to XLSX as real numbers, money, shares and dates, text "
          "never a formula, and reads back cell by cell",
          "[sheets]") {
    Westshire w;
    const auto path = w.p.dir.file("Westshire tables.xlsx");
    {
        sheets::XlsxWorkbook book(path, "Westshire tables.xlsx");
        CHECK(sheets::writeRecords(w.p.db(), partnership::partnerOrganisation(), book) == 6u);
        CHECK(sheets::writeRecords(w.p.db(), partnership::member(), book) == 1u);
        CHECK(sheets::writeRecords(w.p.db(), partnership::declaredInterest(), book) == 1u);
        CHECK(sheets::writeRecords(w.p.db(), planning::budgetForecast(), book) == 1u);
        const auto finished = book.finish();
        INFO(describe(finished));
        REQUIRE(finished.ok());
    }
    auto read = sheets::readXlsx(path);
    INFO(describe(read));
    REQUIRE(read.ok());
    const auto& book = read.value();
    REQUIRE(book.size() == 4);
    CHECK(book[0].name == "Partner organisations");
    CHECK(book[3].name == "Forecasts");

    // The header: each field's label, as the window's table heads it.
    const auto& partners = book[0];
    const auto columns = sheets::columnsOf(partnership::partnerOrganisation());
    REQUIRE(partners.rows.size() == 7);
    for (std::size_t c = 0; c < columns.size(); ++c) {
        CHECK(cell(partners, 0, c).type == sheets::ReadType::Text);
        CHECK(cell(partners, 0, c).text == columns[c].heading);
    }
    CHECK(cell(partners, 0, 0).text == "Name");

    // Text that starts like a formula is a string cell holding exactly what
    // was typed: no formula, and no apostrophe added (that is for CSV).
    const std::vector<std::string> names = {"=SUM(A1)", "-Minus Council", "+44 Trust",
                                            "@cmd",     "\tTabbed",       "\rReturned"};
    for (std::size_t r = 0; r < names.size(); ++r) {
        CHECK(cell(partners, r + 1, 0).type == sheets::ReadType::Text);
        CHECK(cell(partners, r + 1, 0).text == names[r]);
    }
    CHECK(sheets::xlsxPart(path, "xl/worksheets/sheet1.xml").value().find("<f>") ==
          std::string::npos);
    // £1,234,567.89 is 123,456,789 pence: a number, in pounds.
    CHECK(cell(partners, 1, 3).type == sheets::ReadType::Number);
    CHECK(cell(partners, 1, 3).text == "1234567.89");
    // 12.50% is 1,250 basis points: 0.125 of the whole.
    CHECK(cell(partners, 1, 4).type == sheets::ReadType::Number);
    CHECK(cell(partners, 1, 4).text == "0.125");
    // A choice by its label, as the window shows it.
    CHECK(cell(partners, 1, 1).type == sheets::ReadType::Text);
    CHECK_FALSE(cell(partners, 1, 1).text.empty());
    // A contribution left at its default is the number 0.
    CHECK(cell(partners, 2, 3).type == sheets::ReadType::Number);
    CHECK(cell(partners, 2, 3).text == "0");
    // An empty link (the interest names no provider) is an empty cell.
    CHECK(cell(book[2], 1, 2).type == sheets::ReadType::Empty);

    // A link by the linked record's name; a yes/no field in words.
    const auto& members = book[1];
    CHECK(cell(members, 1, 0).text == "Dr Amy Shah");
    CHECK(cell(members, 1, 1).text == "=SUM(A1)");
    bool saidYes = false;
    for (const auto& each : members.rows[1]) {
        saidYes = saidYes || each.text == "Yes";
    }
    CHECK(saidYes);

    // A date is a date cell (day 46,113 since 1900 is 1 April 2026).
    const auto& interests = book[2];
    bool dated = false;
    for (const auto& each : interests.rows[1]) {
        if (each.type == sheets::ReadType::Date) {
            dated = true;
            CHECK(each.text == "2026-04-01");
        }
    }
    CHECK(dated);

    // A real negative amount stays a number: -£25,000.50.
    const auto& forecasts = book[3];
    CHECK(cell(forecasts, 1, 0).text == "2026/27");
    CHECK(cell(forecasts, 1, 1).type == sheets::ReadType::Number);
    CHECK(cell(forecasts, 1, 1).text == "-25000.5");

    // The money format, the frozen header and the column widths are in the
    // file's own parts.
    const auto styles = sheets::xlsxPart(path, "xl/styles.xml");
    REQUIRE(styles.ok());
    CHECK(styles.value().find("\xC2\xA3#,##0.00") != std::string::npos);
    CHECK(styles.value().find("0.00%") != std::string::npos);
    CHECK(styles.value().find("d mmm yyyy") != std::string::npos);
    const auto sheet = sheets::xlsxPart(path, "xl/worksheets/sheet1.xml").value();
    CHECK(sheet.find("state=\"frozen\"") != std::string::npos);
    CHECK(sheet.find("<col ") != std::string::npos);
    CHECK(sheet.find("<autoFilter ref=\"A1:F1\"") != std::string::npos);
}

TEST_CASE("a table as CSV: formulas neutralised with an apostrophe, money to the penny and real "
          "negative amounts left as numbers",
          "[sheets]") {
    Westshire w;
    const auto path = w.p.dir.file("partners.csv");
    {
        sheets::CsvSheet csv(path, "partners.csv");
        sheets::writeRecords(w.p.db(), partnership::partnerOrganisation(), csv);
        sheets::writeRecords(w.p.db(), planning::budgetForecast(), csv);
        REQUIRE(csv.finish().ok());
    }
    const auto written = fileText(path);
    // A byte-order mark, so a spreadsheet reads the file as UTF-8.
    CHECK(written.rfind("\xEF\xBB\xBFName,", 0) == 0);
    // Each name that starts = + - @, a tab or a return gets an apostrophe.
    CHECK(written.find("\r\n'=SUM(A1),") != std::string::npos);
    CHECK(written.find("\r\n'-Minus Council,") != std::string::npos);
    CHECK(written.find("\r\n'+44 Trust,") != std::string::npos);
    CHECK(written.find("\r\n'@cmd,") != std::string::npos);
    CHECK(written.find("\r\n'\tTabbed,") != std::string::npos);
    // A return inside a field is quoted as RFC 4180 asks.
    CHECK(written.find("\r\n\"'\rReturned\",") != std::string::npos);
    // £1,234,567.89 and 12.50%; the forecast's -£25,000.50 is a number.
    CHECK(written.find(",1234567.89,12.50%,") != std::string::npos);
    CHECK(written.find("\r\nForecasts\r\n") != std::string::npos);
    CHECK(written.find("\r\n2026/27,-25000.50,") != std::string::npos);
}

TEST_CASE("an XLSX workbook that is not one, is damaged or is hostile is refused with a sentence",
          "[sheets]") {
    jointly::testing::TempDir dir;
    const auto notZip = dir.file("notes.xlsx");
    std::ofstream(notZip) << "Name,Value\nA,1\n";
    auto read = sheets::readXlsx(notZip);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message ==
          "\xE2\x80\x9Cnotes.xlsx\xE2\x80\x9D cannot be read as an XLSX workbook: it is not a zip "
          "package, as every XLSX file is. Open it in your spreadsheet and save it again as an "
          "Excel Workbook (.xlsx), or save the sheet as CSV.");

    CHECK_FALSE(sheets::readXlsx(dir.file("missing.xlsx")).ok());

    // A part larger than the limit is refused before it is unpacked whole.
    Westshire w;
    const auto path = w.p.dir.file("big.xlsx");
    {
        sheets::XlsxWorkbook book(path, "big.xlsx");
        sheets::writeRecords(w.p.db(), partnership::partnerOrganisation(), book);
        REQUIRE(book.finish().ok());
    }
    sheets::XlsxLimits small;
    small.largestPart = 200;
    read = sheets::readXlsx(path, small);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message.find("is larger than Jointly reads") != std::string::npos);
    // Fewer cells allowed than the sheet holds.
    sheets::XlsxLimits few;
    few.mostCells = 10;
    read = sheets::readXlsx(path, few);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message.find("more cells than Jointly reads") != std::string::npos);
    CHECK(sheets::readXlsx(path).ok());
}

TEST_CASE("a workbook that cannot be written leaves no file and says why", "[sheets]") {
    jointly::testing::TempDir dir;
    Westshire w;
    const auto path = dir.file("no such folder/partners.xlsx");
    sheets::XlsxWorkbook book(path, "partners.xlsx");
    sheets::writeRecords(w.p.db(), partnership::partnerOrganisation(), book);
    const auto finished = book.finish();
    REQUIRE_FALSE(finished.ok());
    CHECK(finished.error().message.find("partners.xlsx") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("a long export reports its progress and can be cancelled, leaving no file", "[sheets]") {
    PlanProject p;
    {
        storage::Transaction transaction(p.db());
        auto add = p.db().prepare("INSERT INTO partner_organisation (name) VALUES (?1)");
        for (int i = 0; i < 2'500; ++i) {
            add.reset();
            add.bind(1, "Partner " + std::to_string(i));
            add.run();
        }
        transaction.commit();
    }
    const auto path = p.dir.file("partners.xlsx");
    std::vector<std::pair<std::size_t, std::size_t>> calls;
    // Asked before the first row and every 1,000 rows; stopped at 1,000.
    auto cancelled = sheets::exportTable(p.db(), partnership::partnerOrganisation(), path,
                                         [&](std::size_t written, std::size_t total) {
                                             calls.emplace_back(written, total);
                                             return written < 1'000;
                                         });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().kind == ErrorKind::Cancelled);
    CHECK(cancelled.error().message ==
          "The export of partners.xlsx was cancelled; nothing was written.");
    CHECK(calls == std::vector<std::pair<std::size_t, std::size_t>>{{0, 2'500}, {1'000, 2'500}});
    CHECK_FALSE(std::filesystem::exists(path));

    calls.clear();
    auto whole = sheets::exportTable(p.db(), partnership::partnerOrganisation(), path,
                                     [&](std::size_t written, std::size_t total) {
                                         calls.emplace_back(written, total);
                                         return true;
                                     });
    REQUIRE(whole.ok());
    CHECK(whole.value() == 2'500u);
    CHECK(calls.size() == 3); // 0, 1,000 and 2,000
    CHECK(sheets::readXlsx(path).value()[0].rows.size() == 2'501);
}

TEST_CASE("a workbook's sheet names and cells are kept to what spreadsheets allow", "[sheets]") {
    jointly::testing::TempDir dir;
    const auto path = dir.file("names.xlsx");
    {
        sheets::XlsxWorkbook book(path, "names.xlsx");
        const std::vector<sheets::Column> one = {{"Text", sheets::CellType::Text, 20}};
        book.startSheet("Partner organisations", one);
        book.startSheet("Partner organisations", one); // the same name again
        book.startSheet("Name/with:bad*chars?[x]", one);
        book.startSheet("A very long name for a sheet of records here", one);
        // Over a cell's 32,767 characters; and bytes that are not UTF-8.
        book.addRow({sheets::Cell::ofText(std::string(40'000, 'x'))});
        book.addRow({sheets::Cell::ofText("caf\xE9 \xFF")});
        REQUIRE(book.finish().ok());
    }
    auto read = sheets::readXlsx(path);
    INFO(describe(read));
    REQUIRE(read.ok());
    const auto& book = read.value();
    REQUIRE(book.size() == 4);
    CHECK(book[0].name == "Partner organisations");
    CHECK(book[1].name == "Partner organisations (2)");
    // []:*?/\ cannot be in a sheet's name; each becomes a space.
    CHECK(book[2].name == "Name with bad chars  x");
    // 31 characters at most.
    CHECK(book[3].name == "A very long name for a sheet of");
    REQUIRE(book[3].rows.size() == 3);
    CHECK(book[3].rows[1][0].text == std::string(32'767, 'x'));
    CHECK(book[3].rows[2][0].text == "caf\xEF\xBF\xBD \xEF\xBF\xBD");
}
