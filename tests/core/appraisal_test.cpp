#include "planning/Appraisal.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

using namespace jointly::planning;

namespace {

using Scores = std::vector<std::optional<std::int64_t>>;

struct Row {
    std::string name;
    Scores scores;
    bool doNothing = false;
};

Appraisal makeAppraisal(std::vector<Criterion> criteria, std::vector<Row> rows,
                        ScoringScale scale = {0, 10}) {
    Appraisal appraisal;
    appraisal.criteria = std::move(criteria);
    appraisal.scale = scale;
    for (auto& row : rows) {
        appraisal.options.push_back(Option{row.name, row.doNothing});
        appraisal.scores.push_back(std::move(row.scores));
    }
    return appraisal;
}

// The options' names, in the order given.
std::vector<std::string> names(const Appraisal& appraisal,
                               const std::vector<std::size_t>& options) {
    std::vector<std::string> result;
    for (auto option : options) {
        result.push_back(appraisal.options[option].name);
    }
    return result;
}

Ranking rank(const Appraisal& appraisal) {
    auto ranking = rankOptions(appraisal);
    REQUIRE(ranking.ok());
    return ranking.value();
}

Sensitivity sensitivityOf(const Appraisal& appraisal) {
    auto result = appraise(appraisal);
    REQUIRE(result.ok());
    return result.value().sensitivity;
}

// The ranking example: weights Cost 50%, Quality 30%, Access 20%, so
//   total = 5000 x Cost + 3000 x Quality + 2000 x Access.
//   Do nothing (5, 5, 5): 25000 + 15000 + 10000 = 50000 -> 5.00
//   A          (6, 8, 9): 30000 + 24000 + 18000 = 72000 -> 7.20
//   B          (8, 6, 7): 40000 + 18000 + 14000 = 72000 -> 7.20
// A and B tie for first (1=, 1=), and do nothing is third (3): the rank after
// a tie of two skips 2.
std::vector<Criterion> rankingCriteria() {
    return {{"Cost", 5000}, {"Quality", 3000}, {"Access", 2000}};
}

std::vector<Row> rankingRows() {
    return {{"Do nothing", {5, 5, 5}, true}, {"A", {6, 8, 9}}, {"B", {8, 6, 7}}};
}

// The sensitivity example: weights Outcomes 50%, Quality 25%, Access 25%.
//   A          (8, 8, 4): 40000 + 20000 + 10000 = 70000 -> 7.00  (top)
//   B          (5, 5, 9): 25000 + 12500 + 22500 = 60000 -> 6.00
//   Do nothing (2, 2, 2): 20000 -> 2.00
// With d the move of one weight (as a fraction) and the others rescaled in
// proportion, T_k(d) = T_k(0) + d (s_ki - A_k), A_k being the option's
// weighted average score on the other criteria.
Appraisal sensitivityExample() {
    return makeAppraisal({{"Outcomes", 5000}, {"Quality", 2500}, {"Access", 2500}},
                         {{"A", {8, 8, 4}}, {"B", {5, 5, 9}}, {"Do nothing", {2, 2, 2}, true}});
}

} // namespace

// --- Text ------------------------------------------------------------------------

TEST_CASE("Totals are shown as the score they stand for, to two decimals", "[appraisal]") {
    // total / 10000, rounded half away from zero.
    CHECK(formatTotal(73500) == "7.35");   // 7.35 exactly
    CHECK(formatTotal(73350) == "7.34");   // 7.335, a half: away from zero
    CHECK(formatTotal(73349) == "7.33");   // 7.3349
    CHECK(formatTotal(-73350) == "-7.34"); // a negative scale: still away from zero
    CHECK(formatTotal(0) == "0.00");
    CHECK(formatTotal(100000) == "10.00");
    CHECK(formatHundredths(9500) == "95.00");
    CHECK(formatHundredths(-5) == "-0.05");
    CHECK(formatHundredths(1) == "0.01");
}

// --- Weights -------------------------------------------------------------------

TEST_CASE("checkWeights says exactly how far the weights miss 100%", "[appraisal]") {
    // 5000 + 3000 + 2000 = 10000.
    auto exact = checkWeights(rankingCriteria());
    CHECK(exact.totalBp == 10000);
    CHECK(exact.exact);
    CHECK(exact.sentence == "The weights add up to exactly 100%.");

    // 5000 + 2500 + 2000 = 9500: 95.00%, 500 bp = 5.00 points short.
    auto shortOf = checkWeights({{"Cost", 5000}, {"Quality", 2500}, {"Access", 2000}});
    CHECK(shortOf.totalBp == 9500);
    CHECK_FALSE(shortOf.exact);
    CHECK(shortOf.sentence ==
          "The weights add up to 95.00%, 5.00 percentage points short of 100%.");

    // 5000 + 3250 + 2000 = 10250: 102.50%, 250 bp = 2.50 points over.
    auto over = checkWeights({{"Cost", 5000}, {"Quality", 3250}, {"Access", 2000}});
    CHECK(over.totalBp == 10250);
    CHECK_FALSE(over.exact);
    CHECK(over.sentence == "The weights add up to 102.50%, 2.50 percentage points over 100%.");

    // One basis point short, and no criteria at all.
    CHECK(checkWeights({{"Cost", 9999}}).sentence ==
          "The weights add up to 99.99%, 0.01 percentage points short of 100%.");
    CHECK(checkWeights({}).sentence ==
          "The weights add up to 0.00%, 100.00 percentage points short of 100%.");
}

