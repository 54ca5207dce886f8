// The plan report's sections on who the partnership is and what it found:
// the partnership, needs, outcomes and priorities.
#include "needs/ComparatorDescription.h"
#include "needs/IndicatorSeries.h"
#include "needs/NeedsKinds.h"
#include "needs/Statistics.h"
#include "partnership/PartnershipKinds.h"
#include "planning/PlanningKinds.h"
#include "quantities/Decimal.h"
#include "records/FieldInput.h"
#include "records/RecordStore.h"
#include "report/BarChart.h"
#include "report/PlanReportSections.h"
#include "report/RecordTable.h"
#include "report/ReportBuilder.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace jointly::report {

namespace {

constexpr std::size_t kNeedsCharts = 4;  // the worst few, charted
constexpr std::size_t kChartPeriods = 8; // the latest periods of each

std::string decimalText(double value, int decimals) {
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", std::clamp(decimals, 0, 6), value);
    return text;
}

std::string orDash(std::string text) {
    return text.empty() ? std::string("\u2014") : text;
}

std::map<std::int64_t, std::string> namesOf(storage::Database& db,
                                            const records::RecordKind& kind) {
    std::map<std::int64_t, std::string> names;
    for (auto& [id, name] : records::linkChoices(db, kind)) {
        names[id] = std::move(name);
    }
    return names;
}

void addTable(ReportBuilder& report, const RecordTable& table, const std::string& none) {
    if (table.rows.empty()) {
        report.html().paragraph(none);
    } else {
        report.html().table(table.headings, table.rows);
    }
}

// The area's values against the comparator's for the latest periods of one
// series, as a bar chart: the exact values scaled to whole units of the
// indicator's last decimal place.
void chartSeries(ReportBuilder& report, storage::Database& db, const needs::JudgedValue& worst) {
    std::vector<needs::JudgedValue> series;
    needs::forEachJudgedValue(db,
                              [&](const needs::JudgedValue& value) {
                                  if (value.areaCode == worst.areaCode && value.sex == worst.sex &&
                                      value.age == worst.age && value.category == worst.category) {
                                      series.push_back(value);
                                  }
                                  return true;
                              },
                              worst.indicatorId, {worst.areaCode});
    if (series.size() > kChartPeriods) {
        series.erase(series.begin(), series.end() - static_cast<std::ptrdiff_t>(kChartPeriods));
    }
    const int decimals = std::clamp(worst.decimals, 0, 6);
    const double scale = std::pow(10.0, decimals);
    const auto scaled = [&](const std::optional<double>& value) -> std::optional<std::int64_t> {
        if (!value) {
            return std::nullopt;
        }
        return static_cast<std::int64_t>(std::llround(*value * scale));
    };
    BarChart chart;
    chart.title = worst.indicatorName;
    chart.series = {{worst.areaName.empty() ? worst.areaCode : worst.areaName, {}},
                    {"Comparator (" + worst.comparatorCode + ")", {}}};
    for (const auto& value : series) {
        chart.categories.push_back(value.period);
        chart.series[0].values.push_back(scaled(value.value));
        chart.series[1].values.push_back(scaled(value.comparatorValue));
    }
    chart.label = [scale, decimals](std::int64_t units) {
        return decimalText(static_cast<double>(units) / scale, decimals);
    };
    chart.width = 640;
    chart.height = 300;
    report.chart(barChartSvg(chart), chart.width, chart.height,
                 worst.indicatorName + ": " + chart.series[0].name +
                     " against the comparator over the latest " + std::to_string(series.size()) +
                     " periods.");
}

} // namespace

