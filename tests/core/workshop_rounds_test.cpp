#include "workshop/Eligibility.h"
#include "workshop/Quorum.h"
#include "workshop/RoundResults.h"
#include "workshop/ScoringRound.h"
#include "workshop/Spread.h"

#include <catch2/catch.hpp>

#include <limits>
#include <optional>
#include <string>
#include <vector>

using namespace jointly::workshop;

namespace {

using Values = std::vector<std::optional<std::int64_t>>;

Ballot ballot(const char* member, Values values, std::vector<bool> excluded = {}) {
    Ballot b;
    b.member = member;
    b.values = std::move(values);
    b.excluded = std::move(excluded);
    return b;
}

std::string refusal(const RoundRules& rules, const std::vector<std::string>& items,
                    const Ballot& b) {
    const auto checked = checkBallot(rules, items, b);
    REQUIRE_FALSE(checked.ok());
    return checked.error().message;
}

const std::vector<std::string> kFour = {"Falls", "Crisis care", "Early help", "Carers"};

} // namespace

TEST_CASE("the spread's quartiles are QUARTILE.INC's, in exact hundredths", "[workshop]") {
    // {1, 2, 3, 4}: positions (n - 1) p = 0.75, 1.5 and 2.25, so the
    // quartiles are 1 + 0.75 = 1.75, 2 + 0.5 = 2.5 and 3 + 0.25 = 3.25, as
    // QUARTILE.INC gives them.
    auto spread = spreadOf({4, 1, 3, 2}, 10);
    CHECK(spread.count == 4);
    CHECK(spread.lowest == 100);
    CHECK(spread.highest == 400);
    CHECK(spread.lowerQuartile == 175);
    CHECK(spread.median == 250);
    CHECK(spread.upperQuartile == 325);
    CHECK(spread.interquartileRange() == 150);
    // 1.50 is not more than a quarter of 10 (2.50).
    CHECK_FALSE(spread.disagreement);
    // On a 0 to 4 scale a quarter is 1.00, and 1.50 is more: flagged.
    CHECK(spreadOf({4, 1, 3, 2}, 4).disagreement);
    // One value: every quartile is that value; none gives nothing.
    spread = spreadOf({3}, 4);
    CHECK(spread.lowerQuartile == 300);
    CHECK(spread.upperQuartile == 300);
    CHECK(spreadOf({}, 4).count == 0);
}