// --- The do-nothing option --------------------------------------------------------

TEST_CASE("checkDoNothing finds the do-nothing option", "[appraisal]") {
    std::vector<Option> options{{"A", false}, {"Business as usual", true}, {"B", false}};
    auto one = checkDoNothing(options);
    REQUIRE(one.option);
    CHECK(*one.option == 1);
    CHECK(one.count == 1);
    CHECK(one.problem.empty());
    CHECK(hasDoNothingOption(options));

    options[1].doNothing = false;
    auto none = checkDoNothing(options);
    CHECK_FALSE(none.option);
    CHECK(none.count == 0);
    CHECK(none.problem == "There is no \"do nothing / business as usual\" option; every "
                          "appraisal needs one to compare the other options against.");
    CHECK_FALSE(hasDoNothingOption(options));
    CHECK_FALSE(hasDoNothingOption({}));

    options[0].doNothing = true;
    options[2].doNothing = true;
    auto two = checkDoNothing(options);
    REQUIRE(two.option);
    CHECK(*two.option == 0);
    CHECK(two.count == 2);
    CHECK(two.problem == "Only one option can be the \"do nothing / business as usual\" "
                         "option; \"A\" and \"B\" are both marked as it.");
}

// --- Checking an appraisal ----------------------------------------------------------

TEST_CASE("A score outside the scale is refused naming the option and criterion", "[appraisal]") {
    auto rows = rankingRows();
    rows[2].scores[1] = 11; // B on Quality, scale 0 to 10
    auto result = rankOptions(makeAppraisal(rankingCriteria(), rows));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == jointly::ErrorKind::Invalid);
    CHECK(result.error().message ==
          "The score 11 for \"B\" on \"Quality\" is outside the scale 0 to 10.");

    rows[2].scores[1] = 6;
    rows[1].scores[2] = -1; // A on Access
    CHECK(rankOptions(makeAppraisal(rankingCriteria(), rows)).error().message ==
          "The score -1 for \"A\" on \"Access\" is outside the scale 0 to 10.");

    // The same score is fine on a scale that includes it.
    CHECK(rankOptions(makeAppraisal(rankingCriteria(), rows, {-5, 10})).ok());
    // And the chart refuses it too.
    CHECK_FALSE(contributionsByCriterion(makeAppraisal(rankingCriteria(), rows)).ok());
}

TEST_CASE("checkAppraisal refuses a bad scale, weight or shape", "[appraisal]") {
    auto good = makeAppraisal(rankingCriteria(), rankingRows());
    CHECK(checkAppraisal(good).ok());

    auto backwards = good;
    backwards.scale = {10, 0};
    CHECK(checkAppraisal(backwards).error().message ==
          "The scoring scale must run from a lower number to a higher one; it runs from 10 to "
          "0.");

    auto heavy = good;
    heavy.criteria[0].weightBp = 12000;
    CHECK(checkAppraisal(heavy).error().message ==
          "The weight of \"Cost\" is 120.00%; each weight must be between 0% and 100%.");
    heavy.criteria[0].weightBp = -100;
    CHECK(checkAppraisal(heavy).error().message ==
          "The weight of \"Cost\" is -1.00%; each weight must be between 0% and 100%.");

    auto ragged = good;
    ragged.scores[1].pop_back();
    CHECK(checkAppraisal(ragged).error().message ==
          "The scores for \"A\" have 2 entries for 3 criteria.");
    ragged.scores.pop_back();
    CHECK(checkAppraisal(ragged).error().message == "The scores have 2 rows for 3 options.");
}

// --- Totals and ranking -----------------------------------------------------------

