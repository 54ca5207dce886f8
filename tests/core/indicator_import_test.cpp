#include "core/IndicatorTestSupport.h"

#include "needs/IndicatorColumns.h"
#include "needs/IndicatorImport.h"
#include "needs/IndicatorRow.h"
#include "needs/NeedsKinds.h"
#include "records/RecordStore.h"
#include "stages/FileSummary.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

using namespace jointly;
using jointly::needs::DuplicateRule;
using jointly::needs::ImportOptions;
using jointly::needs::IndicatorField;
using jointly::testing::fixture;
using jointly::testing::ImportFixture;
using jointly::testing::kentRow;
using jointly::testing::kFingertipsHeader;
using jointly::testing::storedValue;

namespace {

// What `jointly check` counts, by name.
std::map<std::string, std::int64_t> summaryCounts(const std::string& path) {
    auto summary = stages::summariseProjectFile(path);
    INFO(jointly::testing::describe(summary));
    REQUIRE(summary.ok());
    return {summary.value().counts.begin(), summary.value().counts.end()};
}

// The end of every message about a bad row when bad rows are not skipped.
const std::string kNothingImported =
    ". Nothing was imported. Correct the row, or import again skipping bad rows.";

// A file with a good row (row 2), the row under test (row 3) and another good
// row (row 4).
std::string aroundRow(const std::string& row) {
    return kFingertipsHeader + kentRow("2019/20", "20190000") + row +
           kentRow("2020/21", "20200000");
}

// The row without its last field: 25 values under 26 columns.
std::string withoutLastField(std::string row) {
    row.erase(row.rfind(','), 1);
    return row;
}

} // namespace

TEST_CASE("a Fingertips export imports with its exact numbers and provenance", "[import]") {
    ImportFixture f;
    ImportOptions options;
    options.dataAsAt = "2024-05-07";
    auto report = f.imported(fixture("fingertips-small.csv"), options);

    CHECK(report.fileName == "fingertips-small.csv");
    CHECK(report.sha256 == jointly::testing::kSmallSha256);
    CHECK(report.rowsRead == 30);
    CHECK(report.rowsImported == 30);
    CHECK(report.rowsAlreadyHeld == 0);
    CHECK(report.rowsSkipped == 0);
    CHECK(report.skipped.empty());
    CHECK(report.indicatorsCreated == 2);
    CHECK(report.polaritiesForExisting.empty());

    // Provenance.
    auto provenance = f.db().prepare(
        "SELECT id, file_name, sha256, format, rows_read, rows_imported, rows_skipped, "
        "rows_already_held, duplicates, parent_comparator, imported_at, data_as_at, active "
        "FROM indicator_import");
    REQUIRE(provenance.step());
    CHECK(provenance.int64(0) == report.importId);
    CHECK(provenance.text(1) == "fingertips-small.csv");
    CHECK(provenance.text(2) == "cc684ff75e024be12a4f6c5ba01ae828980b951f40ee93aa73ef05860c266650");
    CHECK(provenance.text(3) == "fingertips");
    CHECK(provenance.int64(4) == 30);
    CHECK(provenance.int64(5) == 30);
    CHECK(provenance.int64(6) == 0);
    CHECK(provenance.int64(7) == 0);
    CHECK(provenance.text(8) == "keep"); // Ask found no duplicates, so nothing was replaced
    CHECK(provenance.text(9) == "Region");
    const auto importedAt = provenance.text(10);
    CHECK(importedAt.size() == 20); // 2026-04-01T09:30:00Z
    CHECK(importedAt[4] == '-');
    CHECK(importedAt[10] == 'T');
    CHECK(importedAt[19] == 'Z');
    CHECK(provenance.text(11) == "2024-05-07");
    CHECK(provenance.int64(12) == 1);
    CHECK_FALSE(provenance.step());

    // The indicators.
    CHECK(f.count("SELECT count(*) FROM indicator") == 2);
    CHECK(f.text("SELECT name FROM indicator WHERE source_code = '93014'") ==
          "Percentage of physically active adults");
    CHECK(f.text("SELECT name FROM indicator WHERE source_code = '92443'") ==
          "Smoking Prevalence in adults (18+) - current smokers (APS)");
    CHECK(f.text("SELECT source FROM indicator WHERE source_code = '93014'") == "Fingertips");
    CHECK(f.count("SELECT count(*) FROM indicator WHERE created_by_import = " +
                  std::to_string(report.importId)) == 2);

    // Every row, with its numbers exactly as written in the file.
    CHECK(f.count("SELECT count(*) FROM indicator_value") == 30);
    CHECK(f.liveValues() == 30);
    auto kent = storedValue(f.db(), "93014", "E10000016", 20210000);
    REQUIRE(kent);
    CHECK(kent->indicatorName == "Percentage of physically active adults");
    CHECK(kent->parentCode == "E12000008");
    CHECK(kent->parentName == "South East region");
    CHECK(kent->areaName == "Kent");
    CHECK(kent->areaType == "Counties & UAs (from Apr 2023)");
    CHECK(kent->sex == "Persons");
    CHECK(kent->age == "19+ yrs");
    CHECK(kent->categoryType.empty());
    CHECK(kent->category.empty());
    CHECK(kent->period == "2021/22");
    CHECK(kent->value == 72.0);
    CHECK(kent->lower95 == 69.1);
    CHECK(kent->upper95 == 74.7);
    CHECK(kent->lower998 == 67.2);
    CHECK(kent->upper998 == 76.2);
    CHECK(kent->count == 720.0);
    CHECK(kent->denominator == 1000.0);
    CHECK(kent->valueNote.empty());
    CHECK(kent->trend == "Increasing and getting better");
    CHECK(kent->comparedEngland == "Better 95%");
    CHECK(kent->comparedParent == "Better 95%");
    CHECK(kent->importId == report.importId);

    auto england = storedValue(f.db(), "92443", "E92000001", 20180000);
    REQUIRE(england);
    CHECK(england->parentCode.empty());
    CHECK(england->parentName.empty());
    CHECK(england->areaName == "England");
    CHECK(england->age == "18+ yrs");
    CHECK(england->period == "2018");
    CHECK(england->value == 14.4);
    CHECK(england->lower95 == 14.1);
    CHECK(england->upper95 == 14.7);
    CHECK(england->lower998 == 13.9);
    CHECK(england->upper998 == 14.9);
    CHECK(england->count == 14400.0);
    CHECK(england->denominator == 100000.0);
    CHECK(england->trend.empty());
    CHECK(england->comparedEngland.empty());

    auto region = storedValue(f.db(), "92443", "E12000008", 20210000);
    REQUIRE(region);
    CHECK(region->period == "2021");
    CHECK(region->value == 12.2);
    CHECK(region->upper998 == 13.3);
    CHECK(region->comparedEngland == "Better 95%");

    // Sums over every value, as a check that no number was misread.
    CHECK(f.count("SELECT sum(count) FROM indicator_value") ==
          66300 + 67200 + 66400 + 65900 + 67300 + 6800 + 6840 + 6810 + 6750 + 6890 + 640 + 655 +
              670 + 685 + 720 + 14400 + 13900 + 12100 + 13300 + 12700 + 1320 + 1290 + 1160 + 1220 +
              1140 + 160 + 155 + 149 + 158 + 170);
    CHECK(f.count("SELECT sum(period_key) FROM indicator_value") ==
          3 * (20170000 + 20180000 + 20190000 + 20200000 + 20210000) +
              3 * (20180000 + 20190000 + 20200000 + 20210000 + 20220000));

    auto counts = summaryCounts(f.path);
    CHECK(counts["indicators"] == 2);
    CHECK(counts["indicator values"] == 30);
    CHECK(counts["indicator imports"] == 1);
    CHECK(f.project->undoLabel() == "Import fingertips-small.csv");
}

