#include "needs/Statistics.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <vector>

using namespace jointly::needs;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Five consecutive years 2016..2020 with the given counts and denominators.
std::vector<TrendPoint> series(const std::vector<double>& counts,
                               const std::vector<double>& denominators) {
    std::vector<TrendPoint> points;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        points.push_back(
            TrendPoint{std::to_string(2016 + static_cast<int>(i)), counts[i], denominators[i]});
    }
    return points;
}

std::vector<TrendPoint> over100(const std::vector<double>& counts) {
    return series(counts, std::vector<double>(counts.size(), 100.0));
}

Approx exactly(double value) {
    return Approx(value).epsilon(1e-9);
}

} // namespace

// In every worked example below t_i = 1..5 (oldest to latest), and
//   N = sum n_i, pbar = sum O_i / N,
//   A = sum O_i t_i - (sum O_i)(sum n_i t_i) / N,
//   S = sum n_i t_i^2 - (sum n_i t_i)^2 / N,
//   X^2 = A^2 / (pbar (1 - pbar) S).
// With every denominator 100: N = 500, sum n_i t_i = 100 x 15 = 1500,
// sum n_i t_i^2 = 100 x 55 = 5500, so S = 5500 - 1500^2/500 = 5500 - 4500 = 1000,
// and (sum O_i)(sum n_i t_i)/N = 3 sum O_i.

TEST_CASE("recentTrend finds a clearly increasing proportion", "[statistics]") {
    // O = 10, 20, 30, 40, 50: sum O = 150, pbar = 150/500 = 0.3, pbar(1-pbar) = 0.21.
    // sum O t = 10 + 40 + 90 + 160 + 250 = 550; A = 550 - 3 x 150 = 100.
    // X^2 = 100^2 / (0.21 x 1000) = 10000 / 210 = 1000/21 = 47.619047619...
    auto result = recentTrend(over100({10, 20, 30, 40, 50}));
    CHECK(result.direction == TrendDirection::Increasing);
    REQUIRE(result.chiSquared);
    CHECK(*result.chiSquared == exactly(1000.0 / 21.0));
    CHECK(result.reason.empty());
}

TEST_CASE("recentTrend finds a clearly decreasing proportion", "[statistics]") {
    // O = 50, 40, 30, 20, 10: sum O = 150, pbar = 0.3, pbar(1-pbar) = 0.21.
    // sum O t = 50 + 80 + 90 + 80 + 50 = 350; A = 350 - 450 = -100.
    // X^2 = (-100)^2 / 210 = 1000/21 = 47.619047619..., and A < 0: decreasing.
    auto result = recentTrend(over100({50, 40, 30, 20, 10}));
    CHECK(result.direction == TrendDirection::Decreasing);
    REQUIRE(result.chiSquared);
    CHECK(*result.chiSquared == exactly(1000.0 / 21.0));
}

TEST_CASE("recentTrend finds no significant change in a flat proportion", "[statistics]") {
    // O = 20 x 5: sum O = 100, sum O t = 20 x 15 = 300, A = 300 - 3 x 100 = 0, X^2 = 0.
    auto result = recentTrend(over100({20, 20, 20, 20, 20}));
    CHECK(result.direction == TrendDirection::NoSignificantChange);
    REQUIRE(result.chiSquared);
    CHECK(*result.chiSquared == Approx(0.0).margin(1e-12));
    CHECK(result.reason.empty());
}

TEST_CASE("recentTrend finds no significant change in a small rise", "[statistics]") {
    // O = 10, 12, 14, 16, 18: sum O = 70, pbar = 0.14, pbar(1-pbar) = 0.14 x 0.86 = 0.1204.
    // sum O t = 10 + 24 + 42 + 64 + 90 = 230; A = 230 - 210 = 20.
    // X^2 = 400 / (0.1204 x 1000) = 400 / 120.4 = 1000/301 = 3.32225913...
    auto result = recentTrend(over100({10, 12, 14, 16, 18}));
    CHECK(result.direction == TrendDirection::NoSignificantChange);
    REQUIRE(result.chiSquared);
    CHECK(*result.chiSquared == exactly(1000.0 / 301.0));
}

