#include "monitoring/KpiChart.h"

#include "quantities/Period.h"
#include "util/Text.h"

#include <algorithm>
#include <map>

namespace jointly::monitoring {

using quantities::Frequency;
using quantities::frequencyOf;
using quantities::periodExample;
using quantities::periodNumber;
using quantities::periodOfNumber;

namespace {

// The most periods a chart spans: every month from 1900 to 2199, the years a
// period may name.
constexpr std::int64_t kMostPeriods = 3'600;

void addNote(std::string& notes, const std::string& note) {
    notes += notes.empty() ? note : "; " + note;
}

} // namespace

Direction directionOfPolarity(std::string_view polarity) {
    if (polarity == "lower") {
        return Direction::Decrease;
    }
    return polarity == "neither" ? Direction::Neither : Direction::Increase;
}

KpiChart chartOf(const KpiRecord& kpi) {
    KpiChart result;
    result.rules = kpi.spcRules == "plotthedots" ? RuleSet::PlotTheDots : RuleSet::NhsEngland;
    result.settings.method = methodOf(result.rules);
    result.settings.direction = directionOfPolarity(kpi.polarity);
    const auto frequency = frequencyOf(kpi.frequency).value_or(Frequency::Quarterly);

    // Place each figure by its period's number; the first of two for one
    // period wins (a damaged file may hold both).
    std::map<std::int64_t, const KpiFigure*> placed;
    for (const auto& figure : kpi.figures) {
        const auto number = periodNumber(figure.period, frequency);
        if (!number) {
            result.unplaced.push_back(figure.period);
            continue;
        }
        placed.emplace(*number, &figure);
    }
    if (!placed.empty()) {
        const auto first = placed.begin()->first;
        const auto last = std::min(placed.rbegin()->first, first + kMostPeriods - 1);
        for (auto number = first; number <= last; ++number) {
            const auto found = placed.find(number);
            result.periods.push_back(periodOfNumber(number, frequency));
            result.values.push_back(found == placed.end() ? std::nullopt
                                                          : found->second->hundredths);
            result.notes.emplace_back();
            if (!result.values.back()) {
                result.missing.push_back(result.periods.back());
            }
        }
    }
    for (const auto& note : kpi.notes) {
        const auto at = std::find(result.periods.begin(), result.periods.end(), note.period);
        if (at != result.periods.end()) {
            addNote(result.notes[static_cast<std::size_t>(at - result.periods.begin())], note.note);
        }
    }
    for (const auto& rebase : kpi.rebases) {
        const auto at = std::find(result.periods.begin(), result.periods.end(), rebase.period);
        if (at != result.periods.end()) {
            result.settings.rebaseAt.push_back(
                static_cast<std::size_t>(at - result.periods.begin()));
        }
    }
    if (kpi.fixAfter) {
        const std::int64_t least = result.rules == RuleSet::PlotTheDots ? 12 : 2;
        if (*kpi.fixAfter >= least) {
            result.settings.fixAfter = static_cast<std::size_t>(*kpi.fixAfter);
        } else {
            result.problems.push_back("The limits are not fixed: NHSRplotthedots fixes them on "
                                      "12 points or more, and this KPI says " +
                                      std::to_string(*kpi.fixAfter) + ".");
        }
    }
    if (!result.periods.empty()) {
        result.target = targetFor(kpi.targets, result.periods.back());
    } else if (!kpi.targets.empty()) {
        result.target = kpi.targets.front().target;
    }
    if (result.target && result.settings.direction != Direction::Neither) {
        result.settings.target = static_cast<double>(*result.target) / 100.0;
    }
    std::vector<std::optional<double>> values;
    for (const auto& value : result.values) {
        values.push_back(value ? std::optional<double>(static_cast<double>(*value) / 100.0)
                               : std::nullopt);
    }
    result.chart = drawSpc(result.periods, values, result.settings);
    if (!result.missing.empty()) {
        std::vector<std::string> quoted;
        for (const auto& period : result.missing) {
            quoted.push_back(period);
        }
        result.problems.push_back(
            (result.missing.size() == 1
                 ? "The figure for " + quoted.front() + " is missing"
                 : "The figures for " + util::joinedWithAnd(quoted) + " are missing") +
            ": give " + (result.missing.size() == 1 ? "it" : "them") +
            " and the chart's limits and signals follow.");
    }
    if (!result.unplaced.empty()) {
        std::vector<std::string> quoted;
        for (const auto& period : result.unplaced) {
            quoted.push_back(util::curlyQuoted(period));
        }
        result.problems.push_back("Left off the chart: " + util::joinedWithAnd(quoted) +
                                  (quoted.size() == 1 ? " is not " : " are not ") +
                                  std::string(periodExample(frequency)) + ".");
    }
    if (result.missing.empty() && !result.chart.points.empty() &&
        !result.chart.points.back().limitsShown && result.chart.problem.empty()) {
        result.problems.push_back(
            "Fewer than " + std::to_string(result.settings.method.minimumPoints) +
            " points since the last rebase: NHS England shows the data and the mean only, with "
            "no limits or icons, until there are more.");
    } else if (!result.chart.problem.empty() && result.missing.empty()) {
        result.problems.push_back(result.chart.problem);
    }
    return result;
}

} // namespace jointly::monitoring
