#include "CliSupport.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

namespace fs = std::filesystem;
using jointly::cli_testing::Folder;
using jointly::cli_testing::readFile;

namespace {

// sha256sum tests/fixtures/fingertips-small.csv
const std::string kSmallSha256 = "cc684ff75e024be12a4f6c5ba01ae828980b951f40ee93aa73ef05860c266650";

const std::string kHeader =
    "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,"
    "Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,"
    "Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,"
    "Compared to England value or percentiles,Compared to Region value or percentiles,"
    "Time period Sortable,New data,Compared to goal\n";

std::string kentRow(const std::string& period, const std::string& key, const std::string& value) {
    return "93014,Percentage of physically active adults,E12000008,South East region,E10000016,"
           "Kent,Counties & UAs (from Apr 2023),Persons,19+ yrs,,," +
           period + "," + value + ",69.1,74.7,67.2,76.2,720,1000,,,Better 95%,Better 95%," + key +
           ",,\n";
}

// A new project with fingertips-small.csv copied beside it.
void prepare(const Folder& folder) {
    REQUIRE(folder.jointly("new kent.jointly --name 'Kent Health and Care Partnership'").exitCode ==
            0);
    fs::copy_file(std::string(JOINTLY_FIXTURES_DIR) + "/fingertips-small.csv",
                  folder / "fingertips-small.csv");
}

std::string countLine(const std::string& checkOutput, const std::string& label) {
    auto at = checkOutput.find("\n" + label + ": ");
    if (at == std::string::npos) {
        return "(missing)";
    }
    auto end = checkOutput.find('\n', at + 1);
    return checkOutput.substr(at + 1, end - at - 1);
}

} // namespace

