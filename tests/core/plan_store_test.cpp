#include "core/PlanStoreTestSupport.h"

#include "needs/NeedsKinds.h"
#include "partnership/PartnershipKinds.h"
#include "planning/PlanStore.h"
#include "planning/PlanningKinds.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

using namespace jointly;
using namespace jointly::planning;
namespace quantities = jointly::quantities;
using jointly::testing::number;
using jointly::testing::PlanProject;
using jointly::testing::readBytes;
using jointly::testing::text;

namespace {

// "Falls prevention" (rank 1) with an appraisal of three short-listed
// options, one of them the do-nothing option (marked not short-listed, but
// it is the baseline and is always loaded), and a fourth option dropped from
// the long list. Criteria: Outcomes 50%, Cost 30%, Access 20%.
struct FallsAppraisal : PlanProject {
    std::int64_t priority =
        add(planning::priority(), {{"name", text("Falls prevention")}, {"rank", number(1)}});
    std::int64_t appraisal = add(planning::appraisal(), {{"name", text("Falls options")},
                                                         {"priority_id", number(priority)}});
    std::int64_t doNothing =
        *queryNumber("SELECT id FROM appraisal_option WHERE appraisal_id = ?1", appraisal);
    std::int64_t strength = option("Strength and balance classes");
    std::int64_t hazards = option("Home hazard checks");
    std::int64_t clinic = option("Falls clinic");
    std::int64_t outcomes = criterion("Outcomes", 5000);
    std::int64_t cost = criterion("Cost", 3000);
    std::int64_t access = criterion("Access", 2000);

    FallsAppraisal() {
        set(appraisalOption(), doNothing, "short_listed", number(0));
        set(appraisalOption(), clinic, "short_listed", number(0));
        set(appraisalOption(), clinic, "drop_reason", text("Too costly"));
    }
    std::int64_t option(const char* name) {
        return add(appraisalOption(), {{"name", text(name)}, {"appraisal_id", number(appraisal)}});
    }
    std::int64_t criterion(const char* name, std::int64_t weightBp) {
        return add(appraisalCriterion(), {{"name", text(name)},
                                          {"appraisal_id", number(appraisal)},
                                          {"weight_bp", number(weightBp)}});
    }
    void score(std::int64_t optionId, std::int64_t criterionId, std::int64_t value) {
        auto status = setScore(*project, optionId, criterionId, value);
        INFO(jointly::testing::describe(status));
        REQUIRE(status.ok());
    }
    std::optional<std::int64_t> held(std::int64_t optionId, std::int64_t criterionId) {
        auto statement = db().prepare(
            "SELECT score FROM appraisal_score WHERE option_id = ?1 AND criterion_id = ?2");
        statement.bind(1, optionId);
        statement.bind(2, criterionId);
        return statement.step() ? statement.optionalInt64(0) : std::nullopt;
    }
};

} // namespace