void writePartnershipSection(ReportBuilder& report, storage::Database& db) {
    auto& html = report.html();
    const auto& profile = partnership::profile();
    if (const auto record = records::findRecord(db, profile, 1)) {
        for (const auto column : {"aims", "area", "population_served"}) {
            const auto& field =
                profile.fields[static_cast<std::size_t>(records::fieldIndex(profile, column))];
            const auto text = records::formatValue(field, record->value(profile, column));
            if (!text.empty()) {
                html.labelled(std::string(field.label), text);
            }
        }
    }
    const auto& agreement = partnership::agreement();
    if (const auto record = records::findRecord(db, agreement, 1)) {
        for (const auto column :
             {"agreement_kind", "legal_basis", "host_partner_id", "risk_share_rule"}) {
            const int index = records::fieldIndex(agreement, column);
            if (index < 0) {
                continue;
            }
            const auto& field = agreement.fields[static_cast<std::size_t>(index)];
            std::string text;
            if (field.type == records::FieldType::Link) {
                const auto id = record->number(agreement, column, 0);
                text = id > 0 ? namesOf(db, partnership::partnerOrganisation())[id] : "";
            } else {
                text = records::formatValue(field, record->values[static_cast<std::size_t>(index)]);
            }
            if (!text.empty()) {
                html.labelled(std::string(field.label), text);
            }
        }
    }
    html.heading(3, "Partners");
    addTable(report,
             recordTable(db, partnership::partnerOrganisation(),
                         {"name", "org_type", "role", "annual_contribution_pence"}),
             "No partners yet.");
    html.heading(3, "Members");
    addTable(
        report,
        recordTable(db, partnership::member(), {"name", "partner_id", "role", "can_commit_budget"}),
        "No members yet.");
}

void writeNeedsSection(ReportBuilder& report, storage::Database& db) {
    auto& html = report.html();
    std::vector<std::string> ownAreas;
    const auto& areas = needs::needsArea();
    for (const auto& area : records::listRecords(db, areas)) {
        if (area.text(areas, "role") == "own" && !area.text(areas, "code").empty()) {
            ownAreas.push_back(area.text(areas, "code"));
        }
    }
    const auto worse = needs::worseAndGettingWorse(db, ownAreas);
    html.paragraph(needs::describeComparator(db, needs::judgementSettings(db).comparatorCode) +
                   " The latest value of each indicator that is significantly worse than the "
                   "comparator and whose recent trend is getting worse.");
    if (worse.empty()) {
        html.paragraph("No indicator is both worse than the comparator and getting worse.");
    } else {
        std::vector<std::vector<std::string>> rows;
        for (const auto& value : worse) {
            rows.push_back(
                {value.indicatorName, orDash(value.areaName), value.period,
                 value.value ? decimalText(*value.value, value.decimals) : std::string("\u2014"),
                 value.comparatorValue ? decimalText(*value.comparatorValue, value.decimals)
                                       : std::string("\u2014"),
                 needs::describeSignificance(value.significance), needs::trendWords(value)});
        }
        html.table(
            {"Indicator", "Area", "Period", "Value", "Comparator", "Compared", "Recent trend"},
            rows);
        std::vector<std::int64_t> charted;
        for (const auto& value : worse) {
            if (charted.size() == kNeedsCharts) {
                break;
            }
            if (std::find(charted.begin(), charted.end(), value.indicatorId) == charted.end()) {
                charted.push_back(value.indicatorId);
                chartSeries(report, db, value);
            }
        }
    }
    html.heading(3, "Needs statements");
    addTable(report,
             recordTable(db, needs::needsStatement(), {"statement", "care_group_id", "severity"}),
             "No needs statements yet.");
}

