#pragma once

#include "needs/IndicatorSeries.h"
#include "needs/NeedsKinds.h"
#include "needs/NeedsProgress.h"
#include "partnership/PartnershipKinds.h"
#include "partnership/PartnershipProgress.h"
#include "planning/PlanStore.h"
#include "planning/PlanningKinds.h"
#include "planning/PlanningProgress.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "report/TermsOfReference.h"
#include "storage/StorageError.h"

#include <cstdint>

namespace jointly::testing {

// Everything a user could look at in a project, read the way the window and
// the commands read it: every record of every kind, each stage's
// completeness, the judged indicator values, the terms of reference, each
// appraisal ranked with its sensitivity, the budget reconciled with its risk
// shares, and the PBMA what-ifs. Returns how many things were read. Reading
// a damaged page may fail with a StorageError, which the window shows as a
// message; anything else (a crash, a hang, another exception, undefined
// behaviour under the sanitizers) fails the test that calls this.
inline std::int64_t readEverything(project::Project& project) {
    auto& db = project.database();
    std::int64_t read = 0;
    try {
        for (const auto* group :
             {&partnership::allKinds(), &needs::allKinds(), &planning::allKinds()}) {
            for (const auto* kind : *group) {
                for (const auto& record : records::listRecords(db, *kind)) {
                    (void)records::nameOf(*kind, record);
                    ++read;
                }
            }
        }
        read += partnership::partnershipProgress(db).total + needs::needsProgress(db).total +
                planning::planningProgress(db).total;
        needs::forEachJudgedValue(db, [&read](const needs::JudgedValue&) {
            ++read;
            return true;
        });
        (void)report::termsOfReferenceHtml(db, "1 January 2027");
        for (const auto& summary : planning::listAppraisals(db)) {
            auto loaded = planning::loadAppraisal(db, summary.id);
            if (loaded.ok()) {
                (void)planning::appraise(loaded.value().appraisal);
                ++read;
            }
        }
        const auto first = planning::baseYear(db);
        for (const auto& year : planning::yearsFrom(first, planning::YearSpan::Three)) {
            auto reconciliation = planning::loadReconciliation(db, year);
            if (reconciliation.ok()) {
                ++read;
                if (auto variance = planning::forecastVariance(db, year)) {
                    (void)planning::shareVariance(*variance, planning::loadRiskShareRule(db),
                                                  reconciliation.value());
                }
                for (std::int64_t change : {-10000, -250, 250, 10000}) {
                    (void)planning::whatIfBudgetChanges(
                        planning::loadProposals(db), reconciliation.value().contributedPence,
                        change, planning::allocatedByTier(db, year));
                }
            }
        }
    } catch (const storage::StorageError&) {
    }
    return read;
}

} // namespace jointly::testing
