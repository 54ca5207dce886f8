#include "core/IndicatorTestSupport.h"

#include "needs/IndicatorExport.h"
#include "needs/IndicatorSeries.h"
#include "needs/NeedsKinds.h"
#include "needs/Statistics.h"
#include "records/RecordStore.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

using namespace jointly;
using jointly::needs::JudgedValue;
using jointly::needs::Significance;
using jointly::needs::TrendDirection;
using jointly::testing::fixture;
using jointly::testing::ImportFixture;
using jointly::testing::readBytes;

namespace {

using Key = std::tuple<std::string, std::string, std::int64_t>; // indicator, area, period key

std::map<Key, JudgedValue> judged(storage::Database& db) {
    std::map<Key, JudgedValue> all;
    needs::forEachJudgedValue(db, [&](const JudgedValue& v) {
        all.emplace(Key{v.indicatorCode, v.areaCode, v.periodKey}, v);
        return true;
    });
    return all;
}

// The significance of an area's five periods, oldest first, one letter each:
// B(etter), S(imilar), W(orse), H(igher), L(ower), N(ot compared).
std::string letters(const std::map<Key, JudgedValue>& all, const std::string& code,
                    const std::string& area) {
    std::string result;
    for (const auto& [key, value] : all) {
        if (std::get<0>(key) == code && std::get<1>(key) == area) {
            result += value.significance == Significance::Better    ? 'B'
                      : value.significance == Significance::Similar ? 'S'
                      : value.significance == Significance::Worse   ? 'W'
                      : value.significance == Significance::Higher  ? 'H'
                      : value.significance == Significance::Lower   ? 'L'
                                                                    : 'N';
        }
    }
    return result;
}

const JudgedValue& at(const std::map<Key, JudgedValue>& all, const std::string& code,
                      const std::string& area, std::int64_t periodKey) {
    auto found = all.find(Key{code, area, periodKey});
    REQUIRE(found != all.end());
    return found->second;
}

void setSetting(project::Project& project, const std::string& column, const std::string& value) {
    auto status = project.edit("Change " + column, [&](storage::Database& db) {
        auto update = db.prepare("UPDATE partnership SET " + column + " = ?1 WHERE id = 1");
        update.bind(1, value).run();
    });
    REQUIRE(status.ok());
}

void setPolarity(ImportFixture& f, const std::string& code, const std::string& polarity) {
    REQUIRE(
        records::setField(*f.project, needs::indicator(), f.indicatorId(code), "polarity", polarity)
            .ok());
}

Approx exactly(double value) {
    return Approx(value).epsilon(1e-9);
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> all;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find("\r\n", start);
        REQUIRE(end != std::string::npos); // every line ends in CRLF
        all.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    return all;
}

const std::string kExportHeader =
    "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,"
    "Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,"
    "Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,"
    "Compared to England value or percentiles,Compared to Region value or percentiles,"
    "Time period Sortable,New data,Compared to goal,Jointly significance,Jointly trend";

} // namespace

