#include "core/TestSupport.h"

#include "partnership/PartnershipKinds.h"
#include "planning/PlanStore.h"
#include "planning/PlanningKinds.h"
#include "planning/PlanningProgress.h"
#include "project/Project.h"
#include "records/RecordStore.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace jointly;
using jointly::testing::TempDir;

namespace {

std::int64_t add(project::Project& project, const records::RecordKind& kind,
                 const records::FieldValues& values = {}) {
    auto id = records::addRecord(project, kind, values);
    INFO(jointly::testing::describe(id));
    REQUIRE(id.ok());
    return id.value();
}

bool missing(const StageProgress& progress, const std::string& line) {
    return std::find(progress.missing.begin(), progress.missing.end(), line) !=
           progress.missing.end();
}

} // namespace

TEST_CASE("the plan's completeness counts what is filled in and says what is still to do",
          "[planning-progress]") {
    TempDir dir;
    auto created = project::Project::create(dir.file("p.jointly"), "Northvale");
    REQUIRE(created.ok());
    auto& project = *created.value();
    auto& db = project.database();

    // A new plan has filled nothing in: 0 of 14 parts. A rule with nothing
    // to apply to (no year over-allocated, no option dropped without a
    // reason) counts for nothing.
    auto fresh = planning::planningProgress(db);
    CHECK(fresh.total == 14);
    CHECK(fresh.done == 0);
    CHECK(fresh.percent() == 0);
    REQUIRE(fresh.missing.size() == 14);
    CHECK(fresh.missing.front() == "Set out the outcomes the partnership wants, per care group.");
    CHECK(fresh.missing.back() == "Add the 3-year implementation plan with its next refresh date.");

    // Blank rows, as the Add buttons make them, fill nothing in.
    add(project, planning::outcome());
    add(project, planning::risk());
    add(project, planning::planAction());
    CHECK(planning::planningProgress(db).done == 0);

    // Two outcomes, one with a measure: outcomes and measures are begun (2).
    const auto outcome = add(project, planning::outcome(), {{"name", std::string("Independence")}});
    add(project, planning::outcome(), {{"name", std::string("Crisis care")}});
    const auto measure = add(project, planning::outcomeMeasure(),
                             {{"outcome_id", outcome}, {"name", std::string("Falls admissions")}});
    auto some = planning::planningProgress(db);
    CHECK(some.done == 2);
    CHECK(missing(some, "Give 1 outcome a measure, linked to an indicator."));
    CHECK(missing(some, "Set a target trajectory, year by year, for each measure."));
    // A target with a year but no figure is not a target yet.
    const auto target = add(project, planning::measureTarget(),
                            {{"measure_id", measure}, {"year", std::int64_t{2026}}});
    CHECK(planning::planningProgress(db).done == 2);
    REQUIRE(records::setField(project, planning::measureTarget(), target, "target_hundredths",
                              std::int64_t{1250})
                .ok());
    CHECK(planning::planningProgress(db).done == 3);
    // A third outcome with no measure yet takes nothing away: still 3, with
    // one more outcome to measure.
    add(project, planning::outcome(), {{"name", std::string("Carers")}});
    auto more = planning::planningProgress(db);
    CHECK(more.done == 3);
    CHECK(missing(more, "Give 2 outcomes a measure, linked to an indicator."));

    // A priority with an appraisal whose weights miss 100% and whose options
    // are not scored; a dropped option without a reason. Priorities,
    // appraisals and weights are begun (6); scoring is not.
    const auto priority = add(project, planning::priority(), {{"name", std::string("Falls")}});
    const auto appraisal = add(project, planning::appraisal(), {{"priority_id", priority}});
    const auto criterion = add(project, planning::appraisalCriterion(),
                               {{"appraisal_id", appraisal},
                                {"name", std::string("Cost")},
                                {"weight_bp", std::int64_t{9000}}});
    const auto option = add(project, planning::appraisalOption(),
                            {{"appraisal_id", appraisal}, {"name", std::string("Hub")}});
    const auto dropped = add(project, planning::appraisalOption(),
                             {{"appraisal_id", appraisal}, {"short_listed", std::int64_t{0}}});
    auto appraising = planning::planningProgress(db);
    CHECK(appraising.done == 6);
    CHECK(missing(appraising, "Make the weights of 1 appraisal add up to exactly 100%."));
    CHECK(missing(appraising, "Score each short-listed option against each criterion."));
    CHECK(missing(appraising, "Say why 1 dropped option was left off the short list."));
    REQUIRE(records::setField(project, planning::appraisalOption(), dropped, "drop_reason",
                              std::string("Too costly"))
                .ok());
    REQUIRE(records::setField(project, planning::appraisalCriterion(), criterion, "weight_bp",
                              std::int64_t{10000})
                .ok());
    auto loaded = planning::loadAppraisal(db, appraisal);
    REQUIRE(loaded.ok());
    // One score: scoring is begun (7), and what is left of it is listed.
    REQUIRE(planning::setScore(project, loaded.value().optionIds[0], criterion, 4).ok());
    auto begun = planning::planningProgress(db);
    CHECK(begun.done == 7);
    CHECK(missing(begun, "Finish scoring 1 appraisal (every short-listed option on every "
                         "criterion)."));
    REQUIRE(planning::setScore(project, option, criterion, 7).ok());
    auto scored = planning::planningProgress(db);
    CHECK_FALSE(missing(scored, "Say why 1 dropped option was left off the short list."));
    CHECK_FALSE(missing(scored, "Make the weights of 1 appraisal add up to exactly 100%."));
    CHECK_FALSE(missing(scored, "Finish scoring 1 appraisal (every short-listed option on every "
                                "criterion)."));
    CHECK(scored.done == 7);

    // Allocations beyond contributions in a year: contributions and
    // allocations are begun (9 of 14 = 64%), and the overspend is listed to
    // put right without taking anything away.
    const auto partner = add(project, partnership::partnerOrganisation());
    add(project, planning::contribution(),
        {{"partner_id", partner},
         {"year", std::int64_t{2026}},
         {"amount_pence", std::int64_t{100}}});
    add(project, planning::allocation(),
        {{"year", std::int64_t{2026}}, {"amount_pence", std::int64_t{101}}});
    auto over = planning::planningProgress(db);
    CHECK(missing(over, "Allocations exceed contributions in 1 year: see the reconciliation "
                        "under Budget."));
    CHECK(over.done == 9);
    CHECK(over.percent() == 64);
}
