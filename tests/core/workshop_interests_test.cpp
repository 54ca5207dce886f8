#include "core/WorkshopTestSupport.h"

#include "needs/NeedsKinds.h"
#include "project/Project.h"
#include "workshop/WorkshopInterests.h"

#include <filesystem>

using namespace jointly;
using namespace jointly::workshop;
using Catch::Matchers::Contains;
using jointly::testing::describe;
using jointly::testing::number;
using jointly::testing::text;
using jointly::testing::Workshop;

TEST_CASE("an interest declared on the day joins the register dated the workshop's day and keeps "
          "the member from voting at once, until the chair acts",
          "[workshop]") {
    Workshop w;
    // Before: Jo may vote on the trust item (she has no interest).
    CHECK(w.standing(w.trustItem).mayVote(w.jo));

    InterestOnTheDay interest;
    interest.workshop = w.session;
    interest.member = w.jo;
    interest.kind = "personal";
    interest.provider = w.trust;
    interest.description = "Her sister manages the trust's falls team.";
    auto declared = declareInterestOnTheDay(*w.project, interest);
    INFO(describe(declared));
    REQUIRE(declared.ok());
    CHECK(w.queryText("SELECT declared_on FROM declared_interest WHERE id = ?1",
                      declared.value()) == "2026-10-14");
    CHECK(w.queryText("SELECT kind FROM declared_interest WHERE id = ?1", declared.value()) ==
          "personal");

    // At once: no vote on the trust item until the chair decides; the
    // general item, which concerns no provider, is untouched.
    auto trust = w.standing(w.trustItem);
    CHECK_FALSE(trust.mayVote(w.jo));
    CHECK(w.standing(w.general).mayVote(w.jo));

    // The chair notes it: she takes full part again. Changing the action
    // replaces it rather than adding a second.
    ChairsAction noted{.item = w.trustItem,
                       .member = w.jo,
                       .action = ChairAction::Noted,
                       .dispensation = false,
                       .note = "Not a financial interest."};
    REQUIRE(recordChairAction(*w.project, noted).ok());
    CHECK(w.standing(w.trustItem).mayVote(w.jo));
    noted.action = ChairAction::DiscussOnly;
    REQUIRE(recordChairAction(*w.project, noted).ok());
    CHECK(w.count("interest_action") == 1);
    CHECK(w.queryText("SELECT action FROM interest_action WHERE member_id = ?1", w.jo) ==
          "discuss_only");
    CHECK_FALSE(w.standing(w.trustItem).mayVote(w.jo));

    // Each was one edit: undoing the change, the action and the declaration
    // in turn leaves the register as it was.
    REQUIRE(w.project->undo().ok());
    CHECK(w.queryText("SELECT action FROM interest_action WHERE member_id = ?1", w.jo) == "noted");
    REQUIRE(w.project->undo().ok());
    CHECK(w.count("interest_action") == 0);
    REQUIRE(w.project->undo().ok());
    CHECK(w.standing(w.trustItem).mayVote(w.jo));
    CHECK(w.count("declared_interest") == 1); // Priya's, from the register
}

TEST_CASE("an interest is declared on the day only by a member present, with what it is, and the "
          "chair acts only for a member present",
          "[workshop]") {
    Workshop w;
    InterestOnTheDay interest;
    interest.workshop = w.session;
    interest.member = w.mark; // sent apologies
    interest.provider = w.trust;
    interest.description = "Non-executive director of the trust.";
    auto refused = declareInterestOnTheDay(*w.project, interest);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          "Mark Lee is not recorded as present at the workshop Priorities workshop, so cannot "
          "declare an interest there. Mark them present first, or add the interest on the "
          "Partnership page.");
    interest.member = w.ben;
    interest.description = "  ";
    refused = declareInterestOnTheDay(*w.project, interest);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Contains("Write what the interest is"));

    ChairsAction action{.item = w.trustItem,
                        .member = w.mark,
                        .action = ChairAction::Excluded,
                        .dispensation = false,
                        .note = {}};
    auto notPresent = recordChairAction(*w.project, action);
    REQUIRE_FALSE(notPresent.ok());
    CHECK(notPresent.error().message == "Mark Lee is not recorded as present at the workshop "
                                        "Priorities workshop, so the chair has no action to "
                                        "record for them.");
    action.member = w.ben;
    action.action = ChairAction::NotYetDecided;
    CHECK_FALSE(recordChairAction(*w.project, action).ok());
    CHECK(w.count("declared_interest") == 1);
    CHECK(w.count("interest_action") == 0);
}

TEST_CASE("an interest declared after the workshop's day does not change its record",
          "[workshop]") {
    Workshop w;
    // Ben declares an interest in the trust a month after the workshop of
    // 14 October 2026: the workshop's standing is as it was on the day.
    w.add(partnership::declaredInterest(), {{"member_id", number(w.ben)},
                                            {"provider_id", number(w.trust)},
                                            {"declared_on", text("2026-11-16")}});
    CHECK(w.standing(w.trustItem).mayVote(w.ben));
    // Dated the day of the workshop, it counts.
    w.add(partnership::declaredInterest(), {{"member_id", number(w.ann)},
                                            {"provider_id", number(w.trust)},
                                            {"declared_on", text("2026-10-14")}});
    CHECK_FALSE(w.standing(w.trustItem).mayVote(w.ann));
}

