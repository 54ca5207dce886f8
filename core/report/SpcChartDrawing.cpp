#include "report/SpcChartDrawing.h"

#include "report/Svg.h"

#include <algorithm>
#include <optional>

namespace jointly::report {

namespace {

using monitoring::PointType;

// A point's mark: a small grey circle for common cause, a shape of its own
// for each kind of special cause.
std::string mark(double x, double y, PointType type) {
    switch (type) {
    case PointType::CommonCause:
        return "<circle cx=\"" + at(x) + "\" cy=\"" + at(y) +
               "\" r=\"2.5\" fill=\"#999999\" stroke=\"#000000\" stroke-width=\"0.5\"/>\n";
    case PointType::Improvement:
        return "<polygon points=\"" + at(x) + "," + at(y - 6) + " " + at(x - 5.5) + "," +
               at(y + 4) + " " + at(x + 5.5) + "," + at(y + 4) +
               "\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"1.5\"/>\n";
    case PointType::Concern:
        return "<rect x=\"" + at(x - 4.5) + "\" y=\"" + at(y - 4.5) +
               "\" width=\"9.0\" height=\"9.0\" fill=\"#333333\" stroke=\"#000000\" "
               "stroke-width=\"1\"/>\n";
    case PointType::NeitherHigh:
    case PointType::NeitherLow:
        break;
    }
    return "<polygon points=\"" + at(x) + "," + at(y - 6) + " " + at(x + 6) + "," + at(y) + " " +
           at(x) + "," + at(y + 6) + " " + at(x - 6) + "," + at(y) +
           "\" fill=\"#bbbbbb\" stroke=\"#000000\" stroke-width=\"1\"/>\n";
}

// A line through one value of each point where it has one (mean or a
// limit), broken where it has none and where a new group starts.
template <class Value>
std::string stepLine(const std::vector<monitoring::SpcPoint>& points, Value value,
                     const std::function<double(std::size_t)>& xOf,
                     const std::function<double(double)>& yOf, double width,
                     const std::string& dashes) {
    std::string svg;
    const double half = points.size() > 1 ? (xOf(1) - xOf(0)) / 2 : 10;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const auto v = value(points[i]);
        if (!v || !points[i].limitsShown) {
            continue;
        }
        svg += svgLine(xOf(i) - half, yOf(*v), xOf(i) + half, yOf(*v), width, dashes);
    }
    return svg;
}

} // namespace