TEST_CASE("recentTrend just below the critical value is no significant change", "[statistics]") {
    // O = 12, 16, 20, 25, 27: sum O = 100, pbar = 0.2, pbar(1-pbar) = 0.16.
    // sum O t = 12 + 32 + 60 + 100 + 135 = 339; A = 339 - 300 = 39.
    // X^2 = 39^2 / (0.16 x 1000) = 1521 / 160 = 9.50625 < 9.5495.
    auto result = recentTrend(over100({12, 16, 20, 25, 27}));
    CHECK(result.direction == TrendDirection::NoSignificantChange);
    REQUIRE(result.chiSquared);
    CHECK(*result.chiSquared == exactly(9.50625));
    CHECK(*result.chiSquared < kTrendCriticalValue);
}

TEST_CASE("recentTrend just above the critical value is a trend", "[statistics]") {
    // O = 30, 36, 40, 44, 50: sum O = 200, pbar = 0.4, pbar(1-pbar) = 0.24.
    // sum O t = 30 + 72 + 120 + 176 + 250 = 648; A = 648 - 600 = 48.
    // X^2 = 48^2 / (0.24 x 1000) = 2304 / 240 = 9.6 > 9.5495.
    auto rising = recentTrend(over100({30, 36, 40, 44, 50}));
    CHECK(rising.direction == TrendDirection::Increasing);
    REQUIRE(rising.chiSquared);
    CHECK(*rising.chiSquared == exactly(9.6));

    // The same counts in reverse: sum O t = 50 + 88 + 120 + 144 + 150 = 552,
    // A = 552 - 600 = -48, X^2 = 9.6 again, decreasing.
    auto falling = recentTrend(over100({50, 44, 40, 36, 30}));
    CHECK(falling.direction == TrendDirection::Decreasing);
    REQUIRE(falling.chiSquared);
    CHECK(*falling.chiSquared == exactly(9.6));
}

TEST_CASE("recentTrend accepts counts of 0 and counts equal to the denominator", "[statistics]") {
    // O = 0, 25, 50, 75, 100 of 100: sum O = 250, pbar = 0.5, pbar(1-pbar) = 0.25.
    // sum O t = 0 + 50 + 150 + 300 + 500 = 1000; A = 1000 - 750 = 250.
    // X^2 = 250^2 / (0.25 x 1000) = 62500 / 250 = 250.
    auto result = recentTrend(over100({0, 25, 50, 75, 100}));
    CHECK(result.direction == TrendDirection::Increasing);
    REQUIRE(result.chiSquared);
    CHECK(*result.chiSquared == exactly(250.0));
}

TEST_CASE("recentTrend sorts the points and looks only at the latest five", "[statistics]") {
    // The five latest periods, 2016..2020, have
    //   n = 50, 100, 100, 100, 150 and O = 5, 15, 20, 25, 45
    // (proportions 0.10, 0.15, 0.20, 0.25, 0.30).
    // N = 500; sum O = 110; pbar = 110/500 = 0.22; pbar(1-pbar) = 0.22 x 0.78 = 0.1716.
    // sum n t   = 50 + 200 + 300 + 400 + 750 = 1700.
    // sum n t^2 = 50 + 400 + 900 + 1600 + 3750 = 6700.
    // sum O t   = 5 + 30 + 60 + 100 + 225 = 420.
    // A = 420 - 110 x 1700 / 500 = 420 - 374 = 46.
    // S = 6700 - 1700^2 / 500 = 6700 - 5780 = 920.
    // X^2 = 46^2 / (0.1716 x 920) = 2116 / 157.872 = 5750/429 = 13.4032634...
    // The two older periods would make the trend incalculable if they were used.
    std::vector<TrendPoint> points = {
        {"2019", 25.0, 100.0}, {"2014", std::nullopt, 100.0}, {"2017", 15.0, 100.0},
        {"2020", 45.0, 150.0}, {"2015", 500.0, 0.0},          {"2016", 5.0, 50.0},
        {"2018", 20.0, 100.0},
    };
    auto result = recentTrend(points);
    CHECK(result.direction == TrendDirection::Increasing);
    REQUIRE(result.chiSquared);
    CHECK(*result.chiSquared == exactly(5750.0 / 429.0));
    CHECK(result.reason.empty());
}

