// Measures the SPC engine (monitoring/SpcChart.h) the KPI charts and the
// dashboard draw from: a dashboard's worth of charts, 200 KPIs of 60 monthly
// points each under NHS England's rules, and one long chart of 500 points
// under NHSRplotthedots' (which screens moving ranges), with a rebase.
//
//   spc_speed [RUNS]
//
// Prints the median and 99th percentile of RUNS (default 200) in
// milliseconds. The figures are in the README.
#include "BenchStats.h"

#include "monitoring/SpcChart.h"

#include <chrono>
#include <cstdint>
#include <iostream>
#include <string>

using Clock = std::chrono::steady_clock;
using namespace jointly::monitoring;

namespace {

struct Sequence {
    std::uint64_t state = 20261201;
    double next() {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>((state >> 33) % 1000) / 10.0;
    }
};

struct Series {
    std::vector<std::string> periods;
    std::vector<std::optional<double>> values;
};

Series makeSeries(Sequence& sequence, int points) {
    Series series;
    for (int i = 0; i < points; ++i) {
        series.periods.push_back("period " + std::to_string(i + 1));
        // A drifting level with noise, so that every rule finds something.
        series.values.push_back(50.0 + (i > points / 2 ? 8.0 : 0.0) + sequence.next() / 10.0);
    }
    return series;
}

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

} // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::stoi(argv[1]) : 200;
    Sequence sequence;
    std::vector<Series> dashboard;
    for (int kpi = 0; kpi < 200; ++kpi) {
        dashboard.push_back(makeSeries(sequence, 60));
    }
    const auto long_ = makeSeries(sequence, 500);
    SpcSettings nhs;
    nhs.target = 55;
    SpcSettings plotthedots;
    plotthedots.method = methodOf(RuleSet::PlotTheDots);
    plotthedots.rebaseAt = {250};
    std::vector<double> all, one;
    std::size_t signals = 0;
    for (int run = 0; run < runs; ++run) {
        auto start = Clock::now();
        for (const auto& series : dashboard) {
            const auto chart = drawSpc(series.periods, series.values, nhs);
            signals += chart.points.back().specialCause.any() ? 1U : 0U;
        }
        all.push_back(millisecondsSince(start));
        start = Clock::now();
        const auto chart = drawSpc(long_.periods, long_.values, plotthedots);
        signals += chart.points.back().specialCause.any() ? 1U : 0U;
        one.push_back(millisecondsSince(start));
    }
    jointly::bench::report("200 KPIs x 60 points, NHS England rules", all);
    jointly::bench::report("one chart of 500 points, NHSRplotthedots rules", one);
    std::cout << "(" << signals << " latest points with a signal)\n";
    return 0;
}
