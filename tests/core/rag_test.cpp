#include "monitoring/Rag.h"

#include <catch2/catch.hpp>

using namespace jointly::monitoring;

namespace {

Rag ragIs(std::int64_t value, std::int64_t target, Tolerance tolerance, Direction direction) {
    auto result = ragOf(value, target, tolerance, direction);
    REQUIRE(result);
    return result->rag;
}

} // namespace

TEST_CASE("RAG against a target with a tolerance, by which way is better, worked by hand",
          "[rag][monitor]") {
    // Higher is better: people seen within 10 working days, target 90.00%,
    // amber down to 2.00 points below it.
    const Tolerance twoPoints{200, false};
    auto seen = ragOf(9000, 9000, twoPoints, Direction::Increase, "%");
    REQUIRE(seen);
    CHECK(seen->rag == Rag::Green);
    CHECK(seen->sentence == "Green: 90.00% meets the target of 90.00%.");
    CHECK(ragOf(9150, 9000, twoPoints, Direction::Increase, "%")->sentence ==
          "Green: 91.50% is above the target of 90.00%.");
    auto amber = ragOf(8800, 9000, twoPoints, Direction::Increase, "%");
    CHECK(amber->rag == Rag::Amber); // exactly at the tolerance: still amber
    CHECK(amber->sentence ==
          "Amber: 88.00% is 2.00 below the target of 90.00%, within the tolerance of 2.00.");
    auto red = ragOf(8799, 9000, twoPoints, Direction::Increase, "%");
    CHECK(red->rag == Rag::Red); // one hundredth beyond it
    CHECK(red->sentence ==
          "Red: 87.99% is 2.01 below the target of 90.00%, beyond the tolerance of 2.00.");

    // Lower is better: falls admissions per 100,000, target 2,050.00, amber
    // up to 5% of the target above it (102.50, so up to 2,152.50).
    const Tolerance fivePercent{500, true};
    CHECK(ragIs(204999, 205000, fivePercent, Direction::Decrease) == Rag::Green);
    CHECK(ragIs(215250, 205000, fivePercent, Direction::Decrease) == Rag::Amber);
    CHECK(ragIs(215251, 205000, fivePercent, Direction::Decrease) == Rag::Red);
    CHECK(ragOf(215251, 205000, fivePercent, Direction::Decrease, "per 100,000")->sentence ==
          "Red: 2,152.51 per 100,000 is 102.51 above the target of 2,050.00 per 100,000, beyond "
          "the tolerance of 5.00% of the target.");
    // No tolerance: anything worse is red.
    CHECK(ragIs(1, 0, Tolerance{}, Direction::Decrease) == Rag::Red);
    // A negative target (a change in a rate): 5% of -4.00 is 0.20 either way.
    CHECK(ragIs(-420, -400, fivePercent, Direction::Increase) == Rag::Amber);
    CHECK(ragIs(-421, -400, fivePercent, Direction::Increase) == Rag::Red);

    // Neither way better: no RAG, only SPC. Nor for a damaged file's numbers.
    CHECK_FALSE(ragOf(100, 100, twoPoints, Direction::Neither));
    CHECK_FALSE(ragOf(INT64_MAX, 100, twoPoints, Direction::Increase));
    CHECK(ragIs(0, 100'000'000'000'000, Tolerance{1'000'000'000, true}, Direction::Increase) ==
          Rag::Amber); // an allowance too large to work out is no excuse to crash
}

TEST_CASE("a target that changes from a period on", "[rag][monitor]") {
    const std::vector<TargetFrom> targets = {{"2025-04", 9000}, {"2026-04", 9200}};
    CHECK_FALSE(targetFor(targets, "2025-03"));
    CHECK(targetFor(targets, "2025-04") == 9000);
    CHECK(targetFor(targets, "2026-03") == 9000);
    CHECK(targetFor(targets, "2026-04") == 9200);
    CHECK(targetFor(targets, "2027-01") == 9200);
    CHECK_FALSE(targetFor({}, "2027-01"));
}