TEST_CASE("an export with a byte-order mark, CRLF, an extra column and quoted fields imports",
          "[import]") {
    ImportFixture f;
    auto report = f.imported(fixture("fingertips-bom-crlf.csv"));
    CHECK(report.sha256 == jointly::testing::kBomCrlfSha256);
    CHECK(report.rowsRead == 4);
    CHECK(report.rowsImported == 4);
    CHECK(report.indicatorsCreated == 1);
    CHECK(f.text("SELECT parent_comparator FROM indicator_import") == "ICB sub-locations");
    CHECK(f.text("SELECT sha256 FROM indicator_import") ==
          "9a09eb4c524776f316a75a8b5ee96e000afaccd8e05a2afcda060f8f0eea8de5");
    CHECK(f.count("SELECT rows_read FROM indicator_import") == 4);
    CHECK(f.count("SELECT rows_imported FROM indicator_import") == 4);
    CHECK(f.count("SELECT count(*) FROM indicator_import WHERE data_as_at IS NULL") == 1);
    // The byte-order mark is not part of the first column's name or value.
    CHECK(f.text("SELECT source_code FROM indicator") == "92949");
    CHECK(f.text("SELECT name FROM indicator") ==
          "Estimated dementia diagnosis rate (aged 65 and older)");

    auto subIcb = storedValue(f.db(), "92949", "E38000222", 20240000);
    REQUIRE(subIcb);
    CHECK(subIcb->areaName == "NHS Bristol, North Somerset and South Gloucestershire ICB - 15C");
    CHECK(subIcb->parentName ==
          "NHS Bristol, North Somerset and South Gloucestershire Integrated Care Board");
    CHECK(subIcb->areaType == "Sub-ICB locations");
    CHECK(subIcb->value == 62.0);
    CHECK(subIcb->lower95 == 61.2);
    CHECK(subIcb->upper998 == 63.3);
    CHECK(subIcb->count == 8680.0);
    CHECK(subIcb->denominator == 14000.0);
    CHECK(subIcb->comparedEngland == "Worse 95%");
    CHECK(subIcb->comparedParent.empty());

    auto practice = storedValue(f.db(), "92949", "L81004", 20240000);
    REQUIRE(practice);
    CHECK(practice->parentName ==
          "NHS Bristol, North Somerset and South Gloucestershire ICB - 15C");
    CHECK(practice->value == 58.1);
    CHECK(practice->comparedParent == "Similar"); // the "Compared to ICB sub-locations" column

    // Doubled quotes, a comma and a line break inside quotes, and empty values.
    auto suppressed = storedValue(f.db(), "92949", "L81018", 20240000);
    REQUIRE(suppressed);
    CHECK(suppressed->areaName == "The \"Old School\" Surgery");
    CHECK(suppressed->valueNote ==
          "Value suppressed, see \"Data quality\" notes,\nwhere counts are small");
    CHECK_FALSE(suppressed->value);
    CHECK_FALSE(suppressed->lower95);
    CHECK_FALSE(suppressed->upper95);
    CHECK_FALSE(suppressed->lower998);
    CHECK_FALSE(suppressed->upper998);
    CHECK_FALSE(suppressed->count);
    CHECK_FALSE(suppressed->denominator);
    CHECK(suppressed->comparedEngland == "Not compared");
    CHECK(suppressed->period == "2024");
}

TEST_CASE("Fingertips columns are found in any order, case and spacing", "[import]") {
    ImportFixture f;
    // The same columns shuffled, in other cases and with stray spaces, and
    // the parent comparator named after another area type.
    const std::string header =
        "Area Code, area name ,Indicator ID,Indicator Name,Time period Sortable,Time period,"
        "VALUE,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower  CI 99.8 limit,Upper CI 99.8 limit,"
        "Count,Denominator,Value note,Recent Trend,Compared to England value or percentiles,"
        "Compared to Combined authorities value or percentiles,Parent Code,Parent Name,"
        "Area Type,Sex,Age,Category Type,Category,New data,Compared to goal\n";
    const std::string row = "E08000025,Birmingham,93014,Percentage of physically active adults,"
                            "20210000,2021/22,61.5,58.6,64.3,56.9,65.9,615,1000,,,Worse 95%,"
                            "Similar,E47000007,West Midlands Combined Authority,Metropolitan "
                            "districts,Persons,19+ yrs,,,,\n";
    auto report = f.imported(f.csv("shuffled.csv", header + row));
    CHECK(report.rowsImported == 1);
    CHECK(f.text("SELECT parent_comparator FROM indicator_import") == "Combined authorities");
    auto stored = storedValue(f.db(), "93014", "E08000025", 20210000);
    REQUIRE(stored);
    CHECK(stored->areaName == "Birmingham");
    CHECK(stored->parentName == "West Midlands Combined Authority");
    CHECK(stored->areaType == "Metropolitan districts");
    CHECK(stored->value == 61.5);
    CHECK(stored->lower998 == 56.9);
    CHECK(stored->comparedEngland == "Worse 95%");
    CHECK(stored->comparedParent == "Similar");
}

