#include "IndicatorTestSupport.h"

#include <catch2/catch.hpp>

#include <string>

using namespace jointly;
using jointly::testing::ImportFixture;
using jointly::testing::kFingertipsHeader;

namespace {

// A file laid out as Fingertips lays out its exports, every area for one
// period before the next period: 2 indicators x 40 periods x 250 areas =
// 20,000 rows. The import remembers the keys of each indicator's run and asks
// the database only about a key it has met before, so a repeated row far from
// its first copy is the case to check. Each value is worked out from its
// place, so any row can be checked: indicator i (1 or 2), period p (2000 +
// p), area a (E02000001 + a) holds i * 100000 + p * 1000 + a.
std::string manyAreas(const std::string& extra = {}) {
    std::string text = kFingertipsHeader;
    for (int indicator = 1; indicator <= 2; ++indicator) {
        for (int period = 0; period < 40; ++period) {
            for (int area = 0; area < 250; ++area) {
                const auto code = "E02" + std::to_string(1000001 + area).substr(1);
                const auto value = std::to_string(indicator * 100000 + period * 1000 + area);
                text += std::to_string(90000 + indicator) + ",Indicator " +
                        std::to_string(indicator) + ",E92000001,England," + code + ",Area " +
                        std::to_string(area) + ",MSOA,Persons,All ages,,," +
                        std::to_string(2000 + period) + "," + value + ",,,,,,,,,,," +
                        std::to_string(2000 + period) + "0000,,\n";
            }
        }
    }
    return text + extra;
}

} // namespace

TEST_CASE("an export of many areas is imported whole, each value in its place", "[import][areas]") {
    ImportFixture f;
    auto report = f.imported(f.csv("areas.csv", manyAreas()));
    CHECK(report.rowsRead == 20000);
    CHECK(report.rowsImported == 20000);
    CHECK(f.liveValues() == 20000);
    // The first and last rows, and two from the middle.
    CHECK(f.valueAt("90001", "E02000001", 20000000) == 100000.0);
    CHECK(f.valueAt("90002", "E02000250", 20390000) == 2 * 100000 + 39 * 1000 + 249);
    CHECK(f.valueAt("90001", "E02000134", 20250000) == 100000 + 25 * 1000 + 133);
    CHECK(f.valueAt("90002", "E02000017", 20260000) == 200000 + 26 * 1000 + 16);
    // Every row once: no key twice among the live values.
    CHECK(f.count("SELECT count(*) FROM (SELECT DISTINCT indicator_id, area_code, period_key "
                  "FROM indicator_value)") == 20000);
}

TEST_CASE("a row repeating one written long before is found", "[import][areas]") {
    // Row 20,002 (the header is row 1) repeats indicator 1, area E02000005,
    // 2003: row 756, written long before.
    const std::string repeat =
        "90001,Indicator 1,E92000001,England,E02000005,Area 4,MSOA,Persons,All ages,,,2003,"
        "7,,,,,,,,,,,20030000,,\n";
    SECTION("asked, nothing is imported and the row is named") {
        ImportFixture f;
        auto refused = f.import(f.csv("areas.csv", manyAreas(repeat)));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::DuplicateRows);
        CHECK(refused.error().message.find("the first is row 20002 (indicator 90001, area "
                                           "E02000005, 2003)") != std::string::npos);
        f.checkNothingImported();
    }
    SECTION("replaced, the later row wins") {
        ImportFixture f;
        needs::ImportOptions options;
        options.duplicates = needs::DuplicateRule::Replace;
        auto report = f.imported(f.csv("areas.csv", manyAreas(repeat)), options);
        CHECK(report.rowsAlreadyHeld == 1);
        CHECK(f.valueAt("90001", "E02000005", 20030000) == 7.0);
        CHECK(f.liveValues() == 20000);
    }
    SECTION("kept, the earlier row stays") {
        ImportFixture f;
        needs::ImportOptions options;
        options.duplicates = needs::DuplicateRule::Keep;
        auto report = f.imported(f.csv("areas.csv", manyAreas(repeat)), options);
        CHECK(report.rowsImported == 20000);
        CHECK(f.valueAt("90001", "E02000005", 20030000) == 100000 + 3 * 1000 + 4);
    }
}
