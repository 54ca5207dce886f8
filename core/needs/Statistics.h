#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// How public health analysts in England (Fingertips, OHID, formerly PHE) read
// an indicator: significance against a comparator and the recent trend. Pure
// functions of their arguments; nothing here touches a project file.
namespace jointly::needs {

// Whether a higher value of the indicator is good news, bad news, or neither.
enum class Polarity { HigherIsBetter, LowerIsBetter, NoJudgement };

// Which of the area's confidence intervals the user chose to compare with.
enum class ConfidenceLevel { Percent95, Percent99_8 };

// The area against its comparator, before polarity is applied.
enum class Difference { Higher, Similar, Lower, NotCompared };

// The area against its comparator, judged by polarity: Better or Worse when
// the indicator has one, Higher or Lower when it has none (no judgement, or
// not known), as Fingertips words it.
enum class Significance { Better, Similar, Worse, Higher, Lower, NotCompared };

// The area's interval against the comparator's value: wholly above it is
// Higher, wholly below it is Lower, overlapping or touching it is Similar.
// NotCompared when the interval's limits or the comparator's value are
// missing or not finite, or the interval is impossible (lower > upper).
Difference compareInterval(std::optional<double> lower, std::optional<double> upper,
                           std::optional<double> comparatorValue);

// compareInterval turned into Better / Similar / Worse by polarity, or into
// Higher / Similar / Lower for an indicator with no judgement (only the words
// better and worse need a polarity). NotCompared only when compareInterval
// says so: a missing or impossible interval or comparator value.
Significance compareWithComparator(std::optional<double> lower, std::optional<double> upper,
                                   std::optional<double> comparatorValue, Polarity polarity);

// "Better", "Similar", "Worse", "Higher", "Lower", "Not compared".
std::string describeSignificance(Significance significance);

enum class TrendDirection { Increasing, Decreasing, NoSignificantChange, CouldNotBeCalculated };

// One time period of a proportion: count (numerator) out of denominator.
// periodKey orders the periods as text, so it must sort the way time runs
// (Fingertips' "Time period Sortable" does: a fixed-width number).
struct TrendPoint {
    std::string periodKey;
    std::optional<double> count;
    std::optional<double> denominator;
};

struct TrendResult {
    TrendDirection direction = TrendDirection::CouldNotBeCalculated;
    // The chi-squared statistic for linear trend, when it was calculated.
    std::optional<double> chiSquared;
    // Empty when the statistic was calculated. Otherwise a sentence: why the
    // trend could not be calculated, or (when every proportion in the five
    // periods is 0% or every one is 100%) why there is no change to test.
    std::string reason;
};

// The chi-squared statistic must exceed this for a trend to count: the 99.8%
// point of the chi-squared distribution with one degree of freedom.
inline constexpr double kTrendCriticalValue = 9.5495;

// The number of most recent periods the recent trend looks at.
inline constexpr std::size_t kTrendPeriods = 5;

// The recent trend of a proportion over its latest five periods (by
// periodKey), as Fingertips computes it for proportions: the chi-squared test
// for linear trend (one degree of freedom), significant at the 99.8% level
// when the statistic exceeds kTrendCriticalValue. Each of the five points
// needs a count and a denominator > 0 with 0 <= count <= denominator, and the
// period keys must be distinct; otherwise CouldNotBeCalculated with a reason.
// The points may come in any order; only the latest five are looked at.
TrendResult recentTrend(std::vector<TrendPoint> points);

// The words Fingertips shows in its Recent Trend column: "Increasing and
// getting better", "Decreasing and getting worse", "Increasing" (no
// judgement), "No significant change", "Could not be calculated".
std::string describeTrend(TrendDirection direction, Polarity polarity);

// What a recent trend's words say about good or bad news.
enum class TrendJudgement { None, Better, Worse };

struct ParsedTrend {
    TrendDirection direction = TrendDirection::CouldNotBeCalculated;
    TrendJudgement judgement = TrendJudgement::None;
};

// Reads Fingertips' Recent Trend words back (case and spacing ignored; "&"
// accepted for "and"): "Increasing and getting better", "Decreasing",
// "No significant change", "Could not be calculated", "Cannot be calculated",
// and "-" or an empty cell (could not be calculated). Nothing for other text.
std::optional<ParsedTrend> parseTrendWords(std::string_view words);

// Fingertips' verdict words in its "Compared to ... value or percentiles"
// columns.
enum class ComparedVerdict { Better, Similar, Worse, Higher, Lower, NotCompared };

struct ComparedWords {
    ComparedVerdict verdict = ComparedVerdict::NotCompared;
    // The level named after the verdict ("Better 95%", "Worse 99.8%"), if any.
    std::optional<ConfidenceLevel> level;
};

// Reads "Better", "Similar", "Worse", "Higher", "Lower", "Not compared", each
// optionally followed by "95%", "95.0%" or "99.8%" (case and spacing ignored);
// "-" or an empty cell reads as NotCompared. Nothing for other text
// (including the quintile words "Lowest", "Middle", "Best" and so on).
std::optional<ComparedWords> parseComparedWords(std::string_view words);

// What Fingertips' own comparison words imply about the indicator's polarity,
// given the area's interval (at the level the words name) and the
// comparator's value:
//  - "Better" with the interval wholly above the comparator, or "Worse" with
//    it wholly below: HigherIsBetter;
//  - "Better" wholly below, or "Worse" wholly above: LowerIsBetter;
//  - "Higher" or "Lower": NoJudgement (Fingertips judged nothing);
//  - anything else (Similar, Not compared, unreadable words, a missing or
//    impossible interval, an interval that overlaps the comparator although
//    the words say Better or Worse): nothing, because it cannot tell.
// "Similar" is used both for indicators with a polarity and for those
// without, so it says nothing about polarity.
std::optional<Polarity> inferPolarity(std::string_view comparedWords,
                                      std::optional<double> areaLower,
                                      std::optional<double> areaUpper,
                                      std::optional<double> comparatorValue);

} // namespace jointly::needs
