#include "core/WorkshopTestSupport.h"

#include "partnership/PartnershipKinds.h"
#include "planning/PlanningKinds.h"
#include "records/RecordStore.h"
#include "workshop/DecisionLog.h"
#include "workshop/ItemStanding.h"
#include "workshop/LoadedRound.h"
#include "workshop/RoundTable.h"
#include "workshop/WorkshopEdits.h"
#include "workshop/WorkshopKinds.h"
#include "workshop/WorkshopRecord.h"

#include <catch2/catch.hpp>

using namespace jointly;
using namespace jointly::workshop;
using Catch::Matchers::Contains;
using jointly::testing::describe;
using jointly::testing::number;
using jointly::testing::priorityNamed;
using jointly::testing::text;
using jointly::testing::Workshop;

TEST_CASE("quoracy is worked out per partner for each item, after the members an interest keeps "
          "from voting",
          "[workshop]") {
    Workshop w;
    // Item 1 touches no provider. Council: Ann and Ben are councillors (Jo
    // is not), so 2 of 2. ICB: Priya and Sam (standing in for Mark, counted
    // in his place), so 2 of 2. Quorate.
    auto general = w.standing(w.general);
    CHECK(general.quorum.quorate);
    CHECK(general.quorum.sentence == "Quorate for this item.");
    CHECK(general.voters() == 5);
    REQUIRE(general.apologies.size() == 1);
    CHECK(general.apologies[0] == "Mark Lee (NHS Westshire ICB)");

    // Item 2 concerns the trust. Priya's interest keeps her from voting until
    // the chair decides; the ICB then has only Sam: 1 of 2. Inquorate.
    auto trust = w.standing(w.trustItem);
    CHECK_FALSE(trust.quorum.quorate);
    CHECK(trust.quorum.sentence == "Inquorate for this item: NHS Westshire ICB needs 2 members "
                                   "present and able to vote and has 1.");
    CHECK_FALSE(trust.mayVote(w.priya));
    CHECK(trust.mayVote(w.sam));
    CHECK(trust.voters() == 4);

    // The chair excludes her: still inquorate. A dispensation lets her vote:
    // quorate again.
    auto action = w.add(interestAction(), {{"agenda_item_id", number(w.trustItem)},
                                           {"member_id", number(w.priya)},
                                           {"action", text("excluded")}});
    CHECK_FALSE(w.standing(w.trustItem).quorum.quorate);
    w.set(interestAction(), action, "dispensation", number(1));
    CHECK(w.standing(w.trustItem).quorum.quorate);
    CHECK(w.standing(w.trustItem).mayVote(w.priya));

    // Were Ben to send apologies, the council would have one councillor.
    auto benRow = *w.queryNumber("SELECT id FROM workshop_attendance WHERE member_id = ?1", w.ben);
    w.set(attendance(), benRow, "status", text("apologies"));
    CHECK(w.standing(w.general).quorum.sentence ==
          "Inquorate for this item: Westshire County Council needs 2 councillors present and "
          "able to vote and has 1.");
}

TEST_CASE("a substitute stands in for an absent member of their own organisation, once",
          "[workshop]") {
    Workshop w;
    auto other = w.member("Kim Fox", w.icb, "Manager");
    auto refused = w.tryAdd(attendance(), {{"workshop_id", number(w.session)},
                                           {"member_id", number(other)},
                                           {"acting_for_member_id", number(w.mark)}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          "Someone already stands in for Mark Lee at the workshop “Priorities workshop”.");
    refused = w.tryAdd(attendance(), {{"workshop_id", number(w.session)},
                                      {"member_id", number(other)},
                                      {"acting_for_member_id", number(w.ann)}});
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Contains("Kim Fox cannot stand in for Cllr Ann Hale: a "
                                                 "substitute stands in for a member of their own "
                                                 "organisation."));
    refused = w.tryAdd(attendance(), {{"workshop_id", number(w.session)},
                                      {"member_id", number(other)},
                                      {"acting_for_member_id", number(w.priya)}});
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Contains("Dr Priya Shah is present"));
    refused =
        w.tryAdd(attendance(), {{"workshop_id", number(w.session)}, {"member_id", number(w.ann)}});
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Contains("already on the attendance"));
    CHECK(w.count("workshop_attendance") == 6);
}

