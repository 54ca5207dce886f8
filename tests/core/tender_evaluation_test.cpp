#include "procurement/AwardRecommendation.h"
#include "procurement/TenderEvaluation.h"
#include "procurement/TenderStore.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace jointly::procurement;

namespace {

TenderScore points(std::int64_t score) {
    return TenderScore{score, 1};
}

// The ranking as "name points rank" lines, for exact comparison.
std::vector<std::string> table(const Tender& tender, const FormulaRanking& ranking) {
    std::vector<std::string> lines;
    for (const auto& ranked : ranking.ranked) {
        lines.push_back(tender.bids[ranked.bid].name + " " + ranked.pointsText + " " +
                        ranked.rankText);
    }
    return lines;
}

// The research note's worked example (bto, "Price scoring - getting it
// wrong?"): quality 60%, price 40%; A scores 55 of 60 for quality at £100,
// B 52 at £90, C 30 at £60.
Tender threeBids() {
    Tender tender;
    tender.scaleMax = 60;
    tender.criteria = {{.name = "Quality", .category = "quality", .weightBp = 6000},
                       {.name = "Price", .category = "price", .weightBp = 4000}};
    tender.bids = {{.name = "A", .pricePence = 10000},
                   {.name = "B", .pricePence = 9000},
                   {.name = "C", .pricePence = 6000}};
    tender.scores = {
        {points(55), std::nullopt}, {points(52), std::nullopt}, {points(30), std::nullopt}};
    return tender;
}

TenderResult evaluated(const Tender& tender) {
    auto result = evaluateTender(tender);
    REQUIRE(result.ok());
    return result.value();
}

} // namespace

TEST_CASE("price relative to the lowest, and the rank reversal a third bid causes", "[tender]") {
    // With C, the lowest price is £60:
    //   A: 55 + 40 x 60/100 = 55 + 24     = 79.00
    //   B: 52 + 40 x 60/90  = 52 + 26.667 = 78.67
    //   C: 30 + 40 x 60/60  = 30 + 40     = 70.00
    // Without C, the lowest is B's £90: A 55 + 40 x 90/100 = 91.00, B 52 +
    // 40 = 92.00, so B would win: taking C away swaps the top two.
    auto tender = threeBids();
    const auto result = evaluated(tender);
    REQUIRE(result.rankings.size() == 3);
    const auto& relative = result.rankings[0];
    CHECK(relative.formula == PriceFormula::RelativeToLowest);
    CHECK(table(tender, relative) ==
          std::vector<std::string>{"A 79.00 1", "B 78.67 2", "C 70.00 3"});
    CHECK(result.isFinal);
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0] ==
          "Without \u201cC\u201d's bid, \u201cB\u201d (92.00) would rank above \u201cA\u201d "
          "(91.00) under relative to the lowest pricing: the order of two bids depends on a third "
          "(the rank-reversal anomaly). Scoring prices against a published affordability ceiling "
          "and floor avoids it.");
    // Without C in the tender at all, B wins 92 to 91 and nothing is warned.
    tender.bids.pop_back();
    tender.scores.pop_back();
    const auto two = evaluated(tender);
    CHECK(table(tender, two.rankings[0]) == std::vector<std::string>{"B 92.00 1", "A 91.00 2"});
    CHECK(two.warnings.empty());
}

