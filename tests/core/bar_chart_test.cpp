#include "quantities/Money.h"
#include "report/BarChart.h"

#include <catch2/catch.hpp>

#include <regex>

using namespace jointly;

namespace {

std::vector<std::string> all(const std::string& svg, const std::string& pattern) {
    std::vector<std::string> found;
    const std::regex re(pattern);
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), re); it != std::sregex_iterator();
         ++it) {
        found.push_back((*it)[1].str());
    }
    return found;
}

} // namespace

TEST_CASE("a bar chart labels every bar with its exact value, scales the bars to the values "
          "and escapes every text",
          "[report]") {
    report::BarChart chart;
    chart.title = "Contributions <by> partner & year";
    chart.categories = {"2026/27", "2027/28"};
    // The council's £1,000,000.00 and £500,000.00; the ICB's £250,000.01 and
    // nothing for the second year.
    chart.series = {{"Council", {100'000'000, 50'000'000}},
                    {"NHS \"ICB\"", {25'000'001, std::nullopt}}};
    chart.label = [](std::int64_t pence) {
        return quantities::formatPounds(pence);
    };
    chart.width = 640;
    chart.height = 400;
    const auto svg = report::barChartSvg(chart);

    CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\"", 0) == 0);
    CHECK(svg.find("<title>Contributions &lt;by&gt; partner &amp; year</title>") !=
          std::string::npos);
    CHECK(svg.find(">NHS &quot;ICB&quot;</text>") != std::string::npos);
    // Three bars, the missing value drawing none, each labelled exactly.
    const auto labels = all(svg, "text-anchor=\"middle\">(£[^<]*)</text>");
    CHECK(labels == std::vector<std::string>{"£1,000,000.00", "£250,000.01", "£500,000.00"});
    // Bars and two legend swatches.
    const auto heights = all(svg, "height=\"([0-9.]+)\" fill=");
    REQUIRE(heights.size() == 5);
    // The plot is 400 - 50 - 2 x 20 (legend) - 40 = 270 units high for
    // £1,000,000.00: £500,000.00 is 135.0 and £250,000.01 is 67.5.
    CHECK(heights[0] == "270.0");
    CHECK(heights[1] == "67.5");
    CHECK(heights[2] == "135.0");
    // Told apart without colour: the darkest grey first, then a lighter one.
    CHECK(report::seriesShade(0) == "#333333");
    CHECK(report::seriesShade(1) == "#999999");
}

TEST_CASE("a bar chart draws a value below zero beneath the axis", "[report]") {
    report::BarChart chart;
    chart.title = "Variance";
    chart.categories = {"Q1", "Q2"};
    chart.series = {{"Forecast", {300, -100}}};
    chart.height = 390; // a plot of 390 - 50 - 20 - 40 = 280 for the span of 400
    const auto svg = report::barChartSvg(chart);
    // Zero is a quarter of the way up: 300 above it (210.0) and 100 below (70.0).
    const auto heights = all(svg, "height=\"([0-9.]+)\" fill=");
    REQUIRE(heights.size() == 3);
    CHECK(heights[0] == "210.0");
    CHECK(heights[1] == "70.0");
    CHECK(svg.find(">-100</text>") != std::string::npos);
    // Control characters are not XML; they become spaces.
    chart.title = std::string("Line\x01one");
    CHECK(report::barChartSvg(chart).find("<title>Line one</title>") != std::string::npos);
}

TEST_CASE("a bar chart of more than five series tells the sixth from the first by its outline",
          "[report]") {
    // Five greys with solid outlines, then the same five dashed, then dotted.
    CHECK(report::seriesShade(5) == report::seriesShade(0));
    CHECK(report::seriesOutline(0).empty());
    CHECK(report::seriesOutline(4).empty());
    CHECK(report::seriesOutline(5) == "4 2");
    CHECK(report::seriesOutline(10) == "1 2");
    report::BarChart chart;
    chart.categories = {"2026/27"};
    for (int s = 0; s < 6; ++s) {
        chart.series.push_back({"Partner " + std::to_string(s + 1), {100}});
    }
    const auto svg = report::barChartSvg(chart);
    // The sixth bar and its legend swatch are dashed; no other is.
    CHECK(all(svg, "(stroke-dasharray=\"4 2\")").size() == 2);
}