TEST_CASE("a ranking round averages Borda points over the members who ranked, hidden until "
          "closed, and a re-run keeps the earlier run",
          "[workshop]") {
    Workshop w;
    auto falls = priorityNamed(w, "Falls", 3);
    auto carers = priorityNamed(w, "Carers", 1);
    auto housing = priorityNamed(w, "Housing", 2);
    // Drawn from the project in rank order: Carers, Housing, Falls.
    auto added = addRound(*w.project, w.general, RoundKind::Ranking);
    INFO(describe(added));
    REQUIRE(added.ok());
    const auto id = added.value();
    auto draft = w.round(id);
    REQUIRE(draft.choices.size() == 3);
    CHECK(draft.choices[0].name == "Carers");
    CHECK(draft.choices[2].priority == falls);

    // Not open: no one may vote yet.
    auto early = enterBallot(*w.project, id, w.ann, {1, 2, 3});
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message ==
          "The round “Ranking the priorities” is a draft, not open for votes.");
    w.moveTo(id, RoundState::Open);

    // Places for (Carers, Housing, Falls); Borda points with 3 choices are
    // 3 for first, 2 for second, 1 for third:
    //   Ann   1 2 3 -> 3 2 1
    //   Ben   2 1 3 -> 2 3 1
    //   Jo    1 3 2 -> 3 1 2
    // Totals: Carers 8, Housing 6, Falls 4; averaged over the 3 members:
    // 8/3 = 2.67, 6/3 = 2.00, 4/3 = 1.33.
    w.ballot(id, w.ann, {1, 2, 3});
    w.ballot(id, w.ben, {2, 1, 3});
    w.ballot(id, w.jo, {1, 3, 2});
    auto open = w.round(id);
    CHECK(open.progress == "3 of 5 members able to vote have voted.");
    // A place given twice is refused, and nothing is written.
    auto twice = enterBallot(*w.project, id, w.sam, {1, 1, 2});
    REQUIRE_FALSE(twice.ok());
    CHECK(w.count("round_vote") == 9);

    // Revealing an open round is refused; close, then reveal.
    auto reveal = setRoundState(*w.project, id, RoundState::Revealed);
    REQUIRE_FALSE(reveal.ok());
    CHECK_THAT(reveal.error().message, Contains("close it before showing its results"));
    w.moveTo(id, RoundState::Closed);
    w.moveTo(id, RoundState::Revealed);

    const auto table = roundTable(w.round(id));
    REQUIRE(table.rows.size() == 3);
    CHECK(table.resultHeading == "Average points");
    CHECK(table.rows[0].choice == "Carers");
    CHECK(table.rows[0].result == "2.67");
    CHECK(table.rows[1].choice == "Housing");
    CHECK(table.rows[1].result == "2.00");
    CHECK(table.rows[2].result == "1.33");

    // Applying it ranks the priorities in one undoable step.
    REQUIRE(rankPriorities(*w.project, id).ok());
    CHECK(w.queryNumber("SELECT rank FROM priority WHERE id = ?1", carers) == 1);
    CHECK(w.queryNumber("SELECT rank FROM priority WHERE id = ?1", housing) == 2);
    CHECK(w.queryNumber("SELECT rank FROM priority WHERE id = ?1", falls) == 3);

    // Choices are locked once votes are in; so is the round itself.
    auto locked = w.tryAdd(roundChoice(), {{"round_id", number(id)}, {"name", text("Late")}});
    REQUIRE_FALSE(locked.ok());
    CHECK_THAT(locked.error().message, Contains("its choices are locked"));
    CHECK_FALSE(records::deleteRecord(*w.project, round(), id).ok());

    // A re-run: a new draft with the same choices, run 2; run 1 is kept.
    auto rerun = rerunRound(*w.project, id);
    REQUIRE(rerun.ok());
    auto second = w.round(rerun.value());
    CHECK(second.round.run == 2);
    CHECK(second.round.state == RoundState::Draft);
    CHECK(second.choices.size() == 3);
    CHECK(second.ballots.empty());
    CHECK(roundsOfItem(w.db(), w.general).size() == 2);
    CHECK(w.round(id).ballots.size() == 3);
}

