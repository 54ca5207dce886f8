#include "monitoring/SpcChart.h"

#include <algorithm>
#include <set>

namespace jointly::monitoring {

namespace {

// The constants of the XmR chart: 2.66 is 3 / d2 for moving ranges of two
// points (d2 = 1.128); ranges of 3.267 x their mean (the upper range limit,
// D4) or more are screened out where the rule set does so.
constexpr double kLimit = 2.66;
constexpr double kTwoSigma = 2 * (kLimit / 3);
constexpr double kScreen = 3.267;

int signOf(double difference) {
    return difference > 0 ? 1 : difference < 0 ? -1 : 0;
}

struct Group {
    std::size_t first = 0;
    std::size_t end = 0; // one past the last
};

std::vector<Group> groupsOf(std::size_t count, const SpcSettings& settings) {
    std::set<std::size_t> starts = {0};
    for (auto at : settings.rebaseAt) {
        if (at < count) {
            starts.insert(at);
        }
    }
    std::vector<Group> groups;
    for (auto it = starts.begin(); it != starts.end(); ++it) {
        const auto next = std::next(it);
        groups.push_back({*it, next == starts.end() ? count : *next});
    }
    return groups;
}

// Marks each point's signals from the rules run over points [first, end).
void applyRules(std::vector<SpcPoint>& points, const std::vector<double>& values, std::size_t first,
                std::size_t end, const SpcMethod& method, std::vector<spc::PointCause>& causes,
                std::vector<int>& risingTrend, std::vector<int>& fallingTrend) {
    const auto count = end - first;
    std::vector<double> y(values.begin() + static_cast<long>(first),
                          values.begin() + static_cast<long>(end));
    std::vector<int> side(count), close(count), outside(count);
    for (std::size_t i = 0; i < count; ++i) {
        const auto& point = points[first + i];
        side[i] = point.sideOfMean;
        close[i] = point.closeToLimit ? 1 : 0;
        outside[i] = point.specialCause.outsideLimits ? 1 : 0;
    }
    const auto trends = spc::trendEnds(y, method.trendLength);
    const auto partTrend = spc::partOfRun(trends, method.trendLength);
    const auto partShift =
        spc::partOfRun(spc::runEnds(side, method.shiftLength), method.shiftLength);
    const auto partTwo = spc::partOfTwoInThree(spc::twoInThree(close, side), close);
    const auto found = spc::causes(y, side, outside, partTrend, partTwo, partShift);
    std::vector<int> rising(count), falling(count);
    for (std::size_t i = 0; i < count; ++i) {
        rising[i] = trends[i] == 1 ? 1 : 0;
        falling[i] = trends[i] == -1 ? 1 : 0;
    }
    const auto partRising = spc::partOfRun(rising, method.trendLength);
    const auto partFalling = spc::partOfRun(falling, method.trendLength);
    for (std::size_t i = 0; i < count; ++i) {
        auto& fired = points[first + i].specialCause;
        fired.trend = partTrend[i] != 0;
        fired.shift = partShift[i] != 0;
        fired.twoOfThree = partTwo[i] != 0;
        causes[first + i] = found[i];
        risingTrend[first + i] = partRising[i];
        fallingTrend[first + i] = partFalling[i];
    }
}

PointType typeOf(const SpcPoint& point, const SpcSettings& settings, bool rising, bool falling) {
    if (!point.specialCause.any()) {
        return PointType::CommonCause;
    }
    if (settings.direction == Direction::Neither) {
        return point.cause.direction > 0 ? PointType::NeitherHigh : PointType::NeitherLow;
    }
    const int better = settings.direction == Direction::Increase ? 1 : -1;
    if (!settings.method.improvementWinsConflict) {
        return point.cause.direction * better > 0 ? PointType::Improvement : PointType::Concern;
    }
    // NHS England's tool: a point that is both improvement and concern (a
    // falling trend above the mean) shows as improvement.
    const int side = point.sideOfMean > 0 ? 1 : -1;
    std::vector<int> directions;
    if (point.specialCause.outsideLimits) {
        directions.push_back(point.sideOfMean == 1 ? 1 : -1);
    }
    if (rising) {
        directions.push_back(1);
    }
    if (falling) {
        directions.push_back(-1);
    }
    if (point.specialCause.twoOfThree || point.specialCause.shift) {
        directions.push_back(side);
    }
    const bool improves = std::any_of(directions.begin(), directions.end(),
                                      [&](int direction) { return direction * better > 0; });
    return improves ? PointType::Improvement : PointType::Concern;
}

VariationIcon variationOf(PointType type, Direction direction) {
    const bool up = direction == Direction::Increase;
    switch (type) {
    case PointType::Improvement:
        return up ? VariationIcon::ImprovementHigh : VariationIcon::ImprovementLow;
    case PointType::Concern:
        return up ? VariationIcon::ConcernLow : VariationIcon::ConcernHigh;
    case PointType::NeitherHigh:
        return VariationIcon::NeitherHigh;
    case PointType::NeitherLow:
        return VariationIcon::NeitherLow;
    case PointType::CommonCause:
        break;
    }
    return VariationIcon::CommonCause;
}

} // namespace

SpcMethod methodOf(RuleSet rules) {
    SpcMethod method;
    method.rules = rules;
    if (rules == RuleSet::PlotTheDots) {
        method.shiftLength = 7;
        method.trendLength = 7;
        method.screenMovingRanges = true;
        method.hideLimitsBelowMinimum = false;
        method.rulesCrossRebase = false;
        method.improvementWinsConflict = false;
        method.targetOnLimitDecides = false;
    }
    return method;
}

std::string_view ruleSetKey(RuleSet rules) {
    return rules == RuleSet::PlotTheDots ? "plotthedots" : "nhs-england";
}

std::optional<RuleSet> ruleSetOf(std::string_view key) {
    if (key == "nhs-england") {
        return RuleSet::NhsEngland;
    }
    if (key == "plotthedots") {
        return RuleSet::PlotTheDots;
    }
    return std::nullopt;
}

std::string_view ruleSetName(RuleSet rules) {
    return rules == RuleSet::PlotTheDots ? "NHSRplotthedots" : "NHS England Making Data Count";
}

std::string ruleSetWords(RuleSet rules) {
    if (rules == RuleSet::PlotTheDots) {
        return "NHSRplotthedots rules: a point beyond the process limits, a shift of 7 points on "
               "one side of the mean, a trend of 7 points each higher or lower than the last, or "
               "two of three points beyond two sigma on one side; moving ranges of 3.267 times "
               "their mean or more left out of the limits; limits from fewer than 13 points are "
               "trial limits.";
    }
    return "NHS England Making Data Count rules: a point beyond the process limits, a shift of 6 "
           "points on one side of the mean, a trend of 6 points each higher or lower than the "
           "last, or two of three points beyond two sigma on one side; no moving range left "
           "out; limits and icons from 13 points; a point both improving and concerning shows "
           "as improvement.";
}

SpcLimits limitsOf(const std::vector<double>& values, bool screenMovingRanges) {
    SpcLimits limits;
    if (values.empty()) {
        return limits;
    }
    double sum = 0;
    for (double value : values) {
        sum += value;
    }
    limits.mean = sum / static_cast<double>(values.size());
    std::vector<double> ranges;
    for (std::size_t i = 1; i < values.size(); ++i) {
        ranges.push_back(std::abs(values[i] - values[i - 1]));
    }
    auto average = [](const std::vector<double>& all) {
        double total = 0;
        for (double each : all) {
            total += each;
        }
        return total / static_cast<double>(all.size());
    };
    if (ranges.empty()) {
        return limits;
    }
    double meanRange = average(ranges);
    if (screenMovingRanges) {
        std::vector<double> kept;
        for (double range : ranges) {
            if (range < kScreen * meanRange) {
                kept.push_back(range);
            }
        }
        if (kept.empty()) {
            return limits; // every range zero: no limits can be drawn
        }
        meanRange = average(kept);
    }
    limits.lower = limits.mean - kLimit * meanRange;
    limits.upper = limits.mean + kLimit * meanRange;
    limits.lowerTwoSigma = limits.mean - kTwoSigma * meanRange;
    limits.upperTwoSigma = limits.mean + kTwoSigma * meanRange;
    return limits;
}

std::optional<AssuranceIcon> assuranceOf(double target, double lower, double upper,
                                         Direction direction, bool targetOnLimitDecides) {
    if (direction == Direction::Neither) {
        return std::nullopt;
    }
    const bool above = targetOnLimitDecides ? target >= upper : target > upper;
    const bool below = targetOnLimitDecides ? target <= lower : target < lower;
    const bool up = direction == Direction::Increase;
    if (above) {
        return up ? AssuranceIcon::Fail : AssuranceIcon::Pass;
    }
    if (below) {
        return up ? AssuranceIcon::Pass : AssuranceIcon::Fail;
    }
    return AssuranceIcon::HitAndMiss;
}

SpcChart drawSpc(const std::vector<std::string>& periods,
                 const std::vector<std::optional<double>>& values, const SpcSettings& settings) {
    SpcChart chart;
    const auto count = values.size();
    chart.points.resize(count);
    const auto groups = groupsOf(count, settings);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        for (auto i = groups[g].first; i < groups[g].end; ++i) {
            chart.points[i].group = g;
            chart.points[i].value = values[i];
        }
    }
    for (std::size_t i = 0; i < count; ++i) {
        if (!values[i]) {
            const auto name = i < periods.size() ? periods[i] : std::to_string(i + 1);
            chart.problem = "The value for " + name +
                            " is missing. SPC needs a value for every period, so the chart "
                            "shows no limits, signals or icons until it is given.";
            return chart;
        }
    }
    std::vector<double> y(count);
    for (std::size_t i = 0; i < count; ++i) {
        y[i] = *values[i];
    }
    const auto& method = settings.method;
    for (const auto& group : groups) {
        const auto size = group.end - group.first;
        const auto fixed = std::min(size, settings.fixAfter.value_or(size));
        const std::vector<double> basis(y.begin() + static_cast<long>(group.first),
                                        y.begin() + static_cast<long>(group.first + fixed));
        const auto limits = limitsOf(basis, method.screenMovingRanges);
        const bool enough = size >= method.minimumPoints;
        for (auto i = group.first; i < group.end; ++i) {
            auto& point = chart.points[i];
            point.mean = limits.mean;
            point.lowerLimit = limits.lower;
            point.upperLimit = limits.upper;
            point.lowerTwoSigma = limits.lowerTwoSigma;
            point.upperTwoSigma = limits.upperTwoSigma;
            point.sideOfMean = signOf(y[i] - limits.mean);
            point.limitsShown = enough || !method.hideLimitsBelowMinimum;
            point.trialLimits = !enough && !method.hideLimitsBelowMinimum;
            if (limits.lower) {
                point.specialCause.outsideLimits = y[i] > *limits.upper || y[i] < *limits.lower;
                point.closeToLimit = !point.specialCause.outsideLimits &&
                                     (y[i] < *limits.lowerTwoSigma || y[i] > *limits.upperTwoSigma);
            }
        }
    }
    std::vector<spc::PointCause> causes(count);
    std::vector<int> rising(count, 0), falling(count, 0);
    if (method.rulesCrossRebase) {
        applyRules(chart.points, y, 0, count, method, causes, rising, falling);
    } else {
        for (const auto& group : groups) {
            applyRules(chart.points, y, group.first, group.end, method, causes, rising, falling);
        }
    }
    for (std::size_t i = 0; i < count; ++i) {
        auto& point = chart.points[i];
        if (!point.limitsShown) {
            point.specialCause = {}; // too few points: data and mean only
            continue;
        }
        point.cause = causes[i];
        point.type = typeOf(point, settings, rising[i] != 0, falling[i] != 0);
    }
    if (count == 0 || !chart.points.back().limitsShown) {
        return chart;
    }
    const auto& latest = chart.points.back();
    chart.variation = variationOf(latest.type, settings.direction);
    if (settings.target && latest.lowerLimit && latest.upperLimit) {
        chart.assurance = assuranceOf(*settings.target, *latest.lowerLimit, *latest.upperLimit,
                                      settings.direction, method.targetOnLimitDecides);
    }
    return chart;
}

