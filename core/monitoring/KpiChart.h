#pragma once

#include "monitoring/KpiRecord.h"
#include "monitoring/SpcChart.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// A KPI's SPC chart as the window, the dashboard and `jointly kpis` draw it:
// every period from the first figure to the last, a period with no figure
// shown as missing (never skipped), under the KPI's own rule set, with its
// rebases, fixed limits and latest target.
namespace jointly::monitoring {

struct KpiChart {
    RuleSet rules = RuleSet::NhsEngland;
    SpcSettings settings;
    std::vector<std::string> periods;
    std::vector<std::optional<std::int64_t>> values; // hundredths; none where missing
    std::vector<std::string> notes;                  // one per period: its annotations
    SpcChart chart;
    std::vector<std::string> missing; // the periods with no figure
    // Figures whose period is not one of the KPI's frequency ("April" on a
    // monthly KPI): left off the chart, and said so.
    std::vector<std::string> unplaced;
    std::optional<std::int64_t> target; // at the last period
    // What the chart cannot show, in sentences: missing periods, figures left
    // off, too few points for limits.
    std::vector<std::string> problems;
};

Direction directionOfPolarity(std::string_view polarity);

KpiChart chartOf(const KpiRecord& kpi);

} // namespace jointly::monitoring
