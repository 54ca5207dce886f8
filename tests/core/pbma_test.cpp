#include "planning/Pbma.h"
#include "quantities/Apportion.h"
#include "quantities/Share.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

using namespace jointly::planning;
namespace quantities = jointly::quantities;

namespace {

using Ids = std::vector<std::int64_t>;

Proposal invest(std::int64_t id, const char* name, Tier tier, std::int64_t cost,
                std::int64_t benefit) {
    return {id, name, ProposalKind::Invest, 100, tier, cost, benefit};
}

Proposal disinvest(std::int64_t id, const char* name, Tier tier, std::int64_t saving,
                   std::int64_t benefitLost) {
    return {id, name, ProposalKind::Disinvest, 100, tier, saving, benefitLost};
}

// Investments (benefit per £1,000 of cost in brackets):
//   3 Crisis café         £30,000 benefit 90 (3)    - best
//   1 Falls prevention    £40,000 benefit 80 (2)    - ties with 2; larger benefit
//   2 Social prescribing  £20,000 benefit 40 (2)
//   4 Step-down beds      £50,000 benefit 50 (1)    - ties with 5 and 6; larger benefit
//   5 Carers' breaks      £10,000 benefit 10 (1)    - ties with 6 exactly; smaller id
//   6 Dementia advisers   £10,000 benefit 10 (1)
// Disinvestments (benefit lost per £1,000 saved):
//  11 Duplicate assessments  £30,000 lost 0  (0)    - least harm
//  12 Residential block beds £60,000 lost 30 (0.5)  - ties with 13; larger benefit
//  13 Day centre             £20,000 lost 10 (0.5)
//  14 Leaflet campaign       £10,000 lost 20 (2)
std::vector<Proposal> proposals() {
    return {
        disinvest(14, "Leaflet campaign", Tier::Prevention, 1000000, 20),
        invest(1, "Falls prevention", Tier::Prevention, 4000000, 80),
        invest(6, "Dementia advisers", Tier::EarlyIntervention, 1000000, 10),
        invest(2, "Social prescribing", Tier::Prevention, 2000000, 40),
        disinvest(13, "Day centre", Tier::EarlyIntervention, 2000000, 10),
        invest(4, "Step-down beds", Tier::Intensive, 5000000, 50),
        disinvest(11, "Duplicate assessments", Tier::Intensive, 3000000, 0),
        invest(5, "Carers' breaks", Tier::EarlyIntervention, 1000000, 10),
        invest(3, "Crisis café", Tier::EarlyIntervention, 3000000, 90),
        disinvest(12, "Residential block beds", Tier::Intensive, 6000000, 30),
    };
}

// A £10m budget spent £1m / £3m / £6m across the tiers.
constexpr std::int64_t kBase = 1000000000;
constexpr TierSpend kSpend{100000000, 300000000, 600000000};

Ids ids(const std::vector<Proposal>& list) {
    Ids result;
    for (const auto& proposal : list) {
        result.push_back(proposal.id);
    }
    return result;
}

BudgetScenario whatIf(std::int64_t changeBasisPoints, const TierSpend& spend = kSpend) {
    auto scenario = whatIfBudgetChanges(proposals(), kBase, changeBasisPoints, spend);
    REQUIRE(scenario.ok());
    return scenario.value();
}

std::int64_t change(std::int64_t base, std::int64_t basisPoints) {
    auto pence = budgetChangePence(base, basisPoints);
    REQUIRE(pence.ok());
    return pence.value();
}

} // namespace

TEST_CASE("investments rank by benefit per pound, then larger benefit, then id", "[money]") {
    CHECK(ids(rankInvestments(proposals()).value()) == Ids{3, 1, 2, 4, 5, 6});
}

TEST_CASE("disinvestments rank by least benefit lost per pound, then larger benefit, then id",
          "[money]") {
    CHECK(ids(rankDisinvestments(proposals()).value()) == Ids{11, 12, 13, 14});
    // Two with everything equal but the id.
    auto list = proposals();
    list.push_back(disinvest(10, "Duplicate reviews", Tier::Intensive, 3000000, 0));
    CHECK(ids(rankDisinvestments(list).value()) == Ids{10, 11, 12, 13, 14});
}