TEST_CASE("an appraisal is loaded with its short list and the do-nothing baseline, and ranked",
          "[plan-store]") {
    FallsAppraisal f;
    // Weighted totals (weight in basis points x score):
    //   do nothing: 5000x2 + 3000x8 + 2000x5 = 10000 + 24000 + 10000 = 44000 (4.40)
    //   strength:   5000x8 + 3000x5 + 2000x7 = 40000 + 15000 + 14000 = 69000 (6.90)
    //   hazards:    5000x7 + 3000x7 + 2000x6 = 35000 + 21000 + 12000 = 68000 (6.80)
    // The dropped clinic's perfect scores would put it top if it were loaded.
    const std::vector<std::pair<std::int64_t, std::vector<std::int64_t>>> scores = {
        {f.doNothing, {2, 8, 5}},
        {f.strength, {8, 5, 7}},
        {f.hazards, {7, 7, 6}},
        {f.clinic, {10, 10, 10}}};
    for (const auto& [option, values] : scores) {
        f.score(option, f.outcomes, values[0]);
        f.score(option, f.cost, values[1]);
        f.score(option, f.access, values[2]);
    }

    auto loaded = loadAppraisal(f.db(), f.appraisal);
    REQUIRE(loaded.ok());
    const auto& l = loaded.value();
    CHECK(l.summary.name == "Falls options");
    CHECK(l.summary.priorityId == f.priority);
    CHECK(l.summary.priorityName == "Falls prevention");
    CHECK(l.optionIds == std::vector<std::int64_t>{f.doNothing, f.strength, f.hazards});
    CHECK(l.criterionIds == std::vector<std::int64_t>{f.outcomes, f.cost, f.access});
    REQUIRE(l.appraisal.options.size() == 3);
    CHECK(l.appraisal.options[0].name == "Do nothing / business as usual");
    CHECK(l.appraisal.options[0].doNothing);
    CHECK_FALSE(l.appraisal.options[1].doNothing);
    CHECK(l.appraisal.criteria[1].name == "Cost");
    CHECK(l.appraisal.criteria[1].weightBp == 3000);
    CHECK(l.appraisal.scale.min == 0);
    CHECK(l.appraisal.scale.max == 10);
    CHECK(l.appraisal.scores[2] == std::vector<std::optional<std::int64_t>>{7, 7, 6});

    auto result = appraise(l.appraisal);
    REQUIRE(result.ok());
    const auto& ranked = result.value().ranking.ranked;
    REQUIRE(ranked.size() == 3);
    CHECK(ranked[0].option == 1);
    CHECK(ranked[0].total == 69000);
    CHECK(ranked[0].totalText == "6.90");
    CHECK(ranked[1].option == 2);
    CHECK(ranked[1].total == 68000);
    CHECK(ranked[2].option == 0);
    CHECK(ranked[2].total == 44000);
    CHECK(ranked[2].rankText == "3");
    CHECK(result.value().ranking.isFinal);
    // Raising Cost (30%) by d: strength loses 0.1 points on hazards per
    // (7 - 47000/7000) - (5 - 54000/7000) = 3 points of weight, so hazards
    // goes top beyond d = 0.1 / 3 = 1/30, that is 3.33 percentage points.
    const auto& sensitivity = result.value().sensitivity;
    REQUIRE(sensitivity.state == SensitivityState::Analysed);
    CHECK(sensitivity.criteria[1].rise.outcome == ShiftOutcome::ChangesTop);
    CHECK(sensitivity.criteria[1].rise.pointsText == "3.33");
    CHECK(sensitivity.criteria[1].rise.newTop == std::vector<std::size_t>{2});

    // Leaving a score out unranks that option.
    REQUIRE(setScore(*f.project, f.hazards, f.access, std::nullopt).ok());
    auto partial = loadAppraisal(f.db(), f.appraisal);
    REQUIRE(partial.ok());
    CHECK_FALSE(partial.value().appraisal.scores[2][2].has_value());

    auto missing = loadAppraisal(f.db(), 9999);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
    CHECK(missing.error().message ==
          "That options appraisal no longer exists; it may have been deleted.");
}

TEST_CASE("appraisals are listed by their priority's rank, unranked last, then by id",
          "[plan-store]") {
    PlanProject f;
    auto second = f.add(planning::priority(), {{"name", text("Carers")}, {"rank", number(2)}});
    auto first = f.add(planning::priority(), {{"name", text("Falls")}, {"rank", number(1)}});
    auto unranked = f.add(planning::priority(), {});
    auto a1 = f.add(planning::appraisal(), {{"name", text("A1")}, {"priority_id", number(second)}});
    auto a2 = f.add(planning::appraisal(), {{"priority_id", number(unranked)}});
    auto a3 = f.add(planning::appraisal(), {{"name", text("A3")}, {"priority_id", number(first)}});
    auto a4 = f.add(planning::appraisal(), {{"name", text("A4")}, {"priority_id", number(first)}});

    auto list = listAppraisals(f.db());
    REQUIRE(list.size() == 4);
    CHECK(list[0].id == a3);
    CHECK(list[1].id == a4);
    CHECK(list[2].id == a1);
    CHECK(list[2].priorityName == "Carers");
    CHECK(list[3].id == a2);
    CHECK(list[3].name == "unnamed options appraisal");
    CHECK(list[3].priorityName == "unnamed priority");
    CHECK(list[3].priorityId == unranked);
}