TEST_CASE("recentTrend of an unchanging 0% or 100% is no significant change", "[statistics]") {
    auto none = recentTrend(over100({0, 0, 0, 0, 0}));
    CHECK(none.direction == TrendDirection::NoSignificantChange);
    CHECK_FALSE(none.chiSquared);
    CHECK(none.reason ==
          "Every count in the latest five time periods is 0, so there is no change to test.");

    auto all = recentTrend(over100({100, 100, 100, 100, 100}));
    CHECK(all.direction == TrendDirection::NoSignificantChange);
    CHECK_FALSE(all.chiSquared);
    CHECK(all.reason == "Every count in the latest five time periods equals its denominator, "
                        "so there is no change to test.");
}

TEST_CASE("recentTrend needs five time periods", "[statistics]") {
    auto four = recentTrend(over100({10, 20, 30, 40}));
    CHECK(four.direction == TrendDirection::CouldNotBeCalculated);
    CHECK_FALSE(four.chiSquared);
    CHECK(four.reason == "The recent trend needs 5 time periods; only 4 are available.");

    auto one = recentTrend(over100({10}));
    CHECK(one.direction == TrendDirection::CouldNotBeCalculated);
    CHECK(one.reason == "The recent trend needs 5 time periods; only 1 is available.");

    auto nothing = recentTrend({});
    CHECK(nothing.direction == TrendDirection::CouldNotBeCalculated);
    CHECK(nothing.reason == "The recent trend needs 5 time periods; only 0 are available.");
}

TEST_CASE("recentTrend refuses points it cannot use, saying which and why", "[statistics]") {
    auto check = [](std::vector<TrendPoint> points, const std::string& reason) {
        auto result = recentTrend(std::move(points));
        CHECK(result.direction == TrendDirection::CouldNotBeCalculated);
        CHECK_FALSE(result.chiSquared);
        CHECK(result.reason == reason);
    };

    auto missingCount = over100({10, 20, 30, 40, 50});
    missingCount[2].count.reset();
    check(missingCount, "The count for \"2018\" is missing.");

    auto missingDenominator = over100({10, 20, 30, 40, 50});
    missingDenominator[4].denominator.reset();
    check(missingDenominator, "The denominator for \"2020\" is missing.");

    auto zeroDenominator = over100({10, 20, 30, 40, 0});
    zeroDenominator[4].denominator = 0.0;
    check(zeroDenominator, "The denominator for \"2020\" is 0; it must be greater than 0.");

    auto negativeDenominator = over100({10, 20, 30, 40, 50});
    negativeDenominator[0].denominator = -5.0;
    check(negativeDenominator, "The denominator for \"2016\" is -5; it must be greater than 0.");

    check(over100({10, 20, 120, 40, 50}),
          "The count for \"2018\" (120) is greater than its denominator (100).");

    check(over100({10, -1, 30, 40, 50}), "The count for \"2017\" is -1; it must not be negative.");

    check(over100({10, 20, kNaN, 40, 50}), "The count for \"2018\" is not a number.");

    auto infiniteDenominator = over100({10, 20, 30, 40, 50});
    infiniteDenominator[1].denominator = std::numeric_limits<double>::infinity();
    check(infiniteDenominator, "The denominator for \"2017\" is not a number.");

    auto repeated = over100({10, 20, 30, 40, 50, 60});
    repeated[5].periodKey = "2018";
    check(repeated, "The time period \"2018\" appears more than once, so the order of the "
                    "periods is not clear.");

    // The first problem in time order is the one reported.
    auto two = over100({10, 20, 30, 40, 50});
    two[3].count.reset();
    two[1].denominator.reset();
    check(two, "The denominator for \"2017\" is missing.");
}