TEST_CASE("Weighted totals rank highest first and ties share a rank (1=, 1=, 3)", "[appraisal]") {
    // Totals worked out at rankingCriteria() above: A 72000, B 72000, do
    // nothing 50000. A comes before B (the options' own order) at equal totals.
    auto appraisal = makeAppraisal(rankingCriteria(), rankingRows());
    auto ranking = rank(appraisal);
    REQUIRE(ranking.ranked.size() == 3);
    CHECK(ranking.unranked.empty());

    const auto& first = ranking.ranked[0];
    CHECK(appraisal.options[first.option].name == "A");
    CHECK(first.total == 72000);
    CHECK(first.totalText == "7.20");
    CHECK(first.rank == 1);
    CHECK(first.tied);
    CHECK(first.rankText == "1=");

    const auto& second = ranking.ranked[1];
    CHECK(appraisal.options[second.option].name == "B");
    CHECK(second.total == 72000);
    CHECK(second.rank == 1);
    CHECK(second.tied);
    CHECK(second.rankText == "1=");

    const auto& third = ranking.ranked[2];
    CHECK(appraisal.options[third.option].name == "Do nothing");
    CHECK(third.total == 50000);
    CHECK(third.totalText == "5.00");
    CHECK(third.rank == 3);
    CHECK_FALSE(third.tied);
    CHECK(third.rankText == "3");

    // Weights exactly 100% and every option scored: final.
    CHECK(ranking.weights.exact);
    CHECK(ranking.isFinal);
    CHECK(ranking.notFinalReason.empty());
}

TEST_CASE("Totals keep every basis point and round only for display", "[appraisal]") {
    // Weights 33.33%, 33.33%, 33.34%; scores 7, 8, 7:
    //   3333 x 7 + 3333 x 8 + 3334 x 7 = 23331 + 26664 + 23338 = 73333 -> 7.3333 -> "7.33".
    // Second option 8, 7, 8: 26664 + 23331 + 26672 = 76667 -> 7.6667 -> "7.67".
    auto appraisal = makeAppraisal({{"Cost", 3333}, {"Quality", 3333}, {"Access", 3334}},
                                   {{"A", {7, 8, 7}}, {"B", {8, 7, 8}}});
    auto ranking = rank(appraisal);
    REQUIRE(ranking.ranked.size() == 2);
    CHECK(ranking.ranked[0].total == 76667);
    CHECK(ranking.ranked[0].totalText == "7.67");
    CHECK(ranking.ranked[0].rankText == "1");
    CHECK(ranking.ranked[1].total == 73333);
    CHECK(ranking.ranked[1].totalText == "7.33");
    CHECK(ranking.ranked[1].rankText == "2");
}

TEST_CASE("An option missing a score is listed unranked, and the ranking is not final",
          "[appraisal]") {
    auto rows = rankingRows();
    rows.push_back({"D", {7, std::nullopt, 3}});
    rows.push_back({"E", {std::nullopt, 4, std::nullopt}});
    auto appraisal = makeAppraisal(rankingCriteria(), rows);
    auto ranking = rank(appraisal);

    // The three fully scored options rank as before.
    REQUIRE(ranking.ranked.size() == 3);
    CHECK(ranking.ranked[2].rankText == "3");

    REQUIRE(ranking.unranked.size() == 2);
    CHECK(appraisal.options[ranking.unranked[0].option].name == "D");
    CHECK(ranking.unranked[0].reason == "No score yet for \"Quality\".");
    CHECK(appraisal.options[ranking.unranked[1].option].name == "E");
    CHECK(ranking.unranked[1].reason == "No score yet for \"Cost\" and \"Access\".");

    CHECK(ranking.weights.exact);
    CHECK_FALSE(ranking.isFinal);
    CHECK(ranking.notFinalReason ==
          "The ranking is not final. \"D\" and \"E\" are not fully scored.");
}

TEST_CASE("A ranking is final only when the weights are exactly 100% and all is scored",
          "[appraisal]") {
    // Quality 25% instead of 30%: the weights add up to 95%. The totals still
    // rank (A 6x5000 + 8x2500 + 9x2000 = 68000, B 40000 + 15000 + 14000 = 69000).
    auto shortWeights =
        makeAppraisal({{"Cost", 5000}, {"Quality", 2500}, {"Access", 2000}}, rankingRows());
    auto ranking = rank(shortWeights);
    REQUIRE(ranking.ranked.size() == 3);
    CHECK(shortWeights.options[ranking.ranked[0].option].name == "B");
    CHECK(ranking.ranked[0].total == 69000);
    CHECK(ranking.ranked[1].total == 68000);
    CHECK_FALSE(ranking.isFinal);
    CHECK(ranking.notFinalReason == "The ranking is not final. The weights add up to 95.00%, "
                                    "5.00 percentage points short of 100%.");

    // Over 100% and a missing score: both reasons.
    auto rows = rankingRows();
    rows[0].scores[0] = std::nullopt;
    auto both = rank(makeAppraisal({{"Cost", 5000}, {"Quality", 3250}, {"Access", 2000}}, rows));
    CHECK_FALSE(both.isFinal);
    CHECK(both.notFinalReason ==
          "The ranking is not final. The weights add up to 102.50%, 2.50 percentage points "
          "over 100%. \"Do nothing\" is not fully scored.");

    // No options at all is never a final ranking.
    auto empty = rank(makeAppraisal(rankingCriteria(), {}));
    CHECK(empty.ranked.empty());
    CHECK_FALSE(empty.isFinal);
    CHECK(empty.notFinalReason == "The ranking is not final. There are no options to rank.");
}

