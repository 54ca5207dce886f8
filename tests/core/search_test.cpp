#include "core/PlanStoreTestSupport.h"

#include "needs/NeedsKinds.h"
#include "partnership/PartnershipKinds.h"
#include "planning/PlanningKinds.h"
#include "search/SearchIndex.h"

#include <catch2/catch.hpp>

using namespace jointly;
using jointly::testing::number;
using jointly::testing::PlanProject;
using jointly::testing::text;

namespace {

std::vector<std::string> names(const std::vector<search::SearchHit>& hits) {
    std::vector<std::string> found;
    for (const auto& hit : hits) {
        found.push_back(hit.name);
    }
    return found;
}

} // namespace

TEST_CASE("search finds every record holding the words, in every stage, a name before the text, "
          "grouped by stage, with English stemming",
          "[search]") {
    PlanProject p;
    const auto council = p.add(partnership::partnerOrganisation(),
                               {{"name", text("Westshire County Council")},
                                {"notes", text("Commissioned the community falls service.")}});
    p.add(needs::needsStatement(),
          {{"statement", text("Falls admissions among older people are 20% above England.")}});
    p.add(planning::priority(),
          {{"name", text("Prevent falls")}, {"rationale", text("Strength and balance.")}});
    p.add(planning::priority(),
          {{"name", text("Carers' breaks")}, {"rationale", text("Fewer carers reach crisis.")}});

    search::SearchIndex index(p.db());
    auto falls = index.find("falls");
    // Three records hold "falls": the priority and the statement in their
    // names, the council in its notes. Names come first, the shortest first
    // (the priority's 13 characters before the statement's 58), then the
    // text; grouped by stage, the stage of the best match first: Plan, then
    // Needs, then Partnership.
    REQUIRE(falls.size() == 3);
    CHECK(names(falls) == std::vector<std::string>{"Prevent falls",
                                                   "Falls admissions among older people are "
                                                   "20% above England.",
                                                   "Westshire County Council"});
    CHECK(falls[0].stage == "Plan");
    CHECK(falls[0].kind == "priority");
    CHECK(falls[1].stageKey == "needs");
    CHECK(falls[2].table == "partner_organisation");
    CHECK(falls[2].id == council);
    // The match is marked in the words around it.
    CHECK(falls[2].snippet.find(std::string{search::kMatchStart} + "falls" + search::kMatchEnd) !=
          std::string::npos);

    // English stemming: "commissioning" finds "Commissioned"; "carer" finds
    // "Carers'" and "carers".
    CHECK(names(index.find("commissioning")) ==
          std::vector<std::string>{"Westshire County Council"});
    CHECK(names(index.find("carer")) == std::vector<std::string>{"Carers' breaks"});
    // Every word must be there; the last may be the start of one.
    CHECK(names(index.find("falls westsh")) ==
          std::vector<std::string>{"Westshire County Council"});
    CHECK(index.find("falls carers").empty());
    // A word half typed is the start of a whole word, not only of a stem:
    // "community" is stemmed to "commun", which "communit" does not start,
    // so the search completes "communit" to the words the records hold.
    CHECK(names(index.find("communit")) == std::vector<std::string>{"Westshire County Council"});
    CHECK(names(index.find("falls Communi")) ==
          std::vector<std::string>{"Westshire County Council"});
    CHECK(names(index.find("commissio")) == std::vector<std::string>{"Westshire County Council"});
    CHECK(index.find("communitx").empty());
    // What would be query syntax is read as words, never as a query.
    CHECK_NOTHROW(index.find("falls\" OR NEAR( * ^ -"));
    CHECK(index.find("  ").empty());
    CHECK(index.size() == 4);

    // A word late in a long statement is found, though lists show only
    // the statement's start.
    p.add(needs::needsStatement(),
          {{"statement", text("Delayed discharges from the acute hospital rose in winter, above "
                              "all for people waiting for reablement.")}});
    index.refresh(p.db(), {"needs_statement"});
    const auto late = index.find("reablement");
    REQUIRE(late.size() == 1);
    CHECK(late[0].name == "Delayed discharges from the acute hospital rose in winter...");

    // Kept in step: a renamed partner is found by its new name only.
    p.set(partnership::partnerOrganisation(), council, "name", text("Westshire Council"));
    index.refresh(p.db(), {"partner_organisation"});
    CHECK(index.find("county").empty());
    CHECK(names(index.find("westshire")) == std::vector<std::string>{"Westshire Council"});
    REQUIRE(p.project->undo().ok());
    index.refresh(p.db(), {"partner_organisation"});
    CHECK(names(index.find("county")) == std::vector<std::string>{"Westshire County Council"});
}
