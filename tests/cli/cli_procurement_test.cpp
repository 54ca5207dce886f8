#include "CliSupport.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>

using jointly::cli_testing::Folder;
using Json = nlohmann::json;

namespace {

const Json* milestoneOf(const Json& procurement, const char* step) {
    for (const auto& milestone : procurement["milestones"]) {
        if (milestone["step"] == step) {
            return &milestone;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("timeline prints each procurement's milestones and checks as JSON", "[cli][procure]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    auto run = folder.jointly("timeline west.jointly");
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.empty());
    auto json = Json::parse(run.out);
    REQUIRE(json["procurements"].size() == 2);
    const auto& falls = json["procurements"][0];
    CHECK(falls["name"] == "Community falls and frailty service 2027");
    CHECK(falls["regime"]["text"] == "NHS Provider Selection Regime");
    CHECK(falls["route"]["key"] == "psr_competitive");
    // No value given: the envelope, £1,000,000 a year for three years.
    CHECK(falls["value"]["pence"] == 300000000);
    CHECK(falls["valueFromEnvelope"] == true);
    CHECK(falls["standstillRequired"] == true);
    CHECK(falls["warnings"].empty());
    CHECK(falls["broken"].empty());
    CHECK(falls["milestones"].size() == 13);
    // After the intention notice of Thursday 27 August 2026 the PSR counts
    // from Friday 28 August, leaving out the weekend and the Summer bank
    // holiday (Monday 31 August): Fri 28, Tue 1 to Fri 4, Mon 7, Tue 8, Wed 9.
    const auto* standstill = milestoneOf(falls, "standstill_end");
    REQUIRE(standstill);
    CHECK((*standstill)["dateText"] == "Wednesday 9 September 2026");
    CHECK(json["procurements"][1]["standstillRequired"] == false);

    SECTION("a moved date names the rule it breaks") {
        const auto id = std::to_string((*standstill)["id"].get<std::int64_t>());
        REQUIRE(folder.jointly("set west.jointly milestone " + id + " date=8/9/2026").exitCode ==
                0);
        run = folder.jointly("timeline west.jointly --procurement 'Community falls and frailty "
                             "service 2027'");
        REQUIRE(run.exitCode == 0);
        json = Json::parse(run.out);
        REQUIRE(json["procurements"].size() == 1);
        const auto& broken = json["procurements"][0]["broken"];
        REQUIRE(broken.size() == 1);
        CHECK(broken[0]["rule"] == "standstill");
        CHECK(broken[0]["days"] == 1);
        CHECK(broken[0]["sentence"] ==
              "The standstill ends 1 day too early: under the Provider Selection Regime the "
              "standstill lasts 8 working days counted from the day after the notice of intention "
              "to award is published, so it ends on Wednesday 9 September 2026 at the earliest.");
        CHECK((*milestoneOf(json["procurements"][0], "standstill_end"))["broken"].size() == 1);
    }
    SECTION("an unknown procurement is named with those there are") {
        run = folder.jointly("timeline west.jointly --procurement Nothing");
        CHECK(run.exitCode == 9);
        CHECK(run.err == "jointly: No procurement is called \"Nothing\". The procurements are "
                         "\u201cCommunity falls and frailty service 2027\u201d and \u201cDementia "
                         "home care call-off 2027\u201d.\n");
    }
}

TEST_CASE("plan-timeline lays out a route's milestones as the window does", "[cli][procure]") {
    Folder folder;
    REQUIRE(folder.jointly("new p.jointly --name Eastvale").exitCode == 0);
    REQUIRE(folder
                .jointly("add p.jointly procurement name='Falls service' regime='Procurement "
                         "Act 2023' route='Open procedure'")
                .exitCode == 0);
    auto run =
        folder.jointly("plan-timeline p.jointly --procurement 'Falls service' --from 5/1/2026");
    REQUIRE(run.exitCode == 0);
    CHECK(run.out ==
          "Laid out 15 milestones of \u201cFalls service\u201d from Monday 5 January 2026.\n");
    auto json = Json::parse(folder.jointly("timeline p.jointly").out);
    const auto& falls = json["procurements"][0];
    CHECK(falls["broken"].empty());
    CHECK((*milestoneOf(falls, "uk6"))["date"] == "2026-05-05");
    CHECK((*milestoneOf(falls, "standstill_end"))["date"] == "2026-05-14");
    CHECK((*milestoneOf(falls, "signature"))["date"] == "2026-05-15");
    // No value yet: the thresholds cannot be checked.
    REQUIRE(falls["warnings"].size() == 1);
    CHECK(falls["warnings"][0].get<std::string>().starts_with("Give the estimated value"));

    SECTION("the tender notice waits for the conflicts assessment") {
        const auto notice = std::to_string((*milestoneOf(falls, "uk4"))["id"].get<std::int64_t>());
        run = folder.jointly("set p.jointly milestone " + notice + " done=yes");
        CHECK(run.exitCode == 9);
        CHECK(run.err.find("Write the conflicts assessment before marking") != std::string::npos);
        REQUIRE(folder
                    .jointly("add p.jointly conflicts-assessment-entry procurement='Falls "
                             "service' who='Tom Bray' interest='None identified'")
                    .exitCode == 0);
        REQUIRE(folder.jointly("set p.jointly milestone " + notice + " done=yes").exitCode == 0);
        // Now a milestone is done, the timeline is not laid out again.
        run = folder.jointly(
            "plan-timeline p.jointly --procurement 'Falls service' --from 2026-02-02");
        CHECK(run.exitCode == 9);
        CHECK(run.err.find("marked done") != std::string::npos);
        json = Json::parse(folder.jointly("timeline p.jointly").out);
        CHECK((*milestoneOf(json["procurements"][0], "uk4"))["date"] == "2026-03-02");
    }
    SECTION("what it refuses") {
        run = folder.jointly("plan-timeline p.jointly --procurement 'Falls service' --from soon");
        CHECK(run.exitCode == 9);
        CHECK(run.err == "jointly: \"soon\" is not a date: write it as 2026-04-01 or 1/4/2026. "
                         "Nothing was changed.\n");
        run = folder.jointly("plan-timeline p.jointly --procurement Other --from 2026-01-05");
        CHECK(run.exitCode == 9);
        run = folder.jointly("plan-timeline p.jointly --from 2026-01-05");
        CHECK(run.exitCode == 2);
    }
}

TEST_CASE("direct award C is refused from the command line when the change is considerable",
          "[cli][procure]") {
    Folder folder;
    REQUIRE(folder.jointly("new p.jointly --name Eastvale").exitCode == 0);
    REQUIRE(folder
                .jointly("add p.jointly procurement name=Beds regime=psr "
                         "current_value_pence=£2,000,000 value_pence=£2,600,000 "
                         "change-decided-by-the-authority=yes")
                .exitCode == 0);
    auto run = folder.jointly("set p.jointly procurement 1 route='Direct award process C'");
    CHECK(run.exitCode == 9);
    CHECK(run.err.find("Direct award process C cannot be used for \u201cBeds\u201d: The lifetime "
                       "value goes from £2,000,000.00 to £2,600,000.00, a rise of £600,000.00 "
                       "(30.0%)") != std::string::npos);
    auto json = Json::parse(folder.jointly("timeline p.jointly").out);
    CHECK(json["procurements"][0]["route"]["key"] == "open");
    // At £2,400,000 the rise is 20%, and C is allowed, with the test shown.
    REQUIRE(folder
                .jointly("set p.jointly procurement 1 value_pence=£2,400,000 "
                         "route='Direct award process C'")
                .exitCode == 0);
    json = Json::parse(folder.jointly("timeline p.jointly").out);
    CHECK(json["procurements"][0]["considerableChange"]["considerable"] == false);
    CHECK(json["procurements"][0]["considerableChange"]["recorded"] == true);
}

TEST_CASE("evaluation prints the example's tender: rankings, panel, moderation and summaries",
          "[cli][procure]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    auto run = folder.jointly(
        "evaluation west.jointly --procurement 'Community falls and frailty service 2027'");
    REQUIRE(run.exitCode == 0);
    const auto json = Json::parse(run.out);
    REQUIRE(json["procurements"].size() == 1);
    const auto& falls = json["procurements"][0];
    // Dr Whitfield's interest in the community trust keeps her from its bid.
    CHECK(falls["panel"][1]["name"] == "Dr Sarah Whitfield");
    CHECK(falls["panel"][1]["blockedFor"] == Json::array({"Westshire Community Health NHS Trust"}));
    CHECK(falls["moderation"]["open"] == true);
    CHECK(falls["moderation"]["complete"] == true);
    // 3 bids x 5 scored questions, each with its consensus.
    CHECK(falls["moderation"]["questions"].size() == 15);
    const auto& lot = falls["lots"][0];
    CHECK(lot["final"] == true);
    CHECK(lot["split"]["socialValue"] == 1000);
    // Worked in westshire-procure.sql: 85.67, 84.00 and 70.96 relative to the
    // lowest; the linear formula gives the trust 57.25 + 30 x (1 - 15/270)
    // = 85.58 and the CIC 43.50 + 30 x (1 - 25/270) = 70.72.
    const auto& relative = lot["rankings"][0];
    CHECK(relative["chosen"] == true);
    CHECK(relative["ranked"][0]["points"] == "85.67");
    CHECK(relative["ranked"][1]["points"] == "84.00");
    CHECK(relative["ranked"][2]["points"] == "70.96");
    CHECK(lot["rankings"][1]["ranked"][0]["points"] == "85.58");
    CHECK(lot["rankings"][1]["ranked"][2]["points"] == "70.72");
    CHECK(lot["rankings"][2]["available"] == false);
    // 85.67 - 84.00 = 1.67 points ahead; the linear formula agrees.
    CHECK(lot["recommendation"] ==
          "Recommend awarding the contract to “Westshire Community Health NHS Trust”, ranked "
          "first with 85.67 points (price scored relative to the lowest), 1.67 points ahead of "
          "“Westshire "
          "Voluntary Action consortium”.");
    REQUIRE(falls["assessmentSummaries"].size() == 3);
    CHECK(falls["assessmentSummaries"][1]["winner"] == "Westshire Community Health NHS Trust");
}

TEST_CASE("evaluation hides each evaluator's scores until every evaluator has finished",
          "[cli][procure]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    // Tom Bray (evaluator 3) cannot be reopened: moderation has begun.
    auto run = folder.jointly("set west.jointly evaluator 3 finished=no");
    CHECK(run.exitCode == 9);
    CHECK(run.err.find("scores stay as they were finished") != std::string::npos);
    // A new evaluator on the panel closes moderation, and the scores are hidden.
    REQUIRE(folder
                .jointly("add west.jointly evaluator procurement='Community falls and frailty "
                         "service 2027' name='Jo Ellis'")
                .exitCode == 0);
    const auto json = Json::parse(folder.jointly("evaluation west.jointly").out);
    const auto& moderation = json["procurements"][0]["moderation"];
    CHECK(moderation["open"] == false);
    CHECK(moderation["closedReason"] ==
          "Moderation opens when every evaluator has finished; \u201cJo Ellis\u201d has not.");
    CHECK_FALSE(moderation.contains("questions"));
}

TEST_CASE("contracts prints the register with each year split between the co-funders",
          "[cli][procure]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    auto run = folder.jointly("contracts west.jointly");
    REQUIRE(run.exitCode == 0);
    auto json = Json::parse(run.out);
    // Falls, home care, and the reablement contract the monitoring example
    // measures.
    REQUIRE(json["contracts"].size() == 3);
    const auto& falls = json["contracts"][0];
    CHECK(json["contracts"][1]["provider"] == "Brackenford Home Care Ltd");
    CHECK(json["contracts"][1]["total"]["pence"] == 67200000); // £336,000 a year for two years
    CHECK(falls["provider"] == "Westshire Community Health NHS Trust");
    CHECK(falls["route"]["text"] == "Competitive process");
    CHECK(falls["noticeBy"] == "2029-12-30");
    // Nine months of £950,000 a year in 2027/28: £712,500.00, 40% and 60%.
    const auto& first = falls["years"][0];
    CHECK(first["yearText"] == "2027/28");
    CHECK(first["value"]["pence"] == 71250000);
    CHECK(first["byFunder"][0]["value"]["pence"] == 28500000);
    CHECK(first["byFunder"][1]["value"]["pence"] == 42750000);
    // £2,850,000 in all, 5% at risk: £142,500.00.
    CHECK(falls["total"]["pence"] == 285000000);
    CHECK(falls["atRisk"]["pence"] == 14250000);
    CHECK(falls["kpis"].size() == 3);
    CHECK(falls["kpis"][0]["target"] == "2050.00");
    // As at 1 December 2026 nothing is due within six months; as at 15 July
    // 2029 the extension decision (30 September) and the notice (30
    // December) both are.
    CHECK(Json::parse(folder.jointly("contracts west.jointly --due-within 6 --as-at 2026-12-01")
                          .out)["contracts"]
              .empty());
    json =
        Json::parse(folder.jointly("contracts west.jointly --due-within 6 --as-at 15/7/2029").out);
    REQUIRE(json["contracts"].size() == 1);
    REQUIRE(json["contracts"][0]["alerts"].size() == 2);
    CHECK(json["contracts"][0]["alerts"][0]["sentence"] ==
          "Notice on \u201cCommunity falls and frailty service 2027-2030\u201d must be given by "
          "Sunday 30 December 2029, in 168 days.");
    run = folder.jointly("contracts west.jointly --due-within soon");
    CHECK(run.exitCode == 9);
    CHECK(run.err == "jointly: \"soon\" is not a number of months: give a whole number from 0 "
                     "to 120, such as 6.\n");
}

TEST_CASE("export-ocds writes the procurements as an OCDS release package",
          "[cli][procure][ocds]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    // The example has no registered prefix: the verb says how to give one.
    auto refused = folder.jointly("export-ocds west.jointly out.json");
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.find("no OCDS prefix yet") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(folder / "out.json"));

    auto run = folder.jointly("export-ocds west.jointly out.json --prefix ocds-test01");
    REQUIRE(run.exitCode == 0);
    CHECK(run.out == "Wrote 8 releases of 2 procurements to out.json\n");
    std::ifstream in(folder / "out.json");
    const auto package = Json::parse(in);
    CHECK(package["releases"][0]["ocid"] == "ocds-test01-1");
    CHECK(package["releases"][3]["contracts"][0]["agreedMetrics"].size() == 3);

    // The prefix set in the file, as the window sets it, is used without --prefix.
    REQUIRE(folder.jointly("set west.jointly 'publishing settings' 1 'OCDS prefix=ocds-wst001'")
                .exitCode == 0);
    run = folder.jointly("export-ocds west.jointly call-off.json --procurement 'Dementia home "
                         "care call-off 2027'");
    REQUIRE(run.exitCode == 0);
    CHECK(run.out == "Wrote 4 releases of 1 procurement to call-off.json\n");
    std::ifstream callOff(folder / "call-off.json");
    CHECK(Json::parse(callOff)["releases"][0]["ocid"] == "ocds-wst001-2");

    auto bad = folder.jointly("set west.jointly 'publishing settings' 1 'OCDS prefix=FTS'");
    CHECK(bad.exitCode != 0);
    CHECK(bad.err.find("is not an OCDS prefix") != std::string::npos);
}

TEST_CASE("contracts reconciles each contract against the plan's allocations that pay for it",
          "[cli][procure][funding]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    auto run = folder.jointly("contracts west.jointly");
    REQUIRE(run.exitCode == 0);
    const auto json = Json::parse(run.out);
    const auto& plan = json["contracts"][0]["plan"];
    // 2027/28 and 2028/29 are planned exactly; the last two years are beyond the plan.
    REQUIRE(plan.size() == 4);
    CHECK(plan[0]["yearText"] == "2027/28");
    CHECK(plan[0]["planned"]["pence"] == 71250000);
    CHECK(plan[0]["matches"] == true);
    CHECK(plan[1]["contract"]["pence"] == 95000000);
    CHECK(plan[2]["matches"] == false);
    CHECK(plan[2]["sentence"] == "In 2029/30 “Community falls and frailty service 2027-2030” "
                                 "costs £950,000.00 and the plan allocates nothing to it yet.");
    // The council's parts: 18,604,800,000 of 33,660,000,000 contributed in
    // 2027/28, so £393,818.18 of the plan's £712,500.00; 40% of the contract.
    CHECK(plan[0]["byPartner"][0]["planned"]["pence"] == 39381818);
    CHECK(plan[0]["byPartner"][0]["contract"]["pence"] == 28500000);
}

TEST_CASE("score and moderate record the evaluation from the command line as the Evaluation tab "
          "does",
          "[cli][procure]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    // Every evaluator of the example has finished: their scores stand.
    auto finished = folder.jointly("score west.jointly 'Gareth Lloyd' 2 'Service model' 3");
    CHECK(finished.exitCode == 9);
    CHECK(finished.err == "jointly: Gareth Lloyd has finished, so their scores are kept as they "
                          "are. Scores change in moderation, where the originals are kept.\n");

    // A tender of its own: one question, one bid, one evaluator who has
    // declared their interests.
    const auto id = [&](const std::string& arguments) {
        auto run = folder.jointly(arguments);
        REQUIRE(run.exitCode == 0);
        return run.out.substr(0, run.out.find('\n'));
    };
    const auto tender = id("add west.jointly procurement name='Test tender'");
    id("add west.jointly award-criterion procurement_id=" + tender +
       " name='Outcomes focus' category=quality weight_bp=100%");
    id("add west.jointly bid procurement_id=" + tender + " name='Bidder A'");
    const auto evie = id("add west.jointly evaluator procurement_id=" + tender +
                         " name=Evie interests-declared-on=2027-01-10");
    auto scored =
        folder.jointly("score west.jointly Evie 'Bidder A' 'Outcomes focus' 3 --note 'Clear'");
    REQUIRE(scored.exitCode == 0);
    CHECK(scored.out == "Score “Bidder A” on “Outcomes focus” for Evie\n");
    // Until Evie has finished, no ranking, recommendation or summary shows
    // what she scored.
    auto withheld = Json::parse(folder
                                    .jointly("evaluation west.jointly --procurement "
                                             "'Test tender'")
                                    .out);
    const auto& hidden = withheld["procurements"][0]["lots"][0];
    CHECK(hidden["rankings"].empty());
    CHECK(hidden["recommendation"] ==
          "The results are shown when every evaluator has finished, so that no one sees the "
          "others' scores first; “Evie” has not.");
    CHECK(withheld["procurements"][0]["assessmentSummaries"].empty());
    CHECK(withheld["procurements"][0]["resultsWithheld"] == true);
    CHECK(withheld["procurements"][0]["pricesSealed"] == true);
    REQUIRE(folder.jointly("set west.jointly evaluator " + evie + " finished=yes").exitCode == 0);
    // 3 of 4 on the only question, weighted 100%: 75.00 points.
    auto evaluation = Json::parse(folder
                                      .jointly("evaluation west.jointly --procurement "
                                               "'Test tender'")
                                      .out);
    const auto& lot = evaluation["procurements"][0]["lots"][0];
    REQUIRE(lot["rankings"].size() == 3);
    CHECK(evaluation["procurements"][0]["pricesSealed"] == false);
    CHECK(lot["rankings"][0]["ranked"][0]["points"] == "75.00");
    CHECK(lot["recommendation"] ==
          "Recommend awarding the contract to “Bidder A”, ranked first "
          "with 75.00 points (price scored relative to the lowest), the only bid "
          "ranked.");
    auto off = folder.jointly("score west.jointly Evie 'Bidder A' 'Outcomes focus' 9");
    CHECK(off.exitCode == 9);
    CHECK(off.err == "jointly: The score 9 is off this procurement's scale of 0 to 4.\n");
    auto words = folder.jointly("score west.jointly Evie 'Bidder A' 'Outcomes focus' three");
    CHECK(words.exitCode == 9);
    CHECK(words.err.find("“three” is not a score") != std::string::npos);

    // Moderation of the example: a consensus needs its reason.
    auto unexplained = folder.jointly("moderate west.jointly 2 'Service model' 3 --reason ' '");
    CHECK(unexplained.exitCode == 9);
    auto agreed = folder.jointly(
        "moderate west.jointly 2 'Service model' 3 --reason 'Agreed when the panel met'");
    REQUIRE(agreed.exitCode == 0);
    CHECK(agreed.out == "Moderate “Westshire Voluntary Action consortium” on “Service model”\n");
    CHECK(folder.jointly("moderate west.jointly 2 'Service model' 3").exitCode == 2);
}

TEST_CASE("a contract lists the services it delivers and the other specifications it covers",
          "[cli][procure]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    // The example's falls contract takes over two services of the map.
    auto listed = Json::parse(folder.jointly("list west.jointly service-delivered --json").out);
    REQUIRE(listed["records"].size() == 2);
    auto run = folder.jointly("list west.jointly service-delivered");
    CHECK(run.out.find("  Contract: Community falls and frailty service 2027-2030\n"
                       "  Service: Strength and balance classes\n") != std::string::npos);

    // Each once, with a sentence; the contract's own specification is not
    // listed again.
    run = folder.jointly("add west.jointly service-delivered contract_id=1 service_id=1");
    CHECK(run.exitCode == 9);
    CHECK(run.err == "jointly: \u201cCommunity falls response and rehabilitation\u201d is already "
                     "a service the contract \u201cCommunity falls and frailty service "
                     "2027-2030\u201d delivers. Nothing was added.\n");
    run = folder.jointly("add west.jointly specification-covered contract_id=1 specification_id=1");
    CHECK(run.exitCode == 9);
    CHECK(run.err.find("is the specification the contract \u201cCommunity falls and frailty "
                       "service 2027-2030\u201d was procured for already") != std::string::npos);
    run = folder.jointly("add west.jointly specification-covered contract_id=1 specification_id=2");
    REQUIRE(run.exitCode == 0);
    run = folder.jointly("add west.jointly specification-covered contract_id=1 specification_id=2");
    CHECK(run.exitCode == 9);
    CHECK(run.err.find("is already listed as covered by the contract") != std::string::npos);
    // Deleting the contract takes what it delivers with it.
    run = folder.jointly("delete west.jointly contract 1");
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    listed = Json::parse(folder.jointly("list west.jointly service-delivered --json").out);
    CHECK(listed["records"].empty());
    CHECK(
        Json::parse(folder.jointly("list west.jointly specification-covered --json").out)["records"]
            .empty());
}

TEST_CASE("the market engagement log keeps each dialogue with a provider and what it informed",
          "[cli][procure]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    // The example's four: the provider event, two one-to-ones and a
    // questionnaire, each informing a specification.
    auto listed = Json::parse(folder.jointly("list west.jointly market-engagement --json").out);
    REQUIRE(listed["records"].size() == 4);
    auto run = folder.jointly("add west.jointly market-engagement provider_id=7 held_on=12/10/2026 "
                              "format=one_to_one learned='Could run classes in two localities' "
                              "specification_id=1");
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    run = folder.jointly("list west.jointly market-engagement");
    CHECK(run.out.find("  Provider: Active Ageing Partnership CIC\n") != std::string::npos);
    CHECK(run.out.find("2026-10-12") != std::string::npos);
    CHECK(run.out.find("  Specification informed: Community falls and frailty service\n") !=
          std::string::npos);
    // A format that is not one of the four is refused, naming them.
    run = folder.jointly("add west.jointly market-engagement format=webinar");
    CHECK(run.exitCode == 9);
    CHECK(run.err.find("webinar") != std::string::npos);
    // Deleted, it is gone, and the example's four remain.
    REQUIRE(folder.jointly("delete west.jointly market-engagement 5").exitCode == 0);
    listed = Json::parse(folder.jointly("list west.jointly market-engagement --json").out);
    CHECK(listed["records"].size() == 4);
}
