#include "planning/PlanningProgress.h"

#include "storage/Database.h"

#include <string>

namespace jointly::planning {

namespace {

std::string plural(std::int64_t count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

} // namespace

StageProgress planningProgress(storage::Database& db) {
    Checklist list;
    auto count = [&db](const char* sql) {
        return db.queryInt64(sql);
    };

    const auto outcomes = count("SELECT count(*) FROM outcome");
    list.require(outcomes > 0, "Set out the outcomes the partnership wants, per care group.");
    const auto measures = count("SELECT count(*) FROM outcome_measure");
    const auto unmeasured = count("SELECT count(*) FROM outcome o WHERE NOT EXISTS "
                                  "(SELECT 1 FROM outcome_measure m WHERE m.outcome_id = o.id)");
    list.require(outcomes > 0 && unmeasured == 0,
                 outcomes == 0 ? "Give each outcome a measure, linked to an indicator."
                               : "Give " + plural(unmeasured, "outcome", "outcomes") +
                                     " a measure, linked to an indicator.");
    const auto untargeted = count("SELECT count(*) FROM outcome_measure m WHERE NOT EXISTS "
                                  "(SELECT 1 FROM measure_target t WHERE t.measure_id = m.id)");
    list.require(measures > 0 && untargeted == 0,
                 measures == 0
                     ? "Set a target trajectory, year by year, for each measure."
                     : "Set yearly targets for " + plural(untargeted, "measure", "measures") + ".");

    const auto priorities = count("SELECT count(*) FROM priority");
    list.require(priorities > 0,
                 "Choose priorities, from the needs statements promoted in the needs stage.");
    const auto unappraised = count("SELECT count(*) FROM priority p WHERE NOT EXISTS "
                                   "(SELECT 1 FROM appraisal a WHERE a.priority_id = p.id)");
    list.require(priorities > 0 && unappraised == 0,
                 priorities == 0 ? "Appraise the options for each priority."
                                 : "Appraise the options for " +
                                       plural(unappraised, "priority", "priorities") + ".");
    const auto appraisals = count("SELECT count(*) FROM appraisal");
    const auto unweighted =
        count("SELECT count(*) FROM appraisal a WHERE (SELECT coalesce(sum(weight_bp), 0) "
              "FROM appraisal_criterion c WHERE c.appraisal_id = a.id) <> 10000");
    list.require(appraisals > 0 && unweighted == 0,
                 appraisals == 0
                     ? "Weight each appraisal's criteria so they add up to 100%."
                     : "Make the weights of " + plural(unweighted, "appraisal", "appraisals") +
                           " add up to exactly 100%.");
    // Every short-listed option (and the do-nothing option) scored on every
    // criterion, with at least one option besides doing nothing.
    const auto unscored =
        count("SELECT count(*) FROM appraisal a WHERE "
              "(SELECT count(*) FROM appraisal_option o WHERE o.appraisal_id = a.id AND "
              "  (o.short_listed = 1 OR o.do_nothing = 1)) < 2 OR "
              "NOT EXISTS (SELECT 1 FROM appraisal_criterion c WHERE c.appraisal_id = a.id) OR "
              "EXISTS (SELECT 1 FROM appraisal_option o JOIN appraisal_criterion c "
              "  ON c.appraisal_id = o.appraisal_id WHERE o.appraisal_id = a.id AND "
              "  (o.short_listed = 1 OR o.do_nothing = 1) AND NOT EXISTS (SELECT 1 FROM "
              "  appraisal_score s WHERE s.option_id = o.id AND s.criterion_id = c.id))");
    list.require(appraisals > 0 && unscored == 0,
                 appraisals == 0 ? "Score each short-listed option against each criterion."
                                 : "Finish scoring " + plural(unscored, "appraisal", "appraisals") +
                                       " (every short-listed option on every criterion).");

    const auto unexplained =
        count("SELECT count(*) FROM appraisal_option WHERE short_listed = 0 AND do_nothing = 0 "
              "AND trim(drop_reason) = ''");
    list.require(unexplained == 0,
                 "Say why " + plural(unexplained, "dropped option was", "dropped options were") +
                     " left off the short list.");

    list.require(count("SELECT count(*) FROM proposal WHERE kind = 'invest'") > 0 &&
                     count("SELECT count(*) FROM proposal WHERE kind = 'disinvest'") > 0,
                 "List proposals both to invest and to disinvest, with costs and benefits.");
    list.require(count("SELECT count(*) FROM contribution") > 0,
                 "Enter each partner's contribution per financial year.");
    list.require(count("SELECT count(*) FROM allocation") > 0,
                 "Allocate the budget to care groups and services per year.");
    const auto overAllocated = count(
        "SELECT count(*) FROM (SELECT year FROM allocation GROUP BY year HAVING sum(amount_pence) "
        "> (SELECT coalesce(sum(c.amount_pence), 0) FROM contribution c "
        "   WHERE c.year = allocation.year))");
    list.require(overAllocated == 0, "Allocations exceed contributions in " +
                                         plural(overAllocated, "year", "years") +
                                         ": see the reconciliation under Budget.");
    list.require(count("SELECT count(*) FROM savings_target") > 0 &&
                     count("SELECT count(*) FROM scheme_saving") > 0,
                 "Set savings targets and plan the schemes that will meet them.");
    const auto risks = count("SELECT count(*) FROM risk");
    const auto unscoredRisks =
        count("SELECT count(*) FROM risk WHERE likelihood IS NULL OR impact IS NULL OR "
              "owner_member_id IS NULL");
    list.require(risks > 0 && unscoredRisks == 0,
                 risks == 0 ? "Record the plan's risks with likelihood, impact and an owner."
                            : "Give " + plural(unscoredRisks, "risk", "risks") +
                                  " a likelihood, an impact and an owner.");
    const auto actions = count("SELECT count(*) FROM plan_action");
    const auto unowned = count("SELECT count(*) FROM plan_action WHERE owner_member_id IS NULL "
                               "OR due_on IS NULL");
    list.require(actions > 0 && unowned == 0,
                 actions == 0 ? "Add milestones and actions, each with an owner and a due date."
                              : "Give " + plural(unowned, "action", "actions") +
                                    " an owner and a due date.");
    list.require(count("SELECT count(*) FROM plan_document WHERE kind = 'implementation_plan' "
                       "AND next_refresh_on IS NOT NULL") > 0,
                 "Add the 3-year implementation plan with its next refresh date.");
    return list.result();
}

} // namespace jointly::planning