TEST_CASE("a file that is not a Fingertips export is refused by name", "[import]") {
    ImportFixture f;
    SECTION("a Fingertips column missing") {
        std::string header = kFingertipsHeader;
        header.erase(header.find("Time period Sortable,"),
                     std::string("Time period Sortable,").size());
        auto report = f.import(f.csv("old.csv", header + "x\n"));
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().kind == ErrorKind::Invalid);
        CHECK(report.error().message ==
              "old.csv is not a Fingertips export: it has no \"Time period Sortable\" column. If "
              "it is another kind of CSV, import it with a column mapping instead.");
    }
    SECTION("an empty file") {
        auto report = f.import(f.csv("empty.csv", ""));
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().message == "empty.csv is empty: it has no header row.");
    }
    SECTION("a header and no rows") {
        auto report = f.import(f.csv("header.csv", kFingertipsHeader));
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().kind == ErrorKind::Invalid);
        CHECK(report.error().message == "header.csv has a header but no rows to import.");
    }
    SECTION("a file that is not there") {
        auto report = f.import(f.dir.file("absent.csv"));
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().kind == ErrorKind::NotFound);
        CHECK(report.error().message ==
              "Jointly cannot read absent.csv. Check it exists and you may open it.");
    }
    SECTION("a data-as-at date that is not a date") {
        ImportOptions options;
        options.dataAsAt = "07/05/2024";
        auto report = f.import(fixture("fingertips-small.csv"), options);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().kind == ErrorKind::Invalid);
        CHECK(report.error().message == "The \"data as at\" date must be a date such as "
                                        "2026-04-01; \"07/05/2024\" is not one.");
    }
    f.checkNothingImported();
}

TEST_CASE("each kind of broken row stops the import with its row, column and reason", "[import]") {
    ImportFixture f;
    std::string row;
    std::string expected;
    SECTION("wrong number of fields") {
        row = withoutLastField(kentRow("2021/22", "20210000"));
        expected = "broken.csv, row 3: it has 25 values but the header has 26 columns";
    }
    SECTION("too many fields") {
        row = kentRow("2021/22", "20210000", {{IndicatorField::Value, "72.0,"}});
        expected = "broken.csv, row 3: it has 27 values but the header has 26 columns";
    }
    SECTION("a blank line") {
        row = "\n";
        expected = "broken.csv, row 3: it has 1 value but the header has 26 columns";
    }
    SECTION("a value that is not a number") {
        row = kentRow("2021/22", "20210000", {{IndicatorField::Value, "72.0%"}});
        expected = "broken.csv, row 3, column \"Value\": \"72.0%\" is not a number";
    }
    SECTION("a confidence limit that is not a number") {
        row = kentRow("2021/22", "20210000", {{IndicatorField::Upper998, "n/a"}});
        expected = "broken.csv, row 3, column \"Upper CI 99.8 limit\": \"n/a\" is not a number";
    }
    SECTION("a count that is not a number") {
        row = kentRow("2021/22", "20210000", {{IndicatorField::Count, "*"}});
        expected = "broken.csv, row 3, column \"Count\": \"*\" is not a number";
    }
    SECTION("an impossible 95% interval") {
        row = kentRow("2021/22", "20210000", {{IndicatorField::Lower95, "75.1"}});
        expected = "broken.csv, row 3, column \"Lower CI 95.0 limit\": the lower 95% limit "
                   "\"75.1\" is above the upper limit \"74.7\", which is impossible";
    }
    SECTION("an impossible 99.8% interval") {
        row = kentRow("2021/22", "20210000", {{IndicatorField::Upper998, "66.0"}});
        expected = "broken.csv, row 3, column \"Lower CI 99.8 limit\": the lower 99.8% limit "
                   "\"67.2\" is above the upper limit \"66.0\", which is impossible";
    }
    SECTION("a value above its 95% interval") {
        row = kentRow("2021/22", "20210000", {{IndicatorField::Value, "75.0"}});
        expected = "broken.csv, row 3, column \"Value\": the value \"75.0\" lies outside its own "
                   "95% confidence interval, which is impossible";
    }
    SECTION("a value below its 99.8% interval") {
        // With no 95% interval given, the 99.8% one is the one broken.
        row = kentRow("2021/22", "20210000",
                      {{IndicatorField::Value, "67.1"},
                       {IndicatorField::Lower95, ""},
                       {IndicatorField::Upper95, ""}});
        expected = "broken.csv, row 3, column \"Value\": the value \"67.1\" lies outside its own "
                   "99.8% confidence interval, which is impossible";
    }
    SECTION("an empty area code") {
        row = kentRow("2021/22", "20210000", {{IndicatorField::AreaCode, ""}});
        expected = "broken.csv, row 3, column \"Area Code\": it is empty, and every row needs one";
    }
    SECTION("an empty indicator ID") {
        row = kentRow("2021/22", "20210000", {{IndicatorField::IndicatorCode, "  "}});
        expected =
            "broken.csv, row 3, column \"Indicator ID\": it is empty, and every row needs one";
    }
    SECTION("an empty time period") {
        row = kentRow("", "20210000");
        expected =
            "broken.csv, row 3, column \"Time period\": it is empty, and every row needs one";
    }
    SECTION("a sortable period that is not a whole number") {
        row = kentRow("2021/22", "2021/22");
        expected = "broken.csv, row 3, column \"Time period Sortable\": \"2021/22\" is not a whole "
                   "number";
    }
    SECTION("a sortable period with a fraction") {
        row = kentRow("2021/22", "20210000.5");
        expected = "broken.csv, row 3, column \"Time period Sortable\": \"20210000.5\" is not a "
                   "whole number";
    }
    SECTION("an empty sortable period") {
        row = kentRow("2021/22", "");
        expected = "broken.csv, row 3, column \"Time period Sortable\": \"\" is not a whole number";
    }
    SECTION("a negative count") {
        row = kentRow("2021/22", "20210000", {{IndicatorField::Count, "-720"}});
        expected = "broken.csv, row 3, column \"Count\": a count cannot be negative";
    }
    SECTION("a negative denominator") {
        row = kentRow("2021/22", "20210000", {{IndicatorField::Denominator, "-1000"}});
        expected = "broken.csv, row 3, column \"Denominator\": a denominator cannot be negative";
    }
    auto report = f.import(f.csv("broken.csv", aroundRow(row)));
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().kind == ErrorKind::Invalid);
    CHECK(report.error().message == expected + kNothingImported);
    f.checkNothingImported();
}