TEST_CASE("significance against England at 95% and 99.8%", "[import]") {
    ImportFixture f;
    f.imported(fixture("fingertips-small.csv"));
    REQUIRE(f.polarity("93014") == "higher_is_better");
    REQUIRE(f.polarity("92443") == "lower_is_better");

    SECTION("95%, the default") {
        auto all = judged(f.db());
        REQUIRE(all.size() == 30);
        // Physically active adults, higher is better. Kent's 95% intervals
        // (61.0-66.9, 62.5-68.4, 64.0-69.8, 65.6-71.3) hold England's values
        // (66.3, 67.2, 66.4, 65.9) until 2021/22, when 69.1-74.7 is above 67.3.
        CHECK(letters(all, "93014", "E10000016") == "SSSSB");
        CHECK(letters(all, "93014", "E12000008") == "BBBBB");
        // England is the comparator: it is not compared with itself.
        CHECK(letters(all, "93014", "E92000001") == "NNNNN");
        // Smoking, lower is better: Kent's intervals are above England's
        // value from 2020 (12.8 > 12.1, 13.7 > 13.3, 14.8 > 12.7).
        CHECK(letters(all, "92443", "E10000016") == "SSWWW");
        // The South East is below England except in 2020 (10.9-12.3 holds 12.1).
        CHECK(letters(all, "92443", "E12000008") == "BBSBB");
        CHECK(letters(all, "92443", "E92000001") == "NNNNN");

        const auto& kent = at(all, "93014", "E10000016", 20210000);
        CHECK(kent.comparatorValue == 67.3);
        CHECK(kent.polarityKnown);
        CHECK(kent.polarity == needs::Polarity::HigherIsBetter);
        CHECK(kent.indicatorName == "Percentage of physically active adults");
        CHECK(kent.comparedEngland == "Better 95%");
    }
    SECTION("each area against its own parent") {
        setSetting(*f.project, "comparator_code", "parent");
        auto all = judged(f.db());
        // Kent's parent is the South East: in 2017/18 Kent's 61.0-66.9 is
        // wholly below the South East's 68.0, so worse (higher is better).
        const auto& kent = at(all, "93014", "E10000016", 20170000);
        CHECK(kent.comparatorCode == "E12000008");
        CHECK(kent.comparatorValue == 68.0);
        CHECK(kent.significance == needs::Significance::Worse);
        CHECK(kent.fileComparison == needs::JudgedValue::FileComparison::Parent);
        // The South East's parent is England, as before; England has none.
        CHECK(letters(all, "93014", "E12000008") == "BBBBB");
        CHECK(letters(all, "93014", "E92000001") == "NNNNN");
    }
    SECTION("99.8%") {
        setSetting(*f.project, "confidence_level", "99.8");
        auto all = judged(f.db());
        // Kent's 99.8% interval in 2021/22, 67.2-76.2, holds England's 67.3.
        CHECK(letters(all, "93014", "E10000016") == "SSSSS");
        // The South East in 2018/19: 67.0-69.8 holds England's 67.2.
        CHECK(letters(all, "93014", "E12000008") == "BSBBB");
        // Kent's smoking: only 2022's 13.6-20.8 is wholly above England's 12.7.
        CHECK(letters(all, "92443", "E10000016") == "SSSSW");
        // The South East: 2018's 12.1-14.3 is below 14.4 and 2022's 10.4-12.5
        // below 12.7; 2021's 11.2-13.3 only touches 13.3, which is Similar.
        CHECK(letters(all, "92443", "E12000008") == "BSSSB");
    }
    SECTION("against the region instead of England") {
        setSetting(*f.project, "comparator_code", "E12000008");
        auto all = judged(f.db());
        // Kent 2017/18: 61.0-66.9 is below the South East's 68.0: worse;
        // 2021/22: 69.1-74.7 is above its 68.9: better.
        CHECK(letters(all, "93014", "E10000016") == "WSSSB");
        CHECK(at(all, "93014", "E10000016", 20170000).comparatorValue == 68.0);
        CHECK(letters(all, "93014", "E12000008") == "NNNNN");
        // England's narrow intervals are below the South East's values.
        CHECK(letters(all, "93014", "E92000001") == "WWWWW");
    }
    SECTION("higher or lower, not better or worse, without a polarity") {
        // As Fingertips does for indicators with no judgement: an interval
        // holding the comparator's value is Similar, one wholly above it
        // Higher and one wholly below Lower. The intervals are those of the
        // 95% section: where physical activity (higher is better) was Better
        // its interval was above England's value, and where smoking (lower
        // is better) was Worse its interval was above too.
        setPolarity(f, "93014", "unknown");
        setPolarity(f, "92443", "no_judgement");
        auto all = judged(f.db());
        CHECK(letters(all, "93014", "E10000016") == "SSSSH"); // from SSSSB
        CHECK(letters(all, "93014", "E12000008") == "HHHHH"); // from BBBBB
        CHECK(letters(all, "92443", "E10000016") == "SSHHH"); // from SSWWW
        CHECK(letters(all, "92443", "E12000008") == "LLSLL"); // from BBSBB
        CHECK(letters(all, "93014", "E92000001") == "NNNNN"); // England itself
        const auto& kent = at(all, "93014", "E10000016", 20210000);
        CHECK_FALSE(kent.polarityKnown);
        CHECK(kent.comparatorValue == 67.3); // the comparator is still found
        // The trend is still found, but without good or bad news.
        CHECK(kent.trend.direction == TrendDirection::Increasing);
        CHECK(needs::trendWords(kent) == "Increasing");
        CHECK(needs::trendWords(at(all, "92443", "E92000001", 20220000)) == "Decreasing");
    }
}