TEST_CASE("import-indicators imports a Fingertips file and says what it did", "[cli]") {
    Folder folder;
    prepare(folder);
    auto run = folder.jointly(
        "import-indicators kent.jointly fingertips-small.csv --data-as-at 2024-05-07");
    CHECK(run.exitCode == 0);
    CHECK(run.out == "Read 30 rows from fingertips-small.csv\n"
                     "Imported 30 rows (2 new indicators)\n"
                     "SHA-256 " +
                         kSmallSha256 + "\n");
    CHECK(run.err.empty());

    auto checked = folder.jointly("check kent.jointly");
    CHECK(checked.exitCode == 0);
    CHECK(countLine(checked.out, "Indicators") == "Indicators: 2");
    CHECK(countLine(checked.out, "Indicator values") == "Indicator values: 30");
    CHECK(countLine(checked.out, "Indicator imports") == "Indicator imports: 1");

    SECTION("again without --replace or --keep: exit 10 and nothing imported") {
        auto again = folder.jointly("import-indicators kent.jointly fingertips-small.csv");
        CHECK(again.exitCode == 10);
        CHECK(again.out.empty());
        CHECK(again.err ==
              "jointly: 30 of the rows in fingertips-small.csv are already in the project; the "
              "first is row 2 (indicator 93014, area E92000001, 2017/18). Choose Replace to use "
              "the file's values instead, or Keep to keep the ones already held. On the command "
              "line, add --replace or --keep.\n");
        auto after = folder.jointly("check kent.jointly");
        CHECK(countLine(after.out, "Indicator values") == "Indicator values: 30");
        CHECK(countLine(after.out, "Indicator imports") == "Indicator imports: 1");
    }
    SECTION("--keep keeps the rows held") {
        folder.write("revised.csv", kHeader + kentRow("2021/22", "20210000", "71.5") +
                                        kentRow("2022/23", "20220000", "70.2"));
        auto kept = folder.jointly("import-indicators kent.jointly revised.csv --keep");
        CHECK(kept.exitCode == 0);
        CHECK(kept.out.starts_with("Read 2 rows from revised.csv\n"
                                   "Imported 1 row\n"
                                   "1 row was already in the project and was kept\n"
                                   "SHA-256 "));
        CHECK(kept.out.size() == std::string("Read 2 rows from revised.csv\nImported 1 row\n1 "
                                             "row was already in the project and was kept\n"
                                             "SHA-256 \n")
                                         .size() +
                                     64);
        auto after = folder.jointly("check kent.jointly");
        CHECK(countLine(after.out, "Indicator values") == "Indicator values: 31");
        CHECK(countLine(after.out, "Indicator imports") == "Indicator imports: 2");

        REQUIRE(folder.jointly("export-indicators kent.jointly out.csv").exitCode == 0);
        auto text = readFile(folder / "out.csv");
        CHECK(text.find(",2021/22,72,69.1,") != std::string::npos);
        CHECK(text.find(",2021/22,71.5,") == std::string::npos);
    }
    SECTION("--replace uses the file's rows") {
        folder.write("revised.csv", kHeader + kentRow("2021/22", "20210000", "71.5") +
                                        kentRow("2022/23", "20220000", "70.2"));
        auto replaced = folder.jointly("import-indicators kent.jointly revised.csv --replace");
        CHECK(replaced.exitCode == 0);
        CHECK(replaced.out.starts_with("Read 2 rows from revised.csv\n"
                                       "Imported 2 rows\n"
                                       "1 row was already in the project and was replaced\n"
                                       "SHA-256 "));
        auto after = folder.jointly("check kent.jointly");
        CHECK(countLine(after.out, "Indicator values") == "Indicator values: 31");

        REQUIRE(folder.jointly("export-indicators kent.jointly out.csv").exitCode == 0);
        auto text = readFile(folder / "out.csv");
        CHECK(text.find(",2021/22,71.5,69.1,") != std::string::npos);
        CHECK(text.find(",2021/22,72,69.1,") == std::string::npos);
    }
    SECTION("export-indicators writes every value with Jointly's judgements") {
        auto exported = folder.jointly("export-indicators kent.jointly out.csv");
        CHECK(exported.exitCode == 0);
        CHECK(exported.out == "Wrote 30 values to out.csv\n");
        CHECK(exported.err.empty());
        auto text = readFile(folder / "out.csv");
        CHECK(text.starts_with(
            "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,"
            "Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,"
            "Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,"
            "Value note,Recent Trend,Compared to England value or percentiles,"
            "Compared to Region value or percentiles,Time period Sortable,New data,"
            "Compared to goal,Jointly significance,Jointly trend\r\n"));
        CHECK(text.find("\r\n93014,Percentage of physically active adults,E12000008,South East "
                        "region,E10000016,Kent,Counties & UAs (from Apr 2023),Persons,19+ yrs,,,"
                        "2021/22,72,69.1,74.7,67.2,76.2,720,1000,,Increasing and getting better,"
                        "Better 95%,Better 95%,20210000,,,Better,Increasing and getting "
                        "better\r\n") != std::string::npos);
        // The project file was only read.
        auto after = folder.jointly("check kent.jointly");
        CHECK(countLine(after.out, "Indicator values") == "Indicator values: 30");
    }
}

TEST_CASE("import-indicators refuses a broken row with its row, column and reason", "[cli]") {
    Folder folder;
    prepare(folder);
    folder.write("broken.csv", kHeader + kentRow("2020/21", "20200000", "72.0") +
                                   kentRow("2021/22", "20210000", "72.0%"));
    auto run = folder.jointly("import-indicators kent.jointly broken.csv");
    CHECK(run.exitCode == 9);
    CHECK(run.out.empty());
    CHECK(run.err == "jointly: broken.csv, row 3, column \"Value\": \"72.0%\" is not a number. "
                     "Nothing was imported. Correct the row, or import again skipping bad "
                     "rows.\n");
    auto checked = folder.jointly("check kent.jointly");
    CHECK(countLine(checked.out, "Indicator values") == "Indicator values: 0");
    CHECK(countLine(checked.out, "Indicators") == "Indicators: 0");
    CHECK(countLine(checked.out, "Indicator imports") == "Indicator imports: 0");

    SECTION("--skip-bad-rows imports the good rows and lists the bad ones") {
        folder.write("some-bad.csv", kHeader + kentRow("2019/20", "20190000", "72.0") +
                                         kentRow("2020/21", "20200000", "n/a") +
                                         kentRow("2021/22", "20210000", "75.0") +
                                         kentRow("2022/23", "20220000", "70.0"));
        auto skipped =
            folder.jointly("import-indicators kent.jointly some-bad.csv --skip-bad-rows");
        CHECK(skipped.exitCode == 0);
        CHECK(skipped.out.starts_with(
            "Read 4 rows from some-bad.csv\n"
            "Imported 2 rows (1 new indicator)\n"
            "Skipped 2 bad rows:\n"
            "  row 3: column \"Value\": \"n/a\" is not a number\n"
            "  row 4: column \"Value\": the value \"75.0\" lies outside its own 95% confidence "
            "interval, which is impossible\n"
            "SHA-256 "));
        CHECK(skipped.err.empty());
        auto after = folder.jointly("check kent.jointly");
        CHECK(countLine(after.out, "Indicator values") == "Indicator values: 2");
    }
}

