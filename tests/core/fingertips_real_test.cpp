// Jointly's reading of real Fingertips data against Fingertips' own words.
//
// The fixtures are rows copied unchanged from two real Fingertips downloads
// kept in public repositories:
//  - fingertips-real-chd-admissions-dsr.csv: indicator 90988, hospital
//    admissions due to coronary heart disease, a directly standardised rate
//    per 100,000, 2022/23, England and 11 upper-tier local authorities; a
//    Fingertips web page export (every field quoted, "AreaName", counts with
//    thousands separators). From GaryNapier/nhs_task, data/compare_areas.csv
//    (commit 1ede524f).
//  - fingertips-real-adult-obesity-proportion.csv: indicator 93881, obesity
//    prevalence in adults, a proportion, four periods from 2015/16 to 2023/24,
//    England, Hartlepool, Manchester and Trafford; a Fingertips "all areas"
//    download. From S-Coding-Stuff/tda-covid,
//    dataset_experiments/indicator-93881-all-areas.data.csv (commit 556ab405).
// Both say "Better", "Similar" or "Worse" with no level named. Compared with
// England's value for the same period, every row's 95% interval gives the
// file's words; the 99.8% intervals differ on the five rows listed below,
// which is why plain words are read as 95%.
#include "core/IndicatorTestSupport.h"
#include "core/TestSupport.h"

#include "needs/FileWordsCheck.h"
#include "needs/IndicatorImport.h"
#include "needs/IndicatorSeries.h"
#include "needs/NeedsKinds.h"
#include "needs/Statistics.h"
#include "project/Project.h"
#include "records/RecordStore.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace jointly;
using jointly::testing::TempDir;

namespace {

struct Reading {
    int values = 0;                // every value, England's included
    int trendNotCalculated = 0;    // values whose recent trend Jointly could not work out
    int compared = 0;              // values compared with England
    int agreeing = 0;              // whose verdict is the file's words
    std::set<std::string> differ;  // "area period" where it is not
    std::set<std::string> flagged; // values the needs views flag
};

Reading readAll(project::Project& project) {
    Reading reading;
    needs::forEachJudgedValue(project.database(), [&](const needs::JudgedValue& value) {
        ++reading.values;
        if (value.trend.direction == needs::TrendDirection::CouldNotBeCalculated) {
            ++reading.trendNotCalculated;
        }
        if (value.areaCode == "E92000001") {
            CHECK(value.significance == needs::Significance::NotCompared);
            return true;
        }
        ++reading.compared;
        const auto where = value.areaName + " " + value.period;
        if (needs::describeSignificance(value.significance) == value.comparedEngland) {
            ++reading.agreeing;
        } else {
            reading.differ.insert(where);
        }
        if (needs::fileWordsDisagree(value)) {
            reading.flagged.insert(where);
        }
        return true;
    });
    return reading;
}

} // namespace

