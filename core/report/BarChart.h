#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

// A bar chart for reports, drawn as SVG (SVG Tiny, which Qt renders as
// vectors into a PDF and a browser shows as it is): categories along the
// bottom, a bar for each series in each category, each bar labelled with its
// exact value and each series named in a legend and told apart by shades
// of grey with outlines, so the chart reads the same in greyscale print and
// never carries meaning by colour alone. Values are exact whole units
// (pence, hundredths); only the drawing is scaled.
namespace jointly::report {

struct BarSeries {
    std::string name;
    std::vector<std::optional<std::int64_t>> values; // one per category; none draws no bar
};

struct BarChart {
    std::string title;
    std::vector<std::string> categories;
    std::vector<BarSeries> series;
    // Writes a value as its label ("£1,234.56"); whole numbers when unset.
    std::function<std::string(std::int64_t)> label;
    int width = 640;
    int height = 360;
};

// The chart as an SVG document. All text is escaped.
std::string barChartSvg(const BarChart& chart);

// The grey that fills the bars of the n-th series (from 0), darkest first,
// and the dashes of their outline ("" solid): five greys with solid
// outlines, then the five again dashed, then dotted, so that no two of
// fifteen series look the same.
std::string seriesShade(std::size_t series);
std::string seriesOutline(std::size_t series);

} // namespace jointly::report
