#include "core/TestSupport.h"

#include "cycle/NextCycle.h"
#include "monitoring/ActualsImport.h"
#include "partnership/PartnershipKinds.h"
#include "planning/PlanningKinds.h"
#include "procurement/ContractKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"

#include <catch2/catch.hpp>

#include <memory>
#include <sstream>
#include <string>

using namespace jointly;
using jointly::testing::TempDir;
using records::FieldValue;

namespace {

FieldValue text(const char* value) {
    return FieldValue{std::string(value)};
}

struct Cycle {
    TempDir dir;
    std::unique_ptr<project::Project> project;
    std::int64_t concern = 0;

    std::int64_t add(const records::RecordKind& kind, const records::FieldValues& fields) {
        auto id = records::addRecord(*project, kind, fields);
        REQUIRE(id.ok());
        return id.value();
    }

    std::int64_t count(const char* sql) { return project->database().queryInt64(sql); }

    Cycle() {
        auto created = project::Project::create(dir.file("p.jointly"), "Westshire");
        REQUIRE(created.ok());
        project = std::move(created.value());
        const auto group = add(partnership::careGroup(), {{"name", text("Mental health")}});
        add(partnership::planDocument(), {{"title", text("Mental health plan 2026/27")},
                                          {"starts_on", text("2026-04-01")},
                                          {"next_refresh_on", text("2027-02-28")}});
        add(partnership::planDocument(), {{"title", text("A plan with no date")}});
        add(planning::planAction(), {{"description", text("Open the crisis house")},
                                     {"status", text("in_progress")},
                                     {"due_on", text("2027-01-31")}});
        add(planning::planAction(), {{"description", text("Agree the schools programme")}});
        add(planning::planAction(),
            {{"description", text("Award the contract")}, {"status", text("done")}});
        add(planning::risk(), {{"description", text("Staff cannot be recruited")}});
        add(planning::risk(), {{"description", text("The old risk")}, {"status", text("closed")}});
        const auto outcome = add(planning::outcome(), {{"name", text("Crisis care close to home")},
                                                       {"care_group_id", group}});
        // Lower is better; fourteen months at about 20 (adding to 280), then
        // 31. Mean 311 / 15 = 20.73; moving ranges add to 20 + 11 = 31 over
        // 14, 2.214; upper limit 20.73 + 2.66 x 2.214 = 26.62. 31 is beyond
        // it: special cause concern, and red against the target of 15.
        concern = add(procurement::contractKpi(),
                      {{"name", text("Out-of-area placements")},
                       {"outcome_id", outcome},
                       {"unit", text("people")},
                       {"polarity", text("lower")},
                       {"frequency", text("monthly")},
                       {"target_hundredths", FieldValue{std::int64_t{1500}}},
                       {"tolerance_hundredths", FieldValue{std::int64_t{200}}}});
        std::istringstream in("2025-08,20\n2025-09,21\n2025-10,19\n2025-11,20\n2025-12,22\n"
                              "2026-01,20\n2026-02,19\n2026-03,21\n2026-04,20\n2026-05,18\n"
                              "2026-06,20\n2026-07,21\n2026-08,19\n2026-09,20\n2026-10,31\n");
        REQUIRE(monitoring::importActuals(*project, concern, in, "placements.csv").ok());
    }
};

} // namespace