TEST_CASE("a ranking round gives Borda points averaged over the members", "[workshop]") {
    RoundRules rules;
    rules.kind = RoundKind::Ranking;
    // Four items, so first place is worth 4 points, then 3, 2 and 1.
    //   Ann:   Falls 1st, Crisis 2nd, Early 3rd, Carers 4th -> 4, 3, 2, 1
    //   Bilal: Crisis 1st, Falls 2nd, Carers 3rd, Early 4th -> 3, 4, 1, 2
    //   Cath:  Falls 1st, Early 2nd, Crisis 3rd, Carers 4th -> 4, 2, 3, 1
    // Totals: Falls 11, Crisis 9, Early 6, Carers 4; divided by the three
    // members: 3.67 (11/3 = 3.666...), 3.00, 2.00 and 1.33.
    const std::vector<Ballot> ballots = {
        ballot("Ann", {1, 2, 3, 4}),
        ballot("Bilal", {2, 1, 4, 3}),
        ballot("Cath", {1, 3, 2, 4}),
    };
    for (const auto& b : ballots) {
        CHECK(checkBallot(rules, kFour, b).ok());
    }
    const auto result = resultOf(rules, kFour, ballots);
    REQUIRE(result.items.size() == 4);
    CHECK(result.items[0].name == "Falls");
    CHECK(result.items[0].total == 11);
    CHECK(result.items[0].resultText == "3.67");
    CHECK(result.items[0].places == std::vector<std::int64_t>{2, 1, 0, 0});
    CHECK(result.items[1].name == "Crisis care");
    CHECK(result.items[1].resultText == "3.00");
    CHECK(result.items[2].resultText == "2.00");
    CHECK(result.items[3].name == "Carers");
    CHECK(result.items[3].resultText == "1.33");
    CHECK(result.items[3].places == std::vector<std::int64_t>{0, 0, 1, 2});
    CHECK(result.sentence == "Ranked by 3 members: \u201cFalls\u201d first with 3.67 points on "
                             "average (4 for first place).");
    // Falls' points {4, 3, 4}: quartiles 3.50, 4.00, 4.00.
    CHECK(result.items[0].spread.lowerQuartile == 350);
    CHECK(result.items[0].spread.upperQuartile == 400);

    SECTION("a member kept from an item by an interest is left out of its average") {
        // Cath has an interest in the carers' item: she places the other
        // three (Falls 1st, Early 2nd, Crisis 3rd: 4, 2 and 3 points as
        // before). Carers: Ann 1 + Bilal 2 = 3 points over 2 members, 1.50.
        auto withInterest = ballots;
        withInterest[2] = ballot("Cath", {1, 3, 2, std::nullopt}, {false, false, false, true});
        CHECK(checkBallot(rules, kFour, withInterest[2]).ok());
        const auto kept = resultOf(rules, kFour, withInterest);
        CHECK(kept.items[3].name == "Carers");
        CHECK(kept.items[3].counted == 2);
        CHECK(kept.items[3].resultText == "1.50");
        // Placing the item anyway is refused.
        CHECK(refusal(rules, kFour, ballot("Cath", {1, 3, 2, 4}, {false, false, false, true})) ==
              "Cath may not vote on \u201cCarers\u201d (a declared interest), so gives it "
              "nothing.");
    }
    SECTION("places are each given once, with no gap, and all of them") {
        CHECK(refusal(rules, kFour, ballot("Ann", {1, 1, 2, 3})) ==
              "Ann placed both \u201cFalls\u201d and \u201cCrisis care\u201d 1st: each place is "
              "given once.");
        CHECK(refusal(rules, kFour, ballot("Ann", {1, 3, 4, std::nullopt})) ==
              "Ann has no 2nd place but has later ones: places run 1st, 2nd, 3rd with no gap.");
        CHECK(refusal(rules, kFour, ballot("Ann", {1, 2, std::nullopt, std::nullopt})) ==
              "Ann placed 2 items; this round asks for all 4 they may vote on.");
        CHECK(refusal(rules, kFour, ballot("Ann", {1, 2, 3, 5})) ==
              "Ann placed \u201cCarers\u201d 5: places run from 1st to 4th.");
    }
    SECTION("a top-two ranking gives the unplaced items nothing") {
        rules.rankTop = 2;
        CHECK(checkBallot(rules, kFour, ballot("Ann", {1, 2, std::nullopt, std::nullopt})).ok());
        CHECK(refusal(rules, kFour, ballot("Ann", {1, 2, 3, std::nullopt})) ==
              "Ann placed 3 items; this round asks for the first 2.");
        // Ann: Falls 4, Crisis 3; Bilal: Crisis 4, Carers 3. Falls 4/2 = 2.00,
        // Crisis 7/2 = 3.50, Carers 3/2 = 1.50, Early 0.
        const auto top = resultOf(rules, kFour,
                                  {ballot("Ann", {1, 2, std::nullopt, std::nullopt}),
                                   ballot("Bilal", {std::nullopt, 1, std::nullopt, 2})});
        CHECK(top.items[0].name == "Crisis care");
        CHECK(top.items[0].resultText == "3.50");
        CHECK(top.items[1].resultText == "2.00");
        CHECK(top.items[2].resultText == "1.50");
        CHECK(top.items[3].resultText == "0.00");
    }
}

TEST_CASE("a dot vote keeps each member to their dots and the limit per item", "[workshop]") {
    RoundRules rules;
    rules.kind = RoundKind::Dots;
    rules.dotsPerMember = 5;
    rules.dotsPerItem = 2;
    CHECK(checkBallot(rules, kFour, ballot("Ann", {2, 2, 1, 0})).ok());
    CHECK(checkBallot(rules, kFour, ballot("Ann", {2, std::nullopt, 1, std::nullopt})).ok());
    CHECK(refusal(rules, kFour, ballot("Ann", {2, 2, 2, 0})) ==
          "Ann has 5 dots and placed 6: take 1 off.");
    CHECK(refusal(rules, kFour, ballot("Ann", {3, 0, 0, 0})) ==
          "Ann placed 3 dots on \u201cFalls\u201d; this round allows at most 2 dots on one "
          "item.");
    rules.dotsPerItem.reset();
    CHECK(refusal(rules, kFour, ballot("Ann", {7, 0, 0, 0})) ==
          "Ann has 5 dots and placed 7 on \u201cFalls\u201d.");
    rules.dotsPerItem = 2;
    CHECK(refusal(rules, kFour, ballot("Ann", {-1, 0, 0, 0})) ==
          "Ann placed -1 dots on \u201cFalls\u201d: dots are placed, never taken away.");

    // Ann 2, 2, 1, 0; Bilal 0, 2, 2, 1; Cath 2, 0, 1, 2: Crisis 4, Falls 4,
    // Early 4, Carers 3. The first three tie and keep the agenda's order.
    const auto result = resultOf(
        rules, kFour,
        {ballot("Ann", {2, 2, 1, 0}), ballot("Bilal", {0, 2, 2, 1}), ballot("Cath", {2, 0, 1, 2})});
    CHECK(result.items[0].name == "Falls");
    CHECK(result.items[0].rankText == "1=");
    CHECK(result.items[1].rankText == "1=");
    CHECK(result.items[2].rankText == "1=");
    CHECK(result.items[3].rankText == "4");
    CHECK(result.items[3].total == 3);
    CHECK(result.sentence ==
          "Dots placed by 3 members: \u201cFalls\u201d shares first place with 4 dots.");
    // Falls' dots {2, 0, 2}: quartiles 1.00 and 2.00; a quarter of the 2-dot
    // limit is 0.50, and the middle half spans 1.00: flagged.
    CHECK(result.items[0].spread.interquartileRange() == 100);
    CHECK(result.items[0].spread.disagreement);
}

