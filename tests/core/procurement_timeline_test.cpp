#include "procurement/Routes.h"
#include "procurement/Timeline.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using jointly::procurement::BrokenRule;
using jointly::procurement::checkTimeline;
using jointly::procurement::Milestone;
using jointly::procurement::planTimeline;

namespace {

std::vector<Milestone> planned(const char* regime, const char* route, const char* first) {
    auto timeline = planTimeline(regime, route, first);
    REQUIRE(timeline.ok());
    return timeline.value();
}

void move(std::vector<Milestone>& milestones, const char* step, const char* date) {
    for (auto& milestone : milestones) {
        if (milestone.step == step) {
            milestone.dueOn = date;
            return;
        }
    }
    milestones.push_back({0, step, std::string(jointly::procurement::stepName(step)), date, false});
}

// Milestones given by hand, in the route's order.
std::vector<Milestone> given(std::initializer_list<std::pair<const char*, const char*>> dates) {
    std::vector<Milestone> milestones;
    for (const auto& [step, date] : dates) {
        move(milestones, step, date);
    }
    return milestones;
}

} // namespace

TEST_CASE("an open procedure's timeline laid out from its first date", "[procurement]") {
    // From Monday 5 January 2026, by the route's default spacing, each date
    // moved on past weekends and bank holidays:
    //   market engagement Mon 5 Jan; UK2 +14 Mon 19 Jan; UK4 +42 Mon 2 Mar;
    //   clarification +18 Fri 20 Mar; tender deadline +12 Wed 1 Apr (a
    //   tender period of 30 days); evaluation +14 Wed 15 Apr; moderation +7
    //   Wed 22 Apr; award decision +7 Wed 29 Apr; assessment summaries +3
    //   Sat 2 May, moved past Sunday and the Early May bank holiday (Mon 4
    //   May) to Tue 5 May; UK6 the same day.
    //   Standstill (Act s.51): 8 working days beginning with Tue 5 May:
    //   5, 6, 7, 8, 11, 12, 13, 14 May, so it ends Thu 14 May; signed on the
    //   next working day, Fri 15 May; UK7 +14 Fri 29 May; mobilisation +1 Sat
    //   30 May, moved to Mon 1 Jun; service start +90 Sun 30 Aug, moved past
    //   the Summer bank holiday (Mon 31 Aug) to Tue 1 Sep 2026.
    const auto timeline = planned("act", "open", "2026-01-05");
    std::vector<std::pair<std::string, std::string>> dates;
    for (const auto& milestone : timeline) {
        dates.emplace_back(milestone.step, milestone.dueOn);
    }
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"market_engagement", "2026-01-05"},
        {"uk2", "2026-01-19"},
        {"uk4", "2026-03-02"},
        {"clarification_deadline", "2026-03-20"},
        {"tender_deadline", "2026-04-01"},
        {"evaluation", "2026-04-15"},
        {"moderation", "2026-04-22"},
        {"award_decision", "2026-04-29"},
        {"assessment_summaries", "2026-05-05"},
        {"uk6", "2026-05-05"},
        {"standstill_end", "2026-05-14"},
        {"signature", "2026-05-15"},
        {"uk7", "2026-05-29"},
        {"mobilisation", "2026-06-01"},
        {"service_start", "2026-09-01"},
    };
    CHECK(dates == expected);
    CHECK(timeline[2].name == "Tender notice (UK4)");
    // What is laid out keeps every rule.
    CHECK(checkTimeline("act", "open", timeline).empty());
}

TEST_CASE("every route's laid-out timeline keeps its own rules under its regime", "[procurement]") {
    for (const auto& route : jointly::procurement::routes()) {
        for (const char* regime : {"psr", "act", "act_light_touch", "below_threshold", "none"}) {
            INFO(route.key << " under " << regime);
            const auto timeline = planned(regime, std::string(route.key).c_str(), "2026-12-21");
            CHECK(timeline.size() == route.steps.size());
            for (const auto& broken : checkTimeline(regime, route.key, timeline)) {
                FAIL_CHECK(broken.sentence);
            }
        }
    }
}

