#include "core/TestSupport.h"

#include "partnership/PartnershipKinds.h"
#include "procurement/ProcurementKinds.h"
#include "procurement/TenderKinds.h"
#include "procurement/TenderScoring.h"
#include "procurement/TenderStore.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <utility>

using namespace jointly;
using jointly::testing::TempDir;
using records::FieldValue;
namespace kinds = jointly::procurement;

namespace {

FieldValue text(const char* value) {
    return FieldValue{std::string(value)};
}

// A procurement with two quality questions (service model 40%, workforce
// 30%) and price (30%), on a 0-4 scale; two bids, from Greenfield and from
// the community trust; and three evaluators, of whom Dr Shah, a member,
// has declared an interest in the trust.
struct Panel {
    TempDir dir;
    std::unique_ptr<project::Project> project;
    std::int64_t procurement = 0;
    std::int64_t model = 0;
    std::int64_t workforce = 0;
    std::int64_t greenfield = 0;
    std::int64_t trust = 0;
    std::int64_t ellis = 0;
    std::int64_t shah = 0;
    std::int64_t patel = 0;

    std::int64_t add(const records::RecordKind& kind, const records::FieldValues& fields) {
        auto id = records::addRecord(*project, kind, fields);
        REQUIRE(id.ok());
        return id.value();
    }

    Panel() {
        auto created = project::Project::create(dir.file("p.jointly"), "Westshire");
        REQUIRE(created.ok());
        project = std::move(created.value());
        const auto greenfieldOrg =
            add(partnership::partnerOrganisation(), {{"name", text("Greenfield Care")}});
        const auto trustOrg =
            add(partnership::partnerOrganisation(), {{"name", text("Westshire Community Trust")}});
        const auto council = add(partnership::partnerOrganisation(), {{"name", text("Council")}});
        const auto member =
            add(partnership::member(), {{"partner_id", council}, {"name", text("Dr Amy Shah")}});
        add(partnership::declaredInterest(),
            {{"member_id", member}, {"provider_id", trustOrg}, {"description", text("Governor")}});
        procurement = add(kinds::procurement(), {{"name", text("Falls")}});
        model = add(kinds::awardCriterion(), {{"procurement_id", procurement},
                                              {"name", text("Service model")},
                                              {"weight_bp", std::int64_t{4000}}});
        workforce = add(kinds::awardCriterion(), {{"procurement_id", procurement},
                                                  {"name", text("Workforce")},
                                                  {"weight_bp", std::int64_t{3000}}});
        add(kinds::awardCriterion(), {{"procurement_id", procurement},
                                      {"name", text("Price")},
                                      {"category", text("price")},
                                      {"weight_bp", std::int64_t{3000}}});
        greenfield =
            add(kinds::bid(), {{"procurement_id", procurement}, {"provider_id", greenfieldOrg}});
        trust = add(kinds::bid(), {{"procurement_id", procurement}, {"provider_id", trustOrg}});
        add(kinds::bidPrice(), {{"bid_id", greenfield},
                                {"year", std::int64_t{2027}},
                                {"amount_pence", std::int64_t{100'000'00}}});
        add(kinds::bidPrice(), {{"bid_id", trust},
                                {"year", std::int64_t{2027}},
                                {"amount_pence", std::int64_t{80'000'00}}});
        for (auto* evaluator : {&ellis, &shah, &patel}) {
            *evaluator = add(kinds::evaluator(), {{"procurement_id", procurement},
                                                  {"declared_on", text("2026-05-01")}});
        }
        REQUIRE(
            records::setFields(*project, kinds::evaluator(), ellis, {{"name", text("Jo Ellis")}})
                .ok());
        REQUIRE(records::setFields(*project, kinds::evaluator(), shah,
                                   {{"name", text("Dr Amy Shah")}, {"member_id", member}})
                    .ok());
        REQUIRE(
            records::setFields(*project, kinds::evaluator(), patel, {{"name", text("Raj Patel")}})
                .ok());
    }

    void score(std::int64_t evaluator, std::int64_t bid, std::int64_t criterion,
               std::int64_t value) {
        auto scored = kinds::scoreBid(*project, evaluator, bid, criterion, value, "note");
        const std::string why = scored.ok() ? std::string() : scored.error().message;
        INFO(why);
        REQUIRE(scored.ok());
    }