TEST_CASE("compareInterval places the interval against the comparator", "[statistics]") {
    CHECK(compareInterval(11.0, 13.0, 10.0) == Difference::Higher);
    CHECK(compareInterval(7.0, 9.0, 10.0) == Difference::Lower);
    CHECK(compareInterval(9.0, 11.0, 10.0) == Difference::Similar);
    // Touching counts as overlapping.
    CHECK(compareInterval(10.0, 12.0, 10.0) == Difference::Similar);
    CHECK(compareInterval(8.0, 10.0, 10.0) == Difference::Similar);
    CHECK(compareInterval(10.0, 10.0, 10.0) == Difference::Similar);
    CHECK(compareInterval(std::nullopt, 12.0, 10.0) == Difference::NotCompared);
    CHECK(compareInterval(11.0, std::nullopt, 10.0) == Difference::NotCompared);
    CHECK(compareInterval(11.0, 12.0, std::nullopt) == Difference::NotCompared);
    CHECK(compareInterval(13.0, 11.0, 10.0) == Difference::NotCompared);
    CHECK(compareInterval(kNaN, 12.0, 10.0) == Difference::NotCompared);
    CHECK(compareInterval(11.0, 12.0, kNaN) == Difference::NotCompared);
}

TEST_CASE("compareWithComparator judges by polarity", "[statistics]") {
    const auto higher = Polarity::HigherIsBetter;
    const auto lower = Polarity::LowerIsBetter;
    const auto none = Polarity::NoJudgement;

    // Interval wholly above the comparator's value of 50.
    CHECK(compareWithComparator(52.0, 58.0, 50.0, higher) == Significance::Better);
    CHECK(compareWithComparator(52.0, 58.0, 50.0, lower) == Significance::Worse);
    // No judgement: still compared, in Fingertips' words for such indicators.
    CHECK(compareWithComparator(52.0, 58.0, 50.0, none) == Significance::Higher);

    // Wholly below.
    CHECK(compareWithComparator(42.0, 48.0, 50.0, higher) == Significance::Worse);
    CHECK(compareWithComparator(42.0, 48.0, 50.0, lower) == Significance::Better);
    CHECK(compareWithComparator(42.0, 48.0, 50.0, none) == Significance::Lower);

    // Overlapping, and touching at either end.
    // An interval containing the comparator's value is Similar whatever the
    // polarity, with none too (Fingertips says "Similar" for these).
    for (auto polarity : {higher, lower, none}) {
        CHECK(compareWithComparator(47.0, 53.0, 50.0, polarity) == Significance::Similar);
        CHECK(compareWithComparator(50.0, 56.0, 50.0, polarity) == Significance::Similar);
        CHECK(compareWithComparator(44.0, 50.0, 50.0, polarity) == Significance::Similar);
    }

    // Missing or impossible.
    for (auto polarity : {higher, lower, none}) {
        CHECK(compareWithComparator(std::nullopt, 58.0, 50.0, polarity) ==
              Significance::NotCompared);
        CHECK(compareWithComparator(52.0, std::nullopt, 50.0, polarity) ==
              Significance::NotCompared);
        CHECK(compareWithComparator(std::nullopt, std::nullopt, 50.0, polarity) ==
              Significance::NotCompared);
        CHECK(compareWithComparator(52.0, 58.0, std::nullopt, polarity) ==
              Significance::NotCompared);
        CHECK(compareWithComparator(58.0, 52.0, 50.0, polarity) == Significance::NotCompared);
    }
}

