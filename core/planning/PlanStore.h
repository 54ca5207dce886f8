#pragma once

#include "Outcome.h"
#include "planning/Appraisal.h"
#include "planning/Pbma.h"
#include "planning/Reconciliation.h"
#include "quantities/FinancialYear.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jointly::storage {
class Database;
}
namespace jointly::project {
class Project;
}

// Reading the planning stage's records into the pure calculations
// (Appraisal, Pbma, Reconciliation), and the planning edits that are more than
// one field: scoring, promoting needs statements, rolling a plan forward.
// Reads take the database; edits take the project, so each is committed at
// once and can be undone.
namespace jointly::planning {

// --- Options appraisal -------------------------------------------------------

struct AppraisalSummary {
    std::int64_t id = 0;
    std::string name; // "unnamed options appraisal" when empty
    std::int64_t priorityId = 0;
    std::string priorityName; // "unnamed priority" when empty
};

// Every appraisal, ordered by its priority's rank (unranked last), then id.
std::vector<AppraisalSummary> listAppraisals(storage::Database& db);

// One appraisal as the calculations take it. Only short-listed options are
// included, in id order, except that the do-nothing option is always included
// (it is the baseline, whether or not it is marked short-listed); criteria in
// id order; scores[option][criterion] from appraisal_score, empty where none.
// optionIds and criterionIds give the record id behind each index.
struct LoadedAppraisal {
    AppraisalSummary summary;
    Appraisal appraisal;
    std::vector<std::int64_t> optionIds;
    std::vector<std::int64_t> criterionIds;
};

// NotFound, with a sentence, when there is no such appraisal.
// The tables an appraisal is loaded from: a view of it is stale when an edit
// touches any of them.
inline constexpr std::string_view kAppraisalReads[] = {
    "appraisal", "appraisal_option", "appraisal_criterion", "appraisal_score", "priority"};

Outcome<LoadedAppraisal> loadAppraisal(storage::Database& db, std::int64_t appraisalId);

// Sets (or with an empty score, clears) one option's score on one criterion,
// as one undoable edit labelled 'Score "Option" on "Criterion"' (or
// 'Clear the score of "Option" on "Criterion"'). Refuses, with a sentence and
// without changing anything: an unknown option or criterion, an option and
// criterion from different appraisals, a score outside the appraisal's scale
// ('The score 11 is outside this appraisal's scale of 0 to 10.'). Setting the
// score it already has is success without an edit.
Status setScore(project::Project& project, std::int64_t optionId, std::int64_t criterionId,
                std::optional<std::int64_t> score);

// --- Priorities ----------------------------------------------------------------

// Adds a priority for each needs statement marked as a candidate priority
// that no priority links to yet, named after the statement's first line (up
// to 80 characters), with its care group, ranked after the existing
// priorities in statement id order. One undoable edit labelled "Promote 3
// needs statements to priorities"; returns how many were promoted (0 makes no
// edit).
Outcome<std::int64_t> promoteCandidateStatements(project::Project& project);

// --- Investment and disinvestment --------------------------------------------

// The proposals with an amount above zero, as PBMA takes them (tier and
// kind from their choices; a missing benefit counts as 0, a missing care
// group as 0), in id order; names "unnamed proposal" when empty.
// The tables PBMA's what-ifs are worked out from (the proposals, and the
// contributions and allocations they are set against).
inline constexpr std::string_view kPbmaReads[] = {"proposal", "contribution", "allocation",
                                                  "partnership"};

std::vector<Proposal> loadProposals(storage::Database& db);

// The amount allocated in a year to each tier, from the allocations.
TierSpend allocatedByTier(storage::Database& db, quantities::FinancialYear year);

// --- Budget ----------------------------------------------------------------------

// The year the 1-, 3- and 10-year views start from: the partnership's
// budget_base_year, otherwise the earliest year with a contribution or
// allocation, otherwise the financial year containing today's date.
quantities::FinancialYear baseYear(storage::Database& db);

// The year's contributions (partner lines, names from the partners) and
// allocations (care group id and a description: the service's name, else the
// line), reconciled with reconcile().
// The tables a year's reconciliation and its risk shares are worked out from.
inline constexpr std::string_view kReconciliationReads[] = {
    "contribution",         "allocation", "budget_forecast", "partnership",
    "partner_organisation", "care_group", "service"};

Outcome<Reconciliation> loadReconciliation(storage::Database& db, quantities::FinancialYear year);

// The agreement's risk-share rule: partnership.risk_share_rule, and for fixed
// shares each partner's fixed_risk_share_bp (partners without one are left
// out), in partner id order.
RiskShareRule loadRiskShareRule(storage::Database& db);

// Each partner's fixed share (fixed_risk_share_bp), whatever the agreement's
// rule; partners without one are left out; in partner id order.
std::vector<FixedShare> loadFixedShares(storage::Database& db);

// The year's forecast variance (sum of the year's budget_forecast rows), or
// empty when the year has none.
std::optional<std::int64_t> forecastVariance(storage::Database& db, quantities::FinancialYear year);

// --- Plan documents -----------------------------------------------------------------

// Moves a plan forward a year: its start date and next refresh date each
// gain one year (29 February becomes 28 February), and a title ending in a
// year range such as "2026-2029" or "2026/27 to 2028/29" has each year moved
// on too. One undoable edit labelled 'Roll "Plan" forward a year'. Refuses,
// with a sentence, a plan without a start date.
Status rollPlanForward(project::Project& project, std::int64_t planId);

// What rolling a plan forward changes, worked out without changing it, so
// that "start the next cycle year" can roll every plan in one edit: the
// plan's quoted name, its new title, start and next refresh dates. The same
// refusals as rollPlanForward.
struct PlanRoll {
    std::int64_t planId = 0;
    std::string name; // “Commissioning plan 2026-2029”
    std::string title;
    std::string startsOn;
    std::optional<std::string> nextRefreshOn;
};
Outcome<PlanRoll> planRollForward(storage::Database& db, std::int64_t planId);
// Writes a roll worked out by planRollForward; run inside an edit.
void applyPlanRoll(storage::Database& db, const PlanRoll& roll);

} // namespace jointly::planning