TEST_CASE("a score is set, changed and cleared, each one undoable step", "[plan-store]") {
    FallsAppraisal f;
    f.score(f.strength, f.outcomes, 6);
    CHECK(f.project->undoLabel() ==
          "Score \u201CStrength and balance classes\u201D on \u201COutcomes\u201D");
    f.score(f.strength, f.outcomes, 9);
    CHECK(f.held(f.strength, f.outcomes) == 9);
    REQUIRE(setScore(*f.project, f.strength, f.outcomes, std::nullopt).ok());
    CHECK_FALSE(f.held(f.strength, f.outcomes).has_value());
    CHECK(f.project->undoLabel() ==
          "Clear the score of \u201CStrength and balance classes\u201D on \u201COutcomes\u201D");

    REQUIRE(f.project->undo().ok());
    CHECK(f.held(f.strength, f.outcomes) == 9);
    CHECK(f.project->undoLabel() ==
          "Score \u201CStrength and balance classes\u201D on \u201COutcomes\u201D");
    REQUIRE(f.project->undo().ok());
    CHECK(f.held(f.strength, f.outcomes) == 6);
    REQUIRE(f.project->undo().ok());
    CHECK_FALSE(f.held(f.strength, f.outcomes).has_value());
    CHECK(f.project->undoLabel() == "Change why dropped of Falls clinic");

    REQUIRE(f.project->redo().ok());
    CHECK(f.held(f.strength, f.outcomes) == 6);
    REQUIRE(f.project->redo().ok());
    CHECK(f.held(f.strength, f.outcomes) == 9);
    REQUIRE(f.project->redo().ok());
    CHECK_FALSE(f.held(f.strength, f.outcomes).has_value());
    CHECK_FALSE(f.project->canRedo());

    // The score it already has, and clearing a score that is not there, are
    // not edits.
    f.score(f.hazards, f.cost, 4);
    f.score(f.hazards, f.cost, 4);
    REQUIRE(setScore(*f.project, f.strength, f.outcomes, std::nullopt).ok());
    REQUIRE(f.project->undo().ok());
    CHECK_FALSE(f.held(f.hazards, f.cost).has_value());
    CHECK(f.project->undoLabel() ==
          "Clear the score of \u201CStrength and balance classes\u201D on \u201COutcomes\u201D");
}

