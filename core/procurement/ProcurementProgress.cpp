#include "procurement/ProcurementProgress.h"

#include "procurement/ContractKinds.h"
#include "procurement/ProcurementKinds.h"
#include "procurement/ProcurementReview.h"
#include "procurement/TenderStore.h"
#include "storage/Database.h"
#include "util/Text.h"

#include <string>

namespace jointly::procurement {

namespace {

std::string plural(std::int64_t count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

} // namespace

StageProgress procurementProgress(storage::Database& db) {
    Checklist list;
    auto count = [&db](const char* sql) {
        return db.queryInt64(sql);
    };
    // As in the other stages, only what has been filled in counts.
    const auto specifications = count("SELECT count(*) FROM specification WHERE trim(name) <> ''");
    if (list.part(specifications > 0, "Write a specification for each service the plan will buy.",
                  specification().singular)) {
        const auto unwritten = count("SELECT count(*) FROM specification WHERE trim(name) <> '' "
                                     "AND trim(requirements) = ''");
        list.finish(unwritten == 0,
                    "Write the service requirements of " +
                        plural(unwritten, "specification", "specifications") + ".",
                    specification().singular);
        const auto unaimed = count("SELECT count(*) FROM specification s WHERE trim(s.name) <> '' "
                                   "AND NOT EXISTS (SELECT 1 FROM specification_outcome o WHERE "
                                   "o.specification_id = s.id AND o.outcome_id IS NOT NULL)");
        list.finish(unaimed == 0,
                    "Say which of the plan's outcomes " +
                        plural(unaimed, "specification serves", "specifications serve") + ".",
                    specificationOutcome().singular);
        const auto unfunded = count("SELECT count(*) FROM specification s WHERE trim(s.name) <> '' "
                                    "AND NOT EXISTS (SELECT 1 FROM specification_budget b WHERE "
                                    "b.specification_id = s.id AND b.amount_pence > 0)");
        list.finish(unfunded == 0,
                    "Set the budget envelope, by year and funding partner, of " +
                        plural(unfunded, "specification", "specifications") + ".",
                    specificationBudget().singular);
    }
    list.part(count("SELECT count(*) FROM market_engagement WHERE trim(learned) <> ''") > 0,
              "Log what was learned from talking to providers before the procurement.",
              marketEngagement().singular);
    const auto procurements = count("SELECT count(*) FROM procurement WHERE trim(name) <> ''");
    if (list.part(procurements > 0,
                  "Start a procurement for a specification, choosing its regime and route.",
                  procurement().singular)) {
        const auto unexplained = count("SELECT count(*) FROM procurement WHERE trim(name) <> '' "
                                       "AND trim(regime_reason) = ''");
        list.finish(unexplained == 0,
                    "Say why " + plural(unexplained, "procurement is", "procurements are") +
                        " under the regime chosen.",
                    procurement().singular);
        const auto unsourced = count("SELECT count(*) FROM specification s WHERE trim(s.name) <> "
                                     "'' AND NOT EXISTS (SELECT 1 FROM procurement p WHERE "
                                     "p.specification_id = s.id)");
        list.finish(unsourced == 0,
                    "Start a procurement for " +
                        plural(unsourced, "specification", "specifications") + ".",
                    procurement().singular);
    }
    const auto planned = count("SELECT count(DISTINCT procurement_id) FROM procurement_milestone "
                               "WHERE due_on IS NOT NULL");
    if (list.part(planned > 0, "Plan each procurement's timeline.", milestone().singular)) {
        list.finish(planned >= procurements,
                    "Plan the timeline of " +
                        plural(procurements - planned, "more procurement", "more procurements") +
                        ".",
                    milestone().singular);
        std::int64_t broken = 0;
        for (const auto& review : reviewProcurements(db, util::nowUtc().substr(0, 10))) {
            broken += static_cast<std::int64_t>(review.broken.size());
        }
        list.finish(broken == 0,
                    broken == 1 ? std::string("Move the date of the milestone that breaks a "
                                              "statutory minimum or the route's order.")
                                : "Move the dates of " + std::to_string(broken) +
                                      " milestones that break a statutory minimum or the "
                                      "route's order.",
                    milestone().singular);
    }
    // Each procurement with bids: its ranking final under the chosen formula.
    std::int64_t evaluated = 0;
    std::int64_t unfinished = 0;
    for (const auto& review : reviewProcurements(db, util::nowUtc().substr(0, 10))) {
        auto bids = db.prepare("SELECT count(*) FROM bid WHERE procurement_id = ?1");
        bids.bind(1, review.id);
        if (!bids.step() || bids.int64(0) == 0) {
            continue;
        }
        auto evaluation = loadEvaluation(db, review.id);
        bool final = evaluation.ok() && !evaluation.value().lots.empty();
        if (final) {
            for (const auto& lot : evaluation.value().lots) {
                final = final && lot.result.isFinal;
            }
        }
        (final ? evaluated : unfinished) += 1;
    }
    if (list.part(evaluated + unfinished > 0,
                  "Record the bids of a competed procurement and evaluate them.", "evaluation")) {
        list.finish(unfinished == 0,
                    "Finish the evaluation of " +
                        plural(unfinished, "procurement", "procurements") +
                        ": weights adding up to 100%, every bid scored and priced.",
                    "evaluation");
    }
    const auto contracts = count("SELECT count(*) FROM contract WHERE trim(name) <> ''");
    if (list.part(contracts > 0,
                  "Record each contract awarded, with its value by year, co-funders and KPIs.",
                  contract().singular)) {
        const auto unshared =
            count("SELECT count(*) FROM contract c WHERE trim(c.name) <> '' AND (SELECT "
                  "coalesce(sum(coalesce(f.share_bp, 0)), 0) FROM contract_funder f WHERE "
                  "f.contract_id = c.id) <> 10000");
        list.finish(unshared == 0,
                    "Make the co-funders' shares of " + plural(unshared, "contract", "contracts") +
                        " add up to exactly 100%.",
                    contractFunder().singular);
        const auto unmeasured = count("SELECT count(*) FROM contract c WHERE trim(c.name) <> '' "
                                      "AND NOT EXISTS (SELECT 1 FROM kpi k WHERE "
                                      "k.contract_id = c.id AND trim(k.name) <> '')");
        list.finish(unmeasured == 0,
                    "Set the KPIs of " + plural(unmeasured, "contract", "contracts") + ".",
                    contractKpi().singular);
    }
    const auto assessed = count("SELECT count(DISTINCT procurement_id) FROM procurement_conflict "
                                "WHERE trim(person) <> '' OR trim(interest) <> ''");
    if (list.part(assessed > 0, "Write the conflicts assessment of each procurement.",
                  conflictEntry().singular)) {
        list.finish(assessed >= procurements,
                    "Write the conflicts assessment of " +
                        plural(procurements - assessed, "more procurement", "more procurements") +
                        ".",
                    conflictEntry().singular);
    }
    return list.result();
}

} // namespace jointly::procurement