TEST_CASE("starting the next cycle year rolls the plans on, carries what is open and drafts a "
          "finding from a KPI showing concern, as one step",
          "[cycle]") {
    Cycle c;
    auto done = cycle::startNextCycle(*c.project, "2026-12-02");
    REQUIRE(done.ok());
    const auto& next = done.value();
    // 2 December 2026 falls in 2026/27, so the next cycle year is 2027/28.
    CHECK(next.year == 2027);
    CHECK(next.sentence ==
          "Started the 2027/28 cycle year: 1 plan rolled forward a year; 2 open actions and 1 "
          "open risk carried; 1 KPI showing special cause concern made a draft needs statement "
          "for the next needs assessment. 1 plan has no start date and was left as it is.");
    CHECK(c.project->undoLabel() == "Start the 2027/28 cycle year");
    CHECK(c.count("SELECT count(*) FROM plan_document WHERE title = 'Mental health plan 2027/28' "
                  "AND starts_on = '2027-04-01' AND next_refresh_on = '2028-02-28'") == 1);
    CHECK(c.count("SELECT count(*) FROM cycle_year WHERE year = 2027 AND started_on = "
                  "'2026-12-02'") == 1);
    CHECK(c.count("SELECT count(*) FROM cycle_carried WHERE what = 'plan'") == 1);
    CHECK(c.count("SELECT count(*) FROM cycle_carried WHERE what = 'action'") == 2);
    CHECK(c.count("SELECT count(*) FROM cycle_carried WHERE what = 'risk'") == 1);
    CHECK(c.count("SELECT count(*) FROM cycle_carried WHERE what = 'action' AND note = 'Still "
                  "in progress, due 2027-01-31.'") == 1);
    // The finding: a draft statement in the outcome's care group, high (the
    // KPI is red as well), citing the KPI.
    REQUIRE(next.findings.size() == 1);
    CHECK(next.findings.front().statement ==
          "“Out-of-area placements” shows special cause concern: 31.00 people in 2026-10, "
          "against a target of 15.00 people. Review whether the need it measures has changed.");
    CHECK(c.count("SELECT count(*) FROM needs_statement s JOIN care_group g ON g.id = "
                  "s.care_group_id WHERE s.draft = 1 AND s.severity = 'high' AND "
                  "s.candidate_priority = 0 AND g.name = 'Mental health'") == 1);
    CHECK(c.count("SELECT count(*) FROM statement_evidence e JOIN needs_statement s ON s.id = "
                  "e.statement_id WHERE s.draft = 1 AND e.kpi_id IS NOT NULL") == 1);
    CHECK(c.count("SELECT count(*) FROM cycle_carried WHERE what = 'finding' AND kpi_id IS NOT "
                  "NULL AND statement_id IS NOT NULL") == 1);

    // Again: the next year, and the KPI already drafted is not drafted twice.
    auto again = cycle::startNextCycle(*c.project, "2026-12-02");
    REQUIRE(again.ok());
    CHECK(again.value().year == 2028);
    CHECK(again.value().findings.empty());
    CHECK(c.count("SELECT count(*) FROM needs_statement WHERE draft = 1") == 1);
    CHECK(c.count("SELECT count(*) FROM plan_document WHERE title = 'Mental health plan "
                  "2028/29'") == 1);

    // Undo takes each year back whole.
    REQUIRE(c.project->undo().ok());
    REQUIRE(c.project->undo().ok());
    CHECK(c.count("SELECT count(*) FROM cycle_year") == 0);
    CHECK(c.count("SELECT count(*) FROM cycle_carried") == 0);
    CHECK(c.count("SELECT count(*) FROM needs_statement") == 0);
    CHECK(c.count("SELECT count(*) FROM statement_evidence") == 0);
    CHECK(c.count("SELECT count(*) FROM plan_document WHERE title = 'Mental health plan 2026/27' "
                  "AND starts_on = '2026-04-01'") == 1);
}

TEST_CASE("the preview of the next cycle year changes nothing", "[cycle]") {
    Cycle c;
    auto preview = cycle::previewNextCycle(c.project->database(), "2027-04-01");
    REQUIRE(preview.ok());
    // 1 April 2027 is the first day of 2027/28: the next is 2028/29.
    CHECK(preview.value().yearText == "2028/29");
    CHECK(preview.value().actions.size() == 2);
    CHECK(preview.value().actions.front().note == "in progress, due 2027-01-31");
    CHECK(preview.value().risks.front().note == "open");
    CHECK(c.count("SELECT count(*) FROM cycle_year") == 0);
    CHECK(c.count("SELECT count(*) FROM plan_document WHERE title = 'Mental health plan "
                  "2026/27'") == 1);
    CHECK(c.project->undoLabel() == "Import actuals for “Out-of-area placements” from "
                                    "placements.csv");
}