TEST_CASE("a tender period under 25 days says by how much and the earliest deadline",
          "[procurement]") {
    auto timeline = planned("act", "open", "2026-01-05");
    move(timeline, "clarification_deadline", "2026-03-13");
    move(timeline, "tender_deadline", "2026-03-22"); // 20 days after UK4 on Mon 2 March
    auto broken = checkTimeline("act", "open", timeline);
    REQUIRE(broken.size() == 1);
    CHECK(broken[0].step == "tender_deadline");
    CHECK(broken[0].rule == "tender period");
    CHECK(broken[0].days == 5);
    // 2 March + 25 days = 27 March.
    CHECK(broken[0].sentence ==
          "The tender deadline is 5 days too early: under the Procurement Act 2023 (s.54) the "
          "tender period must be at least 25 days from the tender notice (UK4), and it is 20 "
          "days. The earliest it can be is Friday 27 March 2026.");

    SECTION("a planned procurement notice 46 days before the tender notice allows 10 days") {
        // 15 January to 2 March: 16 days of January, 28 of February, 2 of March.
        move(timeline, "uk3", "2026-01-15");
        CHECK(checkTimeline("act", "open", timeline).empty());
        move(timeline, "tender_deadline", "2026-03-11"); // 9 days
        broken = checkTimeline("act", "open", timeline);
        REQUIRE(broken.size() == 2); // the order (before clarification), then the minimum
        CHECK(broken[1].days == 1);
        CHECK(broken[1].sentence.find("at least 10 days") != std::string::npos);
    }
    SECTION("one published only 29 days before does not") {
        move(timeline, "uk3", "2026-02-01");
        broken = checkTimeline("act", "open", timeline);
        REQUIRE(broken.size() == 1);
        CHECK(broken[0].sentence ==
              "The tender deadline is 5 days too early: under the Procurement Act 2023 (s.54) the "
              "tender period must be at least 25 days from the tender notice (UK4), and it is 20 "
              "days; the planned procurement notice (UK3) would shorten it to 10 days only if "
              "published 40 days to a year before the tender notice, and it is 29 days before "
              "it. The earliest it can be is Friday 27 March 2026.");
    }
    SECTION("light-touch and below-threshold contracts have no minimum") {
        CHECK(checkTimeline("act_light_touch", "open", timeline).empty());
        CHECK(checkTimeline("below_threshold", "open", timeline).empty());
    }
}

TEST_CASE("a competitive flexible procedure's participation and tendering periods",
          "[procurement]") {
    auto timeline = given({{"uk4", "2026-03-02"},
                           {"participation_deadline", "2026-03-16"}, // 14 days
                           {"invitation", "2026-03-20"},
                           {"tender_deadline", "2026-04-13"}}); // 24 days
    const auto broken = checkTimeline("act", "competitive_flexible", timeline);
    REQUIRE(broken.size() == 2);
    CHECK(broken[0].rule == "participation period");
    CHECK(broken[0].days == 11);
    CHECK(broken[1].rule == "tendering period");
    CHECK(broken[1].days == 1);
    CHECK(broken[1].sentence.find("from the invitation to tender") != std::string::npos);
}

TEST_CASE("a standstill ending early, and a contract signed inside it, under each regime",
          "[procurement]") {
    SECTION("the Act counts from the day of the award notice") {
        // UK6 on Tuesday 24 December 2024: 24, 27, 30, 31 December, 2, 3, 6,
        // 7 January (25, 26 December and 1 January are bank holidays), so the
        // standstill ends Tuesday 7 January 2025.
        auto timeline = given(
            {{"uk6", "2024-12-24"}, {"standstill_end", "2025-01-06"}, {"signature", "2025-01-07"}});
        const auto broken = checkTimeline("act", "open", timeline);
        REQUIRE(broken.size() == 2);
        CHECK(broken[0].step == "standstill_end");
        CHECK(broken[0].days == 1);
        CHECK(broken[0].sentence ==
              "The standstill ends 1 day too early: under the Procurement Act 2023 (s.51) the "
              "standstill lasts 8 working days beginning with the day the contract award notice "
              "(UK6) is published, so it ends on Tuesday 7 January 2025 at the earliest.");
        CHECK(broken[1].step == "signature");
        CHECK(broken[1].days == 1);
        CHECK(broken[1].sentence.starts_with("The contract is signed 1 day too early:"));
        CHECK(broken[1].sentence.ends_with("Sign on Wednesday 8 January 2025 or later."));
        move(timeline, "standstill_end", "2025-01-07");
        move(timeline, "signature", "2025-01-08");
        CHECK(checkTimeline("act", "open", timeline).empty());
    }
    SECTION("the PSR counts from the day after the notice of intention") {
        // Intention on 24 December 2024: from 27 December, 27, 30, 31
        // December, 2, 3, 6, 7, 8 January, so it ends Wednesday 8 January.
        auto timeline = given({{"psr_intention", "2024-12-24"},
                               {"standstill_end", "2025-01-07"},
                               {"signature", "2025-01-08"}});
        const auto broken = checkTimeline("psr", "psr_competitive", timeline);
        REQUIRE(broken.size() == 2);
        CHECK(broken[0].sentence.ends_with(
            "from the day after the notice of intention to award is published, so it ends on "
            "Wednesday 8 January 2025 at the earliest."));
        CHECK(broken[1].sentence.ends_with("Sign on Thursday 9 January 2025 or later."));
    }
    SECTION("where the standstill is voluntary it is not checked") {
        auto timeline = given(
            {{"uk6", "2024-12-24"}, {"standstill_end", "2024-12-27"}, {"signature", "2024-12-30"}});
        CHECK(checkTimeline("act_light_touch", "open", timeline).empty());
        CHECK(checkTimeline("act", "framework_call_off", timeline).empty());
        auto direct = given({{"award_decision", "2024-12-20"}, {"signature", "2024-12-24"}});
        CHECK(checkTimeline("psr", "psr_direct_a", direct).empty());
    }
}

