#include "CliSupport.h"

#include <catch2/catch.hpp>

#include "project/Schema.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using jointly::cli_testing::Folder;
using Json = nlohmann::json;

TEST_CASE("status gives each stage's completeness and what is still to do, as the navigator does",
          "[cli][status]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);

    SECTION("as JSON, every stage of the cycle in order, the built ones at least 90% complete") {
        auto run = folder.jointly("status west.jointly --json");
        REQUIRE(run.exitCode == 0);
        CHECK(run.err.empty());
        const auto json = Json::parse(run.out);
        CHECK(json["partnership"] == "Westshire Joint Commissioning Unit");
        CHECK(json["format"] == jointly::project::kCurrentSchemaVersion);
        CHECK(json["integrity"] == "ok");
        const auto& stages = json["stages"];
        REQUIRE(stages.size() == 5);
        const std::vector<std::string> keys = {"partnership", "needs", "plan", "procure",
                                               "monitor"};
        for (std::size_t i = 0; i < keys.size(); ++i) {
            CHECK(stages[i]["key"] == keys[i]);
        }
        for (std::size_t i = 0; i < 4; ++i) {
            INFO(keys[i]);
            CHECK(stages[i]["built"] == true);
            CHECK(stages[i]["percent"].get<int>() >= 90);
            // percent is the parts filled in out of all, rounded down, and
            // short of 100 while anything is left to do.
            const int share =
                stages[i]["partsFilledIn"].get<int>() * 100 / stages[i]["parts"].get<int>();
            CHECK(stages[i]["percent"].get<int>() ==
                  (stages[i]["stillToDo"].empty() ? share : std::min(share, 99)));
        }
        CHECK(stages[0]["complete"] == true);
        CHECK(stages[0]["stillToDo"].empty());
        CHECK(stages[1]["complete"] == true);
        // All 14 of the plan's parts are filled in, but its allocations for
        // one year are more than was put in, so it is not complete: 99%.
        CHECK(stages[2]["partsFilledIn"] == 14);
        CHECK(stages[2]["parts"] == 14);
        CHECK(stages[2]["percent"] == 99);
        CHECK(stages[2]["stillToDo"] ==
              Json::array({"Allocations exceed contributions in 1 year: see the reconciliation "
                           "under Budget."}));
        CHECK(stages[3]["complete"] == true);
        CHECK(stages[3]["stillToDo"].empty());
        // The reablement KPIs have figures; the falls and home care
        // contracts start in 2027, so theirs are not due yet.
        CHECK(stages[4]["built"] == true);
        CHECK(stages[4]["complete"] == true);
        CHECK(stages[4]["stillToDo"].empty());
        // What the file holds, as `check` counts it.
        CHECK(json["holds"]["partner organisations"] == 9);
        CHECK(json["holds"]["indicators"] == 10);
        CHECK(json["holds"]["indicator values"] == 560);
        CHECK(json["holds"]["needs statements"] == 8);
        CHECK(json["holds"]["options appraisals"] == 3);
    }
    SECTION("as text") {
        auto run = folder.jointly("status west.jointly");
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.starts_with("west.jointly: Westshire Joint Commissioning Unit\n\n"
                                  "Partnership: complete\n"
                                  "Needs assessment: complete\n"
                                  "Planning: 99% complete, 1 to do\n"
                                  "  - Allocations exceed contributions in 1 year: see the "
                                  "reconciliation under Budget.\n"
                                  "Procurement: complete\n"
                                  "Monitoring: complete\n\n"
                                  "The file holds:\n"
                                  "  Objectives: 6\n"));
    }
}

TEST_CASE("status of a new partnership lists everything still to do", "[cli][status]") {
    Folder folder;
    REQUIRE(folder.jointly("new new.jointly --name 'Eastvale'").exitCode == 0);
    auto run = folder.jointly("status new.jointly --json");
    REQUIRE(run.exitCode == 0);
    const auto json = Json::parse(run.out);
    const auto& needs = json["stages"][1];
    CHECK(needs["percent"] == 0);
    CHECK(needs["partsFilledIn"] == 0);
    CHECK(needs["parts"] == 12);
    CHECK(needs["stillToDo"].size() == 12);
    CHECK(needs["stillToDo"][0] ==
          "Record the partnership's own area (with its name and code) under Areas.");
    // The partnership has its name, and nothing else: 1 of 14 parts = 7%.
    const auto& partnership = json["stages"][0];
    CHECK(partnership["partsFilledIn"] == 1);
    CHECK(partnership["parts"] == 14);
    CHECK(partnership["percent"] == 7);
    CHECK(json["holds"]["indicator values"] == 0);
}

TEST_CASE("status refuses what it cannot read, with the usual exit codes", "[cli][status]") {
    Folder folder;
    auto missing = folder.jointly("status nowhere.jointly");
    CHECK(missing.exitCode == 3);
    CHECK(missing.out.empty());
    auto bare = folder.jointly("status");
    CHECK(bare.exitCode == 2);
    CHECK(
        bare.err.starts_with("jointly: status needs FILE.\nUsage: jointly status FILE [--json]\n"));
    auto odd = folder.jointly("status a.jointly --yaml");
    CHECK(odd.exitCode == 2);
    CHECK(odd.err.starts_with("jointly: status does not understand \"--yaml\".\n"));
}
