#include "monitoring/SeriesCsv.h"

#include <catch2/catch.hpp>

#include <sstream>

using jointly::monitoring::parseMeasure;
using jointly::monitoring::readSeries;

TEST_CASE("a KPI's value is read as a spreadsheet writes it", "[spc][monitor]") {
    CHECK(parseMeasure("12.5") == 12.5);
    CHECK(parseMeasure(" -3 ") == -3.0);
    CHECK(parseMeasure("+4") == 4.0);
    CHECK(parseMeasure("1,234.5") == 1234.5);
    CHECK(parseMeasure("87%") == 87.0);
    CHECK(parseMeasure("0.25") == 0.25);
    CHECK(parseMeasure("1e3") == std::nullopt); // not as people type a KPI
    CHECK(parseMeasure("12.") == std::nullopt);
    CHECK(parseMeasure(".") == std::nullopt);
    CHECK(parseMeasure("1,,2") == std::nullopt);
    CHECK(parseMeasure(",12") == std::nullopt);
    CHECK(parseMeasure("nan") == std::nullopt);
    CHECK(parseMeasure("inf") == std::nullopt);
    CHECK(parseMeasure("") == std::nullopt);
    CHECK(parseMeasure("1000000000000") == 1e12);
    CHECK(parseMeasure("1000000000001") == std::nullopt); // beyond a million million
}

TEST_CASE("a series keeps its rows in order, its gaps as gaps, and names a bad row",
          "[spc][monitor]") {
    std::istringstream good("Period,Value,Note\r\n2025-04,10,\r\n2025-05,,not reported\r\n\r\n"
                            "2025-06,\"1,234.5\",\"late, revised\"\r\n");
    auto rows = readSeries(good, "falls.csv");
    REQUIRE(rows.ok());
    REQUIRE(rows.value().size() == 3);
    CHECK(rows.value()[0].row == 2);
    CHECK(rows.value()[1].period == "2025-05");
    CHECK_FALSE(rows.value()[1].value.has_value());
    CHECK(rows.value()[1].note == "not reported");
    CHECK(rows.value()[2].value == 1234.5);
    CHECK(rows.value()[2].note == "late, revised");

    std::istringstream noPeriod("2025-04,10\n,11\n");
    auto refused = readSeries(noPeriod, "falls.csv");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == "falls.csv, row 2: there is no period. Name the period, "
                                     "such as 2025-04, in the first column.");
    std::istringstream wide("2025-04,10,a,b\n");
    CHECK(readSeries(wide, "falls.csv").error().message ==
          "falls.csv, row 1: there are 4 columns. Give the period, the value and, if you like, "
          "a note.");
    std::istringstream open("2025-04,\"10\n");
    CHECK(readSeries(open, "falls.csv").error().message.starts_with("falls.csv: row 1"));
    std::istringstream empty("period,value\n");
    CHECK(readSeries(empty, "falls.csv").error().message ==
          "falls.csv holds no values. Give one row per period: the period, then the value.");
}