TEST_CASE("a yes/no round on needs statements confirms those it carried in one step",
          "[workshop]") {
    Workshop w;
    const auto statement = [&](const char* finding) {
        return w.add(needs::needsStatement(), {{"statement", text(finding)}, {"draft", number(1)}});
    };
    auto falls = statement("Falls admissions are 20% above the England rate.");
    auto carers = statement("Carers' breaks fall short of demand.");
    auto housing = statement("Adaptations wait eight months.");
    auto needsItem = w.item("Confirm the needs statements", "needs");
    auto id = addRound(*w.project, needsItem, RoundKind::YesNo).value();
    REQUIRE(w.round(id).choices.size() == 3);
    w.moveTo(id, RoundState::Open);
    // Falls: 3 yes, 1 no, carried. Carers: 2 yes, 2 no, a tie, not carried.
    // Housing: 1 yes, 2 no, 1 abstention, not carried.
    w.ballot(id, w.ann, {kYes, kYes, kYes});
    w.ballot(id, w.ben, {kYes, kYes, kNo});
    w.ballot(id, w.jo, {kYes, kNo, kNo});
    w.ballot(id, w.sam, {kNo, kNo, kAbstain});
    auto early = confirmStatements(*w.project, id);
    REQUIRE_FALSE(early.ok());
    CHECK_THAT(early.error().message, Contains("its result is used once the room has seen it"));
    w.moveTo(id, RoundState::Closed);
    w.moveTo(id, RoundState::Revealed);
    auto used = useResultInPlan(*w.project, id);
    INFO(describe(used));
    REQUIRE(used.ok());
    CHECK(w.queryNumber("SELECT draft FROM needs_statement WHERE id = ?1", falls) == 0);
    CHECK(w.queryNumber("SELECT draft FROM needs_statement WHERE id = ?1", carers) == 1);
    CHECK(w.queryNumber("SELECT draft FROM needs_statement WHERE id = ?1", housing) == 1);
    REQUIRE(w.project->undo().ok());
    CHECK(w.queryNumber("SELECT draft FROM needs_statement WHERE id = ?1", falls) == 1);

    // A question has nothing in the plan to change.
    auto question = w.item("Shall we meet monthly?", "question");
    auto asked = addRound(*w.project, question, RoundKind::YesNo).value();
    w.moveTo(asked, RoundState::Open);
    w.ballot(asked, w.ann, {kYes});
    w.moveTo(asked, RoundState::Closed);
    w.moveTo(asked, RoundState::Revealed);
    auto none = useResultInPlan(*w.project, asked);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message == "The round “Shall we meet monthly?” asks a question; nothing in "
                                  "the plan takes its result. Record a decision on the item "
                                  "instead.");
}

TEST_CASE("votes are listed only once shown and named in the record, and a member or partner "
          "whose votes are in a closed round is kept",
          "[workshop]") {
    Workshop w;
    priorityNamed(w, "Falls", 1);
    priorityNamed(w, "Carers", 2);
    auto id = addRound(*w.project, w.general, RoundKind::Dots).value();
    REQUIRE(setAnonymity(*w.project, id, Anonymity::Recorded).ok());
    w.moveTo(id, RoundState::Open);
    w.ballot(id, w.ann, {3, 2});
    // Open: the votes are in the file but not listed.
    CHECK(w.count("round_vote") == 2);
    CHECK(records::listRecords(w.db(), vote()).empty());
    // Ann can still be deleted while the round is open (undone at once).
    REQUIRE(records::deleteRecord(*w.project, partnership::member(), w.ann).ok());
    REQUIRE(w.project->undo().ok());
    w.moveTo(id, RoundState::Closed);
    CHECK(records::listRecords(w.db(), vote()).empty());
    auto kept = records::deleteRecord(*w.project, partnership::member(), w.ann);
    REQUIRE_FALSE(kept.ok());
    CHECK(kept.error().message ==
          "This member voted in a closed workshop round, and those votes are part of the "
          "partnership's record, so the member is kept. To show they have left, change their "
          "role, for example to 'Former member'.");
    auto partnerKept =
        records::deleteRecord(*w.project, partnership::partnerOrganisation(), w.council);
    REQUIRE_FALSE(partnerKept.ok());
    CHECK_THAT(partnerKept.error().message, Contains("so the organisation is kept"));
    // Ben, who did not vote, can go.
    CHECK(records::deleteRecord(*w.project, partnership::member(), w.ben).ok());
    w.moveTo(id, RoundState::Revealed);
    CHECK(records::listRecords(w.db(), vote()).size() == 2);
}

TEST_CASE("the example's workshop keeps its anonymous and private votes out of lists",
          "[workshop]") {
    testing::TempDir dir;
    const auto copy = dir.file("Westshire.jointly");
    std::filesystem::copy_file(JOINTLY_EXAMPLE_FILE, copy);
    auto opened = project::Project::open(copy);
    REQUIRE(opened.ok());
    auto& db = opened.value()->database();
    // Round 1 is anonymous and round 2 private: their votes are held, and
    // none is listed.
    CHECK(db.queryInt64("SELECT count(*) FROM round_vote") > 0);
    CHECK(records::listRecords(db, vote()).empty());
    CHECK(records::countRecords(db, vote()) == 0);
}
