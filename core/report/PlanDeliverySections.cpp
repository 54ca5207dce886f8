// The plan report's sections on delivery: risks with their heat map, and
// actions and milestones.
#include "monitoring/Delivery.h"
#include "partnership/PartnershipKinds.h"
#include "planning/PlanningKinds.h"
#include "quantities/WorkingDays.h"
#include "records/FieldInput.h"
#include "records/RecordStore.h"
#include "report/PlanReportSections.h"
#include "report/RecordTable.h"
#include "report/ReportBuilder.h"

#include <algorithm>
#include <array>
#include <map>

namespace jointly::report {

namespace {

// The bands of a risk's score (likelihood times impact), as the window's
// heat map draws them, in words rather than colours.
std::string bandOf(std::int64_t score) {
    if (score >= 15) {
        return "high";
    }
    return score >= 5 ? "medium" : "low";
}

} // namespace

void writeRisksSection(ReportBuilder& report, storage::Database& db) {
    auto& html = report.html();
    const auto& risks = planning::risk();
    const auto all = records::listRecords(db, risks);
    std::array<std::array<int, 5>, 5> counts{};
    struct Scored {
        const records::Record* risk;
        std::int64_t likelihood, impact;
    };
    std::vector<Scored> open;
    std::size_t unscored = 0;
    for (const auto& risk : all) {
        if (risk.text(risks, "status") == "closed") {
            continue;
        }
        const auto likelihood = risk.number(risks, "likelihood", 0);
        const auto impact = risk.number(risks, "impact", 0);
        if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
            ++unscored;
            continue;
        }
        ++counts[static_cast<std::size_t>(likelihood - 1)][static_cast<std::size_t>(impact - 1)];
        open.push_back({&risk, likelihood, impact});
    }
    html.paragraph("Each risk not closed, placed by its likelihood and impact (1 to 5 each). A "
                   "score (likelihood times impact) of 15 or more is high, 5 to 14 medium, under "
                   "5 low.");
    std::vector<std::vector<std::string>> grid;
    for (int likelihood = 5; likelihood >= 1; --likelihood) {
        std::vector<std::string> row = {"Likelihood " + std::to_string(likelihood)};
        for (int impact = 1; impact <= 5; ++impact) {
            const int count = counts[static_cast<std::size_t>(likelihood - 1)]
                                    [static_cast<std::size_t>(impact - 1)];
            const auto band = bandOf(likelihood * impact);
            row.push_back((count == 0 ? std::string("none")
                                      : std::to_string(count) + (count == 1 ? " risk" : " risks")) +
                          " (" + band + ")");
        }
        grid.push_back(std::move(row));
    }
    html.table({"", "Impact 1", "Impact 2", "Impact 3", "Impact 4", "Impact 5"}, grid);
    if (unscored > 0) {
        html.paragraph(std::to_string(unscored) + (unscored == 1 ? " risk is" : " risks are") +
                       " not on the map: likelihood and impact are not both scored.");
    }
    std::stable_sort(open.begin(), open.end(), [](const Scored& a, const Scored& b) {
        return a.likelihood * a.impact > b.likelihood * b.impact;
    });
    const auto owners = records::linkChoices(db, partnership::member());
    std::map<std::int64_t, std::string> ownerNames(owners.begin(), owners.end());
    const auto& statusField =
        risks.fields[static_cast<std::size_t>(records::fieldIndex(risks, "status"))];
    std::vector<std::vector<std::string>> rows;
    for (const auto& scored : open) {
        const auto& risk = *scored.risk;
        const auto score = scored.likelihood * scored.impact;
        const auto owner = risk.number(risks, "owner_member_id", 0);
        rows.push_back({records::nameOf(risks, risk),
                        std::to_string(score) + " (" + std::to_string(scored.likelihood) + " x " +
                            std::to_string(scored.impact) + "), " + bandOf(score),
                        records::formatValue(statusField, risk.value(risks, "status")),
                        owner > 0 ? ownerNames[owner] : std::string("\u2014"),
                        risk.text(risks, "mitigation").empty() ? std::string("\u2014")
                                                               : risk.text(risks, "mitigation")});
    }
    if (rows.empty()) {
        html.paragraph("No open risks.");
    } else {
        html.heading(3, "Open risks, highest score first");
        html.table({"Risk", "Score", "Status", "Owner", "Mitigation"}, rows);
    }
}

void writeActionsSection(ReportBuilder& report, storage::Database& db, const std::string& today) {
    auto& html = report.html();
    // Each plan action's state as at today (procurement and remedial
    // milestones have their own ids and are not in this table).
    std::map<std::int64_t, std::string> when;
    if (!today.empty()) {
        const auto delivery = monitoring::deliveryAsAt(db, today);
        std::size_t overdue = 0;
        std::size_t done = 0;
        std::size_t actionsDue = 0;
        for (const auto& item : delivery.items) {
            if (item.kind == "action") {
                when[item.id] = std::string(monitoring::deliveryWords(item.state));
                ++actionsDue;
                overdue += item.state == monitoring::DeliveryState::Overdue ? 1 : 0;
                done += item.state == monitoring::DeliveryState::Done ? 1 : 0;
            }
        }
        html.paragraph("As at " + quantities::dateInWords(today) + ": " + std::to_string(overdue) +
                       " overdue and " + std::to_string(done) + " done, of " +
                       std::to_string(actionsDue) + (actionsDue == 1 ? " action" : " actions") +
                       " not cancelled.");
    }
    const auto& actions = planning::planAction();
    auto table = recordTable(db, actions,
                             {"description", "milestone", "owner_member_id", "due_on", "status"});
    std::vector<std::int64_t> ids;
    records::forEachRecord(db, actions, [&](const records::Record& action) {
        ids.push_back(action.id);
        return true;
    });
    if (!today.empty()) {
        table.headings.emplace_back("As at today");
        for (std::size_t i = 0; i < table.rows.size() && i < ids.size(); ++i) {
            const auto found = when.find(ids[i]);
            table.rows[i].push_back(found == when.end() ? std::string("\u2014") : found->second);
        }
    }
    // By date due, those without a date last.
    std::stable_sort(table.rows.begin(), table.rows.end(),
                     [](const auto& a, const auto& b) { return a[3] < b[3]; });
    if (table.rows.empty()) {
        html.paragraph("No actions yet.");
    } else {
        html.table(table.headings, table.rows);
    }
}

} // namespace jointly::report
