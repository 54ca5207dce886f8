#include "monitoring/DashboardReport.h"

#include "monitoring/DashboardSections.h"

#include "monitoring/ContractPerformance.h"
#include "monitoring/KpiBoard.h"
#include "monitoring/KpiChart.h"
#include "monitoring/KpiRecord.h"
#include "monitoring/Rag.h"
#include "monitoring/YearAtAGlance.h"
#include "quantities/WorkingDays.h"
#include "storage/Database.h"
#include "util/HtmlWriter.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace jointly::monitoring {

namespace {

std::string orDash(const std::string& text) {
    return text.empty() ? std::string("\u2014") : text;
}

std::string latestWords(const KpiStatus& kpi) {
    return kpi.latest ? kpi.latestPeriod + ": " + valueWords(*kpi.latest, kpi.unit)
                      : std::string("No figures");
}

// "● Green", "▲ Amber", "■ Red": a shape beside the word, as on the screen.
std::string ragCell(const KpiStatus& kpi) {
    if (!kpi.rag) {
        return "None";
    }
    switch (kpi.rag->rag) {
    case Rag::Green:
        return "\u25CF Green";
    case Rag::Amber:
        return "\u25B2 Amber";
    case Rag::Red:
        break;
    }
    return "\u25A0 Red";
}

std::string kpiName(const std::string& name) {
    return name.empty() ? std::string("Unnamed KPI") : name;
}

// One line per KPI in whole sentences: its RAG and both icons, any breach,
// the rules its chart follows, its rebases and the annotations on it.
std::string kpiSentences(const KpiRecord& kpi, const KpiStatus& status) {
    std::string line = kpiName(kpi.name);
    line += kpi.contract.empty() ? (kpi.outcome.empty() ? std::string() : " (" + kpi.outcome + ")")
                                 : " (" + kpi.contract + ")";
    line += ". " + (status.rag ? status.rag->sentence
                               : std::string(status.latest ? "No RAG: no target, or neither "
                                                             "direction is better."
                                                           : "No figures yet."));
    if (status.variation) {
        line += " " + variationWords(*status.variation) + ".";
    }
    if (status.assurance) {
        line += " " + assuranceWords(*status.assurance) + ".";
    }
    if (status.breached) {
        line += " " + status.breach;
    }
    line += " Charted with the " + std::string(ruleSetName(status.rules)) + " rules.";
    for (const auto& rebase : kpi.rebases) {
        line += " Limits worked out again from " + rebase.period +
                (rebase.reason.empty() ? std::string(".") : ": " + rebase.reason);
    }
    for (const auto& note : kpi.notes) {
        line += " " + note.period + ": " + note.note;
    }
    if (status.missing > 0) {
        line += " " + std::to_string(status.missing) +
                (status.missing == 1 ? " period has" : " periods have") + " no figure.";
    }
    return line;
}

} // namespace

void writeKpiTable(util::HtmlWriter& html, const std::vector<KpiRecord>& kpis,
                   const std::vector<KpiStatus>& board, std::string_view number) {
    html.heading(2, std::string(number) + "KPIs");
    if (board.empty()) {
        html.paragraph("No KPIs yet.");
        return;
    }
    std::vector<std::vector<std::string>> rows;
    for (const auto& kpi : board) {
        rows.push_back({kpiName(kpi.name), latestWords(kpi),
                        kpi.target ? valueWords(*kpi.target, kpi.unit) : std::string("None"),
                        ragCell(kpi),
                        kpi.variation ? std::string(variationShortWords(*kpi.variation))
                                      : std::string("No icon"),
                        kpi.assurance ? std::string(assuranceShortWords(*kpi.assurance))
                                      : std::string("No icon")});
    }
    html.table({"KPI", "Latest", "Target", "RAG", "Variation (SPC)", "Assurance (SPC)"}, rows);
    html.heading(3, "What each KPI shows");
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < kpis.size() && i < board.size(); ++i) {
        lines.push_back(kpiSentences(kpis[i], board[i]));
    }
    html.bulletList(lines);
    // Each rule set used, said once.
    std::vector<std::string> rules;
    for (auto set : {RuleSet::NhsEngland, RuleSet::PlotTheDots}) {
        if (std::any_of(board.begin(), board.end(),
                        [set](const KpiStatus& kpi) { return kpi.rules == set; })) {
            rules.push_back(ruleSetWords(set));
        }
    }
    html.heading(3, "How the charts are read");
    html.bulletList(rules);
}

