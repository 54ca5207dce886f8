#pragma once

#include "monitoring/SpcRules.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// An XmR (individuals) chart of a KPI's values, exactly as NHS "Making Data
// Count" draws one (../shared/research/monitoring.md): the mean, process
// limits at the mean +/- 2.66 x the mean moving range, two-sigma lines at
// two thirds of that, the special-cause rules, each point's type, and the
// variation and assurance icons. Two rule sets: NHS England's own tools
// (the default) and the NHSRplotthedots R package. The window, the
// dashboard and `jointly spc` all draw from this one engine.
namespace jointly::monitoring {

enum class Direction { Increase, Decrease, Neither };

enum class RuleSet { NhsEngland, PlotTheDots };

// How a rule set draws a chart. methodOf gives each rule set's; tests may
// change one setting at a time to follow a source that does.
struct SpcMethod {
    RuleSet rules = RuleSet::NhsEngland;
    std::size_t shiftLength = 6;     // points in a row on one side of the mean
    std::size_t trendLength = 6;     // points each higher (or lower) than the last
    bool screenMovingRanges = false; // drop ranges of 3.267 x the mean or more
    std::size_t minimumPoints = 13;  // fewer: no limits (NHS England) or trial ones
    bool hideLimitsBelowMinimum = true;
    bool rulesCrossRebase = true; // runs and trends carry across a rebase
    bool improvementWinsConflict = true;
    bool targetOnLimitDecides = true; // a target exactly on a limit passes or fails
};

SpcMethod methodOf(RuleSet rules);

// "nhs-england", "plotthedots"; and the words charts and exports state:
// "NHS England Making Data Count (shift and trend of 6 points, ...)".
std::string_view ruleSetKey(RuleSet rules);
std::optional<RuleSet> ruleSetOf(std::string_view key);
std::string ruleSetWords(RuleSet rules);
// "NHS England Making Data Count" or "NHSRplotthedots".
std::string_view ruleSetName(RuleSet rules);

struct SpcSettings {
    SpcMethod method;
    Direction direction = Direction::Increase;
    std::optional<double> target;
    // The points that start a new group (a rebase): limits are worked out
    // again from each. 0 and repeats change nothing.
    std::vector<std::size_t> rebaseAt;
    // Limits from the first N points of each group only, applied to the rest.
    std::optional<std::size_t> fixAfter;
};

enum class PointType {
    CommonCause,
    Improvement,
    Concern,
    NeitherHigh, // special cause on a KPI where neither direction is better
    NeitherLow,
};

struct SpcSignals {
    bool outsideLimits = false;
    bool shift = false;
    bool trend = false;
    bool twoOfThree = false;
    bool any() const { return outsideLimits || shift || trend || twoOfThree; }
};

struct SpcPoint {
    std::optional<double> value; // none: the period's value is missing
    std::size_t group = 0;       // 0, then 1 after the first rebase, ...
    std::optional<double> mean;
    // The limits of the point's group; none when they cannot be worked out
    // (one point, or every moving range zero).
    std::optional<double> lowerLimit;
    std::optional<double> upperLimit;
    std::optional<double> lowerTwoSigma;
    std::optional<double> upperTwoSigma;
    int sideOfMean = 0; // +1 above, -1 below, 0 on it
    bool closeToLimit = false;
    SpcSignals specialCause; // the rules this point breaks
    spc::PointCause cause;   // the first cause in NHSRplotthedots' order
    PointType type = PointType::CommonCause;
    bool limitsShown = false; // NHS England: only with 13 points or more
    bool trialLimits = false; // NHSRplotthedots: fewer than 13 points
};

enum class VariationIcon {
    CommonCause,
    ImprovementHigh,
    ImprovementLow,
    ConcernHigh,
    ConcernLow,
    NeitherHigh,
    NeitherLow,
};

enum class AssuranceIcon { Pass, Fail, HitAndMiss };

struct SpcChart {
    std::vector<SpcPoint> points;
    std::optional<VariationIcon> variation; // from the latest point
    std::optional<AssuranceIcon> assurance; // the target against the latest limits
    // Why the chart shows no limits or icons, when it does not:
    // "The value for 2025-08 is missing: ..."
    std::string problem;
};

// periods name the points in problem sentences; values hold one per period,
// none where missing. A missing value leaves the whole chart without limits,
// signals or icons until it is given: SPC needs every period.
SpcChart drawSpc(const std::vector<std::string>& periods,
                 const std::vector<std::optional<double>>& values, const SpcSettings& settings);

// The limits of a set of values as one group: mean, lower and upper process
// limits, lower and upper two-sigma lines (nothing for fewer than two
// values or when every moving range is screened out).
struct SpcLimits {
    double mean = 0;
    std::optional<double> lower, upper, lowerTwoSigma, upperTwoSigma;
};
SpcLimits limitsOf(const std::vector<double>& values, bool screenMovingRanges);

// The assurance icon for a target against limits, by direction; none for
// Neither.
std::optional<AssuranceIcon> assuranceOf(double target, double lower, double upper,
                                         Direction direction, bool targetOnLimitDecides);

// Names as `jointly spc` writes them: "common_cause",
// "special_cause_improvement", "special_cause_neither_high"; "improvement_high";
// "pass", "fail", "hit_and_miss".
std::string_view pointTypeKey(PointType type);
std::string_view variationKey(VariationIcon icon);
std::string_view assuranceKey(AssuranceIcon icon);

// Words for each, so no meaning rests on colour alone: "Special cause:
// improvement", "Hit and miss: the target lies within the process limits".
std::string pointTypeWords(PointType type);
std::string variationWords(VariationIcon icon);
std::string assuranceWords(AssuranceIcon icon);

// The icons in a few words, for tables: "Improvement, higher", "Concern,
// lower", "Special cause, higher", "Common cause"; "Pass", "Fail", "Hit and
// miss".
std::string_view variationShortWords(VariationIcon icon);
std::string_view assuranceShortWords(AssuranceIcon icon);

} // namespace jointly::monitoring