TEST_CASE("a CSV that cannot be read stops the import and names the row", "[import]") {
    ImportFixture f;
    auto report =
        f.import(f.csv("unclosed.csv", kFingertipsHeader + kentRow("2021/22", "20210000") +
                                           kentRow("2020/21", "20200000",
                                                   {{IndicatorField::ValueNote, "\"open"}})));
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().kind == ErrorKind::Invalid);
    CHECK(report.error().message == "unclosed.csv, row 3: a quoted field is not closed before the "
                                    "end of the file. Nothing was imported.");
    f.checkNothingImported();
}

TEST_CASE("a broken row after many good ones still imports nothing", "[import]") {
    ImportFixture f;
    std::string text = kFingertipsHeader;
    for (int year = 1000; year < 1500; ++year) {
        text += kentRow(std::to_string(year), std::to_string(year * 10000));
    }
    text += kentRow("1500", "15000000", {{IndicatorField::Value, "seventy"}});
    auto report = f.import(f.csv("long.csv", text));
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().message ==
          "long.csv, row 502, column \"Value\": \"seventy\" is not a number" + kNothingImported);
    f.checkNothingImported();
}

TEST_CASE("skipping bad rows imports the good ones and lists every bad one", "[import]") {
    ImportFixture f;
    const std::string text =
        kFingertipsHeader +
        kentRow("2017/18", "20170000", {{IndicatorField::Count, "701"}}) +    // row 2
        kentRow("2018/19", "20180000", {{IndicatorField::Value, "65.5%"}}) +  // row 3
        kentRow("2019/20", "20190000", {{IndicatorField::Count, "702"}}) +    // row 4
        withoutLastField(kentRow("2020/21", "20200000")) +                    // row 5
        kentRow("2021/22", "20210000", {{IndicatorField::AreaCode, ""}}) +    // row 6
        kentRow("2022/23", "20220000", {{IndicatorField::Lower95, "75.1"}}) + // row 7
        kentRow("2023/24", "20230000");                                       // row 8
    ImportOptions options;
    options.skipBadRows = true;
    auto report = f.imported(f.csv("some-bad.csv", text), options);
    CHECK(report.rowsRead == 7);
    CHECK(report.rowsImported == 3);
    CHECK(report.rowsSkipped == 4);
    REQUIRE(report.skipped.size() == 4);
    CHECK(report.skipped[0].row == 3);
    CHECK(report.skipped[0].reason == "column \"Value\": \"65.5%\" is not a number");
    CHECK(report.skipped[1].row == 5);
    CHECK(report.skipped[1].reason == "it has 25 values but the header has 26 columns");
    CHECK(report.skipped[2].row == 6);
    CHECK(report.skipped[2].reason == "column \"Area Code\": it is empty, and every row needs one");
    CHECK(report.skipped[3].row == 7);
    CHECK(report.skipped[3].reason ==
          "column \"Lower CI 95.0 limit\": the lower 95% limit \"75.1\" is above the upper limit "
          "\"74.7\", which is impossible");

    CHECK(f.count("SELECT rows_read FROM indicator_import") == 7);
    CHECK(f.count("SELECT rows_imported FROM indicator_import") == 3);
    CHECK(f.count("SELECT rows_skipped FROM indicator_import") == 4);
    CHECK(f.liveValues() == 3);
    CHECK(f.countAt("93014", "E10000016", 20170000) == 701.0);
    CHECK(f.countAt("93014", "E10000016", 20190000) == 702.0);
    CHECK(f.countAt("93014", "E10000016", 20230000) == 720.0);
    CHECK_FALSE(storedValue(f.db(), "93014", "E10000016", 20180000));
    CHECK_FALSE(storedValue(f.db(), "93014", "E10000016", 20200000));
    CHECK_FALSE(storedValue(f.db(), "93014", "E10000016", 20210000));
    CHECK_FALSE(storedValue(f.db(), "93014", "E10000016", 20220000));
}

TEST_CASE("importing rows the project holds asks, keeps or replaces", "[import]") {
    ImportFixture f;
    auto first = f.imported(fixture("fingertips-small.csv"));
    // Revised figures for Kent and England in 2021/22, and Kent's 2022/23.
    const std::string revised =
        kFingertipsHeader +
        kentRow("2021/22", "20210000",
                {{IndicatorField::Value, "71.5"},
                 {IndicatorField::Lower95, "68.6"},
                 {IndicatorField::Upper95, "74.2"},
                 {IndicatorField::Lower998, "66.7"},
                 {IndicatorField::Upper998, "75.8"},
                 {IndicatorField::Count, "715"}}) +
        "93014,Percentage of physically active adults,,,E92000001,England,England,Persons,"
        "19+ yrs,,,2021/22,67.4,67.2,67.6,67.1,67.7,67400,100000,,,,,20210000,,\n" +
        kentRow("2022/23", "20220000",
                {{IndicatorField::Value, "70.2"},
                 {IndicatorField::Lower95, "67.3"},
                 {IndicatorField::Upper95, "72.9"},
                 {IndicatorField::Lower998, "65.6"},
                 {IndicatorField::Upper998, "74.5"},
                 {IndicatorField::Count, "702"}});
    const auto path = f.csv("revised.csv", revised);

    SECTION("ask: nothing is imported and the user is told how many rows are held") {
        auto report = f.import(path);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().kind == ErrorKind::DuplicateRows);
        CHECK(report.error().message ==
              "2 of the rows in revised.csv are already in the project; the first is row 2 "
              "(indicator 93014, area E10000016, 2021/22). Choose Replace to use the file's "
              "values instead, or Keep to keep the ones already held.");
        CHECK(f.count("SELECT count(*) FROM indicator_import") == 1);
        CHECK(f.count("SELECT count(*) FROM indicator_value") == 30);
        CHECK(f.liveValues() == 30);
        CHECK(f.project->undoLabel() == "Import fingertips-small.csv");
    }
    SECTION("keep: the held rows stay and only the new row is added") {
        ImportOptions options;
        options.duplicates = DuplicateRule::Keep;
        auto report = f.imported(path, options);
        CHECK(report.rowsRead == 3);
        CHECK(report.rowsImported == 1);
        CHECK(report.rowsAlreadyHeld == 2);
        CHECK(report.indicatorsCreated == 0);
        CHECK(f.liveValues() == 31);
        CHECK(f.count("SELECT count(*) FROM indicator_value") == 31);
        CHECK(f.valueAt("93014", "E10000016", 20210000) == 72.0);
        CHECK(f.valueAt("93014", "E92000001", 20210000) == 67.3);
        CHECK(f.valueAt("93014", "E10000016", 20220000) == 70.2);
        CHECK(f.text("SELECT duplicates FROM indicator_import WHERE id = " +
                     std::to_string(report.importId)) == "keep");
        CHECK(f.count("SELECT rows_already_held FROM indicator_import WHERE id = " +
                      std::to_string(report.importId)) == 2);
    }
    SECTION("replace: the file's rows are used, and undo brings the old ones back") {
        ImportOptions options;
        options.duplicates = DuplicateRule::Replace;
        auto report = f.imported(path, options);
        CHECK(report.rowsRead == 3);
        CHECK(report.rowsImported == 3);
        CHECK(report.rowsAlreadyHeld == 2);
        CHECK(f.liveValues() == 31);
        CHECK(f.count("SELECT count(*) FROM indicator_value") == 33);
        auto kent = storedValue(f.db(), "93014", "E10000016", 20210000);
        CHECK(kent->value == 71.5);
        CHECK(kent->lower95 == 68.6);
        CHECK(kent->count == 715.0);
        CHECK(kent->importId == report.importId);
        CHECK(f.valueAt("93014", "E92000001", 20210000) == 67.4);
        CHECK(f.text("SELECT duplicates FROM indicator_import WHERE id = " +
                     std::to_string(report.importId)) == "replace");
        CHECK(f.count("SELECT count(*) FROM indicator_value WHERE replaced_by = " +
                      std::to_string(report.importId)) == 2);

        REQUIRE(f.project->undo().ok());
        CHECK(f.liveValues() == 30);
        CHECK(f.valueAt("93014", "E10000016", 20210000) == 72.0);
        CHECK(f.importAt("93014", "E10000016", 20210000) == first.importId);
        CHECK(f.valueAt("93014", "E92000001", 20210000) == 67.3);
        CHECK_FALSE(storedValue(f.db(), "93014", "E10000016", 20220000));

        REQUIRE(f.project->redo().ok());
        CHECK(f.liveValues() == 31);
        CHECK(f.valueAt("93014", "E10000016", 20210000) == 71.5);

        // Importing the revision again replaces the revision, not the original.
        auto again = f.imported(path, options);
        CHECK(again.rowsAlreadyHeld == 3);
        CHECK(f.liveValues() == 31);
        CHECK(f.count("SELECT count(*) FROM indicator_value WHERE replaced_by = " +
                      std::to_string(again.importId)) == 3);
    }
}