TEST_CASE("dot votes keep to each member's dots and the limit per choice, whether entered as a "
          "ballot or vote by vote",
          "[workshop]") {
    Workshop w;
    priorityNamed(w, "Falls", 1);
    priorityNamed(w, "Carers", 2);
    auto id = addRound(*w.project, w.general, RoundKind::Dots).value();
    // 5 dots each (the default), at most 3 on one choice.
    w.set(round(), id, "dots_per_item", number(3));
    w.moveTo(id, RoundState::Open);
    auto over = enterBallot(*w.project, id, w.ann, {4, 1});
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().message ==
          "Cllr Ann Hale placed 4 dots on “Falls”; this round allows at most 3 dots on one item.");
    auto many = enterBallot(*w.project, id, w.ann, {3, 3});
    REQUIRE_FALSE(many.ok());
    CHECK(many.error().message == "Cllr Ann Hale has 5 dots and placed 6: take 1 off.");
    w.ballot(id, w.ann, {3, 2});

    // The same rules hold for a vote added on its own (as `jointly add` does).
    const auto falls = w.round(id).choices[0].id;
    const auto carers = w.round(id).choices[1].id;
    auto single = w.tryAdd(vote(), {{"round_id", number(id)},
                                    {"member_id", number(w.ben)},
                                    {"choice_id", number(falls)},
                                    {"value", number(4)}});
    REQUIRE_FALSE(single.ok());
    CHECK(single.error().message == "Cllr Ben Ray's 4 on “Falls” is outside what the round "
                                    "“Ranking the priorities” takes: 0 to 3 dots.");
    w.add(vote(), {{"round_id", number(id)},
                   {"member_id", number(w.ben)},
                   {"choice_id", number(falls)},
                   {"value", number(3)}});
    auto total = w.tryAdd(vote(), {{"round_id", number(id)},
                                   {"member_id", number(w.ben)},
                                   {"choice_id", number(carers)},
                                   {"value", number(3)}});
    REQUIRE_FALSE(total.ok());
    CHECK_THAT(total.error().message,
               Contains("Cllr Ben Ray has placed 6 dots in the round “Ranking the priorities”, "
                        "more than the 5 each member has."));

    // Someone not present, or kept from voting, cannot vote.
    auto absent = enterBallot(*w.project, id, w.mark, {1, 1});
    REQUIRE_FALSE(absent.ok());
    CHECK(absent.error().message ==
          "Mark Lee is not recorded as present at the workshop. Mark them present first.");

    // Results: Falls 3 + 3 = 6 dots, Carers 2.
    w.moveTo(id, RoundState::Closed);
    auto table = roundTable(w.round(id));
    CHECK(table.rows[0].choice == "Falls");
    CHECK(table.rows[0].result == "6");
    CHECK(table.rows[1].result == "2");
}

TEST_CASE("a member with an interest in the provider an item concerns cannot vote on it until "
          "the chair's action allows it",
          "[workshop]") {
    Workshop w;
    w.add(planning::proposal(),
          {{"name", text("Community falls service")}, {"amount_pence", number(250'000'00)}});
    auto id = addRound(*w.project, w.trustItem, RoundKind::YesNo).value();
    w.moveTo(id, RoundState::Open);
    auto refused = enterBallot(*w.project, id, w.priya, {kYes});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          "Dr Priya Shah may not vote on the item “Community falls service”. An interest in "
          "Westshire Community Trust: no vote until the chair decides how it is managed.");
    w.add(interestAction(), {{"agenda_item_id", number(w.trustItem)},
                             {"member_id", number(w.priya)},
                             {"action", text("noted")}});
    w.ballot(id, w.priya, {kYes});
    w.ballot(id, w.ann, {kYes});
    w.ballot(id, w.ben, {kNo});
    w.moveTo(id, RoundState::Closed);
    w.moveTo(id, RoundState::Revealed);
    REQUIRE(decideProposals(*w.project, id).ok());
    CHECK(w.queryText("SELECT decision FROM proposal WHERE name = 'Community falls service' AND "
                      "id > ?1",
                      0) == "agreed");
    REQUIRE(w.project->undo().ok());
    CHECK(w.queryText("SELECT decision FROM proposal WHERE id > ?1", 0) == "undecided");
}

