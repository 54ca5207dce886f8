#include "core/TestSupport.h"

#include "monitoring/OutcomeReview.h"
#include "project/Project.h"

#include <catch2/catch.hpp>

using namespace jointly;

TEST_CASE("the example's outcome review as at 2 December 2026, worked by hand",
          "[monitoring][outcomes]") {
    project::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto example = project::Project::open(JOINTLY_EXAMPLE_FILE, readOnly);
    REQUIRE(example.ok());
    const auto review = monitoring::reviewOutcomes(example.value()->database(), "2026-12-02");
    REQUIRE(review.size() == 3);

    // Older people: the falls measure's baseline 2,263.00 falls to the
    // 2026/27 target of 2,150.00 (lower is better); indicator 22401's latest
    // for Westshire is 2,263.138309 in 2023/24, 2,263.14 to the hundredth:
    // worse than the target. "Still at home 91 days" has no indicator, so the
    // outcome's KPI of that name gives 84.60% in 2026-11, against the target
    // of 84.00% rising from a baseline of 81.40%: on track.
    const auto& older = review[0];
    REQUIRE(older.measures.size() == 2);
    CHECK(older.measures[0].track == monitoring::Track::NotOnTrack);
    CHECK(older.measures[0].latest == 226314);
    CHECK(older.measures[0].evidence == "indicator 22401, Westshire");
    CHECK(older.measures[0].sentence ==
          "Not on track: 2,263.14 per 100,000 in 2023/24 is worse than the 2026/27 target of "
          "2,150.00 per 100,000 (lower is better).");
    CHECK(older.measures[1].sentence == "On track: 84.60% in 2026-11 is at or better than the "
                                        "2026/27 target of 84.00% (higher is better).");
    CHECK(older.measures[1].evidence == "KPI “Still at home 91 days after reablement”");
    // Its KPIs: still at home (green) and reablement within two days (red).
    CHECK(older.kpis.size() == 2);
    CHECK(older.sentence == "1 of 2 measures on track; 2 KPIs, 1 red.");

    // Mental health: out-of-area placements 29.00 against 15.00 (lower is
    // better, from 23.00), and self-harm admissions 154.91 against 148.00
    // (from 154.90): neither on track.
    const auto& mental = review[1];
    REQUIRE(mental.measures.size() == 2);
    CHECK(mental.measures[0].name == "Out-of-area mental health placements");
    CHECK(mental.measures[0].track == monitoring::Track::NotOnTrack);
    CHECK(mental.measures[0].latest == 2900);
    CHECK(mental.measures[1].latest == 15491);
    CHECK(mental.measures[1].track == monitoring::Track::NotOnTrack);
    CHECK(mental.sentence == "0 of 2 measures on track; 1 KPI, 1 red.");

    // Young people: 33.15 in the three years to 2022/23 against 31.00.
    const auto& young = review[2];
    REQUIRE(young.measures.size() == 1);
    CHECK(young.measures[0].latestPeriod == "2020/21 - 2022/23");
    CHECK(young.measures[0].latest == 3315);
    CHECK(young.sentence == "0 of 1 measure on track; 0 KPIs, 0 red.");

    // Before any year has a target, the measure says so.
    const auto early = monitoring::reviewOutcomes(example.value()->database(), "2025-06-01");
    CHECK(early[0].measures[0].track == monitoring::Track::NoTarget);
    CHECK(early[0].measures[0].sentence ==
          "No target for any year yet: the latest is 2,263.14 per 100,000 in 2023/24.");
}
