#include "report/MonitoringReport.h"

#include "monitoring/ContractPerformance.h"
#include "monitoring/DashboardSections.h"
#include "monitoring/KpiBoard.h"
#include "monitoring/KpiChart.h"
#include "monitoring/OutcomeReview.h"
#include "monitoring/Rag.h"
#include "monitoring/SpcChart.h"
#include "monitoring/YearAtAGlance.h"
#include "planning/SavingsSplit.h"
#include "quantities/FinancialYear.h"
#include "quantities/Money.h"
#include "quantities/WorkingDays.h"
#include "report/ReportBuilder.h"
#include "report/SpcChartDrawing.h"

#include <cmath>

namespace jointly::report {

namespace {

const std::string kDash = "\u2014";

std::string hundredthsWords(const std::optional<std::int64_t>& value, const std::string& unit) {
    return value ? monitoring::valueWords(*value, unit) : kDash;
}

void kpiCharts(ReportBuilder& report, const std::vector<monitoring::KpiRecord>& kpis,
               const std::vector<monitoring::KpiStatus>& board) {
    auto& html = report.html();
    if (kpis.empty()) {
        html.paragraph("No KPIs yet.");
        return;
    }
    for (std::size_t i = 0; i < kpis.size() && i < board.size(); ++i) {
        const auto& kpi = kpis[i];
        const auto& status = board[i];
        const auto name = kpi.name.empty() ? std::string("Unnamed KPI") : kpi.name;
        html.heading(3, name);
        const auto chart = monitoring::chartOf(kpi);
        if (chart.periods.empty()) {
            html.paragraph("No figures yet.");
            continue;
        }
        SpcDrawing drawing;
        drawing.title = name;
        const auto unit = kpi.unit;
        drawing.label = [unit](double value) {
            return monitoring::valueWords(static_cast<std::int64_t>(std::llround(value * 100)),
                                          unit);
        };
        report.chart(spcChartSvg(chart, drawing), drawing.width, drawing.height,
                     "The SPC chart of " + name + " from " + chart.periods.front() + " to " +
                         chart.periods.back() + ".");
        std::vector<std::string> lines;
        lines.push_back("RAG: " + (status.rag ? status.rag->sentence : std::string("none.")));
        if (status.variation) {
            lines.push_back("Variation: " + monitoring::variationWords(*status.variation) + ".");
        }
        if (status.assurance) {
            lines.push_back("Assurance: " + monitoring::assuranceWords(*status.assurance) + ".");
        }
        if (!chart.chart.problem.empty()) {
            lines.push_back(chart.chart.problem);
        }
        for (const auto& problem : chart.problems) {
            lines.push_back(problem);
        }
        html.bulletList(lines);
        std::vector<std::string> notes;
        for (std::size_t p = 0; p < chart.notes.size() && p < chart.periods.size(); ++p) {
            if (!chart.notes[p].empty()) {
                notes.push_back("[" + std::to_string(notes.size() + 1) + "] " + chart.periods[p] +
                                ": " + chart.notes[p]);
            }
        }
        if (!notes.empty()) {
            html.heading(4, "Annotations");
            html.bulletList(notes);
        }
    }
}

void savingsRealised(util::HtmlWriter& html, storage::Database& db, const std::string& today) {
    const auto year = quantities::financialYearContaining(today);
    if (!year.ok()) {
        html.paragraph(year.error().message);
        return;
    }
    const auto split =
        planning::loadSavingsSplit(db, year.value(), planning::SavingsMeasure::Realised);
    if (!split.ok()) {
        html.paragraph(split.error().message);
        return;
    }
    const auto& savings = split.value();
    html.paragraph(savings.sentence);
    if (!savings.problem.empty()) {
        html.paragraph(savings.problem);
    }
    std::vector<std::vector<std::string>> rows;
    for (const auto& partner : savings.partners) {
        rows.push_back({partner.partnerName, quantities::formatPounds(partner.jointPence),
                        quantities::formatPounds(partner.ownPence),
                        quantities::formatPounds(partner.totalPence)});
    }
    if (!rows.empty()) {
        html.table({"Partner", "Its part of joint schemes", "Schemes it leads", "Realised"}, rows);
    }
}

void outcomeReview(util::HtmlWriter& html, storage::Database& db, const std::string& today) {
    const auto reviews = monitoring::reviewOutcomes(db, today);
    if (reviews.empty()) {
        html.paragraph("No outcomes yet.");
    }
    for (const auto& outcome : reviews) {
        html.heading(3, outcome.name);
        html.paragraph(outcome.sentence);
        std::vector<std::vector<std::string>> rows;
        for (const auto& measure : outcome.measures) {
            rows.push_back({measure.name, hundredthsWords(measure.baseline, measure.unit),
                            hundredthsWords(measure.target, measure.unit),
                            measure.latest ? monitoring::valueWords(*measure.latest, measure.unit) +
                                                 " (" + measure.latestPeriod + ")"
                                           : kDash,
                            std::string(monitoring::trackWords(measure.track))});
        }
        if (!rows.empty()) {
            html.table({"Measure", "Baseline", "Target", "Latest", "Track"}, rows);
        }
    }
}

} // namespace

Outcome<Report> monitoringReport(storage::Database& db, const MonitoringReportOptions& options,
                                 const ReportProgress& progress) {
    ReportBuilder report("Monitoring report", partnershipName(db), options.generatedOn);
    const std::vector<std::string> contents = {
        "KPIs",           "Each KPI's SPC chart", "Savings realised",
        "Outcome review", "The year at a glance", "Contract performance"};
    report.titlePage("How the partnership's commissioning is doing, as at " +
                         quantities::dateInWords(options.today) + ".",
                     contents);
    const auto kpis = monitoring::readKpis(db);
    std::vector<monitoring::KpiStatus> board;
    for (const auto& kpi : kpis) {
        board.push_back(monitoring::statusOf(kpi, monitoring::chartOf(kpi)));
    }
    auto& html = report.html();
    for (std::size_t i = 0; i < contents.size(); ++i) {
        if (progress && !progress(i, contents.size())) {
            return Error{ErrorKind::Cancelled, "The report was cancelled; nothing was written."};
        }
        // The dashboard's parts bring their own headings.
        const auto number = std::to_string(i + 1) + ". ";
        if (i >= 1 && i <= 3) {
            html.heading(2, number + contents[i]);
        }
        switch (i) {
        case 0:
            monitoring::writeKpiTable(html, kpis, board, number);
            break;
        case 1:
            kpiCharts(report, kpis, board);
            break;
        case 2:
            savingsRealised(html, db, options.today);
            break;
        case 3:
            outcomeReview(html, db, options.today);
            break;
        case 4:
            monitoring::writeYearAtAGlance(html, monitoring::yearAtAGlance(db, options.today),
                                           number);
            break;
        default:
            monitoring::writeContractPerformance(
                html, monitoring::contractPerformance(db, options.today), number);
        }
    }
    return report.finish();
}

} // namespace jointly::report
