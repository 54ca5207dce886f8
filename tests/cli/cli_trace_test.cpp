#include "CliSupport.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>

using jointly::cli_testing::Folder;
using Json = nlohmann::json;

TEST_CASE("trace shows a record's chain both ways, lists the gaps and writes the matrix, and "
          "refuses what it cannot do with a sentence",
          "[cli][trace]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);

    // By name as well as by id.
    auto text = folder.jointly("trace west.jointly priority \"Prevent falls among older people\"");
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.rfind("Priority 1 \u201CPrevent falls among older people\u201D (Plan)\n"
                         "Where it came from:\n"
                         "  needs statement 1 \u201CEmergency admissions for falls",
                         0) == 0);
    CHECK(text.out.find("\nWhat it led to:\n  chose option 2 \u201CCommunity falls service with "
                        "strength and balance classes\u201D\n    is specified in specification 1 "
                        "\u201CCommunity falls and frailty service\u201D\n") != std::string::npos);
    CHECK(text.out.find("        was awarded as contract 1 \u201CCommunity falls and frailty "
                        "service 2027-2030\u201D\n          is measured by KPI 1") !=
          std::string::npos);

    auto json = folder.jointly("trace west.jointly kpi 7 --json");
    REQUIRE(json.exitCode == 0);
    const auto chain = Json::parse(json.out);
    CHECK(chain["record"]["name"] == "Still at home 91 days after reablement");
    CHECK(chain["cameFrom"][0]["kind"] == "contract");
    CHECK(chain["cameFrom"][0]["link"] == "is measured by");
    CHECK(chain["ledTo"].back()["kind"] == "observed values");
    CHECK(chain["ledTo"].back()["name"] == "24 figures; the latest, 2026-11: 84.60 %");

    auto gaps = folder.jointly("trace west.jointly --gaps");
    REQUIRE(gaps.exitCode == 0);
    CHECK(gaps.out == "Procure\n  KPI \u201CReferrals to reablement\u201D serves no outcome: "
                      "choose the outcome it measures, or one its contract's specification "
                      "aims at.\n");
    REQUIRE(folder.jointly("set west.jointly kpi 10 outcome=1").exitCode == 0);
    auto none = folder.jointly("trace west.jointly --gaps --json");
    REQUIRE(none.exitCode == 0);
    CHECK(Json::parse(none.out)["gaps"].empty());

    auto matrix = folder.jointly("trace west.jointly --matrix chains.html");
    REQUIRE(matrix.exitCode == 0);
    CHECK(matrix.out == "Wrote 17 chains to chains.html.\n");
    CHECK(jointly::cli_testing::readFile(folder / "chains.html").find("<th>Option chosen</th>") !=
          std::string::npos);

    auto badKind = folder.jointly("trace west.jointly gizmo 1");
    CHECK(badKind.exitCode != 0);
    CHECK(badKind.err.find("no kind of record called \"gizmo\"") != std::string::npos);
    auto missing = folder.jointly("trace west.jointly priority 99");
    CHECK(missing.exitCode != 0);
    CHECK_FALSE(missing.err.empty());
    auto badEnding = folder.jointly("trace west.jointly --matrix chains.txt");
    CHECK(badEnding.exitCode != 0);
    CHECK(badEnding.err.find("ending in .csv or .html") != std::string::npos);
    CHECK(folder.jointly("trace west.jointly --gaps --matrix x.csv").exitCode != 0);
    CHECK(folder.jointly("trace west.jointly priority").exitCode != 0);
}