TEST_CASE("ranking compares ratios exactly, even where division would not tell them apart",
          "[money]") {
    // 4e18 / 3e18 against (4e18 - 1) / (3e18 - 1): cross-multiplied,
    // 3 x (4e18 - 1) = 12e18 - 3 is more than 4 x (3e18 - 1) = 12e18 - 4, so
    // the second is better value, although both are 1.333... in a double.
    const std::vector<Proposal> list{
        invest(1, "A", Tier::Intensive, 3000000000000000000, 4000000000000000000),
        invest(2, "B", Tier::Intensive, 2999999999999999999, 3999999999999999999),
    };
    CHECK(ids(rankInvestments(list).value()) == Ids{2, 1});
}

TEST_CASE("proposals that cannot be ranked are refused with a sentence", "[money]") {
    auto list = proposals();
    list[1].amountPence = 0;
    auto zeroCost = rankInvestments(list);
    REQUIRE_FALSE(zeroCost.ok());
    CHECK(zeroCost.error().message ==
          "\"Falls prevention\" needs a cost per year of more than £0.00.");

    list = proposals();
    list[0].amountPence = -100;
    auto negativeSaving = whatIfBudgetChanges(list, kBase, 100, kSpend);
    REQUIRE_FALSE(negativeSaving.ok());
    CHECK(negativeSaving.error().message ==
          "\"Leaflet campaign\" needs a saving per year of more than £0.00.");

    list = proposals();
    list[2].id = 1;
    list[2].name.clear();
    auto twice = rankDisinvestments(list);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message == "More than one proposal has the id 1; each needs its own.");

    list = proposals();
    list[0].amountPence = 0;
    list[0].name.clear();
    CHECK(checkProposals(list).error().message ==
          "Proposal 14 needs a saving per year of more than £0.00.");

    const std::int64_t most = std::numeric_limits<std::int64_t>::max();
    auto tooMuch = checkProposals(
        {invest(1, "A", Tier::Intensive, most, 1), invest(2, "B", Tier::Intensive, 1, 1)});
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(tooMuch.error().message ==
          "The proposals' costs and savings are too large to add up; check the amounts.");
}

TEST_CASE("a budget change is rounded to the penny, half a penny away from zero", "[money]") {
    // £123.45 x 2.50% = £3.08625 -> £3.09, and the mirror for a fall.
    CHECK(change(12345, 250) == 309);
    CHECK(change(12345, -250) == -309);
    // Exactly half a penny.
    CHECK(change(2, 2500) == 1);
    CHECK(change(2, -2500) == -1);
    CHECK(change(1, 5000) == 1);
    CHECK(change(1, 4999) == 0);
    CHECK(change(1, -4999) == 0);
    CHECK(change(3, 3333) == 1); // 0.9999p
    CHECK(change(3, 1666) == 0); // 0.4998p
    CHECK(change(kBase, 100) == 10000000);
    CHECK(change(kBase, 0) == 0);
    CHECK(change(kBase, -10000) == -kBase);
    CHECK(change(100000000000, 10000) == 100000000000); // £1bn doubled

    auto fallTooFar = budgetChangePence(kBase, -10001);
    REQUIRE_FALSE(fallTooFar.ok());
    CHECK(fallTooFar.error().message ==
          "The budget cannot fall by more than 100.00% (a fall of 100.01% was asked for).");
    auto negativeBase = budgetChangePence(-1, 100);
    REQUIRE_FALSE(negativeBase.ok());
    CHECK(negativeBase.error().message == "The base budget (-£0.01) must be zero or more.");
    auto tooLarge = budgetChangePence(std::numeric_limits<std::int64_t>::max(), 20000);
    REQUIRE_FALSE(tooLarge.ok());
    CHECK(tooLarge.error().message ==
          "A change of 200.00% in £92,233,720,368,547,758.07 is too large to work out.");
}