void writeYearAtAGlance(util::HtmlWriter& html, const YearAtAGlance& glance,
                        std::string_view number) {
    html.heading(2, std::string(number) + "The year at a glance, " + glance.yearText);
    html.labelled("Budget", glance.budget);
    if (!glance.partners.empty()) {
        html.bulletList(glance.partners);
    }
    html.labelled("Savings realised", glance.savings);
    if (!glance.savingsShares.empty()) {
        html.bulletList(glance.savingsShares);
    }
    html.labelled("Risks scoring " + std::to_string(kRiskShownFrom) + " or more",
                  glance.risks.empty() ? std::string("None.") : std::string());
    if (!glance.risks.empty()) {
        html.bulletList(glance.risks);
    }
    html.labelled("Delivery", glance.delivery.sentence);
    std::vector<std::string> overdue;
    for (const auto& item : glance.delivery.items) {
        if (item.state == DeliveryState::Overdue) {
            overdue.push_back(item.sentence);
        }
    }
    if (!overdue.empty()) {
        html.bulletList(overdue);
    }
    html.labelled("Contracts due notice or an extension decision",
                  glance.contracts.empty() ? std::string("None.") : std::string());
    if (!glance.contracts.empty()) {
        html.bulletList(glance.contracts);
    }
}

void writeContractPerformance(util::HtmlWriter& html,
                              const std::vector<ContractPerformance>& contracts,
                              std::string_view number) {
    html.heading(2, std::string(number) + "Contract performance");
    if (contracts.empty()) {
        html.paragraph("No contracts yet.");
        return;
    }
    std::vector<std::string> lines;
    for (const auto& contract : contracts) {
        std::string line =
            (contract.name.empty() ? std::string("Unnamed contract") : contract.name);
        if (!contract.provider.empty()) {
            line += " (" + contract.provider + ")";
        }
        line += ": " + contract.sentence;
        for (const auto& notice : contract.notices) {
            if (notice.open) {
                auto status = notice.statusWords;
                status[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(status[0])));
                line += " Performance notice of " + orDash(notice.issuedOn) + " (" + status + ")" +
                        (notice.requirement.empty() ? std::string(".") : ": " + notice.requirement);
            }
        }
        lines.push_back(std::move(line));
    }
    html.bulletList(lines);
}

std::string dashboardHtml(storage::Database& db, std::string_view today) {
    auto name = db.prepare("SELECT name FROM partnership WHERE id = 1");
    const std::string partnership = name.step() ? name.text(0) : std::string();
    const auto kpis = readKpis(db);
    std::vector<KpiStatus> board;
    board.reserve(kpis.size());
    for (const auto& kpi : kpis) {
        board.push_back(statusOf(kpi, chartOf(kpi)));
    }
    const auto glance = yearAtAGlance(db, today);
    const auto contracts = contractPerformance(db, today);

    util::HtmlWriter html("Partnership dashboard");
    html.heading(1, (partnership.empty() ? std::string("The partnership") : partnership) +
                        ": dashboard");
    html.paragraph("As at " + quantities::dateInWords(today) +
                   ". RAG compares the latest figure with its target and tolerance; the SPC "
                   "icons say whether the variation is common or special cause and whether the "
                   "target will be met reliably. Each is given in words.");
    writeKpiTable(html, kpis, board);
    writeYearAtAGlance(html, glance);
    writeContractPerformance(html, contracts);
    html.note("Made by Jointly from the partnership's project file.");
    return html.finish();
}

} // namespace jointly::monitoring