TEST_CASE("the recent trend of each series over its five periods, worked by hand", "[import]") {
    ImportFixture f;
    f.imported(fixture("fingertips-small.csv"));
    auto all = judged(f.db());

    // Every series has five periods, scored t = 1..5, with equal denominators
    // n, so N = 5n, sum n t = 15n, S = sum n t^2 - (sum n t)^2 / N = 55n - 45n
    // = 10n, A = sum O t - 3 sum O, pbar = sum O / 5n and
    // X^2 = A^2 / (pbar (1 - pbar) S). Significant when X^2 > 9.5495.

    // Kent, physically active, n = 1000, O = 640, 655, 670, 685, 720:
    // sum O = 3370, sum O t = 640 + 1310 + 2010 + 2740 + 3600 = 10300,
    // A = 10300 - 10110 = 190, pbar = 0.674, S = 10000,
    // X^2 = 36100 / (0.674 x 0.326 x 10000) = 36100 / 2197.24 = 16.4297...
    const auto& kent = at(all, "93014", "E10000016", 20210000);
    REQUIRE(kent.trend.chiSquared);
    CHECK(*kent.trend.chiSquared == exactly(36100.0 / 2197.24));
    CHECK(kent.trend.direction == TrendDirection::Increasing);
    CHECK(needs::trendWords(kent) == "Increasing and getting better");
    CHECK(kent.trend.reason.empty());

    // The South East, n = 10000, O = 6800, 6840, 6810, 6750, 6890:
    // sum O = 34090, sum O t = 6800 + 13680 + 20430 + 27000 + 34450 = 102360,
    // A = 102360 - 102270 = 90, pbar = 0.6818, S = 100000,
    // X^2 = 8100 / (0.6818 x 0.3182 x 100000) = 8100 / 21694.876 = 0.3734
    const auto& region = at(all, "93014", "E12000008", 20210000);
    REQUIRE(region.trend.chiSquared);
    CHECK(*region.trend.chiSquared == exactly(8100.0 / 21694.876));
    CHECK(needs::trendWords(region) == "No significant change");

    // England, n = 100000, O = 66300, 67200, 66400, 65900, 67300:
    // sum O = 333100, sum O t = 1000000, A = 1000000 - 999300 = 700,
    // pbar = 0.6662, S = 1000000,
    // X^2 = 490000 / (0.6662 x 0.3338 x 1000000) = 490000 / 222377.56 = 2.2035
    const auto& england = at(all, "93014", "E92000001", 20210000);
    REQUIRE(england.trend.chiSquared);
    CHECK(*england.trend.chiSquared == exactly(490000.0 / 222377.56));
    CHECK(england.trend.direction == TrendDirection::NoSignificantChange);

    // Smoking in England, n = 100000, O = 14400, 13900, 12100, 13300, 12700:
    // sum O = 66400, sum O t = 14400 + 27800 + 36300 + 53200 + 63500 = 195200,
    // A = 195200 - 199200 = -4000, pbar = 0.1328, S = 1000000,
    // X^2 = 16000000 / (0.1328 x 0.8672 x 1000000) = 16000000 / 115164.16 = 138.93
    const auto& smokingEngland = at(all, "92443", "E92000001", 20220000);
    REQUIRE(smokingEngland.trend.chiSquared);
    CHECK(*smokingEngland.trend.chiSquared == exactly(16000000.0 / 115164.16));
    CHECK(smokingEngland.trend.direction == TrendDirection::Decreasing);
    CHECK(needs::trendWords(smokingEngland) == "Decreasing and getting better");

    // Smoking in the South East, n = 10000, O = 1320, 1290, 1160, 1220, 1140:
    // sum O = 6130, sum O t = 1320 + 2580 + 3480 + 4880 + 5700 = 17960,
    // A = 17960 - 18390 = -430, pbar = 0.1226, S = 100000,
    // X^2 = 184900 / (0.1226 x 0.8774 x 100000) = 184900 / 10756.924 = 17.189
    const auto& smokingRegion = at(all, "92443", "E12000008", 20220000);
    REQUIRE(smokingRegion.trend.chiSquared);
    CHECK(*smokingRegion.trend.chiSquared == exactly(184900.0 / 10756.924));
    CHECK(needs::trendWords(smokingRegion) == "Decreasing and getting better");

    // Smoking in Kent, n = 1000, O = 160, 155, 149, 158, 170:
    // sum O = 792, sum O t = 160 + 310 + 447 + 632 + 850 = 2399,
    // A = 2399 - 2376 = 23, pbar = 0.1584, S = 10000,
    // X^2 = 529 / (0.1584 x 0.8416 x 10000) = 529 / 1333.0944 = 0.3968
    const auto& smokingKent = at(all, "92443", "E10000016", 20220000);
    REQUIRE(smokingKent.trend.chiSquared);
    CHECK(*smokingKent.trend.chiSquared == exactly(529.0 / 1333.0944));
    CHECK(needs::trendWords(smokingKent) == "No significant change");

    // Earlier periods have fewer than five points behind them.
    const auto& fourth = at(all, "93014", "E10000016", 20200000);
    CHECK(fourth.trend.direction == TrendDirection::CouldNotBeCalculated);
    CHECK_FALSE(fourth.trend.chiSquared);
    CHECK(fourth.trend.reason == "The recent trend needs 5 time periods; only 4 are available.");
    CHECK(needs::trendWords(fourth) == "Could not be calculated");
    CHECK(at(all, "93014", "E10000016", 20170000).trend.reason ==
          "The recent trend needs 5 time periods; only 1 is available.");
}

