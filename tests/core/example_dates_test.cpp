#include "core/TestSupport.h"

#include "project/Project.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

using namespace jointly;
using jointly::testing::TempDir;

// The example partnership is told as at Wednesday 2 December 2026, the date
// its monitoring runs to (figures to November 2026) and the date the tests
// of its review, dashboard and next cycle use. Whatever it says has
// happened (a milestone done, a bid received, a figure) happened by then, so
// a user opening it sees no procurement step marked done months ahead.
TEST_CASE("the example partnership tells one date: nothing it says is done lies after it",
          "[example]") {
    TempDir dir;
    const auto copy = dir.file("Westshire.jointly");
    std::filesystem::copy_file(JOINTLY_EXAMPLE_FILE, copy);
    auto opened = project::Project::open(copy);
    REQUIRE(opened.ok());
    auto& db = opened.value()->database();

    const std::vector<std::pair<const char*, const char*>> happened = {
        {"procurement milestones marked done",
         "SELECT count(*) FROM procurement_milestone WHERE done = 1 AND due_on > '2026-12-02'"},
        {"plan actions marked done",
         "SELECT count(*) FROM plan_action WHERE status = 'done' AND due_on > '2026-12-02'"},
        {"market engagement",
         "SELECT count(*) FROM market_engagement WHERE held_on > '2026-12-02'"},
        {"conflicts assessments",
         "SELECT count(*) FROM procurement_conflict WHERE assessed_on > '2026-12-02'"},
        {"bids received", "SELECT count(*) FROM bid WHERE received_on > '2026-12-02'"},
        {"evaluators' declarations",
         "SELECT count(*) FROM evaluator WHERE declared_on > '2026-12-02'"},
        {"evaluators' interests",
         "SELECT count(*) FROM evaluator_interest WHERE declared_on > '2026-12-02'"},
        {"declared interests",
         "SELECT count(*) FROM declared_interest WHERE declared_on > '2026-12-02'"},
        {"engagement heard", "SELECT count(*) FROM engagement WHERE heard_on > '2026-12-02'"},
        {"KPI figures", "SELECT count(*) FROM kpi_actual WHERE length(period) = 7 AND "
                        "period > '2026-11'"},
        {"annotations", "SELECT count(*) FROM kpi_annotation WHERE length(period) = 7 AND "
                        "period > '2026-11'"},
        {"rebases decided", "SELECT count(*) FROM kpi_rebase WHERE decided_on > '2026-12-02'"},
        {"performance notices issued",
         "SELECT count(*) FROM performance_notice WHERE issued_on > '2026-12-02' OR "
         "closed_on > '2026-12-02'"},
        {"remedial milestones done",
         "SELECT count(*) FROM remedial_milestone WHERE done_on > '2026-12-02'"},
        {"contract assessments",
         "SELECT count(*) FROM contract_assessment WHERE assessed_on > '2026-12-02'"},
    };
    for (const auto& [what, sql] : happened) {
        INFO(what);
        CHECK(db.queryInt64(sql) == 0);
    }

    // And the story has both sides of the date: both procurements' contracts
    // signed in 2026, services starting in 2027 still to come, and figures
    // up to November 2026.
    CHECK(db.queryInt64("SELECT count(*) FROM procurement_milestone WHERE step = 'signature' AND "
                        "done = 1 AND due_on BETWEEN '2026-01-01' AND '2026-12-02'") == 2);
    CHECK(db.queryInt64("SELECT count(*) FROM procurement_milestone WHERE step = 'service_start' "
                        "AND done = 0 AND due_on > '2026-12-02'") == 2);
    CHECK(db.queryInt64("SELECT count(*) FROM kpi_actual WHERE period = '2026-11'") > 0);
}