TEST_CASE("a scoring round's group means, or the value the group agreed, become the appraisal's "
          "scores in one step",
          "[workshop]") {
    Workshop w;
    auto priority = priorityNamed(w, "Falls", 1);
    auto appraisal = w.add(planning::appraisal(),
                           {{"name", text("Falls options")}, {"priority_id", number(priority)}});
    auto classes = w.add(planning::appraisalOption(),
                         {{"name", text("Classes")}, {"appraisal_id", number(appraisal)}});
    auto impact = w.add(planning::appraisalCriterion(), {{"name", text("Impact")},
                                                         {"appraisal_id", number(appraisal)},
                                                         {"weight_bp", number(6000)}});
    auto cost = w.add(
        planning::appraisalCriterion(),
        {{"name", text("Cost")}, {"appraisal_id", number(appraisal)}, {"weight_bp", number(4000)}});
    auto itemId = w.add(agendaItem(), {{"workshop_id", number(w.session)},
                                       {"title", text("Falls options")},
                                       {"kind", text("appraisal")},
                                       {"appraisal_id", number(appraisal)}});
    auto id = addRound(*w.project, itemId, RoundKind::Score).value();
    auto loaded = w.round(id);
    // Do nothing first, then Classes; the appraisal's scale, 0 to 10.
    REQUIRE(loaded.choices.size() == 2);
    CHECK(loaded.choices[1].option == classes);
    CHECK(loaded.round.rules.scaleMax == 10);
    w.moveTo(id, RoundState::Open);
    // Scores [option][criterion] = (Impact, Cost):
    //   Ann: Do nothing (2, 9), Classes (8, 5)
    //   Ben: Do nothing (3, 9), Classes (7, 6)
    // Means: Do nothing (2.50, 9.00), Classes (7.50, 5.50).
    REQUIRE(enterScores(*w.project, id, w.ann, {{2, 9}, {8, 5}}).ok());
    REQUIRE(enterScores(*w.project, id, w.ben, {{3, 9}, {7, 6}}).ok());
    auto offScale = enterScores(*w.project, id, w.jo, {{11, 9}, {7, 6}});
    REQUIRE_FALSE(offScale.ok());
    CHECK_THAT(offScale.error().message, Contains("outside the scale 0 to 10"));
    w.moveTo(id, RoundState::Closed);
    // Weighted: Classes 0.6 x 7.50 + 0.4 x 5.50 = 4.50 + 2.20 = 6.70;
    // Do nothing 0.6 x 2.50 + 0.4 x 9.00 = 1.50 + 3.60 = 5.10.
    auto table = roundTable(w.round(id));
    REQUIRE(table.rows.size() == 2);
    CHECK(table.resultHeading == "Weighted score");
    CHECK(table.rows[0].choice == "Classes");
    CHECK(table.rows[0].result == "6.70");
    CHECK(table.rows[1].result == "5.10");

    // Not yet revealed: not yet used.
    CHECK_FALSE(useScoresInAppraisal(*w.project, id).ok());
    w.moveTo(id, RoundState::Revealed);
    // The group agrees 6 for the classes' cost, not the mean of 5.50.
    w.add(agreedValue(), {{"round_id", number(id)},
                          {"choice_id", number(loaded.choices[1].id)},
                          {"criterion_id", number(cost)},
                          {"value_hundredths", number(600)},
                          {"reason", text("Ben's costing is the newer")}});
    REQUIRE(useScoresInAppraisal(*w.project, id).ok());
    // Means rounded half away from zero: 2.50 -> 3, 9.00 -> 9, 7.50 -> 8;
    // the agreed 6.00 -> 6.
    auto score = [&](std::int64_t option, std::int64_t criterion) {
        auto row = w.db().prepare(
            "SELECT score FROM appraisal_score WHERE option_id = ?1 AND criterion_id = ?2");
        row.bind(1, option);
        row.bind(2, criterion);
        return row.step() ? row.int64(0) : -99;
    };
    CHECK(score(loaded.choices[0].option.value(), impact) == 3);
    CHECK(score(loaded.choices[0].option.value(), cost) == 9);
    CHECK(score(classes, impact) == 8);
    CHECK(score(classes, cost) == 6);
    REQUIRE(w.project->undo().ok());
    CHECK(score(classes, cost) == -99);
}