TEST_CASE("describeSignificance uses Fingertips' words", "[statistics]") {
    CHECK(describeSignificance(Significance::Better) == "Better");
    CHECK(describeSignificance(Significance::Similar) == "Similar");
    CHECK(describeSignificance(Significance::Worse) == "Worse");
    CHECK(describeSignificance(Significance::Higher) == "Higher");
    CHECK(describeSignificance(Significance::Lower) == "Lower");
    CHECK(describeSignificance(Significance::NotCompared) == "Not compared");
}

TEST_CASE("describeTrend uses Fingertips' Recent Trend words", "[statistics]") {
    using D = TrendDirection;
    using P = Polarity;
    CHECK(describeTrend(D::Increasing, P::HigherIsBetter) == "Increasing and getting better");
    CHECK(describeTrend(D::Increasing, P::LowerIsBetter) == "Increasing and getting worse");
    CHECK(describeTrend(D::Increasing, P::NoJudgement) == "Increasing");
    CHECK(describeTrend(D::Decreasing, P::HigherIsBetter) == "Decreasing and getting worse");
    CHECK(describeTrend(D::Decreasing, P::LowerIsBetter) == "Decreasing and getting better");
    CHECK(describeTrend(D::Decreasing, P::NoJudgement) == "Decreasing");
    for (auto polarity : {P::HigherIsBetter, P::LowerIsBetter, P::NoJudgement}) {
        CHECK(describeTrend(D::NoSignificantChange, polarity) == "No significant change");
        CHECK(describeTrend(D::CouldNotBeCalculated, polarity) == "Could not be calculated");
    }
}

TEST_CASE("parseTrendWords reads Fingertips' Recent Trend words back", "[statistics]") {
    auto reads = [](std::string_view words, TrendDirection direction, TrendJudgement judgement) {
        INFO(std::string(words));
        auto parsed = parseTrendWords(words);
        REQUIRE(parsed);
        CHECK(parsed->direction == direction);
        CHECK(parsed->judgement == judgement);
    };
    using D = TrendDirection;
    using J = TrendJudgement;
    reads("Increasing and getting better", D::Increasing, J::Better);
    reads("Increasing and getting worse", D::Increasing, J::Worse);
    reads("Decreasing and getting better", D::Decreasing, J::Better);
    reads("Decreasing and getting worse", D::Decreasing, J::Worse);
    reads("Increasing", D::Increasing, J::None);
    reads("Decreasing", D::Decreasing, J::None);
    reads("No significant change", D::NoSignificantChange, J::None);
    reads("Could not be calculated", D::CouldNotBeCalculated, J::None);
    reads("Cannot be calculated", D::CouldNotBeCalculated, J::None);
    reads("-", D::CouldNotBeCalculated, J::None);
    reads("", D::CouldNotBeCalculated, J::None);
    reads("   ", D::CouldNotBeCalculated, J::None);
    // Case, spacing, "&" and a closing full stop do not matter.
    reads("  increasing  AND getting Better ", D::Increasing, J::Better);
    reads("Decreasing & getting worse", D::Decreasing, J::Worse);
    reads("Decreasing &getting worse", D::Decreasing, J::Worse);
    reads("No significant change.", D::NoSignificantChange, J::None);

    // Everything describeTrend writes reads back to the same direction.
    for (auto direction :
         {D::Increasing, D::Decreasing, D::NoSignificantChange, D::CouldNotBeCalculated}) {
        for (auto polarity :
             {Polarity::HigherIsBetter, Polarity::LowerIsBetter, Polarity::NoJudgement}) {
            auto parsed = parseTrendWords(describeTrend(direction, polarity));
            REQUIRE(parsed);
            CHECK(parsed->direction == direction);
        }
    }

    CHECK_FALSE(parseTrendWords("Getting better"));
    CHECK_FALSE(parseTrendWords("Increasing and getting"));
    CHECK_FALSE(parseTrendWords("Increasingly"));
    CHECK_FALSE(parseTrendWords("Better"));
}