TEST_CASE("a 1% rise funds investments in rank order, skipping one that does not fit", "[money]") {
    // The rise is £100,000. Crisis café £30,000 (£70,000 left), falls
    // prevention £40,000 (£30,000 left), social prescribing £20,000 (£10,000
    // left); step-down beds at £50,000 does not fit and is skipped; carers'
    // breaks at £10,000 fits exactly; dementia advisers no longer fit.
    const auto scenario = whatIf(100);
    CHECK(scenario.changePence == 10000000);
    CHECK(ids(scenario.funded) == Ids{3, 1, 2, 5});
    CHECK(ids(scenario.unfunded) == Ids{4, 6});
    CHECK(scenario.fundedPence == 10000000);
    CHECK(scenario.unspentPence == 0);
    CHECK(scenario.disinvestments.empty());
    CHECK(ids(scenario.notNeeded) == Ids{11, 12, 13, 14});
    CHECK(scenario.cutPence == 0);
    CHECK(scenario.cutMet);
    CHECK(scenario.sentence == "A rise of 1.00% (£100,000.00) funds 4 of 6 investments costing "
                               "£100,000.00 a year, leaving £0.00 unspent.");

    // Before: £1m / £3m / £6m of £10m is exactly 10% / 30% / 60%.
    REQUIRE(scenario.before.shareBasisPoints.has_value());
    CHECK(*scenario.before.shareBasisPoints == std::array<std::int64_t, 3>{1000, 3000, 6000});
    // After: prevention £1m + £40,000 + £20,000 = £1.06m, early intervention
    // £3m + £30,000 + £10,000 = £3.04m, intensive £6m; £10.1m in all. In
    // basis points: 1,060/101 x 100 = 1,049.505, 3,009.901 and 5,940.594.
    // 9,998 whole; the 2 left go to the remainders .901 and .594. Rounding
    // each on its own would give 10.50% + 30.10% + 59.41% = 100.01%.
    CHECK(scenario.after.pence == TierSpend{106000000, 304000000, 600000000});
    CHECK(scenario.after.totalPence == 1010000000);
    REQUIRE(scenario.after.shareBasisPoints.has_value());
    const auto& shares = *scenario.after.shareBasisPoints;
    CHECK(shares == std::array<std::int64_t, 3>{1049, 3010, 5941});
    CHECK(quantities::formatBasisPoints(shares[0]) == "10.49%");
    CHECK(quantities::formatBasisPoints(shares[1]) == "30.10%");
    CHECK(quantities::formatBasisPoints(shares[2]) == "59.41%");
}

TEST_CASE("a small rise funds only what fits, far down the ranking", "[money]") {
    // £25,000: crisis café (£30,000) and falls prevention (£40,000) do not
    // fit; social prescribing (£20,000) does, leaving £5,000, which nothing
    // else fits in.
    const auto scenario = whatIf(25);
    CHECK(ids(scenario.funded) == Ids{2});
    CHECK(ids(scenario.unfunded) == Ids{3, 1, 4, 5, 6});
    CHECK(scenario.unspentPence == 500000);
    CHECK(scenario.sentence == "A rise of 0.25% (£25,000.00) funds 1 of 6 investments costing "
                               "£20,000.00 a year, leaving £5,000.00 unspent.");

    // £150,000 funds everything but dementia advisers.
    CHECK(ids(whatIf(150).funded) == Ids{3, 1, 2, 4, 5});
}

TEST_CASE("a fall met exactly by disinvestments in rank order", "[money]") {
    // A fall of 0.90% is £90,000: duplicate assessments save £30,000, then
    // residential block beds £60,000: exactly £90,000.
    const auto scenario = whatIf(-90);
    CHECK(scenario.changePence == -9000000);
    CHECK(scenario.cutPence == 9000000);
    CHECK(ids(scenario.disinvestments) == Ids{11, 12});
    CHECK(ids(scenario.notNeeded) == Ids{13, 14});
    CHECK(scenario.savedPence == 9000000);
    CHECK(scenario.cutMet);
    CHECK(scenario.cutExceededByPence == 0);
    CHECK(scenario.cutShortByPence == 0);
    CHECK(scenario.funded.empty());
    CHECK(ids(scenario.unfunded) == Ids{3, 1, 2, 4, 5, 6});
    CHECK(scenario.sentence == "A fall of 0.90% (£90,000.00) needs 2 disinvestments saving "
                               "£90,000.00 a year, exactly the cut.");
    // After: intensive £6m - £90,000 = £5.91m; £9.91m in all. 100/991,
    // 300/991 and 591/991 of 10,000 are 1,009.082, 3,027.245 and 5,963.673:
    // 9,999 whole, the 1 left to the remainder .673.
    CHECK(scenario.after.pence == TierSpend{100000000, 300000000, 591000000});
    CHECK(*scenario.after.shareBasisPoints == std::array<std::int64_t, 3>{1009, 3027, 5964});
}

