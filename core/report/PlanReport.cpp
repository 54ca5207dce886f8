#include "report/PlanReport.h"

#include "report/PlanReportSections.h"
#include "report/ReportBuilder.h"

#include <algorithm>
#include <array>

namespace jointly::report {

namespace {

struct SectionName {
    PlanSection section;
    std::string_view key;
    std::string_view title;
};

constexpr std::array<SectionName, 10> kSections = {{
    {PlanSection::Partnership, "partnership", "The partnership"},
    {PlanSection::Needs, "needs", "Needs: worse than the comparator and getting worse"},
    {PlanSection::Outcomes, "outcomes", "Outcomes and trajectories"},
    {PlanSection::Priorities, "priorities", "Priorities and their evidence"},
    {PlanSection::Options, "options", "Options appraisals"},
    {PlanSection::Investment, "investment", "Investment and disinvestment"},
    {PlanSection::Budget, "budget", "Budget by partner and year"},
    {PlanSection::Savings, "savings", "Savings"},
    {PlanSection::Risks, "risks", "Risks"},
    {PlanSection::Actions, "actions", "Actions and milestones"},
}};

void writeSection(PlanSection section, ReportBuilder& report, storage::Database& db,
                  const PlanReportOptions& options) {
    switch (section) {
    case PlanSection::Partnership:
        return writePartnershipSection(report, db);
    case PlanSection::Needs:
        return writeNeedsSection(report, db);
    case PlanSection::Outcomes:
        return writeOutcomesSection(report, db);
    case PlanSection::Priorities:
        return writePrioritiesSection(report, db);
    case PlanSection::Options:
        return writeOptionsSection(report, db);
    case PlanSection::Investment:
        return writeInvestmentSection(report, db);
    case PlanSection::Budget:
        return writeBudgetSection(report, db);
    case PlanSection::Savings:
        return writeSavingsSection(report, db);
    case PlanSection::Risks:
        return writeRisksSection(report, db);
    case PlanSection::Actions:
        return writeActionsSection(report, db, options.today);
    }
}

} // namespace

std::vector<PlanSection> allPlanSections() {
    std::vector<PlanSection> all;
    for (const auto& each : kSections) {
        all.push_back(each.section);
    }
    return all;
}

std::string_view planSectionKey(PlanSection section) {
    for (const auto& each : kSections) {
        if (each.section == section) {
            return each.key;
        }
    }
    return {};
}

std::optional<PlanSection> planSectionOf(std::string_view key) {
    for (const auto& each : kSections) {
        if (each.key == key) {
            return each.section;
        }
    }
    return std::nullopt;
}

std::string planSectionTitle(PlanSection section) {
    for (const auto& each : kSections) {
        if (each.section == section) {
            return std::string(each.title);
        }
    }
    return {};
}

Outcome<std::vector<PlanSection>> planSectionsOf(std::string_view keys) {
    std::vector<PlanSection> chosen;
    std::size_t start = 0;
    while (start <= keys.size()) {
        const auto comma = keys.find(',', start);
        auto key = keys.substr(start, comma == std::string_view::npos ? keys.npos : comma - start);
        while (!key.empty() && key.front() == ' ') {
            key.remove_prefix(1);
        }
        while (!key.empty() && key.back() == ' ') {
            key.remove_suffix(1);
        }
        if (!key.empty()) {
            const auto section = planSectionOf(key);
            if (!section) {
                std::string known;
                for (const auto& each : kSections) {
                    known += (known.empty() ? "" : ", ") + std::string(each.key);
                }
                return Error{ErrorKind::Invalid,
                             "There is no section called \u201c" + std::string(key) +
                                 "\u201d in the plan. Choose from " + known + "."};
            }
            if (std::find(chosen.begin(), chosen.end(), *section) == chosen.end()) {
                chosen.push_back(*section);
            }
        }
        if (comma == std::string_view::npos) {
            break;
        }
        start = comma + 1;
    }
    if (chosen.empty()) {
        return Error{ErrorKind::Invalid, "Name at least one section of the plan to write."};
    }
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

Outcome<Report> commissioningPlanReport(storage::Database& db, const PlanReportOptions& options,
                                        const ReportProgress& progress) {
    ReportBuilder report("Commissioning plan", partnershipName(db), options.generatedOn);
    std::vector<std::string> contents;
    for (const auto section : options.sections) {
        contents.push_back(planSectionTitle(section));
    }
    report.titlePage("The joint commissioning plan: what the partnership found, what it will do "
                     "and what it will cost.",
                     contents);
    const auto total = options.sections.size();
    for (std::size_t i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            return Error{ErrorKind::Cancelled, "The report was cancelled; nothing was written."};
        }
        report.html().heading(2,
                              std::to_string(i + 1) + ". " + planSectionTitle(options.sections[i]));
        writeSection(options.sections[i], report, db, options);
    }
    if (progress && !progress(total, total)) {
        return Error{ErrorKind::Cancelled, "The report was cancelled; nothing was written."};
    }
    return report.finish();
}

} // namespace jointly::report