std::string_view pointTypeKey(PointType type) {
    switch (type) {
    case PointType::Improvement:
        return "special_cause_improvement";
    case PointType::Concern:
        return "special_cause_concern";
    case PointType::NeitherHigh:
        return "special_cause_neither_high";
    case PointType::NeitherLow:
        return "special_cause_neither_low";
    case PointType::CommonCause:
        break;
    }
    return "common_cause";
}

std::string_view variationKey(VariationIcon icon) {
    switch (icon) {
    case VariationIcon::ImprovementHigh:
        return "improvement_high";
    case VariationIcon::ImprovementLow:
        return "improvement_low";
    case VariationIcon::ConcernHigh:
        return "concern_high";
    case VariationIcon::ConcernLow:
        return "concern_low";
    case VariationIcon::NeitherHigh:
        return "neither_high";
    case VariationIcon::NeitherLow:
        return "neither_low";
    case VariationIcon::CommonCause:
        break;
    }
    return "common_cause";
}

std::string_view assuranceKey(AssuranceIcon icon) {
    switch (icon) {
    case AssuranceIcon::Pass:
        return "pass";
    case AssuranceIcon::Fail:
        return "fail";
    case AssuranceIcon::HitAndMiss:
        break;
    }
    return "hit_and_miss";
}