TEST_CASE("real Fingertips extracts read as Fingertips reads them at 95%, with the differences at "
          "99.8% listed",
          "[statistics][fingertips]") {
    TempDir dir;
    auto made = project::Project::create(dir.file("Real.jointly"), "Real");
    REQUIRE(made.ok());
    auto& project = *made.value();
    // The web page export's quirks ("AreaName", "1,480") are read as the
    // download's would be.
    for (const char* file : {"fingertips-real-chd-admissions-dsr.csv",
                             "fingertips-real-adult-obesity-proportion.csv"}) {
        INFO(file);
        auto imported = needs::importIndicators(project, jointly::testing::fixture(file), {});
        INFO(jointly::testing::describe(imported));
        REQUIRE(imported.ok());
        CHECK(imported.value().rowsImported == imported.value().rowsRead);
    }
    // Both indicators are lower-is-better, which the import infers from the
    // files' own words (a "Worse" interval wholly above England's value).
    for (const auto& indicator : records::listRecords(project.database(), needs::indicator())) {
        CHECK(indicator.text(needs::indicator(), "polarity") == "lower_is_better");
    }

    // At 95% (the partnership's default) every verdict is the file's, and
    // nothing is flagged.
    auto at95 = readAll(project);
    CHECK(at95.compared == 23); // 11 areas for the rate, 3 areas x 4 periods for the proportion
    // A known difference, with its reason: the files' Recent Trend words
    // ("Decreasing and getting better" and others for the rate) cannot be
    // checked, because Jointly works out the trend only from five periods of
    // counts and denominators, and the rate's extract has one period and the
    // proportion's no counts. Jointly says so rather than guess, and so does
    // not flag the file's trend words.
    CHECK(at95.values == 28);
    CHECK(at95.trendNotCalculated == 28);
    CHECK(at95.agreeing == 23);
    CHECK(at95.differ.empty());
    CHECK(at95.flagged.empty());

    // At 99.8% the wider intervals overlap England's value in five rows,
    // worked out from the files' own limits:
    //  - Hartlepool CHD: 99.8% interval 379.9 to 514.6 holds England's 387.1;
    //  - Kingston upon Thames CHD: 379.7 to 490.5 holds 387.1;
    //  - York CHD: 311.5 to 394.4 holds 387.1;
    //  - Trafford obesity 2022/23: 18.5 to 27.0 holds 26.2;
    //  - Manchester obesity 2023/24: 18.8 to 28.3 holds 26.5.
    // The file's plain words are at 95%, so none of them is flagged.
    auto settings = records::findRecord(project.database(), needs::needsSettings(), 1);
    REQUIRE(settings.has_value());
    REQUIRE(records::setField(project, needs::needsSettings(), settings->id, "confidence_level",
                              records::FieldValue{std::string("99.8")})
                .ok());
    auto at998 = readAll(project);
    CHECK(at998.compared == 23);
    CHECK(at998.agreeing == 18);
    CHECK(at998.differ == std::set<std::string>{"Hartlepool 2022/23",
                                                "Kingston upon Thames 2022/23", "York 2022/23",
                                                "Trafford 2022/23", "Manchester 2023/24"});
    CHECK(at998.flagged.empty());
}

TEST_CASE("the file's words are flagged only against a reading at the level they name",
          "[statistics][fingertips]") {
    needs::JudgedValue value;
    value.fileComparison = needs::JudgedValue::FileComparison::England;
    value.polarity = needs::Polarity::LowerIsBetter;
    // Jointly at 95% says Similar.
    value.level = needs::ConfidenceLevel::Percent95;
    value.significance = needs::Significance::Similar;
    value.comparedEngland = "Worse 95%";
    CHECK(needs::fileWordsDisagree(value)); // same level, different verdict
    value.comparedEngland = "Worse";
    CHECK(needs::fileWordsDisagree(value)); // plain words are at 95%
    value.comparedEngland = "Worse 99.8%";
    CHECK_FALSE(needs::fileWordsDisagree(value)); // another level: a different question
    value.comparedEngland = "Similar 95%";
    CHECK_FALSE(needs::fileWordsDisagree(value));
    // Jointly at 99.8% says Similar.
    value.level = needs::ConfidenceLevel::Percent99_8;
    value.comparedEngland = "Worse 99.8%";
    CHECK(needs::fileWordsDisagree(value));
    value.comparedEngland = "Worse 95%";
    CHECK_FALSE(needs::fileWordsDisagree(value));
    value.comparedEngland = "Worse";
    CHECK_FALSE(needs::fileWordsDisagree(value));
    // Better against Worse at the same level is flagged; Better against
    // Higher (no polarity here) says nothing.
    value.significance = needs::Significance::Worse;
    value.comparedEngland = "Better 99.8%";
    CHECK(needs::fileWordsDisagree(value));
    value.significance = needs::Significance::Higher;
    CHECK_FALSE(needs::fileWordsDisagree(value));
}