TEST_CASE("undo hides an import in one step, redo shows it, reopening removes it", "[import]") {
    ImportFixture f;
    auto report = f.imported(fixture("fingertips-small.csv"));
    CHECK(f.liveValues() == 30);
    CHECK(f.visibleIndicators() == 2);
    CHECK(f.project->undoLabel() == "Import fingertips-small.csv");

    REQUIRE(f.project->undo().ok());
    CHECK(f.liveValues() == 0);
    CHECK(f.visibleIndicators() == 0);
    CHECK_FALSE(f.project->canUndo());
    CHECK(f.project->redoLabel() == "Import fingertips-small.csv");
    auto counts = summaryCounts(f.path);
    CHECK(counts["indicators"] == 0);
    CHECK(counts["indicator values"] == 0);
    CHECK(counts["indicator imports"] == 0);
    // Hidden, not yet removed: redo must be able to bring it back.
    CHECK(f.count("SELECT count(*) FROM indicator_value") == 30);

    REQUIRE(f.project->redo().ok());
    CHECK(f.liveValues() == 30);
    CHECK(f.visibleIndicators() == 2);
    counts = summaryCounts(f.path);
    CHECK(counts["indicators"] == 2);
    CHECK(counts["indicator values"] == 30);
    CHECK(counts["indicator imports"] == 1);
    CHECK(f.valueAt("92443", "E10000016", 20220000) == 17.0);

    SECTION("an undone import is gone for good once the project is reopened") {
        REQUIRE(f.project->undo().ok());
        f.open();
        CHECK_FALSE(f.project->canRedo());
        CHECK(f.count("SELECT count(*) FROM indicator_import") == 0);
        CHECK(f.count("SELECT count(*) FROM indicator") == 0);
        CHECK(f.count("SELECT count(*) FROM indicator_value") == 0);
    }
    SECTION("a live import stays when the project is reopened") {
        f.open();
        CHECK(f.count("SELECT count(*) FROM indicator_import") == 1);
        CHECK(f.liveValues() == 30);
        CHECK(f.visibleIndicators() == 2);
        CHECK(f.count("SELECT id FROM indicator_import") == report.importId);
    }
    SECTION("an import staged but never made live is removed when the project is reopened") {
        auto staged = needs::stageIndicatorImport(
            f.path, f.csv("more.csv", kFingertipsHeader + kentRow("2022/23", "20220000")), {});
        REQUIRE(staged.ok());
        CHECK(f.count("SELECT count(*) FROM indicator_import") == 2);
        CHECK(f.liveValues() == 30);
        f.open();
        CHECK(f.count("SELECT count(*) FROM indicator_import") == 1);
        CHECK(f.count("SELECT count(*) FROM indicator_value") == 30);
    }
}

TEST_CASE("a staged import is invisible until it is made live", "[import]") {
    ImportFixture f;
    auto staged =
        needs::stageIndicatorImport(f.path, fixture("fingertips-small.csv"), ImportOptions{});
    INFO(jointly::testing::describe(staged));
    REQUIRE(staged.ok());
    CHECK(staged.value().rowsImported == 30);
    // Written through its own connection, but not live.
    CHECK(f.count("SELECT count(*) FROM indicator_value") == 30);
    CHECK(f.count("SELECT active FROM indicator_import") == 0);
    CHECK(f.liveValues() == 0);
    CHECK(f.visibleIndicators() == 0);
    CHECK_FALSE(f.project->canUndo());
    CHECK(summaryCounts(f.path)["indicator values"] == 0);

    REQUIRE(needs::activateImport(*f.project, staged.value()).ok());
    CHECK(f.liveValues() == 30);
    CHECK(f.visibleIndicators() == 2);
    CHECK(f.project->undoLabel() == "Import fingertips-small.csv");

    // Making it live twice is refused and changes nothing.
    CHECK_FALSE(needs::activateImport(*f.project, staged.value()).ok());
    CHECK(f.liveValues() == 30);
    REQUIRE(f.project->undo().ok());
    CHECK_FALSE(f.project->canUndo());
    CHECK(f.liveValues() == 0);
}

