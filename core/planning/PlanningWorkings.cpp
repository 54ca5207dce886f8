#include "planning/PlanningWorkings.h"

#include "planning/Appraisal.h"
#include "planning/Pbma.h"
#include "planning/PlanStore.h"
#include "planning/Reconciliation.h"

namespace jointly::planning {

namespace {

std::int64_t workOutAppraisals(storage::Database& db) {
    std::int64_t worked = 0;
    for (const auto& summary : listAppraisals(db)) {
        auto loaded = loadAppraisal(db, summary.id);
        if (loaded.ok()) {
            (void)checkWeights(loaded.value().appraisal.criteria);
            (void)appraise(loaded.value().appraisal);
            (void)contributionsByCriterion(loaded.value().appraisal);
            ++worked;
        }
    }
    return worked;
}

std::int64_t workOutBudgetYear(storage::Database& db, quantities::FinancialYear year,
                               const std::vector<Proposal>& proposals) {
    auto reconciliation = loadReconciliation(db, year);
    if (!reconciliation.ok()) {
        return 0;
    }
    std::int64_t worked = 1;
    if (const auto variance = forecastVariance(db, year)) {
        auto portions = shareVariance(*variance, loadRiskShareRule(db), reconciliation.value());
        if (portions.ok()) {
            for (const auto& portion : portions.value()) {
                (void)describePortion(portion, *variance, year);
            }
            ++worked;
        }
    }
    const auto spend = allocatedByTier(db, year);
    // A cut of 100% and of 10%, a rise of 2.5% and of 100%, in basis points.
    for (std::int64_t change : {-10000, -1000, 250, 10000}) {
        if (whatIfBudgetChanges(proposals, reconciliation.value().contributedPence, change, spend)
                .ok()) {
            ++worked;
        }
    }
    return worked;
}

} // namespace

std::int64_t workOutPlan(storage::Database& db) {
    std::int64_t worked = workOutAppraisals(db);
    const auto proposals = loadProposals(db);
    (void)rankInvestments(proposals);
    (void)rankDisinvestments(proposals);
    for (const auto& year : quantities::yearsFrom(baseYear(db), quantities::YearSpan::Three)) {
        worked += workOutBudgetYear(db, year, proposals);
    }
    return worked;
}

} // namespace jointly::planning