TEST_CASE("judged values come in order of indicator, area and period, and can stop", "[import]") {
    ImportFixture f;
    f.imported(fixture("fingertips-small.csv"));
    std::vector<std::string> seen;
    needs::forEachJudgedValue(f.db(), [&](const JudgedValue& v) {
        seen.push_back(v.indicatorCode + " " + v.areaCode + " " + v.period);
        return true;
    });
    REQUIRE(seen.size() == 30);
    CHECK(seen[0] == "93014 E10000016 2017/18");
    CHECK(seen[4] == "93014 E10000016 2021/22");
    CHECK(seen[5] == "93014 E12000008 2017/18");
    CHECK(seen[14] == "93014 E92000001 2021/22");
    CHECK(seen[15] == "92443 E10000016 2018");
    CHECK(seen[29] == "92443 E92000001 2022");

    int visited = 0;
    needs::forEachJudgedValue(f.db(), [&](const JudgedValue&) { return ++visited < 3; });
    CHECK(visited == 3);

    int smoking = 0;
    needs::forEachJudgedValue(
        f.db(),
        [&](const JudgedValue& v) {
            CHECK(v.indicatorCode == "92443");
            ++smoking;
            return true;
        },
        f.indicatorId("92443"));
    CHECK(smoking == 15);
}

TEST_CASE("export writes Fingertips' layout with Jointly's judgements", "[import]") {
    ImportFixture f;
    f.imported(fixture("fingertips-small.csv"));
    const auto out = f.dir.file("export.csv");
    auto written = needs::exportIndicators(f.db(), out);
    INFO(jointly::testing::describe(written));
    REQUIRE(written.ok());
    CHECK(written.value() == 30);
    // The partial file it was written to was renamed into place.
    for (const auto& entry :
         std::filesystem::directory_iterator(std::filesystem::path(out).parent_path())) {
        CHECK(entry.path().filename().string().find(".writing-") == std::string::npos);
    }

    auto all = lines(readBytes(out));
    REQUIRE(all.size() == 31);
    CHECK(all[0] == kExportHeader);
    // Numbers in their shortest form ("72", not "72.0"); the file's own
    // comparison and trend words kept beside Jointly's.
    CHECK(all[1] == "93014,Percentage of physically active adults,E12000008,South East region,"
                    "E10000016,Kent,Counties & UAs (from Apr 2023),Persons,19+ yrs,,,2017/18,64,"
                    "61,66.9,59.3,68.5,640,1000,,,Similar,Worse 95%,20170000,,,Similar,"
                    "Could not be calculated");
    CHECK(all[5] == "93014,Percentage of physically active adults,E12000008,South East region,"
                    "E10000016,Kent,Counties & UAs (from Apr 2023),Persons,19+ yrs,,,2021/22,72,"
                    "69.1,74.7,67.2,76.2,720,1000,,Increasing and getting better,Better 95%,"
                    "Better 95%,20210000,,,Better,Increasing and getting better");
    CHECK(all[30] == "92443,Smoking Prevalence in adults (18+) - current smokers (APS),,,"
                     "E92000001,England,England,Persons,18+ yrs,,,2022,12.7,12.4,13,12.2,13.2,"
                     "12700,100000,,Decreasing and getting better,,,20220000,,,Not compared,"
                     "Decreasing and getting better");
}

