// The plan report's sections on choices and money: options appraisals,
// investment and disinvestment, the budget and savings.
#include "planning/Appraisal.h"
#include "planning/Pbma.h"
#include "planning/PlanStore.h"
#include "planning/PlanningKinds.h"
#include "planning/Reconciliation.h"
#include "planning/SavingsSplit.h"
#include "quantities/FinancialYear.h"
#include "quantities/Money.h"
#include "quantities/Share.h"
#include "records/RecordStore.h"
#include "report/BarChart.h"
#include "report/PlanReportSections.h"
#include "report/ReportBuilder.h"

#include <map>

namespace jointly::report {

namespace {

using quantities::formatPounds;

void writeAppraisal(ReportBuilder& report, storage::Database& db,
                    const planning::AppraisalSummary& summary) {
    auto& html = report.html();
    html.heading(3, summary.name + " (for \u201c" + summary.priorityName + "\u201d)");
    const auto loaded = planning::loadAppraisal(db, summary.id);
    if (!loaded.ok()) {
        html.paragraph(loaded.error().message);
        return;
    }
    const auto& appraisal = loaded.value().appraisal;
    std::vector<std::string> headings = {"Option"};
    for (const auto& criterion : appraisal.criteria) {
        headings.push_back(criterion.name + " (" +
                           quantities::formatBasisPoints(criterion.weightBp) + ")");
    }
    std::vector<std::vector<std::string>> rows;
    for (std::size_t o = 0; o < appraisal.options.size(); ++o) {
        std::vector<std::string> row = {appraisal.options[o].name +
                                        (appraisal.options[o].doNothing ? " (do nothing)" : "")};
        for (std::size_t c = 0; c < appraisal.criteria.size(); ++c) {
            const auto& score = appraisal.scores[o][c];
            row.push_back(score ? std::to_string(*score) : std::string("Not scored"));
        }
        rows.push_back(std::move(row));
    }
    html.paragraph("Scores from " + std::to_string(appraisal.scale.min) + " to " +
                   std::to_string(appraisal.scale.max) +
                   " against each criterion, its weight in brackets.");
    html.table(headings, rows);
    const auto result = planning::appraise(appraisal);
    if (!result.ok()) {
        html.paragraph(result.error().message);
        return;
    }
    const auto& ranking = result.value().ranking;
    if (!ranking.isFinal) {
        html.paragraph(ranking.notFinalReason);
    }
    if (!ranking.weights.exact) {
        html.paragraph(ranking.weights.sentence);
    }
    std::vector<std::vector<std::string>> ranked;
    BarChart chart;
    chart.title = "Weighted scores: " + summary.name;
    chart.series = {{"Weighted score", {}}};
    for (const auto& option : ranking.ranked) {
        ranked.push_back(
            {option.rankText, appraisal.options[option.option].name, option.totalText});
        chart.categories.push_back(appraisal.options[option.option].name);
        chart.series[0].values.push_back(option.total);
    }
    for (const auto& option : ranking.unranked) {
        ranked.push_back({"Not ranked", appraisal.options[option.option].name, option.reason});
    }
    html.table({"Rank", "Option", "Weighted score"}, ranked);
    if (!chart.categories.empty()) {
        chart.label = [](std::int64_t total) {
            return planning::formatTotal(total);
        };
        chart.height = 320;
        report.chart(barChartSvg(chart), chart.width, chart.height,
                     "The weighted score of each ranked option, highest first.");
    }
    const auto& sensitivity = result.value().sensitivity;
    html.heading(4, "Sensitivity to the weights");
    if (!sensitivity.reason.empty()) {
        html.paragraph(sensitivity.reason);
        return;
    }
    std::vector<std::string> lines;
    for (const auto& criterion : sensitivity.criteria) {
        lines.push_back(criterion.rise.sentence);
        lines.push_back(criterion.fall.sentence);
    }
    html.bulletList(lines);
}

std::vector<std::vector<std::string>> proposalRows(const std::vector<planning::Proposal>& ranked) {
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        rows.push_back({std::to_string(i + 1), ranked[i].name, planning::tierName(ranked[i].tier),
                        formatPounds(ranked[i].amountPence), std::to_string(ranked[i].benefit)});
    }
    return rows;
}

std::string riskShareWords(const planning::RiskShareRule& rule) {
    if (rule.kind == planning::RiskShareKind::Fixed && rule.fixedShares.empty()) {
        return "The agreement shares an overspend or underspend of the pooled fund in fixed "
               "parts, but no partner's part is set yet: set each partner's fixed share on the "
               "Partnership page.";
    }
    if (rule.kind == planning::RiskShareKind::Fixed) {
        std::string words = "An overspend or underspend of the pooled fund is shared in fixed "
                            "parts agreed by the partners:";
        for (const auto& share : rule.fixedShares) {
            words += " " + share.partnerName + " " +
                     quantities::formatBasisPoints(share.basisPoints) + ";";
        }
        words.back() = '.';
        return words;
    }
    return rule.basis == planning::ProportionalBasis::PooledOnly
               ? "An overspend or underspend of the pooled fund is shared in proportion to what "
                 "each partner puts into the pooled fund that year."
               : "An overspend or underspend of the pooled fund is shared in proportion to what "
                 "each partner puts in that year, pooled and aligned.";
}

} // namespace

void writeOptionsSection(ReportBuilder& report, storage::Database& db) {
    const auto appraisals = planning::listAppraisals(db);
    if (appraisals.empty()) {
        report.html().paragraph("No options appraisals yet.");
    }
    for (const auto& summary : appraisals) {
        writeAppraisal(report, db, summary);
    }
}