    Status finish(std::int64_t evaluator) {
        return records::setField(*project, kinds::evaluator(), evaluator, "finished",
                                 std::int64_t{1});
    }

    kinds::Evaluation evaluation() {
        auto loaded = kinds::loadEvaluation(project->database(), procurement);
        REQUIRE(loaded.ok());
        return loaded.value();
    }
};

const kinds::QuestionScores& question(const kinds::Evaluation& evaluation, std::int64_t bid,
                                      std::int64_t criterion) {
    for (const auto& each : evaluation.questions) {
        if (each.bidId == bid && each.criterionId == criterion) {
            return each;
        }
    }
    FAIL("no such question");
    return evaluation.questions.front();
}

} // namespace

TEST_CASE("a declared interest in a bidder keeps an evaluator from scoring its bid",
          "[tender-store]") {
    Panel panel;
    auto refused = kinds::scoreBid(*panel.project, panel.shah, panel.trust, panel.model, 3, "");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == "Dr Amy Shah declared an interest in the bidder of "
                                     "\u201cWestshire Community Trust\u201d, so cannot score its "
                                     "bid.");
    // Her other bid she scores; the block is shown with the panel.
    panel.score(panel.shah, panel.greenfield, panel.model, 3);
    auto evaluation = panel.evaluation();
    CHECK(evaluation.panel[1].blockedBids == std::vector<std::int64_t>{panel.trust});
    // What each may still score: Shah only Greenfield's workforce.
    CHECK(evaluation.panel[1].questionsLeft ==
          std::vector<std::string>{"\u201cGreenfield Care\u201d on \u201cWorkforce\u201d"});
    CHECK(evaluation.panel[0].questionsLeft.size() == 4);
    // An evaluator who has not declared scores nothing.
    REQUIRE(records::setField(*panel.project, kinds::evaluator(), panel.patel, "declared_on",
                              FieldValue{})
                .ok());
    refused = kinds::scoreBid(*panel.project, panel.patel, panel.greenfield, panel.model, 2, "");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.find("must declare their interests before seeing any bid") !=
          std::string::npos);
    // Price is the formula's; a score off the scale is refused.
    CHECK_FALSE(
        kinds::scoreBid(*panel.project, panel.ellis, panel.greenfield, panel.model, 5, "").ok());
}