TEST_CASE("an indicator brought by an undone import is taken over by the next import", "[import]") {
    ImportFixture f;
    f.imported(fixture("fingertips-small.csv"));
    REQUIRE(f.project->undo().ok());
    auto second = f.imported(f.csv("kent.csv", kFingertipsHeader + kentRow("2022/23", "20220000")));
    CHECK(second.indicatorsCreated == 0); // the indicator row is reused...
    CHECK(f.visibleIndicators() == 1);    // ...and shown again
    CHECK(f.count("SELECT created_by_import FROM indicator WHERE source_code = '93014'") ==
          second.importId);
    CHECK(f.liveValues() == 1);
    f.open(); // the first import and the indicator only it used are removed
    CHECK(f.count("SELECT count(*) FROM indicator") == 1);
    CHECK(f.count("SELECT count(*) FROM indicator_value") == 1);
    CHECK(f.liveValues() == 1);
}

TEST_CASE("cancel leaves the project as it was", "[import]") {
    ImportFixture f;
    std::string text = kFingertipsHeader;
    for (int week = 0; week < 5000; ++week) {
        text += kentRow("Week " + std::to_string(week), std::to_string(20200000 + week));
    }
    const auto path = f.csv("weekly.csv", text);
    std::vector<needs::ImportProgress> calls;

    SECTION("cancelled at the first progress report") {
        auto report = needs::importIndicators(*f.project, path, {},
                                              [&](const needs::ImportProgress& progress) {
                                                  calls.push_back(progress);
                                                  return false;
                                              });
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().kind == ErrorKind::Cancelled);
        CHECK(report.error().message ==
              "The import of weekly.csv was cancelled; nothing was imported.");
        REQUIRE(calls.size() == 1);
        CHECK(calls[0].rows == 4096);
        CHECK(calls[0].totalBytes == text.size());
        CHECK(calls[0].bytesRead > 0);
        CHECK(calls[0].bytesRead < text.size());
        f.checkNothingImported();
        CHECK(summaryCounts(f.path)["indicator values"] == 0);
    }
    SECTION("not cancelled, the whole file imports") {
        auto report = needs::importIndicators(*f.project, path, {},
                                              [&](const needs::ImportProgress& progress) {
                                                  calls.push_back(progress);
                                                  return true;
                                              });
        INFO(jointly::testing::describe(report));
        REQUIRE(report.ok());
        CHECK(report.value().rowsImported == 5000);
        REQUIRE(calls.size() == 1);
        CHECK(calls[0].rows == 4096);
        CHECK(f.liveValues() == 5000);
    }
}

TEST_CASE("polarity is inferred from Fingertips' comparison words", "[import]") {
    ImportFixture f;
    SECTION("Better above England and Worse above England") {
        f.imported(fixture("fingertips-small.csv"));
        // Kent and the South East are "Better" with intervals above England's
        // physically active adults: higher is better.
        CHECK(f.polarity("93014") == "higher_is_better");
        CHECK(f.polarityInferred("93014") == 1);
        // Kent is "Worse" above England's smoking, the South East "Better"
        // below it: lower is better.
        CHECK(f.polarity("92443") == "lower_is_better");
        CHECK(f.polarityInferred("92443") == 1);
    }
    SECTION("Worse below England") {
        f.imported(fixture("fingertips-bom-crlf.csv"));
        CHECK(f.polarity("92949") == "higher_is_better");
    }

    // England's value is 50 for every indicator; each area row says something
    // different about it.
    auto england = [](const std::string& code) {
        return code + ",Test indicator " + code +
               ",,,E92000001,England,England,Persons,All ages,,,2022,50,49,51,48,52,5000,10000,,,"
               ",,20220000,,\n";
    };
    auto area = [](const std::string& code, const std::string& areaCode, const std::string& words,
                   const std::string& limits) {
        return code + ",Test indicator " + code + ",E12000008,South East region," + areaCode +
               ",Area " + areaCode + ",Districts,Persons,All ages,,,2022," + limits + ",,,,," +
               words + ",,20220000,,\n";
    };
    const std::string above = "60,58,62,57,63";  // wholly above England's 50 at both levels
    const std::string below = "40,38,42,37,43";  // wholly below
    const std::string across = "50,45,55,43,57"; // around it
    const std::string aboveAt95Only = "55,51,59,49,61";
    SECTION("each kind of wording") {
        const std::string text =
            kFingertipsHeader + england("1") + area("1", "E07000105", "Higher", above) +
            england("2") + area("2", "E07000105", "Lower 95%", below) + england("3") +
            area("3", "E07000105", "Similar", across) +
            area("3", "E07000106", "Not compared", above) + england("4") +
            area("4", "E07000105", "Better", across) + // contradicts its own interval
            england("5") + area("5", "E07000105", "Worse 99.8%", below) + england("6") +
            area("6", "E07000105", "Better 99.8%", aboveAt95Only) + england("7") +
            area("7", "E07000105", "Higher", above) + area("7", "E07000106", "Better", below) +
            england("8") + area("8", "E07000105", "Lowest", below);
        f.imported(f.csv("words.csv", text));
        CHECK(f.polarity("1") == "no_judgement");
        CHECK(f.polarityInferred("1") == 1);
        CHECK(f.polarity("2") == "no_judgement");
        CHECK(f.polarity("3") == "unknown"); // Similar and Not compared say nothing
        CHECK(f.polarityInferred("3") == 0);
        CHECK(f.polarity("4") == "unknown"); // Better, but the interval overlaps England
        CHECK(f.polarity("5") == "higher_is_better");
        // "99.8%": the 99.8% interval (49 to 61) overlaps England's 50, so the
        // words cannot be read as above or below.
        CHECK(f.polarity("6") == "unknown");
        // Better evidence outweighs Higher.
        CHECK(f.polarity("7") == "lower_is_better");
        CHECK(f.polarity("8") == "unknown"); // a quintile word
    }
    SECTION("a polarity the user set is never overwritten") {
        f.imported(f.csv("similar.csv", kFingertipsHeader + england("3") +
                                            area("3", "E07000105", "Similar", across)));
        CHECK(f.polarity("3") == "unknown");
        REQUIRE(records::setField(*f.project, needs::indicator(), f.indicatorId("3"), "polarity",
                                  std::string("lower_is_better"))
                    .ok());
        ImportOptions options;
        options.duplicates = DuplicateRule::Replace;
        auto report = f.imported(f.csv("better.csv", kFingertipsHeader + england("3") +
                                                         area("3", "E07000105", "Better", above)),
                                 options);
        CHECK(report.polaritiesForExisting.empty());
        CHECK(f.polarity("3") == "lower_is_better");
        CHECK(f.polarityInferred("3") == 0);
    }
    SECTION("an indicator already held with no polarity gets one, undone with the import") {
        f.imported(f.csv("similar.csv", kFingertipsHeader + england("3") +
                                            area("3", "E07000105", "Similar", across)));
        CHECK(f.polarity("3") == "unknown");
        ImportOptions options;
        options.duplicates = DuplicateRule::Replace;
        auto report = f.imported(f.csv("better.csv", kFingertipsHeader + england("3") +
                                                         area("3", "E07000105", "Better", above)),
                                 options);
        REQUIRE(report.polaritiesForExisting.size() == 1);
        CHECK(report.polaritiesForExisting[0].indicatorId == f.indicatorId("3"));
        CHECK(report.polaritiesForExisting[0].polarity == "higher_is_better");
        CHECK(report.polaritiesForExisting[0].inferred);
        CHECK(f.polarity("3") == "higher_is_better");
        CHECK(f.polarityInferred("3") == 1);

        REQUIRE(f.project->undo().ok());
        CHECK(f.polarity("3") == "unknown");
        CHECK(f.polarityInferred("3") == 0);
        REQUIRE(f.project->redo().ok());
        CHECK(f.polarity("3") == "higher_is_better");
        CHECK(f.polarityInferred("3") == 1);
    }
}