TEST_CASE("import-indicators with a mapping, and the mistakes it refuses", "[cli]") {
    Folder folder;
    prepare(folder);
    folder.write("wards.csv", "Measure code,Measure,Ward code,Ward,Year,Rate,Direction\n"
                              "W01,Children in low income families,E05009544,Northgate,2021/22,"
                              "18.2,Lower is better\n"
                              "W01,Children in low income families,E05009545,Southgate,2021/22,"
                              "9.5,Lower is better\n");
    folder.write("wards.mapping", "indicator_code=Measure code\nindicator_name=Measure\n"
                                  "area_code=Ward code\narea_name=Ward\nperiod=Year\nvalue=Rate\n"
                                  "polarity=Direction\n");
    SECTION("a mapped file") {
        auto run =
            folder.jointly("import-indicators kent.jointly wards.csv --mapping wards.mapping");
        CHECK(run.exitCode == 0);
        CHECK(run.out.starts_with("Read 2 rows from wards.csv\nImported 2 rows (1 new "
                                  "indicator)\nSHA-256 "));
        CHECK(countLine(folder.jointly("check kent.jointly").out, "Indicator values") ==
              "Indicator values: 2");
    }
    SECTION("a mapping naming a field Jointly does not keep") {
        folder.write("bad.mapping", "ward=Ward\n");
        auto run = folder.jointly("import-indicators kent.jointly wards.csv --mapping bad.mapping");
        CHECK(run.exitCode == 9);
        CHECK(run.err == "jointly: bad.mapping: Line 1 of the mapping names \"ward\", which is not "
                         "a field Jointly keeps.\n");
    }
    SECTION("a mapping file that is not there") {
        auto run =
            folder.jointly("import-indicators kent.jointly wards.csv --mapping none.mapping");
        CHECK(run.exitCode == 3);
        CHECK(run.err == "jointly: cannot read the mapping file none.mapping.\n");
    }
    SECTION("a Fingertips import of a file that is not one") {
        auto run = folder.jointly("import-indicators kent.jointly wards.csv");
        CHECK(run.exitCode == 9);
        CHECK(run.err == "jointly: wards.csv is not a Fingertips export: it has no \"Indicator "
                         "ID\" column. If it is another kind of CSV, import it with a column "
                         "mapping instead.\n");
    }
    SECTION("a data-as-at date that is not a date") {
        auto run = folder.jointly(
            "import-indicators kent.jointly fingertips-small.csv --data-as-at 7/5/2024");
        CHECK(run.exitCode == 9);
        CHECK(run.err == "jointly: The \"data as at\" date must be a date such as 2026-04-01; "
                         "\"7/5/2024\" is not one.\n");
    }
    SECTION("a CSV that is not there") {
        auto run = folder.jointly("import-indicators kent.jointly absent.csv");
        CHECK(run.exitCode == 3);
        CHECK(run.err ==
              "jointly: Jointly cannot read absent.csv. Check it exists and you may open it.\n");
    }
    SECTION("usage") {
        CHECK(folder.jointly("import-indicators kent.jointly").exitCode == 2);
        CHECK(folder.jointly("import-indicators kent.jointly wards.csv --frobnicate").exitCode ==
              2);
        CHECK(folder.jointly("export-indicators kent.jointly").exitCode == 2);
    }
    auto checked = folder.jointly("check kent.jointly");
    CHECK(checked.exitCode == 0);
}