// --- Weighted scores by criterion ----------------------------------------------------

TEST_CASE("Each option's weighted score by criterion stacks to its total", "[appraisal]") {
    auto rows = rankingRows();
    rows.push_back({"D", {7, std::nullopt, 3}});
    auto appraisal = makeAppraisal(rankingCriteria(), rows);
    auto parts = contributionsByCriterion(appraisal);
    REQUIRE(parts.ok());
    REQUIRE(parts.value().size() == 4);
    // Do nothing: 5000 x 5, 3000 x 5, 2000 x 5.
    CHECK(parts.value()[0].option == 0);
    CHECK(parts.value()[0].byCriterion == Scores{25000, 15000, 10000});
    // A: 5000 x 6, 3000 x 8, 2000 x 9 (sum 72000, its total).
    CHECK(parts.value()[1].byCriterion == Scores{30000, 24000, 18000});
    // D: 5000 x 7, missing, 2000 x 3.
    CHECK(parts.value()[3].byCriterion == Scores{35000, std::nullopt, 6000});
}

// --- Sensitivity -------------------------------------------------------------------

TEST_CASE("Raising Access by exactly 12.50 points makes B overtake A", "[appraisal]") {
    // Access (w = 0.25, the others 0.50 and 0.25, together 0.75):
    //   A: A_A = (0.5 x 8 + 0.25 x 8) / 0.75 = 8,        slope 4 - 8 = -4,  T_A(d) = 7 - 4d
    //   B: A_B = (0.5 x 5 + 0.25 x 5) / 0.75 = 5,        slope 9 - 5 = +4,  T_B(d) = 6 + 4d
    //   Do nothing: A = 2, slope 2 - 2 = 0,                                T(d) = 2
    // B meets A when 7 - 4d = 6 + 4d: d = 1/8 = 12.50 points (Access 37.50%).
    //   Check: Access 37.5%, Outcomes 50 x 62.5/75 = 41.67%, Quality 20.83%:
    //   A = 0.625 x 8 + 0.375 x 4 = 5 + 1.5 = 6.5; B = 0.625 x 5 + 0.375 x 9 = 3.125 + 3.375 = 6.5.
    // Do nothing meets A at 7 - 4d = 2, d = 5/4: beyond 100%, so B is first.
    // Falling (d < 0) A gains 4 per unit on the others' 4 and 0: robust.
    auto appraisal = sensitivityExample();
    auto sensitivity = sensitivityOf(appraisal);
    REQUIRE(sensitivity.state == SensitivityState::Analysed);
    CHECK(sensitivity.reason.empty());
    CHECK(names(appraisal, sensitivity.top) == std::vector<std::string>{"A"});
    REQUIRE(sensitivity.criteria.size() == 3);

    const auto& access = sensitivity.criteria[2];
    CHECK(access.criterion == 2);
    CHECK(access.weightBp == 2500);
    CHECK(access.rise.outcome == ShiftOutcome::ChangesTop);
    CHECK(access.rise.points == Fraction{25, 2});
    CHECK(access.rise.pointsBp == 1250);
    CHECK(access.rise.pointsText == "12.50");
    CHECK(access.rise.weightAtBp == 3750);
    CHECK(names(appraisal, access.rise.newTop) == std::vector<std::string>{"B"});
    CHECK(access.rise.sentence ==
          "\"B\" overtakes \"A\" if the weight of \"Access\" rises by more than 12.50 "
          "percentage points (from 25.00% to 37.50%).");

    CHECK(access.fall.outcome == ShiftOutcome::Robust);
    CHECK(access.fall.newTop.empty());
    CHECK(access.fall.sentence ==
          "\"A\" stays top however far the weight of \"Access\" falls (down to 0%).");
}