TEST_CASE("a 100-point allocation adds up exactly and is averaged", "[workshop]") {
    RoundRules rules;
    rules.kind = RoundKind::Allocation;
    const std::vector<std::string> three = {"Falls", "Crisis care", "Early help"};
    CHECK(refusal(rules, three, ballot("Ann", {60, 30, 0})) ==
          "Ann gave 90 of 100 points: 10 are left to give.");
    CHECK(refusal(rules, three, ballot("Ann", {60, 50, 0})) ==
          "Ann gave 110 of 100 points: 10 too many.");
    // Points beyond a member's 100 are refused one by one, before any sum
    // could run past the largest whole number and wrap round to 100.
    constexpr auto kHuge = std::numeric_limits<std::int64_t>::max();
    CHECK(refusal(rules, three, ballot("Ann", {kHuge, kHuge, 102})) ==
          "Ann gave \u201cFalls\u201d 9223372036854775807 points, more than the 100 each member "
          "has.");
    // Ann 60, 40, 0; Bilal 20, 30, 50; Cath 100, 0, 0. Falls 180/3 = 60.00,
    // Crisis 70/3 = 23.33, Early 50/3 = 16.67.
    const auto result = resultOf(
        rules, three,
        {ballot("Ann", {60, 40, 0}), ballot("Bilal", {20, 30, 50}), ballot("Cath", {100, 0, 0})});
    CHECK(result.items[0].resultText == "60.00");
    CHECK(result.items[1].resultText == "23.33");
    CHECK(result.items[2].resultText == "16.67");
    // Falls {20, 60, 100}: quartiles 40 and 80, a middle half of 40 points,
    // more than a quarter of 100: flagged. Crisis {0, 30, 40}: 15 and 35,
    // 20 points: not.
    CHECK(result.items[0].spread.interquartileRange() == 4000);
    CHECK(result.items[0].spread.disagreement);
    CHECK(result.items[1].spread.interquartileRange() == 2000);
    CHECK_FALSE(result.items[1].spread.disagreement);
}

TEST_CASE("a yes/no round carries a proposal with more for than against", "[workshop]") {
    RoundRules rules;
    rules.kind = RoundKind::YesNo;
    const std::vector<std::string> proposals = {"Fund the crisis house", "Stop the day centre"};
    CHECK(refusal(rules, proposals, ballot("Ann", {3, kNo})) ==
          "Ann's vote on \u201cFund the crisis house\u201d is not yes, no or abstain.");
    const auto result =
        resultOf(rules, proposals,
                 {ballot("Ann", {kYes, kNo}), ballot("Bilal", {kYes, kYes}),
                  ballot("Cath", {kAbstain, kNo}), ballot("Dev", {kNo, std::nullopt})});
    CHECK(result.items[0].name == "Fund the crisis house");
    CHECK(result.items[0].carried);
    CHECK(result.items[0].resultText == "2 for, 1 against, 1 abstention");
    CHECK(result.items[1].resultText == "1 for, 2 against, 0 abstentions");
    CHECK_FALSE(result.items[1].carried);
    CHECK(result.sentence == "Voted by 4 members: 1 proposal carried of 2.");
}