TEST_CASE("the decision log holds who was present, interests, quorum and the actions agreed, "
          "and the workshop record shows no result the room has not seen",
          "[workshop]") {
    Workshop w;
    priorityNamed(w, "Falls <prevention>", 1);
    priorityNamed(w, "Carers", 2);
    auto shown = addRound(*w.project, w.general, RoundKind::Dots).value();
    w.moveTo(shown, RoundState::Open);
    w.ballot(shown, w.ann, {4, 1});
    w.moveTo(shown, RoundState::Closed);
    w.moveTo(shown, RoundState::Revealed);
    auto hidden = addRound(*w.project, w.general, RoundKind::Dots, "Second thoughts").value();
    w.moveTo(hidden, RoundState::Open);
    w.ballot(hidden, w.ann, {0, 5});
    w.moveTo(hidden, RoundState::Closed);

    auto decisionId = w.add(decision(), {{"workshop_id", number(w.session)},
                                         {"agenda_item_id", number(w.trustItem)},
                                         {"decision", text("Defer the community falls service")},
                                         {"outcome", text("defer")},
                                         {"decided_on", text("2026-10-14")},
                                         {"reasons", text("Inquorate for the ICB")}});
    w.add(planning::planAction(), {{"description", text("Bring back in November")},
                                   {"owner_member_id", number(w.jo)},
                                   {"due_on", text("2026-11-18")},
                                   {"decision_id", number(decisionId)}});
    // A decision's round must be its item's.
    auto mismatched = w.tryAdd(decision(), {{"workshop_id", number(w.session)},
                                            {"agenda_item_id", number(w.trustItem)},
                                            {"round_id", number(shown)}});
    REQUIRE_FALSE(mismatched.ok());

    const auto log = loadDecisionLog(w.db());
    REQUIRE(log.size() == 1);
    const auto& entry = log[0];
    CHECK(entry.outcome == "Deferred");
    CHECK(entry.item == "Community falls service");
    CHECK_FALSE(entry.quorate);
    CHECK(entry.present.size() == 5);
    // By organisation, then name: the ICB (Priya, Sam) before the council.
    CHECK(entry.present[1] == "Sam Cole (NHS Westshire ICB), substitute for Mark Lee");
    REQUIRE(entry.interests.size() == 1);
    CHECK(entry.interests[0] == "Dr Priya Shah: An interest in Westshire Community Trust: no "
                                "vote until the chair decides how it is managed.");
    REQUIRE(entry.actions.size() == 1);
    CHECK(entry.actions[0].owner == "Jo Dean");
    CHECK(entry.actions[0].due == "2026-11-18");

    const auto html = workshopRecordHtml(w.db(), w.session, "2 December 2026");
    CHECK_THAT(html, Contains("Falls &lt;prevention&gt;"));
    CHECK_THAT(html, Contains("Inquorate for this item"));
    CHECK_THAT(html, Contains("Substitute for Mark Lee"));
    CHECK_THAT(html, Contains("Bring back in November"));
    // The revealed round's dots are there; the closed one's are not.
    CHECK_THAT(html, Contains("its results were not shown to the room"));
    CHECK(html.find("“Second thoughts”") != std::string::npos);
    const auto afterHidden = html.substr(html.find("“Second thoughts”"));
    CHECK(afterHidden.find("<td>5</td>") == std::string::npos);
    CHECK(html.find("<td>4</td>") != std::string::npos);

    auto missing = findWorkshop(w.db(), "Board away day");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message == "No workshop is called “Board away day”. The project's "
                                     "workshops are “Priorities workshop”.");
    CHECK(findWorkshop(w.db(), " priorities WORKSHOP ").value() == w.session);
}