void writeInvestmentSection(ReportBuilder& report, storage::Database& db) {
    auto& html = report.html();
    const auto proposals = planning::loadProposals(db);
    html.paragraph("Ranked by programme budgeting and marginal analysis: investments by benefit "
                   "gained per pound, disinvestments by the least benefit lost per pound saved.");
    html.heading(3, "Investments");
    const auto invest = planning::rankInvestments(proposals);
    if (!invest.ok()) {
        html.paragraph(invest.error().message);
    } else if (invest.value().empty()) {
        html.paragraph("No investments proposed.");
    } else {
        html.table({"Rank", "Proposal", "Tier", "Cost a year", "Benefit"},
                   proposalRows(invest.value()));
    }
    html.heading(3, "Disinvestments");
    const auto disinvest = planning::rankDisinvestments(proposals);
    if (!disinvest.ok()) {
        html.paragraph(disinvest.error().message);
    } else if (disinvest.value().empty()) {
        html.paragraph("No disinvestments proposed.");
    } else {
        html.table({"Rank", "Proposal", "Tier", "Saving a year", "Benefit lost"},
                   proposalRows(disinvest.value()));
    }
}

void writeBudgetSection(ReportBuilder& report, storage::Database& db) {
    auto& html = report.html();
    const auto years = quantities::yearsFrom(planning::baseYear(db), quantities::YearSpan::Three);
    BarChart chart;
    chart.title = "Contributions by partner and year";
    std::map<std::int64_t, std::size_t> seriesOf;
    for (std::size_t y = 0; y < years.size(); ++y) {
        const auto yearText = quantities::formatFinancialYear(years[y]);
        chart.categories.push_back(yearText);
        html.heading(3, yearText);
        const auto reconciliation = planning::loadReconciliation(db, years[y]);
        if (!reconciliation.ok()) {
            html.paragraph(reconciliation.error().message);
            continue;
        }
        const auto& year = reconciliation.value();
        std::vector<std::vector<std::string>> rows;
        for (const auto& partner : year.partners) {
            rows.push_back({partner.partnerName, formatPounds(partner.pooledPence),
                            formatPounds(partner.alignedPence), formatPounds(partner.totalPence)});
            auto found = seriesOf.find(partner.partnerId);
            if (found == seriesOf.end()) {
                found = seriesOf.emplace(partner.partnerId, chart.series.size()).first;
                chart.series.push_back({partner.partnerName, {}});
            }
            auto& values = chart.series[found->second].values;
            values.resize(years.size());
            values[y] = partner.totalPence;
        }
        rows.push_back({"All partners", formatPounds(year.pooledPence),
                        formatPounds(year.alignedPence), formatPounds(year.contributedPence)});
        html.table({"Partner", "Pooled", "Aligned", "Total"}, rows);
        html.labelled("Allocated", formatPounds(year.allocatedPence));
        html.paragraph(year.sentence);
        if (const auto variance = planning::forecastVariance(db, years[y])) {
            const auto portions =
                planning::shareVariance(*variance, planning::loadRiskShareRule(db), year);
            if (portions.ok()) {
                std::vector<std::string> lines;
                for (const auto& portion : portions.value()) {
                    lines.push_back(planning::describePortion(portion, *variance, years[y]));
                }
                html.labelled("Forecast variance", formatPounds(*variance));
                html.bulletList(lines);
            } else {
                html.paragraph(portions.error().message);
            }
        }
    }
    for (auto& series : chart.series) {
        series.values.resize(years.size());
    }
    if (!chart.series.empty()) {
        chart.label = [](std::int64_t pence) {
            return formatPounds(pence);
        };
        chart.height = 360 + 20 * static_cast<int>(chart.series.size());
        report.chart(barChartSvg(chart), chart.width, chart.height,
                     "What each partner puts in, pooled and aligned, in each of the three years.");
    }
    html.heading(3, "Risk share");
    html.paragraph(riskShareWords(planning::loadRiskShareRule(db)));
}

void writeSavingsSection(ReportBuilder& report, storage::Database& db) {
    auto& html = report.html();
    const auto years = quantities::yearsFrom(planning::baseYear(db), quantities::YearSpan::Three);
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> sentences;
    for (const auto year : years) {
        const auto split = planning::loadSavingsSplit(db, year);
        if (!split.ok()) {
            sentences.push_back(split.error().message);
            continue;
        }
        const auto& savings = split.value();
        rows.push_back({quantities::formatFinancialYear(year), formatPounds(savings.targetPence),
                        formatPounds(savings.plannedPence), formatPounds(savings.realisedPence)});
        sentences.push_back(savings.sentence);
        if (!savings.problem.empty()) {
            sentences.push_back(savings.problem);
        }
    }
    html.table({"Year", "Target", "Planned", "Realised"}, rows);
    html.bulletList(sentences);
    const auto first = planning::loadSavingsSplit(db, years.front());
    if (first.ok() && !first.value().partners.empty()) {
        html.heading(3,
                     "Who makes the savings of " + quantities::formatFinancialYear(years.front()));
        std::vector<std::vector<std::string>> partners;
        for (const auto& partner : first.value().partners) {
            partners.push_back({partner.partnerName, formatPounds(partner.jointPence),
                                formatPounds(partner.ownPence), formatPounds(partner.totalPence)});
        }
        html.table({"Partner", "Its part of joint schemes", "Schemes it leads", "Total"}, partners);
    }
}

} // namespace jointly::report
