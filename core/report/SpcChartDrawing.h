#pragma once

#include "monitoring/KpiChart.h"

#include <functional>
#include <string>

// A KPI's SPC chart for a report, drawn as SVG in the way NHS "Making Data
// Count" draws one, but so that it reads in greyscale print with nothing
// resting on colour: the values joined by a line (broken where a period has
// no figure), the mean as a solid line, the process limits dashed, the
// target dotted and named, each point of special cause marked by its shape
// (a triangle for improvement, a square for concern, a diamond where
// neither direction is better) and a legend that says so, and each period
// with an annotation numbered above its point.
namespace jointly::report {

struct SpcDrawing {
    std::string title;
    // Writes a value of the KPI for the axis and the target ("85.0%").
    std::function<std::string(double)> label;
    int width = 640;
    int height = 330;
};

std::string spcChartSvg(const monitoring::KpiChart& kpi, const SpcDrawing& drawing);

} // namespace jointly::report