TEST_CASE("scores stay each evaluator's own; moderation opens when all have finished, keeps the "
          "originals, and undoes",
          "[tender-store]") {
    Panel panel;
    // Service model: Ellis 3 and 4, Shah 1 (Greenfield only), Patel 2 and 3.
    // Workforce: Ellis 2 and 3, Shah 2 (Greenfield), Patel 3 and 3.
    panel.score(panel.ellis, panel.greenfield, panel.model, 3);
    panel.score(panel.ellis, panel.trust, panel.model, 4);
    panel.score(panel.ellis, panel.greenfield, panel.workforce, 2);
    panel.score(panel.ellis, panel.trust, panel.workforce, 3);
    panel.score(panel.shah, panel.greenfield, panel.model, 1);
    panel.score(panel.shah, panel.greenfield, panel.workforce, 2);
    panel.score(panel.patel, panel.greenfield, panel.model, 2);
    panel.score(panel.patel, panel.trust, panel.model, 3);
    panel.score(panel.patel, panel.greenfield, panel.workforce, 3);
    // Patel has not scored the trust's workforce, so cannot finish.
    auto early = panel.finish(panel.patel);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message ==
          "Raj Patel cannot finish yet: 1 question is not scored (\u201cWestshire Community "
          "Trust\u201d on \u201cWorkforce\u201d).");
    panel.score(panel.patel, panel.trust, panel.workforce, 3);
    REQUIRE(panel.finish(panel.ellis).ok());
    REQUIRE(panel.finish(panel.shah).ok());
    auto evaluation = panel.evaluation();
    CHECK_FALSE(evaluation.moderationOpen);
    CHECK(evaluation.moderationClosedReason ==
          "Moderation opens when every evaluator has finished; \u201cRaj Patel\u201d has not.");
    CHECK_FALSE(
        kinds::moderateScore(*panel.project, panel.greenfield, panel.model, 2, "Agreed").ok());
    // Nor does anyone see the others' scores, not even as totals: no
    // ranking, exclusion, recommendation or summary until Patel finishes.
    // What the weights say still shows (70% quality, 30% price).
    CHECK(evaluation.resultsWithheld);
    const auto& lot = evaluation.lots.at(0);
    CHECK(lot.result.rankings.empty());
    CHECK(lot.result.excluded.empty());
    CHECK_FALSE(lot.result.isFinal);
    CHECK(lot.result.qualityBp == 7000);
    CHECK(lot.result.priceBp == 3000);
    CHECK(lot.recommendation ==
          "The results are shown when every evaluator has finished, so that no one sees the "
          "others' scores first; \u201cRaj Patel\u201d has not.");
    CHECK(evaluation.summaries.empty());
    // A finished evaluator's scores are kept as they are.
    auto locked = kinds::scoreBid(*panel.project, panel.ellis, panel.trust, panel.model, 1, "");
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().message.starts_with("Jo Ellis has finished"));
    REQUIRE(panel.finish(panel.patel).ok());
    evaluation = panel.evaluation();
    REQUIRE(evaluation.moderationOpen);
    CHECK_FALSE(evaluation.resultsWithheld);
    // Greenfield's service model: 3, 1 and 2, a spread of 2, not over the
    // default of 2; its mean, 2.00, stands until a consensus is recorded.
    const auto& spread = question(evaluation, panel.greenfield, panel.model);
    CHECK(spread.scores.size() == 3);
    CHECK(spread.spread == 2);
    CHECK_FALSE(spread.spreadFlagged);
    REQUIRE(records::setField(*panel.project, kinds::procurement(), panel.procurement,
                              "spread_points", std::int64_t{1})
                .ok());
    CHECK(question(panel.evaluation(), panel.greenfield, panel.model).spreadFlagged);

    // Before moderation, with the means (the trust is scored by Ellis and
    // Patel only):
    //   Greenfield: model (3+1+2)/3 = 2 of 4 = 0.5 x 40 = 20.00; workforce
    //     (2+2+3)/3 = 7/3 of 4 = 7/12 x 30 = 17.50; price 80/100 x 30 =
    //     24.00: 61.50.
    //   Trust: model (4+3)/2 = 3.5 of 4 x 40 = 35.00; workforce (3+3)/2 = 3
    //     of 4 x 30 = 22.50; price 30.00: 87.50.
    const auto& before = evaluation.lots.at(0).result.rankings.front();
    REQUIRE(before.ranked.size() == 2);
    CHECK(before.ranked[0].pointsText == "87.50");
    CHECK(before.ranked[1].pointsText == "61.50");
    // The means count until a consensus is recorded, so the ranking is final.
    CHECK(evaluation.lots.at(0).result.isFinal);

    auto noReason = kinds::moderateScore(*panel.project, panel.greenfield, panel.model, 2, " ");
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().message.starts_with("Give the reason for the consensus score"));
    REQUIRE(kinds::moderateScore(*panel.project, panel.greenfield, panel.model, 3,
                                 "The model covers every locality; Shah's 1 missed page 4.")
                .ok());
    CHECK(panel.project->undoLabel() ==
          "Moderate \u201cGreenfield Care\u201d on \u201cService model\u201d");
    evaluation = panel.evaluation();
    const auto& moderated = question(evaluation, panel.greenfield, panel.model);
    CHECK(moderated.consensus == 3);
    // The originals are untouched.
    REQUIRE(moderated.scores.size() == 3);
    CHECK(moderated.scores[0].score == 3);
    CHECK(moderated.scores[1].score == 1);
    CHECK(moderated.scores[2].score == 2);
    // Greenfield's model is now 3 of 4 x 40 = 30.00: 71.50.
    CHECK(evaluation.lots.at(0).result.rankings.front().ranked[1].pointsText == "71.50");
    // Once moderation has begun, nobody un-finishes.
    CHECK_FALSE(records::setField(*panel.project, kinds::evaluator(), panel.ellis, "finished",
                                  std::int64_t{0})
                    .ok());
    REQUIRE(panel.project->undo().ok());
    CHECK_FALSE(question(panel.evaluation(), panel.greenfield, panel.model).consensus);
}

