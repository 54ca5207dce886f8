#pragma once

#include "Outcome.h"
#include "report/Report.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jointly::storage {
class Database;
}

// The commissioning plan as a board paper: the partnership, the needs that
// are worse than the comparator and getting worse (with charts), outcomes
// and their trajectories, priorities with their evidence, options
// appraisals with their ranking, sensitivity and chart, investment and
// disinvestment, the budget by partner and year with its reconciliation and
// the pooled fund's risk-share rule, savings, risks with the heat map, and
// the actions and milestones. Sections can be chosen; the title page lists
// the ones chosen.
namespace jointly::report {

enum class PlanSection {
    Partnership,
    Needs,
    Outcomes,
    Priorities,
    Options,
    Investment,
    Budget,
    Savings,
    Risks,
    Actions,
};

std::vector<PlanSection> allPlanSections();
// "partnership", "needs", ... as `jointly report --sections` takes them.
std::string_view planSectionKey(PlanSection section);
std::optional<PlanSection> planSectionOf(std::string_view key);
std::string planSectionTitle(PlanSection section);

// Sections given as "needs,budget,risks": each key checked, in the plan's
// own order whatever order they were given in. An unknown key is refused
// with a sentence listing the keys there are.
Outcome<std::vector<PlanSection>> planSectionsOf(std::string_view keys);

struct PlanReportOptions {
    std::vector<PlanSection> sections = allPlanSections();
    std::string generatedOn; // "3 December 2026", as the title page and page heads say
    std::string today;       // YYYY-MM-DD, for what is overdue
};

Outcome<Report> commissioningPlanReport(storage::Database& db, const PlanReportOptions& options,
                                        const ReportProgress& progress = {});

} // namespace jointly::report