std::string pointTypeWords(PointType type) {
    switch (type) {
    case PointType::Improvement:
        return "Special cause: improvement";
    case PointType::Concern:
        return "Special cause: concern";
    case PointType::NeitherHigh:
        return "Special cause: higher, neither better nor worse";
    case PointType::NeitherLow:
        return "Special cause: lower, neither better nor worse";
    case PointType::CommonCause:
        break;
    }
    return "Common cause";
}

std::string variationWords(VariationIcon icon) {
    switch (icon) {
    case VariationIcon::ImprovementHigh:
        return "Special cause variation of an improving nature: higher";
    case VariationIcon::ImprovementLow:
        return "Special cause variation of an improving nature: lower";
    case VariationIcon::ConcernHigh:
        return "Special cause variation of a concerning nature: higher";
    case VariationIcon::ConcernLow:
        return "Special cause variation of a concerning nature: lower";
    case VariationIcon::NeitherHigh:
        return "Special cause variation, neither improving nor concerning: higher";
    case VariationIcon::NeitherLow:
        return "Special cause variation, neither improving nor concerning: lower";
    case VariationIcon::CommonCause:
        break;
    }
    return "Common cause variation: no significant change";
}

std::string assuranceWords(AssuranceIcon icon) {
    switch (icon) {
    case AssuranceIcon::Pass:
        return "Will consistently pass the target: it lies beyond the process limits on the "
               "better side";
    case AssuranceIcon::Fail:
        return "Will consistently fail the target unless something changes: it lies beyond the "
               "process limits on the worse side";
    case AssuranceIcon::HitAndMiss:
        break;
    }
    return "Hit and miss: the target lies within the process limits, so it will be met and "
           "missed at random";
}

std::string_view variationShortWords(VariationIcon icon) {
    switch (icon) {
    case VariationIcon::ImprovementHigh:
        return "Improvement, higher";
    case VariationIcon::ImprovementLow:
        return "Improvement, lower";
    case VariationIcon::ConcernHigh:
        return "Concern, higher";
    case VariationIcon::ConcernLow:
        return "Concern, lower";
    case VariationIcon::NeitherHigh:
        return "Special cause, higher";
    case VariationIcon::NeitherLow:
        return "Special cause, lower";
    case VariationIcon::CommonCause:
        break;
    }
    return "Common cause";
}

std::string_view assuranceShortWords(AssuranceIcon icon) {
    switch (icon) {
    case AssuranceIcon::Pass:
        return "Pass";
    case AssuranceIcon::Fail:
        return "Fail";
    case AssuranceIcon::HitAndMiss:
        break;
    }
    return "Hit and miss";
}

} // namespace jointly::monitoring