std::string spcChartSvg(const monitoring::KpiChart& kpi, const SpcDrawing& drawing) {
    const auto& points = kpi.chart.points;
    const auto label = [&](double value) {
        return drawing.label ? drawing.label(value) : at(value);
    };
    std::optional<double> lowest;
    std::optional<double> highest;
    const auto include = [&](const std::optional<double>& value) {
        if (value) {
            lowest = std::min(lowest.value_or(*value), *value);
            highest = std::max(highest.value_or(*value), *value);
        }
    };
    for (const auto& point : points) {
        include(point.value);
        if (point.limitsShown) {
            include(point.lowerLimit);
            include(point.upperLimit);
        }
    }
    const std::optional<double> target =
        kpi.target ? std::optional<double>(static_cast<double>(*kpi.target) / 100.0) : std::nullopt;
    include(target);
    const double low = lowest.value_or(0);
    const double high = highest.value_or(1);
    const double span = high > low ? high - low : 1;
    const double floor = low - span * 0.05;
    const double ceiling = high + span * 0.05;

    const double left = 70;
    const double right = static_cast<double>(drawing.width) - 20;
    const double top = 50;
    const double bottom = static_cast<double>(drawing.height) - 90;
    const auto count = std::max<std::size_t>(1, points.size());
    const std::function<double(std::size_t)> xOf = [&](std::size_t i) {
        return left + (right - left) * (static_cast<double>(i) + 0.5) / static_cast<double>(count);
    };
    const std::function<double(double)> yOf = [&](double value) {
        return bottom - (value - floor) / (ceiling - floor) * (bottom - top);
    };

    std::string svg = svgStart(drawing.width, drawing.height, drawing.title);
    // The frame: the axis along the bottom and the lowest and highest values
    // written at the left.
    svg += svgLine(left, bottom, right, bottom, 1);
    svg += svgLine(left, top, left, bottom, 1);
    svg += svgText(left - 4, yOf(high) + 4, 10, label(high), Anchor::End);
    if (high > low) {
        svg += svgText(left - 4, yOf(low) + 4, 10, label(low), Anchor::End);
    }
    // Mean, limits and target.
    svg +=
        stepLine(points, [](const monitoring::SpcPoint& p) { return p.mean; }, xOf, yOf, 1.2, {});
    svg += stepLine(
        points, [](const monitoring::SpcPoint& p) { return p.upperLimit; }, xOf, yOf, 1, "6 3");
    svg += stepLine(
        points, [](const monitoring::SpcPoint& p) { return p.lowerLimit; }, xOf, yOf, 1, "6 3");
    if (target) {
        svg += svgLine(left, yOf(*target), right, yOf(*target), 1, "1 2");
        svg += svgText(right, yOf(*target) - 3, 10, "Target " + label(*target), Anchor::End);
    }
    // The values, joined where both neighbours have one.
    for (std::size_t i = 1; i < points.size(); ++i) {
        if (points[i - 1].value && points[i].value) {
            svg += "<line x1=\"" + at(xOf(i - 1)) + "\" y1=\"" + at(yOf(*points[i - 1].value)) +
                   "\" x2=\"" + at(xOf(i)) + "\" y2=\"" + at(yOf(*points[i].value)) +
                   "\" stroke=\"#666666\" stroke-width=\"1.2\"/>\n";
        }
    }
    int noteNumber = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (points[i].value) {
            svg += mark(xOf(i), yOf(*points[i].value), points[i].type);
        }
        if (i < kpi.notes.size() && !kpi.notes[i].empty()) {
            const double y = points[i].value ? yOf(*points[i].value) - 10 : bottom - 10;
            svg += svgText(xOf(i), y, 9, "[" + std::to_string(++noteNumber) + "]", Anchor::Middle);
        }
    }
    // Period names along the bottom: no more than thirteen, evenly spaced,
    // from the first.
    const std::size_t step = std::max<std::size_t>(1, (kpi.periods.size() + 11) / 12);
    for (std::size_t i = 0; i < kpi.periods.size() && i < points.size(); ++i) {
        const bool last = i + 1 == kpi.periods.size();
        // The last is written unless the one before it is too close.
        if (i % step == 0 || (last && 2 * (i % step) > step)) {
            svg += svgText(xOf(i), bottom + 14, 9, kpi.periods[i], Anchor::Middle);
        }
    }
    // The legend, in words.
    const double legend = bottom + 34;
    svg += svgLine(left, legend - 4, left + 24, legend - 4, 1.2);
    svg += svgText(left + 30, legend, 10, "Mean");
    svg += svgLine(left + 80, legend - 4, left + 104, legend - 4, 1, "6 3");
    svg += svgText(left + 110, legend, 10, "Process limits");
    svg += svgLine(left + 210, legend - 4, left + 234, legend - 4, 1, "1 2");
    svg += svgText(left + 240, legend, 10, "Target");
    const double shapes = legend + 22;
    svg += mark(left + 6, shapes - 4, PointType::Improvement);
    svg += svgText(left + 16, shapes, 10, "Special cause: improvement");
    svg += mark(left + 186, shapes - 4, PointType::Concern);
    svg += svgText(left + 196, shapes, 10, "Special cause: concern");
    svg += mark(left + 346, shapes - 4, PointType::NeitherHigh);
    svg += svgText(left + 356, shapes, 10, "Special cause: neither better");
    svg += "</svg>\n";
    return svg;
}

} // namespace jointly::report
