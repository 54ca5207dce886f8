#include "CliSupport.h"

#include "sheets/XlsxReader.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

using jointly::cli_testing::Folder;

TEST_CASE("export-table writes any kind of record as XLSX or CSV, as File > Export table does, "
          "and refuses another format with a sentence",
          "[cli][sheets]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    REQUIRE(
        folder.jointly("add west.jointly partner-organisation name=\"=HYPERLINK(1)\"").exitCode ==
        0);

    auto written = folder.jointly("export-table west.jointly partner-organisation p.xlsx");
    REQUIRE(written.exitCode == 0);
    CHECK(written.out == "Wrote 10 partner organisations to p.xlsx\n");
    auto book = jointly::sheets::readXlsx((folder / "p.xlsx").string());
    REQUIRE(book.ok());
    REQUIRE(book.value().size() == 1);
    const auto& partners = book.value()[0];
    CHECK(partners.name == "Partner organisations");
    // The header and ten partners; the council's £182,400,000.00 a number.
    REQUIRE(partners.rows.size() == 11);
    CHECK(partners.rows[1][0].text == "Westshire County Council");
    CHECK(partners.rows[1][3].type == jointly::sheets::ReadType::Number);
    CHECK(partners.rows[1][3].text == "182400000");
    CHECK(partners.rows[10][0].type == jointly::sheets::ReadType::Text);
    CHECK(partners.rows[10][0].text == "=HYPERLINK(1)");

    written = folder.jointly("export-table west.jointly partner-organisation p.csv");
    REQUIRE(written.exitCode == 0);
    const auto csv = jointly::cli_testing::readFile(folder / "p.csv");
    CHECK(csv.find("\r\nWestshire County Council,") != std::string::npos);
    CHECK(csv.find(",182400000.00,") != std::string::npos);
    CHECK(csv.find("\r\n'=HYPERLINK(1),") != std::string::npos);

    auto refused = folder.jointly("export-table west.jointly partner-organisation p.ods");
    CHECK(refused.exitCode == 9);
    CHECK(refused.err == "jointly: Jointly writes tables as XLSX workbooks or CSV files: end the "
                         "name \u201Cp.ods\u201D with .xlsx or .csv.\n");
    CHECK_FALSE(std::filesystem::exists(folder / "p.ods"));
    refused = folder.jointly("export-table west.jointly partner p.csv");
    CHECK(refused.exitCode == 9);
    CHECK(refused.err.find("no kind of record called") != std::string::npos);
}