TEST_CASE("a result is not used from an inquorate item, and a vote from a member later kept "
          "from voting is left out",
          "[workshop]") {
    Workshop w;
    w.add(planning::proposal(),
          {{"name", text("Community falls service")}, {"amount_pence", number(250'000'00)}});
    auto id = addRound(*w.project, w.trustItem, RoundKind::YesNo).value();
    w.moveTo(id, RoundState::Open);
    w.ballot(id, w.ann, {kYes});
    w.ballot(id, w.ben, {kYes});
    w.ballot(id, w.jo, {kNo});
    // Ben declares an interest in the trust on the day; the chair excludes
    // him from the item. His vote no longer counts: 1 for, 1 against.
    w.add(partnership::declaredInterest(), {{"member_id", number(w.ben)},
                                            {"provider_id", number(w.trust)},
                                            {"declared_on", text("2026-10-14")}});
    w.add(interestAction(), {{"agenda_item_id", number(w.trustItem)},
                             {"member_id", number(w.ben)},
                             {"action", text("excluded")}});
    w.moveTo(id, RoundState::Closed);
    w.moveTo(id, RoundState::Revealed);
    auto loaded = w.round(id);
    CHECK(loaded.problem == "Cllr Ben Ray's votes are left out: they may not vote on this item.");
    REQUIRE(loaded.result);
    CHECK(loaded.result->items[0].yes == 1);
    CHECK(loaded.result->items[0].no == 1);
    // The item is inquorate (the ICB has Sam alone once Priya's interest
    // keeps her out; the council one councillor once Ben is excluded), so
    // its result is not used.
    auto refused = decideProposals(*w.project, id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          "The result of the round “Community falls service” cannot be used: Inquorate for this "
          "item: NHS Westshire ICB needs 2 members present and able to vote and has 1 and "
          "Westshire County Council needs 2 councillors present and able to vote and has 1.");
    CHECK(w.queryText("SELECT decision FROM proposal WHERE id > ?1", 0) == "undecided");
}

TEST_CASE("the chair's action holds without a provider, and a member with a substitute is not "
          "also marked present",
          "[workshop]") {
    Workshop w;
    // Ann leaves the room for the general item over an interest declared
    // without a provider: the council has one councillor left.
    w.add(interestAction(), {{"agenda_item_id", number(w.general)},
                             {"member_id", number(w.ann)},
                             {"action", text("left_room")}});
    auto standing = w.standing(w.general);
    CHECK_FALSE(standing.mayVote(w.ann));
    CHECK_FALSE(standing.quorum.quorate);

    auto markRow =
        *w.queryNumber("SELECT id FROM workshop_attendance WHERE member_id = ?1", w.mark);
    auto refused = records::setField(*w.project, attendance(), markRow, "status", text("present"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          "Mark Lee has Sam Cole standing in for them at the workshop “Priorities workshop”; "
          "remove the substitute before marking them present.");
}

TEST_CASE("how a round's votes are named is fixed once a vote is in, and a decision drawn from a "
          "round takes its result as the tally",
          "[workshop]") {
    Workshop w;
    priorityNamed(w, "Falls", 1);
    priorityNamed(w, "Carers", 2);
    auto id = addRound(*w.project, w.general, RoundKind::Dots).value();
    REQUIRE(setAnonymity(*w.project, id, Anonymity::Recorded).ok());
    CHECK(w.round(id).round.anonymity == Anonymity::Recorded);
    w.moveTo(id, RoundState::Open);
    w.ballot(id, w.ann, {3, 2});
    auto fixed = setAnonymity(*w.project, id, Anonymity::Anonymous);
    REQUIRE_FALSE(fixed.ok());
    CHECK(fixed.error().message ==
          "Votes are in for the round “Ranking the priorities”, so how its votes are named is "
          "fixed: members voted under it. Re-run the round to change it.");

    DecisionDraft draft;
    draft.item = w.general;
    draft.round = id;
    draft.decision = "  ";
    auto empty = recordDecision(*w.project, draft);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message == "Write the decision first: what was decided.");
    draft.decision = "Falls first";
    auto early = recordDecision(*w.project, draft);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message == "Show the results of the round “Ranking the priorities” to "
                                   "the room before recording a decision drawn from it.");
    w.moveTo(id, RoundState::Closed);
    w.moveTo(id, RoundState::Revealed);
    auto recorded = recordDecision(*w.project, draft);
    INFO(describe(recorded));
    REQUIRE(recorded.ok());
    const auto log = loadDecisionLog(w.db());
    REQUIRE(log.size() == 1);
    CHECK(log[0].decision == "Falls first");
    CHECK(log[0].decidedOn == "2026-10-14"); // the workshop's date
    CHECK(log[0].method == "Vote");
    CHECK(log[0].tally == "Dots placed by 1 member: “Falls” first with 3 dots.");
    REQUIRE(w.project->undo().ok());
    CHECK(loadDecisionLog(w.db()).empty());
}
