#include "planning/PlanningProgress.h"

#include "planning/PlanningKinds.h"
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
    // Only what has been filled in counts: a blank row is not an outcome, a
    // priority or a risk, and a rule with nothing to apply to (no year
    // over-allocated, when nothing is allocated) fills nothing in.

    const auto outcomes = count("SELECT count(*) FROM outcome WHERE trim(name) <> ''");
    list.part(outcomes > 0, "Set out the outcomes the partnership wants, per care group.",
              outcome().singular);
    const char* filledMeasure = "(trim(m.name) <> '' OR m.indicator_id IS NOT NULL)";
    const char* filledTarget = "(t.year IS NOT NULL AND t.target_hundredths IS NOT NULL)";
    const auto measures =
        db.queryInt64(std::string("SELECT count(*) FROM outcome_measure m WHERE ") + filledMeasure);
    if (list.part(measures > 0, "Give each outcome a measure, linked to an indicator.",
                  outcomeMeasure().singular)) {
        const auto unmeasured = db.queryInt64(
            std::string("SELECT count(*) FROM outcome o WHERE trim(o.name) <> '' AND NOT EXISTS "
                        "(SELECT 1 FROM outcome_measure m WHERE m.outcome_id = o.id AND ") +
            filledMeasure + ")");
        list.finish(unmeasured == 0,
                    "Give " + plural(unmeasured, "outcome", "outcomes") +
                        " a measure, linked to an indicator.",
                    outcomeMeasure().singular);
    }
    const auto targeted =
        db.queryInt64(std::string("SELECT count(*) FROM outcome_measure m WHERE ") + filledMeasure +
                      " AND EXISTS (SELECT 1 FROM measure_target t WHERE t.measure_id = m.id AND " +
                      filledTarget + ")");
    if (list.part(targeted > 0, "Set a target trajectory, year by year, for each measure.",
                  measureTarget().singular)) {
        const auto untargeted = measures - targeted;
        list.finish(untargeted == 0,
                    "Set yearly targets for " + plural(untargeted, "measure", "measures") + ".",
                    measureTarget().singular);
    }

    const auto priorities = count("SELECT count(*) FROM priority WHERE trim(name) <> ''");
    list.part(priorities > 0,
              "Choose priorities, from the needs statements promoted in the needs stage.",
              priority().singular);
    const auto appraisals = count("SELECT count(*) FROM appraisal");
    if (list.part(appraisals > 0, "Appraise the options for each priority.",
                  appraisal().singular)) {
        const auto unappraised =
            count("SELECT count(*) FROM priority p WHERE trim(p.name) <> '' AND NOT EXISTS "
                  "(SELECT 1 FROM appraisal a WHERE a.priority_id = p.id)");
        list.finish(unappraised == 0,
                    "Appraise the options for " + plural(unappraised, "priority", "priorities") +
                        ".",
                    appraisal().singular);
        const auto unexplained =
            count("SELECT count(*) FROM appraisal_option WHERE short_listed = 0 AND "
                  "do_nothing = 0 AND trim(drop_reason) = ''");
        list.finish(unexplained == 0,
                    "Say why " + plural(unexplained, "dropped option was", "dropped options were") +
                        " left off the short list.",
                    appraisalOption().singular);
    }
    const auto weighted = count("SELECT count(*) FROM appraisal_criterion WHERE trim(name) <> '' "
                                "AND weight_bp > 0");
    if (list.part(weighted > 0, "Weight each appraisal's criteria so they add up to 100%.",
                  appraisalCriterion().singular)) {
        const auto unweighted =
            count("SELECT count(*) FROM appraisal a WHERE (SELECT coalesce(sum(weight_bp), 0) "
                  "FROM appraisal_criterion c WHERE c.appraisal_id = a.id) <> 10000");
        list.finish(unweighted == 0,
                    "Make the weights of " + plural(unweighted, "appraisal", "appraisals") +
                        " add up to exactly 100%.",
                    appraisalCriterion().singular);
    }
    // Every short-listed option (and the do-nothing option) scored on every
    // criterion, with at least one option besides doing nothing.
    const auto scores = count("SELECT count(*) FROM appraisal_score");
    if (list.part(scores > 0, "Score each short-listed option against each criterion.", "scores")) {
        const auto unscored =
            count("SELECT count(*) FROM appraisal a WHERE "
                  "(SELECT count(*) FROM appraisal_option o WHERE o.appraisal_id = a.id AND "
                  "  (o.short_listed = 1 OR o.do_nothing = 1)) < 2 OR "
                  "NOT EXISTS (SELECT 1 FROM appraisal_criterion c WHERE c.appraisal_id = a.id) "
                  "OR EXISTS (SELECT 1 FROM appraisal_option o JOIN appraisal_criterion c "
                  "  ON c.appraisal_id = o.appraisal_id WHERE o.appraisal_id = a.id AND "
                  "  (o.short_listed = 1 OR o.do_nothing = 1) AND NOT EXISTS (SELECT 1 FROM "
                  "  appraisal_score s WHERE s.option_id = o.id AND s.criterion_id = c.id))");
        list.finish(unscored == 0,
                    "Finish scoring " + plural(unscored, "appraisal", "appraisals") +
                        " (every short-listed option on every criterion).",
                    "scores");
    }

    list.part(count("SELECT count(*) FROM proposal WHERE kind = 'invest' AND trim(name) <> ''") >
                      0 &&
                  count("SELECT count(*) FROM proposal WHERE kind = 'disinvest' AND "
                        "trim(name) <> ''") > 0,
              "List proposals both to invest and to disinvest, with costs and benefits.",
              proposal().singular);
    list.part(count("SELECT count(*) FROM contribution WHERE amount_pence > 0 AND year IS NOT "
                    "NULL") > 0,
              "Enter each partner's contribution per financial year.", contribution().singular);
    if (list.part(count("SELECT count(*) FROM allocation WHERE amount_pence > 0 AND year IS "
                        "NOT NULL") > 0,
                  "Allocate the budget to care groups and services per year.",
                  allocation().singular)) {
        const auto overAllocated =
            count("SELECT count(*) FROM (SELECT year FROM allocation GROUP BY year HAVING "
                  "sum(amount_pence) > (SELECT coalesce(sum(c.amount_pence), 0) FROM "
                  "contribution c WHERE c.year = allocation.year))");
        list.finish(overAllocated == 0,
                    "Allocations exceed contributions in " +
                        plural(overAllocated, "year", "years") +
                        ": see the reconciliation under Budget.",
                    "reconciliation");
    }
    list.part(count("SELECT count(*) FROM savings_target WHERE amount_pence > 0") > 0 &&
                  count("SELECT count(*) FROM scheme_saving WHERE planned_pence > 0") > 0,
              "Set savings targets and plan the schemes that will meet them.",
              savingsTarget().singular);
    const auto risks = count("SELECT count(*) FROM risk WHERE trim(description) <> ''");
    if (list.part(risks > 0, "Record the plan's risks with likelihood, impact and an owner.",
                  risk().singular)) {
        const auto unscoredRisks =
            count("SELECT count(*) FROM risk WHERE trim(description) <> '' AND (likelihood IS "
                  "NULL OR impact IS NULL OR owner_member_id IS NULL)");
        list.finish(unscoredRisks == 0,
                    "Give " + plural(unscoredRisks, "risk", "risks") +
                        " a likelihood, an impact and an owner.",
                    risk().singular);
    }
    const auto actions = count("SELECT count(*) FROM plan_action WHERE trim(description) <> ''");
    if (list.part(actions > 0, "Add milestones and actions, each with an owner and a due date.",
                  planAction().singular)) {
        const auto unowned =
            count("SELECT count(*) FROM plan_action WHERE trim(description) <> '' AND "
                  "(owner_member_id IS NULL OR due_on IS NULL)");
        list.finish(unowned == 0,
                    "Give " + plural(unowned, "action", "actions") + " an owner and a due date.",
                    planAction().singular);
    }
    list.part(count("SELECT count(*) FROM plan_document WHERE kind = 'implementation_plan' "
                    "AND next_refresh_on IS NOT NULL") > 0,
              "Add the 3-year implementation plan with its next refresh date.", "plan");
    return list.result();
}

} // namespace jointly::planning