TEST_CASE("parseComparedWords reads Fingertips' comparison words", "[statistics]") {
    auto reads = [](std::string_view words, ComparedVerdict verdict,
                    std::optional<ConfidenceLevel> level) {
        INFO(std::string(words));
        auto parsed = parseComparedWords(words);
        REQUIRE(parsed);
        CHECK(parsed->verdict == verdict);
        CHECK(parsed->level == level);
    };
    using V = ComparedVerdict;
    const auto p95 = ConfidenceLevel::Percent95;
    const auto p998 = ConfidenceLevel::Percent99_8;
    reads("Better", V::Better, std::nullopt);
    reads("Similar", V::Similar, std::nullopt);
    reads("Worse", V::Worse, std::nullopt);
    reads("Higher", V::Higher, std::nullopt);
    reads("Lower", V::Lower, std::nullopt);
    reads("Not compared", V::NotCompared, std::nullopt);
    reads("Better 95%", V::Better, p95);
    reads("Worse 99.8%", V::Worse, p998);
    reads("Similar 95.0%", V::Similar, p95);
    reads("Higher 99.8%", V::Higher, p998);
    reads("Lower 95%", V::Lower, p95);
    reads("  worse   99.8% ", V::Worse, p998);
    reads("NOT COMPARED", V::NotCompared, std::nullopt);
    reads("", V::NotCompared, std::nullopt);
    reads("-", V::NotCompared, std::nullopt);

    CHECK_FALSE(parseComparedWords("Better 90%"));
    CHECK_FALSE(parseComparedWords("Lowest"));
    CHECK_FALSE(parseComparedWords("Best"));
    CHECK_FALSE(parseComparedWords("Bettr"));
    CHECK_FALSE(parseComparedWords("95%"));
}

TEST_CASE("inferPolarity reads polarity from Fingertips' comparison words", "[statistics]") {
    // The comparator's value is 50; an interval above it is 52-58, below it 42-48.
    CHECK(inferPolarity("Better", 52.0, 58.0, 50.0) == Polarity::HigherIsBetter);
    CHECK(inferPolarity("Better 95%", 42.0, 48.0, 50.0) == Polarity::LowerIsBetter);
    CHECK(inferPolarity("Worse", 52.0, 58.0, 50.0) == Polarity::LowerIsBetter);
    CHECK(inferPolarity("Worse 99.8%", 42.0, 48.0, 50.0) == Polarity::HigherIsBetter);

    // Higher or Lower: Fingertips made no judgement, whatever the interval.
    CHECK(inferPolarity("Higher", 52.0, 58.0, 50.0) == Polarity::NoJudgement);
    CHECK(inferPolarity("Lower 95%", std::nullopt, std::nullopt, std::nullopt) ==
          Polarity::NoJudgement);

    // Cannot tell.
    CHECK_FALSE(inferPolarity("Similar", 47.0, 53.0, 50.0));
    CHECK_FALSE(inferPolarity("Similar", 52.0, 58.0, 50.0));
    CHECK_FALSE(inferPolarity("Not compared", 52.0, 58.0, 50.0));
    CHECK_FALSE(inferPolarity("", 52.0, 58.0, 50.0));
    CHECK_FALSE(inferPolarity("Lowest", 52.0, 58.0, 50.0));
    // Better or Worse, but the interval does not say which side the area is on.
    CHECK_FALSE(inferPolarity("Better", 47.0, 53.0, 50.0));
    CHECK_FALSE(inferPolarity("Worse", 50.0, 56.0, 50.0));
    CHECK_FALSE(inferPolarity("Better", std::nullopt, 58.0, 50.0));
    CHECK_FALSE(inferPolarity("Better", 52.0, 58.0, std::nullopt));
    CHECK_FALSE(inferPolarity("Better", 58.0, 52.0, 50.0));
}