TEST_CASE("notices due after the contract is entered into", "[procurement]") {
    // Signed Friday 15 May 2026; the contract details notice 36 days later.
    auto timeline = given({{"signature", "2026-05-15"}, {"uk7", "2026-06-20"}});
    auto broken = checkTimeline("act", "open", timeline);
    REQUIRE(broken.size() == 1);
    CHECK(broken[0].days == 6);
    CHECK(broken[0].sentence ==
          "The contract details notice (UK7) is 6 days late: under the Procurement Act 2023 "
          "(s.53) it must be published within 30 days of entering into the contract, "
          "by Sunday 14 June 2026.");
    // A light-touch contract has 120 days: to 12 September 2026.
    CHECK(checkTimeline("act_light_touch", "open", timeline).empty());
    move(timeline, "uk7", "2026-09-13");
    broken = checkTimeline("act_light_touch", "open", timeline);
    REQUIRE(broken.size() == 1);
    CHECK(broken[0].days == 1);
    // The PSR's award notice within 30 days of the award.
    auto psr = given({{"signature", "2026-05-15"}, {"psr_award_notice", "2026-06-15"}});
    broken = checkTimeline("psr", "psr_direct_a", psr);
    REQUIRE(broken.size() == 1);
    CHECK(broken[0].days == 1);
}

TEST_CASE("a milestone moved before the one the route puts first", "[procurement]") {
    auto timeline = given({{"tender_deadline", "2026-04-01"}, {"evaluation", "2026-03-30"}});
    const auto broken = checkTimeline("act", "open", timeline);
    REQUIRE(broken.size() == 1);
    CHECK(broken[0].rule == "order");
    CHECK(broken[0].sentence == "\u201cEvaluation\u201d (Monday 30 March 2026) is 2 days before "
                                "\u201cTender deadline\u201d (Wednesday 1 April 2026), which "
                                "comes first.");
    // Undated milestones and the user's own are left out.
    move(timeline, "evaluation", "");
    timeline.push_back({0, "other", "Board meeting", "2020-01-01", false});
    CHECK(checkTimeline("act", "open", timeline).empty());
}

TEST_CASE("a timeline is refused a route it does not know or a date it cannot count",
          "[procurement]") {
    CHECK_FALSE(planTimeline("act", "auction", "2026-01-05").ok());
    auto wrongDate = planTimeline("act", "open", "5/1/2026");
    REQUIRE_FALSE(wrongDate.ok());
    CHECK(wrongDate.error().message.find("YYYY-MM-DD") != std::string::npos);
    // 2030 is the last year of bank holidays Jointly ships.
    auto late = planTimeline("act", "open", "2030-11-01");
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().message.find("2030") != std::string::npos);
}

TEST_CASE("routes and regimes that do not belong together are named", "[procurement]") {
    using jointly::procurement::routeMismatch;
    CHECK_FALSE(routeMismatch("psr", "psr_direct_c"));
    CHECK_FALSE(routeMismatch("act_light_touch", "open"));
    CHECK_FALSE(routeMismatch("below_threshold", "open"));
    CHECK_FALSE(routeMismatch("none", "grant"));
    CHECK(routeMismatch("act", "psr_direct_c").value() ==
          "Direct award process C is a route of the NHS Provider Selection Regime, but this "
          "procurement is under Procurement Act 2023. Choose the PSR, or a route of the regime.");
    CHECK(routeMismatch("psr", "open").has_value());
    CHECK(routeMismatch("none", "open").has_value());
}