TEST_CASE("export neutralises formulas, quotes what needs it and names the parent", "[import]") {
    ImportFixture f;
    SECTION("text that a spreadsheet would run") {
        const std::string text =
            jointly::testing::kFingertipsHeader +
            "=1+2,\"=HYPERLINK(\"\"http://example.org\"\",\"\"Click\"\")\",,,E10000016,@Kent,"
            "+Counties,-Persons,19+ yrs,,,2021/22,-2.5,-3.25,-1.75,-4,-1,0,1000,"
            "\"Note, with a comma\",,,,20210000,,\n";
        f.imported(f.csv("formulas.csv", text));
        const auto out = f.dir.file("export.csv");
        REQUIRE(needs::exportIndicators(f.db(), out).ok());
        auto all = lines(readBytes(out));
        REQUIRE(all.size() == 2);
        // Text gets a leading apostrophe; negative numbers are left alone.
        CHECK(all[1] == "'=1+2,\"'=HYPERLINK(\"\"http://example.org\"\",\"\"Click\"\")\",,,"
                        "E10000016,'@Kent,'+Counties,'-Persons,19+ yrs,,,2021/22,-2.5,-3.25,"
                        "-1.75,-4,-1,0,1000,\"Note, with a comma\",,,,20210000,,,Not compared,"
                        "Could not be calculated");
    }
    SECTION("numbers in plain decimals unless they would be very long") {
        const std::string text = jointly::testing::kFingertipsHeader +
                                 "1,Tiny,,,E10000016,Kent,Counties,Persons,All ages,,,2021,"
                                 "0.0000001,,,,,123456789,1e9,,,,,20210000,,\n"
                                 "2,Huge,,,E10000016,Kent,Counties,Persons,All ages,,,2021,"
                                 "1e300,,,,,0.5,1E+05,,,,,20210000,,\n";
        f.imported(f.csv("sizes.csv", text));
        const auto out = f.dir.file("export.csv");
        REQUIRE(needs::exportIndicators(f.db(), out).ok());
        auto all = lines(readBytes(out));
        REQUIRE(all.size() == 3);
        CHECK(all[1] == "1,Tiny,,,E10000016,Kent,Counties,Persons,All ages,,,2021,0.0000001,,,,,"
                        "123456789,1000000000,,,,,20210000,,,Not compared,"
                        "Could not be calculated");
        CHECK(all[2] == "2,Huge,,,E10000016,Kent,Counties,Persons,All ages,,,2021,1e+300,,,,,0.5,"
                        "100000,,,,,20210000,,,Not compared,Could not be calculated");
    }
    SECTION("the parent comparator of the one file imported") {
        f.imported(fixture("fingertips-bom-crlf.csv"));
        const auto out = f.dir.file("export.csv");
        REQUIRE(needs::exportIndicators(f.db(), out).ok());
        const auto text = readBytes(out);
        CHECK(text.starts_with("Indicator ID,"));
        CHECK(text.find(",Compared to England value or percentiles,Compared to ICB sub-locations "
                        "value or percentiles,") != std::string::npos);
        // The line break inside the note stays inside its quotes.
        CHECK(text.find(",\"Value suppressed, see \"\"Data quality\"\" notes,\nwhere counts are "
                        "small\",,Not compared,Not compared,20240000,,,Not compared,Could not be "
                        "calculated\r\n") != std::string::npos);
        CHECK(text.find("L81004,Concord Medical Centre,GPs,Persons,65+ yrs,,,2024,58.1,52.3,63.7,"
                        "48.9,66.9,111,191,,,Worse 95%,Similar,20240000,,,Worse,Could not be "
                        "calculated\r\n") != std::string::npos);
    }
    SECTION("files with different parents") {
        f.imported(fixture("fingertips-small.csv"));
        f.imported(fixture("fingertips-bom-crlf.csv"));
        const auto out = f.dir.file("export.csv");
        auto written = needs::exportIndicators(f.db(), out);
        REQUIRE(written.ok());
        CHECK(written.value() == 34);
        CHECK(readBytes(out).find(",Compared to parent value or percentiles,") !=
              std::string::npos);
    }
    SECTION("a folder that does not exist") {
        f.imported(fixture("fingertips-small.csv"));
        const auto out = f.dir.file("missing/export.csv");
        auto written = needs::exportIndicators(f.db(), out);
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().kind == ErrorKind::Storage);
        CHECK(written.error().message ==
              "Jointly cannot write export.csv. Check the folder exists and you may write in it.");
        CHECK_FALSE(std::filesystem::exists(f.dir.file("missing")));
    }
}

TEST_CASE("an empty project exports just the header", "[import]") {
    ImportFixture f;
    const auto out = f.dir.file("export.csv");
    auto written = needs::exportIndicators(f.db(), out);
    REQUIRE(written.ok());
    CHECK(written.value() == 0);
    CHECK(readBytes(out) ==
          "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,"
          "Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,"
          "Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,"
          "Compared to England value or percentiles,Compared to parent value or percentiles,"
          "Time period Sortable,New data,Compared to goal,Jointly significance,Jointly trend\r\n");
}