TEST_CASE("only the plans due for refresh, or whose horizon has run out, are rolled on; a "
          "strategy still running is left",
          "[cycle]") {
    Cycle c;
    // Next cycle year 2027/28, which starts on 1 April 2027.
    // A ten-year strategy from April 2026, reviewed in October 2027: running.
    c.add(partnership::planDocument(), {{"title", text("Strategy 2026-2036")},
                                        {"horizon_years", FieldValue{std::int64_t{10}}},
                                        {"starts_on", text("2026-04-01")},
                                        {"next_refresh_on", text("2027-10-01")}});
    // A three-year plan refreshed each April: rolled (a rolling plan).
    c.add(partnership::planDocument(), {{"title", text("Implementation plan 2026/27 to 2028/29")},
                                        {"horizon_years", FieldValue{std::int64_t{3}}},
                                        {"starts_on", text("2026-04-01")},
                                        {"next_refresh_on", text("2027-04-01")}});
    // No refresh date: a two-year plan from April 2026 runs to 1 April 2028,
    // after the start of 2027/28; a plan with no horizon lasts a year, to
    // 1 April 2027, and is rolled.
    c.add(partnership::planDocument(), {{"title", text("Two-year plan 2026-2028")},
                                        {"horizon_years", FieldValue{std::int64_t{2}}},
                                        {"starts_on", text("2026-04-01")}});
    c.add(partnership::planDocument(),
          {{"title", text("Annual plan 2026/27")}, {"starts_on", text("2026-04-01")}});
    auto preview = cycle::previewNextCycle(c.project->database(), "2026-12-02");
    REQUIRE(preview.ok());
    const auto& next = preview.value();
    std::vector<std::string> rolled;
    for (const auto& plan : next.plans) {
        rolled.push_back(plan.title);
    }
    CHECK(rolled == std::vector<std::string>{"Mental health plan 2027/28",
                                             "Implementation plan 2027/28 to 2029/30",
                                             "Annual plan 2027/28"});
    CHECK(next.plansStillRunning == 2);
    CHECK(next.sentence.ends_with(" 2 plans still running were left as they are. 1 plan has no "
                                  "start date and was left as it is."));
}

TEST_CASE("an outcome measure not on track becomes a draft needs statement citing its evidence",
          "[cycle]") {
    Cycle c;
    const auto outcome = c.count("SELECT id FROM outcome WHERE name = 'Crisis care close to home'");
    // A second KPI of the outcome, steady (no concern): 9 beds in each of
    // three months, against a trajectory from 10 to 12 in 2026/27.
    const auto beds = c.add(procurement::contractKpi(), {{"name", text("Crisis house beds")},
                                                         {"outcome_id", outcome},
                                                         {"unit", text("beds")},
                                                         {"frequency", text("monthly")}});
    std::istringstream in("2026-08,9\n2026-09,9\n2026-10,9\n");
    REQUIRE(monitoring::importActuals(*c.project, beds, in, "beds.csv").ok());
    const auto measure = c.add(planning::outcomeMeasure(),
                               {{"name", text("Crisis house beds")},
                                {"outcome_id", outcome},
                                {"unit", text("beds")},
                                {"baseline_hundredths", FieldValue{std::int64_t{1000}}}});
    c.add(planning::measureTarget(), {{"measure_id", measure},
                                      {"year", FieldValue{std::int64_t{2026}}},
                                      {"target_hundredths", FieldValue{std::int64_t{1200}}}});
    auto done = cycle::startNextCycle(*c.project, "2026-12-02");
    REQUIRE(done.ok());
    const auto& next = done.value();
    // The KPI showing concern, then the measure: 9.00 beds against 12.00,
    // higher being better (the trajectory rises from 10.00).
    REQUIRE(next.findings.size() == 2);
    const auto& finding = next.findings[1];
    CHECK(finding.fromOutcome);
    CHECK(finding.kpiId == beds);
    CHECK(finding.statement ==
          "The outcome “Crisis care close to home” is off its trajectory for “Crisis house "
          "beds”: 9.00 beds in 2026-10 is worse than the 2026/27 target of 12.00 beds (higher "
          "is better). Review whether the need has changed or the plan is working.");
    CHECK(next.sentence.find("1 KPI showing special cause concern and 1 outcome measure not on "
                             "track made draft needs statements") != std::string::npos);
    CHECK(c.count("SELECT count(*) FROM statement_evidence e JOIN kpi k ON k.id = e.kpi_id "
                  "WHERE k.name = 'Crisis house beds'") == 1);
    // Started again next year, the drafts not yet read are not drafted twice.
    auto again = cycle::startNextCycle(*c.project, "2026-12-02");
    REQUIRE(again.ok());
    CHECK(again.value().findings.empty());
}