// --- Mapped CSVs --------------------------------------------------------------

namespace {

const std::string kWardHeader =
    "Measure code,Measure,Ward code,Ward,Year,Rate,LCL,UCL,Numerator,Denominator,Direction,"
    "Units\n";

const std::string kWardMapping = "# Westshire ward profiles\n"
                                 "indicator_code=Measure code\n"
                                 "indicator_name=Measure\n"
                                 "area_code=Ward code\n"
                                 "area_name=Ward\n"
                                 "period=Year\n"
                                 "value=Rate\n"
                                 "lower_95=LCL\n"
                                 "upper_95=UCL\n"
                                 "count=Numerator\n"
                                 "denominator=Denominator\n"
                                 "polarity=Direction\n"
                                 "unit=Units\n";

needs::Mapping wardMapping() {
    auto mapping = needs::Mapping::parse(kWardMapping);
    INFO(jointly::testing::describe(mapping));
    REQUIRE(mapping.ok());
    return mapping.value();
}

} // namespace

TEST_CASE("a mapping is saved as text and read back", "[import]") {
    auto mapping = wardMapping();
    CHECK(mapping.columnFor[static_cast<std::size_t>(IndicatorField::AreaCode)] == "Ward code");
    CHECK(mapping.columnFor[static_cast<std::size_t>(IndicatorField::Polarity)] == "Direction");
    CHECK(mapping.columnFor[static_cast<std::size_t>(IndicatorField::Sex)].empty());
    // In field order, without the comment.
    const std::string text = "indicator_code=Measure code\n"
                             "indicator_name=Measure\n"
                             "area_code=Ward code\n"
                             "area_name=Ward\n"
                             "period=Year\n"
                             "value=Rate\n"
                             "lower_95=LCL\n"
                             "upper_95=UCL\n"
                             "count=Numerator\n"
                             "denominator=Denominator\n"
                             "polarity=Direction\n"
                             "unit=Units\n";
    CHECK(mapping.serialise() == text);
    auto again = needs::Mapping::parse(mapping.serialise());
    REQUIRE(again.ok());
    CHECK(again.value().columnFor == mapping.columnFor);

    // CRLF and blank lines are fine; a column name may contain "=".
    auto windows = needs::Mapping::parse("area_code=Ward code\r\n\r\nvalue=Rate = per 1,000\r\n");
    REQUIRE(windows.ok());
    CHECK(windows.value().columnFor[static_cast<std::size_t>(IndicatorField::Value)] ==
          "Rate = per 1,000");
    CHECK(windows.value().serialise() == "area_code=Ward code\nvalue=Rate = per 1,000\n");

    // A heading with a line break (a quoted CSV heading may have one), one
    // ending in a carriage return, and one with a backslash are written
    // escaped, one per line, and read back exactly (found by fuzzing).
    needs::Mapping awkward;
    awkward.columnFor[static_cast<std::size_t>(IndicatorField::Value)] = "Rate\n(per 1,000)";
    awkward.columnFor[static_cast<std::size_t>(IndicatorField::AreaCode)] = "Code\r";
    awkward.columnFor[static_cast<std::size_t>(IndicatorField::AreaName)] = "Place\\name";
    CHECK(awkward.serialise() == "area_code=Code\\r\n"
                                 "area_name=Place\\\\name\n"
                                 "value=Rate\\n(per 1,000)\n");
    auto back = needs::Mapping::parse(awkward.serialise());
    REQUIRE(back.ok());
    CHECK(back.value().columnFor == awkward.columnFor);
    // A backslash before anything else, as someone might type it, stays.
    auto typed = needs::Mapping::parse("area_name=C:\\Wards\\list\n");
    REQUIRE(typed.ok());
    CHECK(typed.value().columnFor[static_cast<std::size_t>(IndicatorField::AreaName)] ==
          "C:\\Wards\\list");
}

TEST_CASE("a mapping that cannot be used is refused with the reason", "[import]") {
    SECTION("a field Jointly does not keep") {
        auto mapping = needs::Mapping::parse("area_code=Ward code\nward=Ward\n");
        REQUIRE_FALSE(mapping.ok());
        CHECK(mapping.error().kind == ErrorKind::Invalid);
        CHECK(mapping.error().message ==
              "Line 2 of the mapping names \"ward\", which is not a field Jointly keeps.");
    }
    SECTION("a line without =") {
        auto mapping = needs::Mapping::parse("# comment\narea_code Ward code\n");
        REQUIRE_FALSE(mapping.ok());
        CHECK(mapping.error().message == "Line 2 of the mapping has no \"=\": write field=column, "
                                         "e.g. area_code=Area Code.");
    }
    ImportFixture f;
    SECTION("a required field left unmapped") {
        auto mapping = wardMapping();
        mapping.columnFor[static_cast<std::size_t>(IndicatorField::Period)].clear();
        ImportOptions options;
        options.mapping = mapping;
        auto report = f.import(f.csv("wards.csv", kWardHeader + "x\n"), options);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().kind == ErrorKind::Invalid);
        CHECK(report.error().message ==
              "The mapping does not say which column holds Time period, which every row needs.");
        f.checkNothingImported();
    }
    SECTION("a mapped column missing from the file") {
        ImportOptions options;
        options.mapping = wardMapping();
        std::string header = kWardHeader;
        header.replace(header.find("Rate"), 4, "Rate per 100");
        auto report = f.import(f.csv("wards.csv", header + "x\n"), options);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().kind == ErrorKind::Invalid);
        CHECK(report.error().message ==
              "wards.csv has no column called \"Rate\", which the mapping uses for Value.");
        f.checkNothingImported();
    }
}

