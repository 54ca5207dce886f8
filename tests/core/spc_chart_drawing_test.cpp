#include "monitoring/SpcChart.h"
#include "report/SpcChartDrawing.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <regex>

using namespace jointly;

namespace {

std::size_t count(const std::string& svg, const std::string& pattern) {
    const std::regex re(pattern);
    return static_cast<std::size_t>(
        std::distance(std::sregex_iterator(svg.begin(), svg.end(), re), std::sregex_iterator()));
}

// Fifteen months: 10 and 12 in turn for fourteen, then 20.
monitoring::KpiChart fifteenMonths() {
    monitoring::KpiChart kpi;
    std::vector<std::optional<double>> values;
    for (int month = 0; month < 15; ++month) {
        char period[16];
        std::snprintf(period, sizeof period, "%04d-%02d", 2025 + (month + 3) / 12,
                      (month + 3) % 12 + 1);
        kpi.periods.emplace_back(period);
        values.emplace_back(month == 14 ? 20.0 : (month % 2 == 0 ? 10.0 : 12.0));
        kpi.values.emplace_back(static_cast<std::int64_t>(*values.back() * 100));
        kpi.notes.emplace_back(month == 3 ? "New triage <pilot> & rota" : "");
    }
    kpi.settings.direction = monitoring::Direction::Increase;
    kpi.chart = monitoring::drawSpc(kpi.periods, values, kpi.settings);
    return kpi;
}

} // namespace

TEST_CASE("an SPC chart marks special cause by shape, draws the limits of every point and "
          "escapes its text",
          "[report][spc]") {
    auto kpi = fifteenMonths();
    // The working: the mean is (7 x 10 + 7 x 12 + 20) / 15 = 11.6; the moving
    // ranges are thirteen of 2 and one of 8, a mean of 34 / 14 = 2.4286; the
    // upper limit is 11.6 + 2.66 x 2.4286 = 18.06, so 20 is above it: special
    // cause, and an improvement on a KPI where higher is better.
    REQUIRE(kpi.chart.points.size() == 15);
    CHECK(kpi.chart.points[14].type == monitoring::PointType::Improvement);
    CHECK(kpi.chart.points[14].upperLimit.value() == Approx(18.06).margin(0.005));
    report::SpcDrawing drawing;
    drawing.title = "Delayed discharges <per> 100 & more";
    drawing.label = [](double value) {
        char text[32];
        std::snprintf(text, sizeof text, "%.1f", value);
        return std::string(text);
    };
    const auto svg = report::spcChartSvg(kpi, drawing);

    CHECK(svg.find("<title>Delayed discharges &lt;per&gt; 100 &amp; more</title>") !=
          std::string::npos);
    // One open triangle for the improvement and one in the legend; the
    // concern's dark square only in the legend.
    CHECK(count(svg, "<polygon[^>]*fill=\"#ffffff\"") == 2);
    CHECK(count(svg, "<rect[^>]*fill=\"#333333\"") == 1);
    // Fourteen common-cause points as small circles.
    CHECK(count(svg, "<circle") == 14);
    // Limits for each of the fifteen points, above and below, and one in
    // the legend; the mean for each and one in the legend.
    CHECK(count(svg, "stroke-dasharray=\"6 3\"") == 31);
    CHECK(count(svg, "stroke=\"#000000\" stroke-width=\"1.2\"/>") == 16);
    // The highest value and the lowest limit (11.6 - 6.46 = 5.14) on the axis.
    CHECK(svg.find(">20.0</text>") != std::string::npos);
    CHECK(svg.find(">5.1</text>") != std::string::npos);
    // The annotation is numbered on the chart; its words go in the report.
    CHECK(count(svg, ">\\[1\\]</text>") == 1);
    CHECK(svg.find("triage") == std::string::npos);
    // Fourteen joins between fifteen points.
    CHECK(count(svg, "stroke=\"#666666\"") == 14);
    // Period names no more than thirteen: every second of fifteen, from the
    // first (2025-04) to the last (2026-06).
    CHECK(count(svg, "font-size=\"9\" text-anchor=\"middle\">20[0-9]{2}-") == 8);
    CHECK(svg.find(">2026-06</text>") != std::string::npos);
}

TEST_CASE("an SPC chart breaks its line at a missing figure and draws no limits without enough "
          "points",
          "[report][spc]") {
    auto kpi = fifteenMonths();
    std::vector<std::optional<double>> values;
    for (std::size_t i = 0; i < 6; ++i) {
        values.emplace_back(i == 2 ? std::nullopt : std::optional<double>(10.0 + double(i)));
    }
    kpi.periods.resize(6);
    kpi.notes.assign(6, "");
    kpi.chart = monitoring::drawSpc(kpi.periods, values, kpi.settings);
    kpi.target = 1500; // 15.00
    const auto svg = report::spcChartSvg(kpi, {});
    // Five values, two joins lost to the gap: 0-1 and 3-4, 4-5 remain.
    CHECK(count(svg, "<circle") == 5);
    CHECK(count(svg, "stroke=\"#666666\"") == 3);
    // A missing figure leaves the chart without limits: only the legend's.
    CHECK(count(svg, "stroke-dasharray=\"6 3\"") == 1);
    // The target's dotted line, named with its value.
    CHECK(count(svg, "stroke-dasharray=\"1 2\"") == 2);
    CHECK(svg.find(">Target 15.0</text>") != std::string::npos);
}