TEST_CASE("an evaluator removed from the panel keeps their scores, marked and left out",
          "[tender-store]") {
    Panel panel;
    panel.score(panel.ellis, panel.greenfield, panel.model, 4);
    panel.score(panel.patel, panel.greenfield, panel.model, 2);
    auto refused = records::deleteRecord(*panel.project, kinds::evaluator(), panel.ellis);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.starts_with("An evaluator's scores are never deleted."));
    REQUIRE(records::setFields(
                *panel.project, kinds::evaluator(), panel.ellis,
                {{"removed", std::int64_t{1}}, {"removal_reason", text("Left the council")}})
                .ok());
    auto evaluation = panel.evaluation();
    const auto& scores = question(evaluation, panel.greenfield, panel.model).scores;
    REQUIRE(scores.size() == 2);
    CHECK(scores[0].score == 4);
    CHECK_FALSE(scores[0].counted);
    CHECK(scores[0].leftOut == "removed from the panel");
    CHECK(scores[1].counted);
    // An evaluator with no scores can be deleted.
    CHECK(records::deleteRecord(*panel.project, kinds::evaluator(), panel.shah).ok());
}

TEST_CASE("assessment summaries give each bidder its scores, the winner's and the reasons",
          "[tender-store]") {
    Panel panel;
    for (auto evaluator : {panel.ellis, panel.patel}) {
        panel.score(evaluator, panel.greenfield, panel.model, 2);
        panel.score(evaluator, panel.greenfield, panel.workforce, 2);
        panel.score(evaluator, panel.trust, panel.model, 4);
        panel.score(evaluator, panel.trust, panel.workforce, 3);
    }
    panel.score(panel.shah, panel.greenfield, panel.model, 2);
    panel.score(panel.shah, panel.greenfield, panel.workforce, 2);
    for (auto evaluator : {panel.ellis, panel.shah, panel.patel}) {
        REQUIRE(panel.finish(evaluator).ok());
    }
    for (auto bid : {panel.greenfield, panel.trust}) {
        for (auto criterion : {panel.model, panel.workforce}) {
            const auto mean = question(panel.evaluation(), bid, criterion).scores.front().score;
            REQUIRE(kinds::moderateScore(*panel.project, bid, criterion, mean,
                                         bid == panel.trust ? "Strong evidence" : "Little evidence")
                        .ok());
        }
    }
    const auto evaluation = panel.evaluation();
    CHECK(evaluation.moderated);
    REQUIRE(evaluation.lots.at(0).result.isFinal);
    REQUIRE(evaluation.summaries.size() == 2);
    const auto& greenfield = evaluation.summaries[0];
    CHECK(greenfield.bid == "Greenfield Care");
    CHECK(greenfield.winner == "Westshire Community Trust");
    // Greenfield: 2/4 x 40 + 2/4 x 30 + 24 = 59.00; the trust 40 + 22.50 +
    // 30 = 92.50.
    CHECK(greenfield.total == "59.00 points, ranked 2");
    CHECK(greenfield.winnerTotal == "92.50");
    REQUIRE(greenfield.lines.size() == 3);
    CHECK(greenfield.lines[0].criterion == "Service model");
    CHECK(greenfield.lines[0].weight == "40.00%");
    CHECK(greenfield.lines[0].score == "2.00");
    CHECK(greenfield.lines[0].winnerScore == "4.00");
    CHECK(greenfield.lines[0].reason == "Little evidence");
    // The price, 30%: Greenfield's £1,000 against the trust's lowest £800
    // earns 30 x 800/1000 = 24.00 points; the trust, 30.00.
    CHECK(greenfield.lines[2].criterion == "Price");
    CHECK(greenfield.lines[2].weight == "30.00%");
    CHECK(greenfield.lines[2].score == "24.00 points");
    CHECK(greenfield.lines[2].winnerScore == "30.00 points");
}