TEST_CASE("Sensitivity of the other criteria: a fall that changes the top and robust ones",
          "[appraisal]") {
    // Outcomes (w = 0.5, others Quality 0.25 and Access 0.25, together 0.5):
    //   A: A_A = (0.25 x 8 + 0.25 x 4) / 0.5 = 6, slope 8 - 6 = +2, T_A(d) = 7 + 2d
    //   B: A_B = (0.25 x 5 + 0.25 x 9) / 0.5 = 7, slope 5 - 7 = -2, T_B(d) = 6 - 2d
    //   Do nothing: slope 0, T(d) = 2
    // Rising: A gains on both: robust. Falling: 7 + 2d = 6 - 2d at d = -1/4, so
    // Outcomes falling by 25.00 points (to 25%) lets B overtake. (Do nothing:
    // 7 + 2d = 2 at d = -5/2, beyond 0%.)
    //   Check: Outcomes 25%, Quality and Access 37.5% each:
    //   A = 2 + 3 + 1.5 = 6.5; B = 1.25 + 1.875 + 3.375 = 6.5.
    // Quality (w = 0.25, others 0.5 and 0.25, together 0.75):
    //   A: A_A = (4 + 1) / 0.75 = 20/3, slope 8 - 20/3 = +4/3
    //   B: A_B = (2.5 + 2.25) / 0.75 = 19/3, slope 5 - 19/3 = -4/3
    //   Do nothing: slope 0.
    // Rising: robust. Falling: B meets A at 7 + (4/3)d = 6 - (4/3)d, d = -3/8,
    // that is 37.50 points, but Quality can fall only 25: robust both ways.
    auto appraisal = sensitivityExample();
    auto sensitivity = sensitivityOf(appraisal);
    REQUIRE(sensitivity.criteria.size() == 3);

    const auto& outcomes = sensitivity.criteria[0];
    CHECK(outcomes.rise.outcome == ShiftOutcome::Robust);
    CHECK(outcomes.rise.sentence ==
          "\"A\" stays top however far the weight of \"Outcomes\" rises (up to 100%).");
    CHECK(outcomes.fall.outcome == ShiftOutcome::ChangesTop);
    CHECK(outcomes.fall.points == Fraction{25, 1});
    CHECK(outcomes.fall.pointsText == "25.00");
    CHECK(outcomes.fall.weightAtBp == 2500);
    CHECK(names(appraisal, outcomes.fall.newTop) == std::vector<std::string>{"B"});
    CHECK(outcomes.fall.sentence ==
          "\"B\" overtakes \"A\" if the weight of \"Outcomes\" falls by more than 25.00 "
          "percentage points (from 50.00% to 25.00%).");

    const auto& quality = sensitivity.criteria[1];
    CHECK(quality.rise.outcome == ShiftOutcome::Robust);
    CHECK(quality.fall.outcome == ShiftOutcome::Robust);
}

TEST_CASE("A challenger that draws level only at 100% does not change the top", "[appraisal]") {
    // Weights X 50%, Y 50%:
    //   A (8, 6) = 7.0, B (7, 6) = 6.5, C (2, 10) = 6.0.
    // Raising Y by d (X falls by d): T_A = 7 - 2d, T_B = 6.5 - 1d, T_C = 6 + 8d.
    //   B meets A at 7 - 2d = 6.5 - d, d = 1/2: Y would be 100%, where both
    //   are 6; level at the limit, never ahead, so not a change.
    //   C meets A at 7 - 2d = 6 + 8d, d = 1/10: 10.00 points (Y 60%).
    //   Check: X 40%, Y 60%: A = 3.2 + 3.6 = 6.8; C = 0.8 + 6 = 6.8.
    // The third-ranked option overtakes first. With two criteria, X falling
    // by d is Y rising by d, so X's fall gives the same answer.
    // Raising X: T_A = 7 + 2d, T_B = 6.5 + 1d, T_C = 6 - 8d: robust.
    auto appraisal = makeAppraisal({{"X", 5000}, {"Y", 5000}},
                                   {{"A", {8, 6}}, {"B", {7, 6}}, {"C", {2, 10}, true}});
    auto sensitivity = sensitivityOf(appraisal);
    REQUIRE(sensitivity.state == SensitivityState::Analysed);

    const auto& y = sensitivity.criteria[1];
    CHECK(y.rise.outcome == ShiftOutcome::ChangesTop);
    CHECK(y.rise.points == Fraction{10, 1});
    CHECK(y.rise.pointsText == "10.00");
    CHECK(names(appraisal, y.rise.newTop) == std::vector<std::string>{"C"});

    const auto& x = sensitivity.criteria[0];
    CHECK(x.fall.outcome == ShiftOutcome::ChangesTop);
    CHECK(x.fall.points == Fraction{10, 1});
    CHECK(names(appraisal, x.fall.newTop) == std::vector<std::string>{"C"});
    CHECK(x.rise.outcome == ShiftOutcome::Robust);

    // Without C, B's only crossing is at exactly 100%: robust.
    appraisal.options.pop_back();
    appraisal.scores.pop_back();
    auto withoutC = sensitivityOf(appraisal);
    CHECK(withoutC.criteria[1].rise.outcome == ShiftOutcome::Robust);
    CHECK(withoutC.criteria[0].fall.outcome == ShiftOutcome::Robust);
}