TEST_CASE("scores stay on the scale and are averaged over those who scored", "[workshop]") {
    RoundRules rules;
    rules.kind = RoundKind::Score;
    rules.scaleMin = 0;
    rules.scaleMax = 4;
    const std::vector<std::string> options = {"Do nothing", "Community service"};
    CHECK(refusal(rules, options, ballot("Ann", {5, 2})) ==
          "Ann scored \u201cDo nothing\u201d 5, outside the scale 0 to 4.");
    // Community service: 3 + 4 + 4 = 11 over 3, 3.67; do nothing 1 + 2 over
    // the two who scored it, 1.50.
    const auto result = resultOf(
        rules, options,
        {ballot("Ann", {1, 3}), ballot("Bilal", {2, 4}), ballot("Cath", {std::nullopt, 4})});
    CHECK(result.items[0].name == "Community service");
    CHECK(result.items[0].resultText == "3.67");
    CHECK(result.items[1].counted == 2);
    CHECK(result.items[1].resultText == "1.50");
}

TEST_CASE("an interest in a provider on the item keeps a member from voting on it", "[workshop]") {
    const std::vector<std::pair<std::int64_t, std::string>> providers = {
        {5, "Westshire Community Trust"}, {7, "Active Ageing CIC"}};
    const std::vector<MemberInterest> interests = {
        {11, 5, "Partner in a practice"}, {12, 7, "Trustee"}, {13, std::nullopt, "Governor"}};
    // The item has the trust's bid on it (provider 5) and nothing of 7's.
    auto eligible = eligibilityFor({10, 11, 12, 13}, {5}, interests, {}, providers);
    REQUIRE(eligible.size() == 4);
    CHECK(eligible[0].mayVote);
    CHECK(eligible[0].reason.empty());
    CHECK_FALSE(eligible[1].mayVote);
    CHECK(eligible[1].mayDiscuss);
    CHECK(eligible[1].reason == "An interest in Westshire Community Trust: no vote until the "
                                "chair decides how it is managed.");
    CHECK(eligible[2].mayVote); // an interest in a provider not on the item
    CHECK(eligible[3].mayVote); // an interest in no provider
    // The chair's decisions.
    eligible = eligibilityFor({11}, {5}, interests, {{11, ChairAction::Noted, false}}, providers);
    CHECK(eligible[0].mayVote);
    eligible =
        eligibilityFor({11}, {5}, interests, {{11, ChairAction::LeftRoom, false}}, providers);
    CHECK_FALSE(eligible[0].mayDiscuss);
    CHECK(eligible[0].reason ==
          "An interest in Westshire Community Trust: left the room for the item.");
    eligible = eligibilityFor({11}, {5}, interests, {{11, ChairAction::Excluded, true}}, providers);
    CHECK(eligible[0].mayVote);
    CHECK(eligible[0].reason == "An interest in Westshire Community Trust: a dispensation lets "
                                "them take part and vote.");
}

TEST_CASE("quoracy is worked out per partner, per item, after leaving out interests",
          "[workshop]") {
    // As Rutland's board: one from the ICB (partner 2); two from the
    // council (partner 1), of whom one a councillor.
    const std::vector<QuorumRule> rules = {{2, "NHS Westshire ICB", 1, ""},
                                           {1, "Westshire County Council", 2, ""},
                                           {1, "Westshire County Council", 1, "councillor"}};
    std::vector<Attendee> present = {
        {21, "Dr Priya Raman", 2, "Director of strategy", std::nullopt, ""},
        {11, "Cllr Ann Hale", 1, "Councillor, cabinet member for adult social care", std::nullopt,
         ""},
        {12, "Tom Bray", 1, "Head of commissioning", std::nullopt, ""},
    };
    auto check = checkQuorum(rules, present, {});
    CHECK(check.quorate);
    CHECK(check.sentence == "Quorate for this item.");
    CHECK(check.rules[2].sentence ==
          "Westshire County Council: 1 councillor needed, 1 present and able to vote.");

    // Cllr Hale has an interest in the item: the council has one member
    // able to vote, and no councillor.
    check = checkQuorum(rules, present, {11});
    CHECK_FALSE(check.quorate);
    CHECK(check.rules[0].met);
    CHECK(check.rules[1].counted == 1);
    CHECK(check.rules[1].sentence == "Westshire County Council: 2 members needed, 1 present and "
                                     "able to vote once Cllr Ann Hale (an interest) is left out.");
    CHECK(check.sentence ==
          "Inquorate for this item: Westshire County Council needs 2 members present and able "
          "to vote and has 1 and Westshire County Council needs 1 councillor present and able to "
          "vote and has 0.");

    // A substitute acting for a councillor counts in the councillor's role.
    present.push_back({14, "Sam Ortiz", 1, "Officer", 15, "Councillor"});
    check = checkQuorum(rules, present, {11});
    CHECK(check.quorate);
    CHECK(checkQuorum({}, present, {}).sentence ==
          "Quorate: the terms of reference set no quorum.");
}