TEST_CASE("scores off the scale or across appraisals are refused and nothing changes",
          "[plan-store]") {
    FallsAppraisal f;
    f.score(f.strength, f.cost, 5);
    auto other = f.add(planning::appraisal(),
                       {{"name", text("Other")}, {"priority_id", number(f.priority)}});
    f.set(planning::appraisal(), other, "scale_min", number(1));
    f.set(planning::appraisal(), other, "scale_max", number(5));
    auto otherCriterion =
        f.add(appraisalCriterion(), {{"name", text("Reach")}, {"appraisal_id", number(other)}});
    const auto label = f.project->undoLabel();
    const auto before = readBytes(f.path);

    auto high = setScore(*f.project, f.strength, f.cost, 11);
    REQUIRE_FALSE(high.ok());
    CHECK(high.error().kind == ErrorKind::Invalid);
    CHECK(high.error().message == "The score 11 is outside this appraisal's scale of 0 to 10.");
    auto low = setScore(*f.project, f.strength, f.cost, -1);
    REQUIRE_FALSE(low.ok());
    CHECK(low.error().message == "The score -1 is outside this appraisal's scale of 0 to 10.");

    auto otherOption = *f.queryNumber(
        "SELECT id FROM appraisal_option WHERE appraisal_id = ?1 AND do_nothing = 1", other);
    auto offOther = setScore(*f.project, otherOption, otherCriterion, 0);
    REQUIRE_FALSE(offOther.ok());
    CHECK(offOther.error().message == "The score 0 is outside this appraisal's scale of 1 to 5.");

    auto across = setScore(*f.project, f.strength, otherCriterion, 3);
    REQUIRE_FALSE(across.ok());
    CHECK(across.error().kind == ErrorKind::Invalid);
    CHECK(across.error().message == "The option \u201CStrength and balance classes\u201D and the "
                                    "criterion \u201CReach\u201D belong to different options "
                                    "appraisals.");

    auto noOption = setScore(*f.project, 9999, f.cost, 3);
    REQUIRE_FALSE(noOption.ok());
    CHECK(noOption.error().kind == ErrorKind::NotFound);
    CHECK(noOption.error().message == "That option no longer exists; it may have been deleted.");
    auto noCriterion = setScore(*f.project, f.strength, 9999, std::nullopt);
    REQUIRE_FALSE(noCriterion.ok());
    CHECK(noCriterion.error().message ==
          "That criterion no longer exists; it may have been deleted.");

    CHECK(f.held(f.strength, f.cost) == 5);
    CHECK(f.project->undoLabel() == label);
    CHECK(readBytes(f.path) == before);
}

TEST_CASE("only unlinked candidate statements are promoted, ranked after the existing ones",
          "[plan-store]") {
    PlanProject f;
    auto olderPeople = f.add(partnership::careGroup(), {{"name", text("Older people")}});
    // 85 characters, the 80th a two-byte "é": the name keeps the first 80.
    const std::string longLine = std::string(79, 'x') + "\xC3\xA9" + "yyyyy";
    auto falls = f.add(needs::needsStatement(),
                       {{"statement", text("  Falls among older people are rising\nMore detail")},
                        {"care_group_id", number(olderPeople)},
                        {"candidate_priority", number(1)}});
    f.add(needs::needsStatement(), {{"statement", text("Not a candidate")}});
    auto linked = f.add(needs::needsStatement(), {{"statement", text("Already a priority")},
                                                  {"candidate_priority", number(1)}});
    auto wordy = f.add(needs::needsStatement(), {{"statement", records::FieldValue{longLine}},
                                                 {"candidate_priority", number(1)}});
    f.add(planning::priority(),
          {{"name", text("Carers")}, {"rank", number(2)}, {"statement_id", number(linked)}});
    f.add(planning::priority(), {{"name", text("Housing")}, {"rank", number(5)}});

    auto promoted = promoteCandidateStatements(*f.project);
    REQUIRE(promoted.ok());
    CHECK(promoted.value() == 2);
    CHECK(f.project->undoLabel() == "Promote 2 needs statements to priorities");
    CHECK(f.queryText("SELECT name FROM priority WHERE statement_id = ?1", falls) ==
          "Falls among older people are rising");
    CHECK(f.queryNumber("SELECT rank FROM priority WHERE statement_id = ?1", falls) == 6);
    CHECK(f.queryNumber("SELECT care_group_id FROM priority WHERE statement_id = ?1", falls) ==
          olderPeople);
    CHECK(f.queryText("SELECT name FROM priority WHERE statement_id = ?1", wordy) ==
          std::string(79, 'x') + "\xC3\xA9");
    CHECK(f.queryNumber("SELECT rank FROM priority WHERE statement_id = ?1", wordy) == 7);
    CHECK_FALSE(f.queryNumber("SELECT care_group_id FROM priority WHERE statement_id = ?1", wordy)
                    .has_value());
    CHECK(f.queryNumber("SELECT count(*) FROM priority WHERE statement_id = ?1", linked) == 1);
    CHECK(f.db().queryInt64("SELECT count(*) FROM priority") == 4);

    // Nothing left to promote: no edit.
    auto again = promoteCandidateStatements(*f.project);
    REQUIRE(again.ok());
    CHECK(again.value() == 0);
    CHECK(f.project->undoLabel() == "Promote 2 needs statements to priorities");

    REQUIRE(f.project->undo().ok());
    CHECK(f.db().queryInt64("SELECT count(*) FROM priority") == 2);
    CHECK(f.project->undoLabel() == "Add priority");
    REQUIRE(f.project->redo().ok());
    CHECK(f.db().queryInt64("SELECT count(*) FROM priority") == 4);

    // One more candidate is promoted alone, after rank 7.
    auto late = f.add(needs::needsStatement(),
                      {{"statement", text("Loneliness")}, {"candidate_priority", number(1)}});
    auto one = promoteCandidateStatements(*f.project);
    REQUIRE(one.ok());
    CHECK(one.value() == 1);
    CHECK(f.project->undoLabel() == "Promote 1 needs statement to a priority");
    CHECK(f.queryNumber("SELECT rank FROM priority WHERE statement_id = ?1", late) == 8);
}

