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

TEST_CASE("the plan's completeness counts each check and says what is still to do",
          "[planning-progress]") {
    TempDir dir;
    auto created = project::Project::create(dir.file("p.jointly"), "Northvale");
    REQUIRE(created.ok());
    auto& project = *created.value();
    auto& db = project.database();

    // A new plan: only "no year over-allocated" and "no option dropped
    // without a reason" hold.
    auto fresh = planning::planningProgress(db);
    CHECK(fresh.total == 16);
    CHECK(fresh.done == 2);
    CHECK(fresh.percent() == 12);
    REQUIRE(fresh.missing.size() == 14);
    CHECK(fresh.missing.front() == "Set out the outcomes the partnership wants, per care group.");
    CHECK(fresh.missing.back() == "Add the 3-year implementation plan with its next refresh date.");

    // An outcome without a measure, and a measure without targets.
    const auto outcome = add(project, planning::outcome(), {{"name", std::string("Independence")}});
    add(project, planning::outcome(), {{"name", std::string("Crisis care")}});
    const auto measure = add(project, planning::outcomeMeasure(), {{"outcome_id", outcome}});
    auto some = planning::planningProgress(db);
    CHECK(some.done == 3);
    CHECK(missing(some, "Give 1 outcome a measure, linked to an indicator."));
    CHECK(missing(some, "Set yearly targets for 1 measure."));
    add(project, planning::measureTarget(),
        {{"measure_id", measure}, {"year", std::int64_t{2026}}});
    CHECK_FALSE(missing(planning::planningProgress(db), "Set yearly targets for 1 measure."));

    // A priority with an appraisal whose weights miss 100% and whose options
    // are not all scored; a dropped option without a reason.
    const auto priority = add(project, planning::priority(), {{"name", std::string("Falls")}});
    const auto appraisal = add(project, planning::appraisal(), {{"priority_id", priority}});
    const auto criterion = add(project, planning::appraisalCriterion(),
                               {{"appraisal_id", appraisal}, {"weight_bp", std::int64_t{9000}}});
    const auto option = add(project, planning::appraisalOption(), {{"appraisal_id", appraisal}});
    const auto dropped = add(project, planning::appraisalOption(),
                             {{"appraisal_id", appraisal}, {"short_listed", std::int64_t{0}}});
    auto appraising = planning::planningProgress(db);
    CHECK(missing(appraising, "Make the weights of 1 appraisal add up to exactly 100%."));
    CHECK(missing(appraising, "Finish scoring 1 appraisal (every short-listed option on every "
                              "criterion)."));
    CHECK(missing(appraising, "Say why 1 dropped option was left off the short list."));
    REQUIRE(records::setField(project, planning::appraisalOption(), dropped, "drop_reason",
                              std::string("Too costly"))
                .ok());
    REQUIRE(records::setField(project, planning::appraisalCriterion(), criterion, "weight_bp",
                              std::int64_t{10000})
                .ok());
    auto loaded = planning::loadAppraisal(db, appraisal);
    REQUIRE(loaded.ok());
    REQUIRE(planning::setScore(project, loaded.value().optionIds[0], criterion, 4).ok());
    REQUIRE(planning::setScore(project, option, criterion, 7).ok());
    auto scored = planning::planningProgress(db);
    CHECK_FALSE(missing(scored, "Say why 1 dropped option was left off the short list."));
    CHECK_FALSE(missing(scored, "Make the weights of 1 appraisal add up to exactly 100%."));
    CHECK_FALSE(missing(scored, "Finish scoring 1 appraisal (every short-listed option on every "
                                "criterion)."));
    // 2 fresh + outcomes + measured? no (one outcome has none) + targets +
    // priorities + appraised + weights + scored = 8 of 16.
    CHECK(scored.done == 8);

    // Allocations beyond contributions in a year.
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
    // 8 - 1 (over-allocated) + contributions + allocations = 9.
    CHECK(over.done == 9);
}