TEST_CASE("linear deviation from the lowest, and an affordability ceiling and floor, side by "
          "side",
          "[tender]") {
    auto tender = threeBids();
    const auto result = evaluated(tender);
    // Linear, lowest £60: A 1 - 40/60 = 1/3 of 40 = 13.33, so 68.33; B 1 -
    // 30/60 = 1/2 of 40 = 20, so 72.00; C 40, so 70.00.
    REQUIRE(result.rankings[1].formula == PriceFormula::LinearDeviation);
    CHECK(table(tender, result.rankings[1]) ==
          std::vector<std::string>{"B 72.00 1", "C 70.00 2", "A 68.33 3"});
    // No ceiling given: the affordability ranking cannot be worked out.
    CHECK_FALSE(result.rankings[2].available);
    // Ceiling £110, floor £50: A (110-100)/60 = 1/6 of 40 = 6.67, so 61.67;
    // B 20/60 = 13.33, so 65.33; C 50/60 = 33.33, so 63.33. Each price is
    // scored on its own, so no third bid can swap two others.
    tender.formula = PriceFormula::Affordability;
    tender.ceilingPence = 11000;
    tender.floorPence = 5000;
    const auto anchored = evaluated(tender);
    REQUIRE(anchored.rankings[0].formula == PriceFormula::Affordability);
    CHECK(table(tender, anchored.rankings[0]) ==
          std::vector<std::string>{"B 65.33 1", "C 63.33 2", "A 61.67 3"});
    CHECK(anchored.warnings.empty());
    // A price at or over the ceiling scores nothing; at or under the floor, all.
    tender.bids[0].pricePence = 12000;
    tender.bids[2].pricePence = 4000;
    const auto clamped = evaluated(tender);
    CHECK(table(tender, clamped.rankings[0]) ==
          std::vector<std::string>{"C 70.00 1", "B 65.33 2", "A 55.00 3"});
    // Linear scores nothing for a bid at twice the lowest or more: £120 is
    // three times C's £40.
    CHECK(table(tender, clamped.rankings[2]) ==
          std::vector<std::string>{"C 70.00 1", "A 55.00 2", "B 52.00 3"});
}