TEST_CASE("edits that would leave an evaluation that cannot be worked out are refused",
          "[tender-store]") {
    Panel panel;
    const auto& criteria = kinds::awardCriterion();
    // A criterion with sub-criteria cannot itself become a sub-criterion.
    const auto sub = panel.add(criteria, {{"procurement_id", panel.procurement},
                                          {"parent_id", panel.model},
                                          {"name", text("Reach")},
                                          {"weight_bp", std::int64_t{10000}}});
    auto refused =
        records::setField(*panel.project, criteria, panel.model, "parent_id", panel.workforce);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == "\u201cService model\u201d has sub-criteria of its own, so "
                                     "it cannot be part of another criterion.");
    // A sub-criterion stays in its parent's lot.
    const auto lot =
        panel.add(kinds::lot(), {{"procurement_id", panel.procurement}, {"name", text("North")}});
    CHECK_FALSE(records::setField(*panel.project, criteria, sub, "lot_id", lot).ok());
    CHECK_FALSE(records::setField(*panel.project, criteria, panel.model, "lot_id", lot).ok());
    // A lot of another procurement is refused for a bid.
    const auto other = panel.add(kinds::procurement(), {{"name", text("Other")}});
    const auto otherLot =
        panel.add(kinds::lot(), {{"procurement_id", other}, {"name", text("South")}});
    refused = records::setField(*panel.project, kinds::bid(), panel.greenfield, "lot_id", otherLot);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          "The bid's lot belongs to another procurement; choose one of its own.");

    // Once scored, a bid and a criterion are kept, and the scale stays above
    // the scores given.
    panel.score(panel.ellis, panel.greenfield, panel.workforce, 4);
    refused = records::deleteRecord(*panel.project, kinds::bid(), panel.greenfield);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.starts_with("Evaluators have scored this bid"));
    CHECK_FALSE(records::deleteRecord(*panel.project, criteria, panel.workforce).ok());
    refused = records::setField(*panel.project, kinds::procurement(), panel.procurement,
                                "scale_max", std::int64_t{3});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          "Evaluators have given scores up to 4, so the top score cannot be lower than that.");
    CHECK(records::setField(*panel.project, kinds::procurement(), panel.procurement, "scale_max",
                            std::int64_t{5})
              .ok());
}

TEST_CASE("an evaluation written by another program with values Jointly forbids is refused "
          "with a sentence",
          "[tender-store]") {
    Panel panel;
    panel.score(panel.ellis, panel.greenfield, panel.model, 3);
    auto& db = panel.project->database();
    db.execute("PRAGMA ignore_check_constraints = ON");
    SECTION("a scale of a trillion") {
        db.execute("UPDATE procurement SET scale_max = 1000000000000");
        auto loaded = kinds::loadEvaluation(db, panel.procurement);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().message.starts_with(
            "The procurement's scoring scale runs to 1000000000000"));
    }
    SECTION("a score far off the scale") {
        db.execute("UPDATE evaluation_score SET score = 9223372036854775807");
        CHECK_FALSE(kinds::loadEvaluation(db, panel.procurement).ok());
    }
    SECTION("a weight over 100%") {
        db.execute("UPDATE award_criterion SET weight_bp = 9223372036854775807");
        auto loaded = kinds::loadEvaluation(db, panel.procurement);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().message.find("must lie between 0% and 100%") != std::string::npos);
    }
    db.execute("PRAGMA ignore_check_constraints = OFF");
}

TEST_CASE("a score changed without a note keeps the note the evaluator wrote", "[tender-store]") {
    Panel panel;
    auto& db = panel.project->database();
    const auto noteNow = [&] {
        auto row = db.prepare("SELECT note, score FROM evaluation_score WHERE evaluator_id = ?1 "
                              "AND bid_id = ?2 AND criterion_id = ?3");
        row.bind(1, panel.ellis).bind(2, panel.trust).bind(3, panel.model);
        REQUIRE(row.step());
        return row.text(0) + " " + std::to_string(row.int64(1));
    };
    REQUIRE(kinds::scoreBid(*panel.project, panel.ellis, panel.trust, panel.model, 3,
                            std::string("A clear model"))
                .ok());
    CHECK(noteNow() == "A clear model 3");
    // As `jointly score` without --note does: the score changes, the note stays.
    REQUIRE(kinds::scoreBid(*panel.project, panel.ellis, panel.trust, panel.model, 2, std::nullopt)
                .ok());
    CHECK(noteNow() == "A clear model 2");
    // An empty note given is a note cleared, as in the window.
    REQUIRE(kinds::scoreBid(*panel.project, panel.ellis, panel.trust, panel.model, 2, std::string())
                .ok());
    CHECK(noteNow() == " 2");
}