TEST_CASE("proposals and the allocations by tier are read as PBMA takes them", "[plan-store]") {
    PlanProject f;
    auto group = f.add(partnership::careGroup(), {{"name", text("Older people")}});
    auto invest = f.add(proposal(), {{"name", text("Extra reablement")},
                                     {"tier", text("early_intervention")},
                                     {"amount_pence", number(2500000)},
                                     {"benefit", number(40)},
                                     {"care_group_id", number(group)}});
    f.add(proposal(), {{"name", text("No amount yet")}});
    f.add(proposal(), {{"name", text("Free")}, {"amount_pence", number(0)}});
    auto cut = f.add(proposal(), {{"kind", text("disinvest")},
                                  {"tier", text("intensive")},
                                  {"amount_pence", number(700000)}});

    auto proposals = loadProposals(f.db());
    REQUIRE(proposals.size() == 2);
    CHECK(proposals[0].id == invest);
    CHECK(proposals[0].name == "Extra reablement");
    CHECK(proposals[0].kind == ProposalKind::Invest);
    CHECK(proposals[0].tier == Tier::EarlyIntervention);
    CHECK(proposals[0].amountPence == 2500000);
    CHECK(proposals[0].benefit == 40);
    CHECK(proposals[0].careGroupId == group);
    CHECK(proposals[1].id == cut);
    CHECK(proposals[1].name == "unnamed proposal");
    CHECK(proposals[1].kind == ProposalKind::Disinvest);
    CHECK(proposals[1].tier == Tier::Intensive);
    CHECK(proposals[1].benefit == 0);
    CHECK(proposals[1].careGroupId == 0);

    const auto allocate = [&](std::int64_t year, const char* tier, std::int64_t pence) {
        f.add(allocation(),
              {{"year", number(year)}, {"tier", text(tier)}, {"amount_pence", number(pence)}});
    };
    allocate(2026, "prevention", 10000);
    allocate(2026, "intensive", 25000);
    allocate(2026, "intensive", 5001);
    allocate(2027, "early_intervention", 99999);
    f.add(allocation(), {{"year", number(2026)}, {"tier", text("early_intervention")}});
    CHECK(allocatedByTier(f.db(), quantities::FinancialYear{2026}) == TierSpend{10000, 0, 30001});
    CHECK(allocatedByTier(f.db(), quantities::FinancialYear{2027}) == TierSpend{0, 99999, 0});
    CHECK(allocatedByTier(f.db(), quantities::FinancialYear{2025}) == TierSpend{0, 0, 0});
}
