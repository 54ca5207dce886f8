#pragma once

#include "Outcome.h"
#include "procurement/TenderEvaluation.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jointly::storage {
class Database;
}

// A procurement's tender evaluation as the file holds it: the panel, each
// evaluator's own scores, moderation, and the results per lot worked out by
// procurement/TenderEvaluation.h. The two edits that are more than one
// field, scoring as an evaluator and recording a consensus, are in
// procurement/TenderScoring.h.
namespace jointly::procurement {

// The tables an evaluation is read from: a view of it is stale when an edit
// touches any of them.
inline constexpr std::string_view kEvaluationReads[] = {
    "procurement",     "tender_lot",        "award_criterion",      "bid",
    "bid_price",       "evaluator",         "evaluator_interest",   "evaluation_score",
    "moderated_score", "declared_interest", "partner_organisation", "score_descriptor"};

struct PanelMember {
    std::int64_t id = 0;
    std::string name;
    std::string role; // quality, price or both
    bool declared = false;
    bool finished = false;
    bool removed = false;
    std::string removalReason;
    std::vector<std::int64_t> blockedBids;
    std::vector<std::string> questionsLeft;
};

struct EvaluatorScore {
    std::int64_t evaluatorId = 0;
    std::int64_t score = 0;
    std::string note;
    bool counted = true;
    std::string leftOut; // why not counted: "removed from the panel", "declared an interest"
};

// One bid on one scored question: every evaluator's original score, the
// spread of those counted, and the consensus.
struct QuestionScores {
    std::int64_t bidId = 0;
    std::int64_t criterionId = 0;
    std::vector<EvaluatorScore> scores;
    std::int64_t spread = 0;
    bool spreadFlagged = false;
    std::optional<std::int64_t> consensus;
    std::string consensusReason;
};

struct LotResult {
    std::optional<std::int64_t> lotId; // none: the whole procurement
    std::string lotName;
    Tender tender;
    std::vector<std::int64_t> bidIds;       // per Tender::bids
    std::vector<std::int64_t> criterionIds; // per Tender::criteria
    TenderResult result;
    std::string recommendation; // procurement/AwardRecommendation.h
};

// What the Act (s.50) requires each bidder to be told: its own score on each
// criterion, the winner's, and the reasons.
struct SummaryLine {
    std::string criterion;
    std::string weight; // "30.00%"
    std::string score;  // "3.00", or "not scored"
    std::string winnerScore;
    std::string reason;
};

struct AssessmentSummary {
    std::int64_t bidId = 0;
    std::string bid;
    std::string winner;
    std::string total; // "81.50", or "excluded: ..."
    std::string winnerTotal;
    std::vector<SummaryLine> lines;
};

struct Evaluation {
    std::int64_t procurementId = 0;
    std::string procurementName;
    std::int64_t scaleMax = 4;
    std::vector<std::pair<std::int64_t, std::string>> descriptors; // score, words
    std::vector<PanelMember> panel;
    std::vector<QuestionScores> questions;
    // Moderation opens when every evaluator still on the panel has finished.
    bool moderationOpen = false;
    std::string moderationClosedReason;
    bool moderated = false; // every question has its consensus
    // While an evaluator on the panel has not finished, the results are
    // withheld from every view, so that no evaluator sees the others' scores,
    // not even as totals: each lot's result then holds only what the weights
    // say (their check, the split, the social value warning), no ranking,
    // no exclusion, no recommendation, and there are no summaries.
    bool resultsWithheld = false;
    std::string withheldReason;
    // While an evaluator who scores quality has not finished, the bids'
    // prices are sealed: the window keeps them behind a deliberate "show",
    // for the price evaluator or the officer, as a second envelope.
    bool pricesSealed = false;
    std::string sealedReason;
    std::vector<LotResult> lots;
    std::vector<AssessmentSummary> summaries; // once the ranking is final
};

// The default descriptors of a 0-4 or 0-5 scale (Tendervera): 0
// Unacceptable, 1 Poor, 2 Acceptable, 3 Good, 4 Excellent, 5 Exceptional;
// a procurement's own descriptors replace them score by score.
std::vector<std::pair<std::int64_t, std::string>> defaultDescriptors(std::int64_t scaleMax);

// NotFound, with a sentence, for no such procurement; a StorageError may
// escape from a damaged file.
Outcome<Evaluation> loadEvaluation(storage::Database& db, std::int64_t procurementId);

} // namespace jointly::procurement