void writeOutcomesSection(ReportBuilder& report, storage::Database& db) {
    auto& html = report.html();
    const auto& outcomes = planning::outcome();
    const auto& measures = planning::outcomeMeasure();
    const auto& targets = planning::measureTarget();
    const auto yearField =
        targets.fields[static_cast<std::size_t>(records::fieldIndex(targets, "year"))];
    std::map<std::int64_t, std::vector<std::pair<std::int64_t, std::int64_t>>> trajectory;
    records::forEachRecord(db, targets, [&](const records::Record& target) {
        if (!target.isEmpty(targets, "target_hundredths")) {
            trajectory[target.number(targets, "measure_id")].emplace_back(
                target.number(targets, "year"), target.number(targets, "target_hundredths"));
        }
        return true;
    });
    const auto allMeasures = records::listRecords(db, measures);
    const auto list = records::listRecords(db, outcomes);
    if (list.empty()) {
        html.paragraph("No outcomes yet.");
    }
    for (const auto& outcome : list) {
        html.heading(3, records::nameOf(outcomes, outcome));
        if (!outcome.text(outcomes, "description").empty()) {
            html.paragraph(outcome.text(outcomes, "description"));
        }
        std::vector<std::vector<std::string>> rows;
        for (const auto& measure : allMeasures) {
            if (measure.number(measures, "outcome_id") != outcome.id) {
                continue;
            }
            auto years = trajectory[measure.id];
            std::sort(years.begin(), years.end());
            std::string path;
            for (const auto& [year, target] : years) {
                path += (path.empty() ? "" : "; ") +
                        records::formatValue(yearField, records::FieldValue(year)) + ": " +
                        quantities::formatHundredths(target);
            }
            rows.push_back({records::nameOf(measures, measure),
                            orDash(measure.text(measures, "unit")),
                            measure.isEmpty(measures, "baseline_hundredths")
                                ? std::string("\u2014")
                                : quantities::formatHundredths(
                                      measure.number(measures, "baseline_hundredths")),
                            orDash(path)});
        }
        if (rows.empty()) {
            html.paragraph("No measures yet.");
        } else {
            html.table({"Measure", "Unit", "Baseline", "Trajectory (target by year)"}, rows);
        }
    }
}

void writePrioritiesSection(ReportBuilder& report, storage::Database& db) {
    const auto& priorities = planning::priority();
    const auto& evidence = needs::statementEvidence();
    // Each needs statement in full, not cut short as a name.
    std::map<std::int64_t, std::string> statements;
    records::forEachRecord(db, needs::needsStatement(), [&](const records::Record& statement) {
        statements[statement.id] = statement.text(needs::needsStatement(), "statement");
        return true;
    });
    // What each needs statement rests on, in words: "Indicator: Falls
    // admissions (note)".
    std::map<std::int64_t, std::vector<std::string>> grounds;
    std::map<std::string, std::map<std::int64_t, std::string>> linked;
    for (const auto& field : evidence.fields) {
        if (field.type == records::FieldType::Link && field.linksTo != nullptr &&
            field.column != "statement_id") {
            linked[std::string(field.column)] = namesOf(db, field.linksTo());
        }
    }
    records::forEachRecord(db, evidence, [&](const records::Record& row) {
        std::string words;
        for (const auto& field : evidence.fields) {
            const auto names = linked.find(std::string(field.column));
            if (names != linked.end() && !row.isEmpty(evidence, field.column)) {
                words += (words.empty() ? "" : "; ") + std::string(field.label) + ": " +
                         names->second[row.number(evidence, field.column)];
            }
        }
        if (!row.text(evidence, "note").empty()) {
            words += (words.empty() ? "" : " \u2014 ") + row.text(evidence, "note");
        }
        grounds[row.number(evidence, "statement_id")].push_back(words);
        return true;
    });
    auto list = records::listRecords(db, priorities);
    std::stable_sort(list.begin(), list.end(), [&](const auto& a, const auto& b) {
        return a.number(priorities, "rank", 1'000'000) < b.number(priorities, "rank", 1'000'000);
    });
    if (list.empty()) {
        report.html().paragraph("No priorities yet.");
        return;
    }
    auto& html = report.html();
    for (const auto& priority : list) {
        const auto statement = priority.number(priorities, "statement_id", 0);
        html.heading(
            3, (priority.isEmpty(priorities, "rank")
                    ? std::string("Priority: ")
                    : "Priority " + std::to_string(priority.number(priorities, "rank")) + ": ") +
                   records::nameOf(priorities, priority));
        html.labelled("Needs statement",
                      statement > 0 ? orDash(statements[statement]) : std::string("None linked"));
        if (!priority.text(priorities, "rationale").empty()) {
            html.labelled("Rationale", priority.text(priorities, "rationale"));
        }
        const auto& because = grounds[statement];
        html.labelled("Evidence", because.empty() || statement == 0 ? "None linked." : "");
        if (!because.empty() && statement > 0) {
            html.bulletList(because);
        }
    }
}

} // namespace jointly::report