TEST_CASE("sub-criteria share their parent's weight", "[tender]") {
    // Quality 60%: service model 50% and workforce 50% of it, so 30% each
    // of the whole; social value 10%; price 30%. Scale 0-4.
    Tender tender;
    tender.criteria = {{.name = "Quality", .category = "quality", .weightBp = 6000},
                       {.name = "Service model", .weightBp = 5000, .parent = 0},
                       {.name = "Workforce", .weightBp = 5000, .parent = 0, .minimumScore = 2},
                       {.name = "Social value", .category = "social_value", .weightBp = 1000},
                       {.name = "Price", .category = "price", .weightBp = 3000}};
    tender.bids = {{.name = "X", .pricePence = 100000}, {.name = "Y", .pricePence = 80000}};
    // X: service model 3, workforce 4: (0.5 x 3/4 + 0.5 x 4/4) x 60 = 52.50;
    // social value 2/4 x 10 = 5.00; price 800/1000 x 30 = 24.00; 81.50.
    // Y: service model 4, workforce 3: 52.50; social value 4/4: 10.00;
    // price 30.00; 92.50.
    tender.scores = {
        {std::nullopt, points(3), points(4), points(2), std::nullopt},
        {std::nullopt, points(4), points(3), points(4), std::nullopt},
    };
    CHECK(effectiveWeight(tender, 2) == jointly::scoring::Fraction{3000, 1});
    CHECK(effectiveWeight(tender, 0) == jointly::scoring::Fraction{6000, 1});
    auto result = evaluated(tender);
    CHECK(result.qualityBp == 6000);
    CHECK(result.socialValueBp == 1000);
    CHECK(result.priceBp == 3000);
    CHECK(table(tender, result.rankings[0]) == std::vector<std::string>{"Y 92.50 1", "X 81.50 2"});
    // Each top-level criterion's part of Y's total: 52.50, 10.00 and 30.00.
    CHECK(result.rankings[0].ranked[0].parts ==
          std::vector<std::optional<std::int64_t>>{5'250'000'000, 1'000'000'000, 3'000'000'000});

    SECTION("a score under a question's minimum excludes the bid") {
        // Y's workforce from two evaluators, 1 and 2: a mean of 1.50.
        tender.scores[1][2] = TenderScore{3, 2};
        result = evaluated(tender);
        REQUIRE(result.excluded.size() == 1);
        CHECK(result.excluded[0].bid == 1);
        CHECK(result.excluded[0].reason ==
              "scored 1.50 on \u201cWorkforce\u201d, under its minimum of 2");
        // X is now the lowest price too: 52.50 + 5.00 + 30.00.
        CHECK(table(tender, result.rankings[0]) == std::vector<std::string>{"X 87.50 1"});
    }
    SECTION("sub-criteria that do not share all of their parent's weight") {
        tender.criteria[2].weightBp = 4500;
        result = evaluated(tender);
        CHECK_FALSE(result.isFinal);
        CHECK(result.problems ==
              std::vector<std::string>{"The sub-criteria of \u201cQuality\u201d share 95.00% of "
                                       "its weight, not exactly 100%."});
    }
    SECTION("an NHS body's social value under 10%") {
        tender.nhsBody = true;
        CHECK(evaluated(tender).warnings.empty());
        tender.criteria[3].weightBp = 500;
        tender.criteria[4].weightBp = 3500;
        result = evaluated(tender);
        REQUIRE(result.warnings.size() == 1);
        CHECK(result.warnings[0].starts_with("Social value carries 5.00% of the weight"));
    }
}

TEST_CASE("late bids, missing scores and prices, ties and weights short of 100%", "[tender]") {
    auto tender = threeBids();
    tender.bids[2].onTime = false;
    auto result = evaluated(tender);
    REQUIRE(result.excluded.size() == 1);
    CHECK(result.excluded[0].reason == "received after the deadline");
    CHECK(table(tender, result.rankings[0]) == std::vector<std::string>{"B 92.00 1", "A 91.00 2"});

    tender.bids[2].onTime = true;
    tender.bids[1].pricePence.reset();
    tender.scores[0][0].reset();
    result = evaluated(tender);
    CHECK_FALSE(result.isFinal);
    REQUIRE(result.rankings[0].unranked.size() == 2);
    CHECK(result.rankings[0].unranked[0].reason == "No score yet for \u201cQuality\u201d.");
    CHECK(result.rankings[0].unranked[1].reason == "No price yet.");
    CHECK(result.problems == std::vector<std::string>{"2 bids are not fully scored yet."});

    // Two bids with the same scores and price share the top.
    tender = threeBids();
    tender.bids[1].pricePence = 10000;
    tender.scores[1][0] = points(55);
    result = evaluated(tender);
    CHECK(table(tender, result.rankings[0]) ==
          std::vector<std::string>{"A 79.00 1=", "B 79.00 1=", "C 70.00 3"});

    tender = threeBids();
    tender.criteria[1].weightBp = 3500;
    result = evaluated(tender);
    CHECK_FALSE(result.isFinal);
    CHECK(result.problems.front().starts_with("The weights add up to 95.00%"));
}

TEST_CASE("what cannot be scored at all is refused with a sentence", "[tender]") {
    auto tender = threeBids();
    tender.scores[0][0] = points(61);
    auto refused = evaluateTender(tender);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == "A score of \u201cA\u201d is off the scale of 0 to 60.");
    tender = threeBids();
    tender.criteria[1].parent = 1;
    CHECK_FALSE(evaluateTender(tender).ok());
    tender = threeBids();
    tender.scores.pop_back();
    CHECK_FALSE(evaluateTender(tender).ok());
    // Nothing to evaluate is not an error, only not final.
    const auto empty = evaluateTender(Tender{});
    REQUIRE(empty.ok());
    CHECK_FALSE(empty.value().isFinal);
}

TEST_CASE("the award recommendation: first alone, a tie, not final, and a formula that decides",
          "[tender]") {
    LotResult lot;
    lot.tender = threeBids();
    lot.result = evaluated(lot.tender);
    // Relative to the lowest: A 79.00, B 78.67 (7,900,000,000 - 7,866,666,667
    // = 33,333,333 in ten-billionths of the whole, 0.33 points). Linear
    // deviation ranks B first (72.00); affordability has no ceiling here.
    CHECK(awardRecommendation(lot) ==
          "Recommend awarding the contract to “A”, ranked first with 79.00 points (price scored "
          "relative to the lowest), 0.33 points ahead of “B”. With price scored by linear "
          "deviation from the lowest, “B” would rank first instead.");
    lot.lotId = 4;
    lot.lotName = "North";
    CHECK(awardRecommendation(lot).starts_with(
        "Recommend awarding the lot “North” to “A”, ranked first"));

    // A tie for first: no recommendation until it is broken.
    lot.tender.bids[1].pricePence = 10000;
    lot.tender.scores[1][0] = points(55);
    lot.result = evaluated(lot.tender);
    CHECK(awardRecommendation(lot) ==
          "No recommendation: “A” and “B” tie for first with 79.00 points. Break the tie as the "
          "tender documents say and record why.");

    // Not final: the reason it is not.
    lot.tender = threeBids();
    lot.tender.scores[0][0].reset();
    lot.result = evaluated(lot.tender);
    CHECK(awardRecommendation(lot) == "No recommendation yet: 1 bid is not fully scored yet.");
}