TEST_CASE("a scoring round feeds the group's mean scores to the appraisal's engine", "[workshop]") {
    jointly::scoring::Appraisal appraisal;
    appraisal.options = {{"Do nothing", true}, {"Community service", false}, {"Classes", false}};
    appraisal.criteria = {{"Impact", 6000}, {"Cost", 4000}};
    appraisal.scale = {0, 4};
    using Row = std::vector<std::optional<std::int64_t>>;
    const std::vector<MemberScores> members = {
        {"Ann", {Row{1, 4}, Row{4, 2}, Row{3, 3}}, {}},
        {"Bilal", {Row{0, 4}, Row{3, 1}, Row{3, 4}}, {}},
        // Cath has an interest in the classes' provider.
        {"Cath", {Row{1, 3}, Row{4, 2}, Row{std::nullopt, std::nullopt}}, {false, false, true}},
    };
    auto scored = scoreRound(appraisal, members);
    REQUIRE(scored.ok());
    const auto& round = scored.value();
    // Means to the hundredth: do nothing 2/3 -> 0.67 and 11/3 -> 3.67;
    // community 11/3 -> 3.67 and 5/3 -> 1.67; classes 6/2 = 3.00 and
    // 7/2 = 3.50 from the two who may score it.
    CHECK(round.group.scores[0] == Row{67, 367});
    CHECK(round.group.scores[1] == Row{367, 167});
    CHECK(round.group.scores[2] == Row{300, 350});
    CHECK(round.counted[2] == std::vector<std::int64_t>{2, 2});
    // Weighted: classes 0.6 x 3.00 + 0.4 x 3.50 = 3.20; community 0.6 x 3.67
    // + 0.4 x 1.67 = 2.87; do nothing 0.6 x 0.67 + 0.4 x 3.67 = 1.87 (the
    // engine's totals are basis points times hundredths).
    const auto& ranked = round.result.ranking.ranked;
    REQUIRE(ranked.size() == 3);
    CHECK(ranked[0].option == 2);
    CHECK(ranked[0].total == 3'200'000);
    CHECK(ranked[1].total == 2'870'000);
    CHECK(ranked[2].total == 1'870'000);
    // Sensitivity, in score units: classes 3.20 and community 2.87 move with
    // the impact weight at 3.00 - 3.50 = -0.50 and 3.67 - 1.67 = 2.00 per
    // unit of weight, so community overtakes when it rises by 0.33 / 2.50 =
    // 13.20 points (to 73.20%); falling, do nothing (slope 0.67 - 3.67 =
    // -3.00) overtakes when 1.33 / 2.50 = 53.20 points are gone (to 6.80%).
    const auto& sensitivity = round.result.sensitivity;
    REQUIRE(sensitivity.state == jointly::scoring::SensitivityState::Analysed);
    CHECK(sensitivity.criteria[0].rise.pointsText == "13.20");
    CHECK(sensitivity.criteria[0].rise.newTop == std::vector<std::size_t>{1});
    CHECK(sensitivity.criteria[0].fall.pointsText == "53.20");
    CHECK(sensitivity.criteria[0].fall.newTop == std::vector<std::size_t>{0});
    CHECK(round.disagreements.empty());

    // Far apart: 0 and 4 on a 0 to 4 scale, quartiles 1 and 3.
    jointly::scoring::Appraisal one;
    one.options = {{"Classes", false}};
    one.criteria = {{"Impact", 10000}};
    one.scale = {0, 4};
    auto apart = scoreRound(one, {{"Ann", {Row{0}}, {}}, {"Bilal", {Row{4}}, {}}});
    REQUIRE(apart.ok());
    CHECK(apart.value().disagreements ==
          std::vector<std::string>{"\u201cClasses\u201d on \u201cImpact\u201d: scores from 0 to "
                                   "4, the middle half 2.00 apart."});

    // Refusals name the member, the option and the criterion.
    auto refused = scoreRound(one, {{"Ann", {Row{5}}, {}}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          "Ann scored \u201cClasses\u201d 5 on \u201cImpact\u201d, outside the scale 0 to 4.");
    refused = scoreRound(one, {{"Cath", {Row{2}}, {true}}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          "Cath may not score \u201cClasses\u201d (a declared interest), so gives it no score.");
}