TEST_CASE("Sensitivity at 100% and 0% weights", "[appraisal]") {
    // Outcomes 100%, Quality 0%, Access 0%:
    //   A (8, 2, 4) = 8.00, B (6, 10, 6) = 6.00, C (5, 5, 5) = 5.00.
    // Outcomes cannot rise. Falling by f frees f, shared equally between
    // Quality and Access (f/2 each):
    //   T_A = (1 - f) 8 + f (2 + 4)/2  = 8 - 5f
    //   T_B = (1 - f) 6 + f (10 + 6)/2 = 6 + 2f
    //   T_C = 5
    // B meets A at 8 - 5f = 6 + 2f: f = 2/7 = 28.5714... points -> "28.57"
    // (exactly 200/7 points; Outcomes at 100 - 28.57 = 71.43%). C meets A at
    // f = 3/5, later.
    // Quality (0%) cannot fall. Rising by d takes d from Outcomes (the only
    // weighted other criterion): T_A = 8 + d (2 - 8) = 8 - 6d,
    // T_B = 6 + d (10 - 6) = 6 + 4d, T_C = 5 + 0d.
    //   B meets A at 8 - 6d = 6 + 4d: d = 1/5 = 20.00 points.
    //   Check: Quality 20%, Outcomes 80%: A = 6.4 + 0.4 = 6.8; B = 4.8 + 2 = 6.8.
    // Access (0%) rising: T_A = 8 + d (4 - 8) = 8 - 4d, T_B = 6 + 0d, T_C = 5:
    //   B meets A at d = 1/2 = 50.00 points; C at d = 3/4, later.
    auto appraisal = makeAppraisal({{"Outcomes", 10000}, {"Quality", 0}, {"Access", 0}},
                                   {{"A", {8, 2, 4}}, {"B", {6, 10, 6}}, {"C", {5, 5, 5}, true}});
    auto sensitivity = sensitivityOf(appraisal);
    REQUIRE(sensitivity.state == SensitivityState::Analysed);
    REQUIRE(sensitivity.criteria.size() == 3);

    const auto& outcomes = sensitivity.criteria[0];
    CHECK(outcomes.rise.outcome == ShiftOutcome::NotPossible);
    CHECK(outcomes.rise.sentence ==
          "The weight of \"Outcomes\" is already 100%, so it cannot rise.");
    CHECK(outcomes.fall.outcome == ShiftOutcome::ChangesTop);
    CHECK(outcomes.fall.points == Fraction{200, 7});
    CHECK(outcomes.fall.pointsBp == 2857);
    CHECK(outcomes.fall.pointsText == "28.57");
    CHECK(outcomes.fall.weightAtBp == 7143);
    CHECK(names(appraisal, outcomes.fall.newTop) == std::vector<std::string>{"B"});
    CHECK(outcomes.fall.sentence ==
          "\"B\" overtakes \"A\" if the weight of \"Outcomes\" falls by more than 28.57 "
          "percentage points (from 100.00% to 71.43%, the freed weight shared equally among "
          "the other criteria).");

    const auto& quality = sensitivity.criteria[1];
    CHECK(quality.fall.outcome == ShiftOutcome::NotPossible);
    CHECK(quality.fall.sentence == "The weight of \"Quality\" is already 0%, so it cannot fall.");
    CHECK(quality.rise.outcome == ShiftOutcome::ChangesTop);
    CHECK(quality.rise.points == Fraction{20, 1});
    CHECK(quality.rise.pointsText == "20.00");
    CHECK(quality.rise.weightAtBp == 2000);
    CHECK(names(appraisal, quality.rise.newTop) == std::vector<std::string>{"B"});

    const auto& access = sensitivity.criteria[2];
    CHECK(access.fall.outcome == ShiftOutcome::NotPossible);
    CHECK(access.rise.outcome == ShiftOutcome::ChangesTop);
    CHECK(access.rise.points == Fraction{50, 1});
    CHECK(names(appraisal, access.rise.newTop) == std::vector<std::string>{"B"});
}

TEST_CASE("A single criterion at 100% can move neither way", "[appraisal]") {
    auto appraisal = makeAppraisal({{"Outcomes", 10000}}, {{"A", {8}}, {"B", {6}, true}});
    auto sensitivity = sensitivityOf(appraisal);
    REQUIRE(sensitivity.state == SensitivityState::Analysed);
    REQUIRE(sensitivity.criteria.size() == 1);
    CHECK(sensitivity.criteria[0].rise.outcome == ShiftOutcome::NotPossible);
    CHECK(sensitivity.criteria[0].fall.outcome == ShiftOutcome::NotPossible);
    CHECK(sensitivity.criteria[0].fall.sentence ==
          "\"Outcomes\" is the only criterion, so its weight cannot fall.");
}