TEST_CASE("a tender in two lots is ranked and recommended lot by lot", "[tender-store]") {
    TempDir dir;
    auto created = project::Project::create(dir.file("lots.jointly"), "Westshire");
    REQUIRE(created.ok());
    auto& project = *created.value();
    auto add = [&](const records::RecordKind& kind, const records::FieldValues& fields) {
        auto id = records::addRecord(project, kind, fields);
        REQUIRE(id.ok());
        return id.value();
    };
    const auto tender = add(kinds::procurement(), {{"name", text("Home care")}});
    const auto north = add(kinds::lot(), {{"procurement_id", tender}, {"name", text("North")}});
    const auto south = add(kinds::lot(), {{"procurement_id", tender}, {"name", text("South")}});
    // Both questions apply to every lot (no lot of their own).
    const auto quality = add(
        kinds::awardCriterion(),
        {{"procurement_id", tender}, {"name", text("Quality")}, {"weight_bp", std::int64_t{6000}}});
    add(kinds::awardCriterion(), {{"procurement_id", tender},
                                  {"name", text("Price")},
                                  {"category", text("price")},
                                  {"weight_bp", std::int64_t{4000}}});
    std::map<std::string, std::int64_t> bids;
    for (const auto& [name, lot, pounds] :
         {std::tuple{"A", north, 100'000}, {"B", north, 80'000}, {"C", south, 90'000}}) {
        bids[name] =
            add(kinds::bid(), {{"procurement_id", tender}, {"lot_id", lot}, {"name", text(name)}});
        add(kinds::bidPrice(), {{"bid_id", bids[name]},
                                {"year", std::int64_t{2027}},
                                {"amount_pence", std::int64_t{pounds} * 100}});
    }
    const auto evaluator = add(kinds::evaluator(), {{"procurement_id", tender},
                                                    {"name", text("Jo Ellis")},
                                                    {"declared_on", text("2026-05-01")}});
    for (const auto& [name, score] : {std::pair{"A", 4}, {"B", 2}, {"C", 3}}) {
        REQUIRE(kinds::scoreBid(project, evaluator, bids[name], quality, std::int64_t{score},
                                std::nullopt)
                    .ok());
    }
    REQUIRE(records::setField(project, kinds::evaluator(), evaluator, "finished", std::int64_t{1})
                .ok());
    auto loaded = kinds::loadEvaluation(project.database(), tender);
    REQUIRE(loaded.ok());
    const auto& lots = loaded.value().lots;
    // No bid is without a lot, so there are the two lots only. Price is
    // scored against the lowest price in the same lot:
    //   North: A quality 4 of 4 x 60 = 60.00, price 80,000/100,000 x 40 =
    //   32.00: 92.00; B 2 of 4 x 60 = 30.00 and the lowest price, 40.00:
    //   70.00.
    //   South: C alone, 3 of 4 x 60 = 45.00 and 40.00: 85.00.
    REQUIRE(lots.size() == 2);
    CHECK(lots[0].lotName == "North");
    const auto& northRanking = lots[0].result.rankings.front().ranked;
    REQUIRE(northRanking.size() == 2);
    CHECK(lots[0].tender.bids[northRanking[0].bid].name == "A");
    CHECK(northRanking[0].pointsText == "92.00");
    CHECK(northRanking[1].pointsText == "70.00");
    CHECK(lots[0].recommendation.starts_with(
        "Recommend awarding the lot \u201cNorth\u201d to \u201cA\u201d"));
    CHECK(lots[1].lotName == "South");
    const auto& southRanking = lots[1].result.rankings.front().ranked;
    REQUIRE(southRanking.size() == 1);
    CHECK(southRanking[0].pointsText == "85.00");
    CHECK(lots[1].recommendation.starts_with(
        "Recommend awarding the lot \u201cSouth\u201d to \u201cC\u201d"));
}
