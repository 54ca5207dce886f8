// Fuzzes a KPI series as `jointly spc` and the actuals import read it: the
// bytes are a period,value CSV. When it is read, the chart is drawn under
// both rule sets, every direction, with a rebase and fixed limits, and the
// results must agree with themselves.

#include "monitoring/SeriesCsv.h"
#include "monitoring/SpcChart.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

using namespace jointly::monitoring;

namespace {

void fault(const char* what) {
    std::fprintf(stderr, "jointly fuzz: %s\n", what);
    std::abort();
}

void check(const SpcChart& chart, std::size_t count, const SpcSettings& settings) {
    if (chart.points.size() != count) {
        fault("the chart does not have a point per period");
    }
    for (const auto& point : chart.points) {
        if (!chart.problem.empty() && (point.specialCause.any() || chart.variation)) {
            fault("a chart with a missing value shows signals or icons");
        }
        if (point.lowerLimit && point.mean &&
            !(*point.lowerLimit <= *point.mean && *point.mean <= *point.upperLimit &&
              *point.lowerLimit <= *point.lowerTwoSigma &&
              *point.upperTwoSigma <= *point.upperLimit)) {
            fault("the limits are out of order");
        }
        if (point.specialCause.any() != (point.type != PointType::CommonCause)) {
            fault("a point's type disagrees with its signals");
        }
        const bool neither =
            point.type == PointType::NeitherHigh || point.type == PointType::NeitherLow;
        if (neither != (settings.direction == Direction::Neither && point.specialCause.any())) {
            fault("a point is 'neither' on a KPI with a better direction, or the reverse");
        }
        if (point.specialCause.outsideLimits && point.closeToLimit) {
            fault("a point is both beyond a limit and close to it");
        }
    }
    if (chart.assurance && (!settings.target || settings.direction == Direction::Neither)) {
        fault("an assurance icon without a target, or for 'neither'");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    auto read = readSeries(in, "series.csv");
    if (!read.ok()) {
        if (read.error().message.empty()) {
            fault("a series was refused without a sentence");
        }
        return 0;
    }
    std::vector<std::string> periods;
    std::vector<std::optional<double>> values;
    for (const auto& row : read.value()) {
        periods.push_back(row.period);
        values.push_back(row.value);
    }
    for (auto rules : {RuleSet::NhsEngland, RuleSet::PlotTheDots}) {
        for (auto direction : {Direction::Increase, Direction::Decrease, Direction::Neither}) {
            SpcSettings settings;
            settings.method = methodOf(rules);
            settings.direction = direction;
            if (!values.empty() && values.back()) {
                settings.target = *values.back();
            }
            check(drawSpc(periods, values, settings), values.size(), settings);
            settings.rebaseAt = {values.size() / 2, values.size() / 3};
            settings.fixAfter = 12;
            check(drawSpc(periods, values, settings), values.size(), settings);
        }
    }
    return 0;
}