TEST_CASE("Options with equal scores overtake together", "[appraisal]") {
    // The sensitivity example with a copy of B: both meet A at the same
    // 12.50 points when Access rises, and stay level with each other.
    auto appraisal = sensitivityExample();
    appraisal.options.push_back(Option{"B2", false});
    appraisal.scores.push_back(Scores{5, 5, 9});
    auto sensitivity = sensitivityOf(appraisal);
    REQUIRE(sensitivity.state == SensitivityState::Analysed);
    const auto& access = sensitivity.criteria[2];
    CHECK(access.rise.outcome == ShiftOutcome::ChangesTop);
    CHECK(access.rise.points == Fraction{25, 2});
    CHECK(names(appraisal, access.rise.newTop) == std::vector<std::string>{"B", "B2"});
    CHECK(access.rise.sentence ==
          "\"B\" and \"B2\" overtake \"A\" together if the weight of \"Access\" rises by more "
          "than 12.50 percentage points (from 25.00% to 37.50%).");
}

TEST_CASE("Sensitivity reports an already tied top instead of thresholds", "[appraisal]") {
    // A and B both total 7.20 (see rankingCriteria above).
    auto appraisal = makeAppraisal(rankingCriteria(), rankingRows());
    auto sensitivity = sensitivityOf(appraisal);
    CHECK(sensitivity.state == SensitivityState::TopAlreadyTied);
    CHECK(names(appraisal, sensitivity.top) == std::vector<std::string>{"A", "B"});
    CHECK(sensitivity.criteria.empty());
    CHECK(sensitivity.reason ==
          "\"A\" and \"B\" already share the top rank, so there is no single top option to "
          "test; a change to the weights may decide between them.");
}

TEST_CASE("Sensitivity needs exact weights and two scored options", "[appraisal]") {
    auto shortWeights =
        makeAppraisal({{"Cost", 5000}, {"Quality", 2500}, {"Access", 2000}}, rankingRows());
    auto notExact = sensitivityOf(shortWeights);
    CHECK(notExact.state == SensitivityState::WeightsNotExact);
    CHECK(notExact.criteria.empty());
    CHECK(notExact.reason == "The sensitivity needs the weights to add up to exactly 100%. The "
                             "weights add up to 95.00%, 5.00 percentage points short of 100%.");

    // Only A is fully scored: unranked options take no part.
    auto oneScored = makeAppraisal(rankingCriteria(),
                                   {{"A", {6, 8, 9}}, {"Do nothing", {5, std::nullopt, 5}, true}});
    auto tooFew = sensitivityOf(oneScored);
    CHECK(tooFew.state == SensitivityState::TooFewOptions);
    CHECK(names(oneScored, tooFew.top) == std::vector<std::string>{"A"});
    CHECK(tooFew.reason == "The sensitivity needs at least two fully scored options to "
                           "compare; there is 1.");

    auto none = sensitivityOf(makeAppraisal(rankingCriteria(), {}));
    CHECK(none.state == SensitivityState::TooFewOptions);
    CHECK(none.top.empty());
    CHECK(none.reason == "The sensitivity needs at least two fully scored options to "
                         "compare; there are none.");
}

TEST_CASE("appraise refuses what rankOptions refuses", "[appraisal]") {
    auto rows = rankingRows();
    rows[0].scores[0] = 12;
    auto result = appraise(makeAppraisal(rankingCriteria(), rows));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message ==
          "The score 12 for \"Do nothing\" on \"Cost\" is outside the scale 0 to 10.");
}

// --- Sensitivity checked against the weights themselves ----------------------------

namespace {

__extension__ typedef __int128 Wide;

// Every option's total after criterion i's weight moves by num / den basis
// points (up when positive), worked out from the moved weights themselves
// rather than from the slopes the library uses: the other weights rescaled in
// proportion, or, from 100%, the freed weight shared equally. All totals are
// multiplied by the same positive factor, so they compare exactly.
std::vector<Wide> movedTotals(const Appraisal& appraisal, std::size_t i, Wide num, Wide den) {
    const auto n = appraisal.criteria.size();
    const Wide weight = appraisal.criteria[i].weightBp;
    const Wide rest = kFullWeight - weight;
    std::vector<Wide> weights(n);
    for (std::size_t j = 0; j < n; ++j) {
        const Wide other = appraisal.criteria[j].weightBp;
        if (rest > 0) { // times rest x den
            weights[j] = j == i ? (weight * den + num) * rest : other * (rest * den - num);
        } else { // times den x (n - 1); num is negative (falling)
            weights[j] = j == i ? (weight * den + num) * static_cast<Wide>(n - 1) : -num;
        }
    }
    std::vector<Wide> totals;
    for (const auto& row : appraisal.scores) {
        Wide total = 0;
        for (std::size_t j = 0; j < n; ++j) {
            total += weights[j] * static_cast<Wide>(*row[j]);
        }
        totals.push_back(total);
    }
    return totals;
}

struct Lcg {
    std::uint64_t state = 12345;
    std::int64_t next(std::int64_t below) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::int64_t>((state >> 33) % static_cast<std::uint64_t>(below));
    }
};

} // namespace

