#include "monitoring/KpiBoard.h"

namespace jointly::monitoring {

namespace {

void checkBreach(const KpiRecord& kpi, KpiStatus& status) {
    if (!kpi.breach || !status.latest || kpi.polarity == "neither") {
        return;
    }
    const bool higherBetter = kpi.polarity != "lower";
    status.breached = higherBetter ? *status.latest < *kpi.breach : *status.latest > *kpi.breach;
    if (!status.breached) {
        return;
    }
    status.breach = "In breach: " + valueWords(*status.latest, kpi.unit) + " in " +
                    status.latestPeriod + " is " + (higherBetter ? "below" : "above") +
                    " the breach threshold of " + valueWords(*kpi.breach, kpi.unit) + ".";
    if (!kpi.consequence.empty()) {
        status.breach += " Consequence: " + kpi.consequence;
    }
}

} // namespace

KpiStatus statusOf(const KpiRecord& kpi, const KpiChart& chart) {
    KpiStatus status;
    status.id = kpi.id;
    status.name = kpi.name;
    status.contract = kpi.contract;
    status.outcome = kpi.outcome;
    status.unit = kpi.unit;
    status.polarity = kpi.polarity;
    status.frequency = kpi.frequency;
    status.rules = chart.rules;
    for (std::size_t i = chart.values.size(); i-- > 0;) {
        if (chart.values[i]) {
            status.latestPeriod = chart.periods[i];
            status.latest = chart.values[i];
            break;
        }
    }
    if (status.latest) {
        status.target = targetFor(kpi.targets, status.latestPeriod);
    } else {
        status.target = chart.target;
    }
    if (status.latest && status.target) {
        status.rag = ragOf(*status.latest, *status.target, kpi.tolerance,
                           directionOfPolarity(kpi.polarity), kpi.unit);
    }
    status.variation = chart.chart.variation;
    status.assurance = chart.chart.assurance;
    const auto from = chart.values.size() > kSparklinePeriods
                          ? chart.values.size() - kSparklinePeriods
                          : std::size_t{0};
    status.recent.assign(chart.values.begin() + static_cast<std::ptrdiff_t>(from),
                         chart.values.end());
    status.missing = chart.missing.size();
    status.problems = chart.problems;
    checkBreach(kpi, status);
    return status;
}

std::vector<KpiStatus> kpiBoard(storage::Database& db) {
    std::vector<KpiStatus> board;
    for (const auto& kpi : readKpis(db)) {
        board.push_back(statusOf(kpi, chartOf(kpi)));
    }
    return board;
}

} // namespace jointly::monitoring
