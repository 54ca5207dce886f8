#include "report/BarChart.h"

#include "report/Svg.h"

#include <algorithm>
#include <cmath>

namespace jointly::report {

std::string seriesShade(std::size_t series) {
    static const char* const kShades[] = {"#333333", "#999999", "#dddddd", "#666666", "#bbbbbb"};
    return kShades[series % std::size(kShades)];
}

std::string seriesOutline(std::size_t series) {
    static const char* const kDashes[] = {"", "4 2", "1 2"};
    return kDashes[(series / 5) % std::size(kDashes)];
}

namespace {

// A bar or a legend's swatch: the series' grey, outlined in its dashes.
std::string swatch(double x, double y, double width, double height, std::size_t series) {
    const auto dashes = seriesOutline(series);
    return "<rect x=\"" + at(x) + "\" y=\"" + at(y) + "\" width=\"" + at(width) + "\" height=\"" +
           at(height) + "\" fill=\"" + seriesShade(series) +
           "\" stroke=\"#000000\" stroke-width=\"0.8\"" +
           (dashes.empty() ? std::string() : " stroke-dasharray=\"" + dashes + "\"") + "/>\n";
}

} // namespace

std::string barChartSvg(const BarChart& chart) {
    const auto label = [&](std::int64_t value) {
        return chart.label ? chart.label(value) : std::to_string(value);
    };
    // The scale: from zero (or the lowest value, below zero) to the highest.
    std::int64_t highest = 0;
    std::int64_t lowest = 0;
    for (const auto& series : chart.series) {
        for (const auto& value : series.values) {
            if (value) {
                highest = std::max(highest, *value);
                lowest = std::min(lowest, *value);
            }
        }
    }
    const double span = static_cast<double>(highest) - static_cast<double>(lowest);
    const double left = 60;
    const double right = static_cast<double>(chart.width) - 20;
    const double top = 40;
    const double legendHeight = 20.0 * static_cast<double>(chart.series.size());
    const auto categories = std::max<std::size_t>(1, chart.categories.size());
    const auto seriesCount = std::max<std::size_t>(1, chart.series.size());
    const double slot = (right - left) / static_cast<double>(categories);
    const double barWidth = slot * 0.8 / static_cast<double>(seriesCount);
    // Each category's name in as many lines (up to three) as its slot needs,
    // at about six units a letter; the plot gives up the room they take.
    std::vector<std::vector<std::string>> names;
    std::size_t lines = 1;
    for (const auto& category : chart.categories) {
        names.push_back(wrapText(category, static_cast<std::size_t>(std::max(4.0, slot / 6.2)), 3));
        lines = std::max(lines, names.back().size());
    }
    const double bottom = static_cast<double>(chart.height) - 50 - legendHeight -
                          13.0 * static_cast<double>(lines - 1);
    // Labels small enough not to run into the next bar's, down to 6 units.
    std::size_t longest = 1;
    for (const auto& series : chart.series) {
        for (const auto& value : series.values) {
            if (value) {
                longest = std::max(longest, letterCount(label(*value)));
            }
        }
    }
    const int labelSize =
        std::clamp(static_cast<int>(barWidth * 1.1 / (0.6 * static_cast<double>(longest))), 6, 10);
    const double plotHeight = std::max(10.0, bottom - top);
    const auto yOf = [&](std::int64_t value) {
        if (span <= 0) {
            return bottom;
        }
        return bottom -
               (static_cast<double>(value) - static_cast<double>(lowest)) / span * plotHeight;
    };
    const double zero = yOf(0);

    std::string svg = svgStart(chart.width, chart.height, chart.title);
    // The axis at zero.
    svg += svgLine(left, zero, right, zero, 1);

    for (std::size_t c = 0; c < chart.categories.size(); ++c) {
        const double slotLeft = left + slot * static_cast<double>(c);
        for (std::size_t s = 0; s < chart.series.size(); ++s) {
            const auto& values = chart.series[s].values;
            if (c >= values.size() || !values[c]) {
                continue;
            }
            const double x = slotLeft + slot * 0.1 + barWidth * static_cast<double>(s);
            const double y = yOf(*values[c]);
            const double barTop = std::min(y, zero);
            const double barHeight = std::abs(zero - y);
            svg += swatch(x, barTop, barWidth, barHeight, s);
            // The exact value, above a bar that rises and below one that falls.
            const double labelY = *values[c] >= 0 ? barTop - 4 : barTop + barHeight + 12;
            svg += svgText(x + barWidth / 2, labelY, labelSize, label(*values[c]), Anchor::Middle);
        }
        for (std::size_t line = 0; line < names[c].size(); ++line) {
            svg += svgText(slotLeft + slot / 2, bottom + 18 + 13.0 * static_cast<double>(line), 11,
                           names[c][line], Anchor::Middle);
        }
    }
    // The legend: a swatch and the series' name, one to a line.
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
        const double y =
            bottom + 34 + 13.0 * static_cast<double>(lines - 1) + 20.0 * static_cast<double>(s);
        svg += swatch(left, y - 10, 14, 12, s);
        svg += svgText(left + 20, y, 11, chart.series[s].name);
    }
    svg += "</svg>\n";
    return svg;
}

} // namespace jointly::report