TEST_CASE("Sensitivity thresholds agree with totals recomputed from moved weights", "[appraisal]") {
    // Random small appraisals (weights including 0% and 100%), and for each
    // reported threshold x: before it the top option is strictly ahead of all
    // others, at it the new top draws level, just beyond it the new top is
    // strictly ahead; a robust direction keeps the top ahead (or at most
    // level) all the way to 0% or 100%.
    Lcg lcg;
    int analysed = 0;
    int thresholds = 0;
    int robust = 0;
    for (int trial = 0; trial < 400; ++trial) {
        const auto criteriaCount = static_cast<std::size_t>(1 + lcg.next(4));
        const auto optionCount = static_cast<std::size_t>(2 + lcg.next(4));
        std::vector<Criterion> criteria;
        std::int64_t left = kFullWeight;
        for (std::size_t c = 0; c < criteriaCount; ++c) {
            std::int64_t weight = left;
            if (c + 1 < criteriaCount) {
                // Now and then all of what is left, or nothing.
                const auto pick = lcg.next(6);
                weight = pick == 0 ? 0 : pick == 1 ? left : lcg.next(left + 1);
            }
            left -= weight;
            criteria.push_back({"C" + std::to_string(c), weight});
        }
        std::vector<Row> rows;
        for (std::size_t o = 0; o < optionCount; ++o) {
            Scores scores;
            for (std::size_t c = 0; c < criteriaCount; ++c) {
                scores.emplace_back(lcg.next(11));
            }
            rows.push_back({"O" + std::to_string(o), scores, o == 0});
        }
        auto appraisal = makeAppraisal(criteria, rows);
        auto sensitivity = sensitivityOf(appraisal);
        if (sensitivity.state != SensitivityState::Analysed) {
            continue;
        }
        ++analysed;
        const std::size_t top = sensitivity.top.front();

        for (const auto& row : sensitivity.criteria) {
            const auto i = row.criterion;
            const std::int64_t weight = appraisal.criteria[i].weightBp;
            for (const bool up : {true, false}) {
                const auto& shift = up ? row.rise : row.fall;
                const Wide sign = up ? 1 : -1;
                const Wide limit = up ? kFullWeight - weight : weight;
                if (shift.outcome == ShiftOutcome::NotPossible) {
                    CHECK(((up && weight == kFullWeight) || (!up && weight == 0) ||
                           (!up && criteriaCount == 1)));
                    continue;
                }
                CHECK_FALSE(((up && weight == kFullWeight) || (!up && weight == 0)));
                if (shift.outcome == ShiftOutcome::Robust) {
                    ++robust;
                    for (int step = 1; step <= 8; ++step) {
                        auto totals = movedTotals(appraisal, i, sign * limit * step, 8);
                        for (std::size_t k = 0; k < totals.size(); ++k) {
                            if (k != top) {
                                CHECK(((step == 8) ? totals[k] <= totals[top]
                                                   : totals[k] < totals[top]));
                            }
                        }
                    }
                    continue;
                }
                ++thresholds;
                // x = points x 100 basis points = num / den.
                const Wide num = Wide{shift.points.numerator} * 100;
                const Wide den = shift.points.denominator;
                CHECK(num < limit * den);
                REQUIRE_FALSE(shift.newTop.empty());
                // Rounded to whole basis points, halves away from zero.
                CHECK(Wide{shift.pointsBp} == (2 * num + den) / (2 * den));

                auto at = movedTotals(appraisal, i, sign * num, den);
                for (auto k : shift.newTop) {
                    CHECK(at[k] == at[top]);
                }
                for (std::size_t k = 0; k < at.size(); ++k) {
                    CHECK(at[k] <= at[top]);
                }
                const Wide fine = 1000;
                auto beyond = movedTotals(appraisal, i, sign * (num * fine + 1), den * fine);
                const Wide lead = beyond[shift.newTop.front()];
                CHECK(lead > beyond[top]);
                for (std::size_t k = 0; k < beyond.size(); ++k) {
                    const bool isNew = std::find(shift.newTop.begin(), shift.newTop.end(), k) !=
                                       shift.newTop.end();
                    CHECK((isNew ? beyond[k] == lead : beyond[k] < lead));
                }
                for (int step = 1; step <= 4; ++step) {
                    auto before =
                        step == 4 ? movedTotals(appraisal, i, sign * (num * fine - 1), den * fine)
                                  : movedTotals(appraisal, i, sign * num * step, den * 4);
                    for (std::size_t k = 0; k < before.size(); ++k) {
                        if (k != top) {
                            CHECK(before[k] < before[top]);
                        }
                    }
                }
            }
        }
    }
    // The random cases cover every kind of answer.
    CHECK(analysed > 100);
    CHECK(thresholds > 50);
    CHECK(robust > 50);
}
