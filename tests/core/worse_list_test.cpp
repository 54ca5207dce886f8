#include <catch2/catch.hpp>

#include "IndicatorTestSupport.h"

#include "needs/IndicatorSeries.h"

using namespace jointly;
using jointly::testing::ImportFixture;
using jointly::testing::joined;
using jointly::testing::kFingertipsHeader;

namespace {

// Falls admissions (lower is better): England steady at 10% of 1,000, the
// county rising from 10% to 30% with its interval above England's value from
// the second year, and the file calling the county "Worse".
std::string fallsFile() {
    std::string text = kFingertipsHeader;
    const char* periods[] = {"2018/19", "2019/20", "2020/21", "2021/22", "2022/23"};
    const char* keys[] = {"20180000", "20190000", "20200000", "20210000", "20220000"};
    const char* countyCounts[] = {"100", "150", "200", "250", "300"};
    const char* countyValues[] = {"10.0", "15.0", "20.0", "25.0", "30.0"};
    const char* countyLower[] = {"8.3", "12.9", "17.6", "22.4", "27.2"};
    const char* countyUpper[] = {"12.0", "17.3", "22.6", "27.8", "32.9"};
    for (int i = 0; i < 5; ++i) {
        text += joined({"1",         "Falls admissions",
                        "",          "",
                        "E92000001", "England",
                        "England",   "Persons",
                        "65+ yrs",   "",
                        "",          periods[i],
                        "10.0",      "9.9",
                        "10.1",      "9.8",
                        "10.2",      "10000",
                        "100000",    "",
                        "",          "",
                        "",          keys[i],
                        "",          ""});
        text += joined({"1",
                        "Falls admissions",
                        "E12000008",
                        "South East region",
                        "E10000016",
                        "Kent",
                        "County",
                        "Persons",
                        "65+ yrs",
                        "",
                        "",
                        periods[i],
                        countyValues[i],
                        countyLower[i],
                        countyUpper[i],
                        countyLower[i],
                        countyUpper[i],
                        countyCounts[i],
                        "1000",
                        "",
                        "",
                        i == 0 ? "Similar" : "Worse",
                        "",
                        keys[i],
                        "",
                        ""});
    }
    return text;
}

} // namespace

TEST_CASE("the worse-and-getting-worse list holds the latest value of each such series",
          "[import]") {
    ImportFixture f;
    f.imported(f.csv("falls.csv", fallsFile()));
    // Worse with the interval above England's value: lower is better.
    REQUIRE(f.text("SELECT polarity FROM indicator") == "lower_is_better");

    // Kent's counts 100..300 of 1,000 at t = 1..5: N = 5,000, sum O = 1,000,
    // p = 0.2; sum O t = 100 + 300 + 600 + 1,000 + 1,500 = 3,500; sum n t =
    // 15,000, so A = 3,500 - 1,000 x 15,000 / 5,000 = 500; sum n t^2 = 55,000,
    // so S = 55,000 - 15,000^2 / 5,000 = 10,000; X^2 = 500^2 / (0.2 x 0.8 x
    // 10,000) = 156.25 > 9.5495, increasing, and lower is better: getting worse.
    auto found = needs::worseAndGettingWorse(f.db(), {"E10000016"});
    REQUIRE(found.size() == 1);
    CHECK(found[0].areaCode == "E10000016");
    CHECK(found[0].period == "2022/23");
    CHECK(found[0].significance == needs::Significance::Worse);
    REQUIRE(found[0].trend.chiSquared.has_value());
    CHECK(*found[0].trend.chiSquared == Approx(156.25).epsilon(1e-9));
    CHECK(needs::trendWords(found[0]) == "Increasing and getting worse");

    // Only the areas asked for: the South East has no values here, and
    // England is the comparator, never worse than itself.
    CHECK(needs::worseAndGettingWorse(f.db(), {"E12000008"}).empty());
    CHECK(needs::worseAndGettingWorse(f.db(), {"E92000001"}).empty());
    // With no areas given, every area is looked at: still just Kent.
    CHECK(needs::worseAndGettingWorse(f.db(), {}).size() == 1);
}
