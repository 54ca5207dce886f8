#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

// A report made for a board: its HTML (every user text escaped), the
// charts it shows as <img src="svg:NAME"> and the line that heads each page
// when it is printed. The window and `jointly report` write it as PDF, ODT
// or HTML through the same document writer.
namespace jointly::report {

struct ReportChart {
    std::string name; // as in src="svg:NAME"
    std::string svg;
};

struct Report {
    std::string title;       // "Commissioning plan"
    std::string runningHead; // "Westshire JCU · Commissioning plan · 3 December 2026"
    std::string html;
    std::vector<ReportChart> charts;
};

// Told each time a part of a report is done, out of how many; returning
// false stops the report, which then ends in a Cancelled error.
using ReportProgress = std::function<bool(std::size_t done, std::size_t total)>;

} // namespace jointly::report