TEST_CASE("a fall covered with some to spare, and a fall that cannot be met", "[money]") {
    // £100,000: £30,000 + £60,000 is not enough, the day centre's £20,000
    // takes it to £110,000, £10,000 over.
    const auto over = whatIf(-100);
    CHECK(ids(over.disinvestments) == Ids{11, 12, 13});
    CHECK(over.savedPence == 11000000);
    CHECK(over.cutMet);
    CHECK(over.cutExceededByPence == 1000000);
    CHECK(over.sentence == "A fall of 1.00% (£100,000.00) needs 3 disinvestments saving "
                           "£110,000.00 a year, £10,000.00 more than the cut.");

    // £200,000: all four together save £120,000, £80,000 short.
    const auto shortOf = whatIf(-200);
    CHECK(ids(shortOf.disinvestments) == Ids{11, 12, 13, 14});
    CHECK(shortOf.notNeeded.empty());
    CHECK(shortOf.savedPence == 12000000);
    CHECK_FALSE(shortOf.cutMet);
    CHECK(shortOf.cutShortByPence == 8000000);
    CHECK(shortOf.cutExceededByPence == 0);
    CHECK(shortOf.sentence == "A fall of 2.00% (£200,000.00) is not fully met: all 4 "
                              "disinvestments together save £120,000.00 a year, £80,000.00 "
                              "short of the cut.");
    CHECK(shortOf.after.pence == TierSpend{99000000, 298000000, 591000000});

    // No disinvestments at all.
    auto investmentsOnly =
        whatIfBudgetChanges({invest(1, "A", Tier::Prevention, 100, 1)}, kBase, -100, kSpend);
    REQUIRE(investmentsOnly.ok());
    CHECK(investmentsOnly.value().sentence ==
          "A fall of 1.00% (£100,000.00) is not fully met: there are no disinvestments to make, "
          "£100,000.00 short of the cut.");
}

TEST_CASE("no change to the budget funds nothing and cuts nothing", "[money]") {
    const auto scenario = whatIf(0);
    CHECK(scenario.changePence == 0);
    CHECK(scenario.funded.empty());
    CHECK(ids(scenario.unfunded) == Ids{3, 1, 2, 4, 5, 6});
    CHECK(scenario.disinvestments.empty());
    CHECK(ids(scenario.notNeeded) == Ids{11, 12, 13, 14});
    CHECK(scenario.cutMet);
    CHECK(scenario.after.pence == scenario.before.pence);
    CHECK(scenario.after.shareBasisPoints == scenario.before.shareBasisPoints);
    CHECK(scenario.sentence == "A change of 0.00% (£0.00) leaves the budget as it is: nothing is "
                               "funded and nothing needs to be cut.");
}

TEST_CASE("the balance across tiers when it cannot be given as shares", "[money]") {
    const auto none = tierBalance({0, 0, 0});
    CHECK_FALSE(none.shareBasisPoints.has_value());
    CHECK(none.note == "No spend in any tier, so there are no shares to work out.");

    // With nothing recorded in the intensive tier, cutting £90,000 from it
    // would take it below zero.
    const auto scenario = whatIf(-90, {100000000, 300000000, 0});
    CHECK(scenario.after.pence[2] == -9000000);
    CHECK_FALSE(scenario.after.shareBasisPoints.has_value());
    CHECK(scenario.after.note ==
          "Intensive spend would be below zero (-£90,000.00), so the shares cannot be worked out.");

    auto negative = whatIfBudgetChanges(proposals(), kBase, 100, {-1, 0, 0});
    REQUIRE_FALSE(negative.ok());
    CHECK(negative.error().message == "Prevention spend now cannot be negative (-£0.01).");

    // Equal thirds: 3,333.33 basis points each; the 1 left goes to the first.
    CHECK(*tierBalance({1, 1, 1}).shareBasisPoints ==
          std::array<std::int64_t, 3>{3334, 3333, 3333});
    CHECK(tierName(Tier::EarlyIntervention) == "Early intervention");
}
