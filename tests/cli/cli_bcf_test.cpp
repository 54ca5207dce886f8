#include "CliSupport.h"

#include "sheets/XlsxReader.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

using jointly::cli_testing::Folder;

TEST_CASE("export-bcf writes the year's Better Care Fund plan in the template's columns and "
          "prints its checks",
          "[cli][bcf]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    auto run = folder.jointly("export-bcf west.jointly bcf.xlsx --year 2026/27");
    REQUIRE(run.exitCode == 0);
    CHECK(run.out ==
          "Wrote the Better Care Fund plan for 2026/27 to bcf.xlsx: 7 lines of income, 13 lines "
          "of spending.\n"
          "Every check is met:\n"
          "  met: Planned spending equals income: £94,400,000.00 each in 2026/27.\n"
          "  met: The NHS minimum contribution to adult social care is met: Minimum NHS "
          "Contribution spent on Social Care comes to £22,700,000.00, against £21,450,000.00.\n");
    const auto book = jointly::sheets::readXlsx((folder / "bcf.xlsx").string());
    REQUIRE(book.ok());
    REQUIRE(book.value().size() == 3);
    CHECK(book.value()[0].name == "Income");
    CHECK(book.value()[1].name == "Expenditure");
    CHECK(book.value()[2].name == "Checks");

    // A line that breaks a check: the plan is still written, the check named.
    REQUIRE(folder
                .jointly("add west.jointly line-of-better-care-fund-income year=2026/27 "
                         "source=\"Additional NHS Contribution\" amount=£250.00")
                .exitCode == 0);
    run = folder.jointly("export-bcf west.jointly bcf.csv --year 2026/27");
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.find("Not every check is met (1 of 3):\n") != std::string::npos);
    CHECK(run.out.find("  NOT MET: Planned spending of £94,400,000.00 is £250.00 less than the "
                       "income of £94,400,250.00 in 2026/27.\n") != std::string::npos);
    CHECK(std::filesystem::exists(folder / "bcf.csv"));

    run = folder.jointly("add west.jointly line-of-better-care-fund-income year=2026/27 "
                         "source=\"NHS money\"");
    CHECK(run.exitCode == 9);
    CHECK(run.err.find("\u201cNHS money\u201d is not a source of income") != std::string::npos);

    run = folder.jointly("export-bcf west.jointly bcf.xlsx --year 2031/32");
    CHECK(run.exitCode == 9);
    CHECK(run.err == "jointly: Jointly has the Better Care Fund's code lists for 2025/26 and "
                     "2026/27, not for 2031/32. Choose one of those years.\n");
    CHECK(folder.jointly("export-bcf west.jointly bcf.xlsx").exitCode == 2);
    CHECK(folder.jointly("export-bcf west.jointly bcf.ods --year 2026/27").exitCode == 9);
}