TEST_CASE("a mapped CSV imports through its saved mapping", "[import]") {
    ImportFixture f;
    ImportOptions options;
    options.mapping = wardMapping();
    const std::string rows = "W01,Children in low income families,E05009544,Northgate,2021/22,"
                             "18.2,16.9,19.6,412,2264,Lower is better,%\n"
                             "W01,Children in low income families,E05009545,Southgate,2021/22,"
                             "9.5,8.4,10.7,203,2137,Lower is better,%\n"
                             "W01,Children in low income families,E05009544,Northgate,2022/23,"
                             "19.0,17.7,20.4,441,2321,Lower is better,%\n"
                             "W02,Adults who volunteer,E05009544,Northgate,2022,21.3,,,,,"
                             " high is good ,%\n";
    auto report = f.imported(f.csv("wards.csv", kWardHeader + rows), options);
    CHECK(report.rowsRead == 4);
    CHECK(report.rowsImported == 4);
    CHECK(report.indicatorsCreated == 2);
    CHECK(f.text("SELECT format FROM indicator_import") == "mapped");
    CHECK(f.text("SELECT parent_comparator FROM indicator_import").empty());

    // Polarity and unit from the file's own columns: not inferred.
    CHECK(f.polarity("W01") == "lower_is_better");
    CHECK(f.polarityInferred("W01") == 0);
    CHECK(f.polarity("W02") == "higher_is_better");
    CHECK(f.text("SELECT unit FROM indicator WHERE source_code = 'W01'") == "%");
    CHECK(f.text("SELECT source FROM indicator WHERE source_code = 'W01'").empty());

    // The sortable period is the year the period starts in, times 10,000.
    auto northgate = storedValue(f.db(), "W01", "E05009544", 20220000);
    REQUIRE(northgate);
    CHECK(northgate->period == "2022/23");
    CHECK(northgate->areaName == "Northgate");
    CHECK(northgate->value == 19.0);
    CHECK(northgate->lower95 == 17.7);
    CHECK(northgate->upper95 == 20.4);
    CHECK_FALSE(northgate->lower998);
    CHECK(northgate->count == 441.0);
    CHECK(northgate->denominator == 2321.0);
    CHECK(northgate->sex.empty());
    CHECK(f.valueAt("W01", "E05009545", 20210000) == 9.5);
    auto volunteers = storedValue(f.db(), "W02", "E05009544", 20220000);
    REQUIRE(volunteers);
    CHECK(volunteers->value == 21.3);
    CHECK_FALSE(volunteers->lower95);
}

TEST_CASE("a mapped row with an unknown polarity or period stops the import", "[import]") {
    ImportFixture f;
    ImportOptions options;
    options.mapping = wardMapping();
    const std::string good = "W01,Children in low income families,E05009544,Northgate,2021/22,"
                             "18.2,16.9,19.6,412,2264,Lower is better,%\n";
    std::string bad;
    std::string expected;
    SECTION("unknown polarity") {
        bad = "W01,Children in low income families,E05009545,Southgate,2021/22,9.5,8.4,10.7,203,"
              "2137,Up is good,%\n";
        expected = "wards.csv, row 3, column \"Direction\": \"Up is good\" is not a polarity "
                   "Jointly knows; use \"Higher is better\", \"Lower is better\" or \"No "
                   "judgement\"";
    }
    SECTION("a period that does not start with its year") {
        bad = "W01,Children in low income families,E05009545,Southgate,Q1 2021,9.5,8.4,10.7,203,"
              "2137,Lower is better,%\n";
        expected = "wards.csv, row 3, column \"Year\": Jointly cannot tell when \"Q1 2021\" is; "
                   "start it with the year (e.g. 2019/20), or map a sortable time period column";
    }
    auto report = f.import(f.csv("wards.csv", kWardHeader + good + bad), options);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().kind == ErrorKind::Invalid);
    CHECK(report.error().message == expected + kNothingImported);
    f.checkNothingImported();
}

TEST_CASE("a mapped polarity for an indicator already held is applied as not inferred",
          "[import]") {
    ImportFixture f;
    ImportOptions options;
    options.mapping = wardMapping();
    f.imported(f.csv("wards-2021.csv",
                     kWardHeader + "W01,Children in low income families,E05009544,Northgate,"
                                   "2021/22,18.2,16.9,19.6,412,2264,,%\n"),
               options);
    CHECK(f.polarity("W01") == "unknown");
    auto report = f.imported(
        f.csv("wards-2022.csv", kWardHeader + "W01,Children in low income families,E05009544,"
                                              "Northgate,2022/23,19.0,17.7,20.4,441,2321,"
                                              "Lower is better,%\n"),
        options);
    REQUIRE(report.polaritiesForExisting.size() == 1);
    CHECK_FALSE(report.polaritiesForExisting[0].inferred);
    CHECK(f.polarity("W01") == "lower_is_better");
    CHECK(f.polarityInferred("W01") == 0);
    REQUIRE(f.project->undo().ok());
    CHECK(f.polarity("W01") == "unknown");
}

TEST_CASE("readNumber reads numbers as CSV files write them", "[import]") {
    using needs::readNumber;
    CHECK(readNumber("12.5").number == 12.5);
    CHECK(readNumber(" 7 ").number == 7.0);
    CHECK(readNumber("+3").number == 3.0);
    CHECK(readNumber("-3").number == -3.0);
    CHECK(readNumber("1e3").number == 1000.0);
    CHECK(readNumber("").ok);
    CHECK_FALSE(readNumber("").number);
    CHECK_FALSE(readNumber("12,5").ok);
    CHECK_FALSE(readNumber("12.5%").ok);
    CHECK_FALSE(readNumber("inf").ok);
    CHECK_FALSE(readNumber("nan").ok);
    CHECK_FALSE(readNumber("0x10").ok);
}
