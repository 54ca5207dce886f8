#include "procurement/TenderStore.h"

#include "procurement/AwardRecommendation.h"
#include "procurement/TenderQueries.h"
#include "project/Ids.h"
#include "project/Project.h"
#include "quantities/Int128.h"
#include "storage/Database.h"
#include "util/Text.h"

#include <algorithm>

#include <map>

namespace jointly::procurement {

namespace {

using quantities::Int128;

struct CriterionRow {
    std::int64_t id = 0;
    std::string name;
    std::string category;
    std::int64_t weightBp = 0;
    std::optional<std::int64_t> minimum;
    std::optional<std::int64_t> parentId;
    std::optional<std::int64_t> lotId;
    bool hasChildren = false;
    bool scored() const { return category != "price" && !hasChildren; }
};

struct BidRow {
    std::int64_t id = 0;
    std::string name;
    bool onTime = true;
    std::optional<std::int64_t> lotId;
    std::optional<std::int64_t> pricePence;
};

// Each bid's scored question, by (bid id, criterion id).
using QuestionIndex = std::map<std::pair<std::int64_t, std::int64_t>, QuestionScores*>;

std::optional<std::int64_t> optionalInt(storage::Statement& row, int column) {
    return row.isNull(column) ? std::nullopt : std::optional<std::int64_t>(row.int64(column));
}

std::string hundredths(std::int64_t sum, std::int64_t count) {
    const auto value = static_cast<std::int64_t>((Int128{sum} * 200 + count) / (Int128{count} * 2));
    return scoring::formatHundredths(value);
}

std::vector<CriterionRow> criteriaOf(storage::Database& db, std::int64_t procurementId) {
    auto rows = db.prepare(
        "SELECT c.id, c.name, c.category, coalesce(c.weight_bp, 0), c.minimum_score, "
        "c.parent_id, c.lot_id, EXISTS (SELECT 1 FROM award_criterion s WHERE s.parent_id = "
        "c.id) FROM award_criterion c WHERE c.procurement_id = ?1 ORDER BY c.id");
    rows.bind(1, procurementId);
    std::vector<CriterionRow> criteria;
    while (rows.step()) {
        CriterionRow row;
        row.id = rows.int64(0);
        row.name = rows.text(1).empty() ? "unnamed criterion" : rows.text(1);
        row.category = rows.text(2);
        row.weightBp = rows.int64(3);
        row.minimum = optionalInt(rows, 4);
        row.parentId = optionalInt(rows, 5);
        row.lotId = optionalInt(rows, 6);
        row.hasChildren = rows.int64(7) != 0;
        criteria.push_back(std::move(row));
    }
    return criteria;
}

std::vector<BidRow> bidsOf(storage::Database& db, std::int64_t procurementId) {
    auto rows = db.prepare(std::string("SELECT b.id, ") + kBidNameSql +
                           ", b.on_time, b.lot_id FROM bid b WHERE b.procurement_id = ?1 "
                           "ORDER BY b.id");
    rows.bind(1, procurementId);
    std::vector<BidRow> bids;
    while (rows.step()) {
        bids.push_back({rows.int64(0), rows.text(1), rows.int64(2) != 0, optionalInt(rows, 3), {}});
    }
    for (auto& bid : bids) {
        auto prices = db.prepare("SELECT amount_pence FROM bid_price WHERE bid_id = ?1 AND "
                                 "amount_pence IS NOT NULL");
        prices.bind(1, bid.id);
        bool overflow = false;
        while (prices.step()) {
            std::int64_t sum = 0;
            overflow = overflow ||
                       __builtin_add_overflow(bid.pricePence.value_or(0), prices.int64(0), &sum);
            bid.pricePence = sum;
        }
        if (overflow) {
            bid.pricePence.reset(); // a damaged file's prices: treated as not given
        }
    }
    return bids;
}

bool appliesTo(const CriterionRow& criterion, const BidRow& bid) {
    return !criterion.lotId || criterion.lotId == bid.lotId;
}

// The scores counted for a bid's question: its consensus, or the mean of
// the counted evaluators' scores.
std::optional<TenderScore> finalScore(const QuestionScores& question) {
    if (question.consensus) {
        return TenderScore{*question.consensus, 1};
    }
    TenderScore score{0, 0};
    for (const auto& each : question.scores) {
        if (each.counted) {
            score.sum += each.score;
            ++score.count;
        }
    }
    return score.count == 0 ? std::nullopt : std::optional<TenderScore>(score);
}

LotResult lotResult(std::optional<std::int64_t> lotId, std::string lotName,
                    const std::vector<CriterionRow>& criteria, const std::vector<BidRow>& bids,
                    const QuestionIndex& questions, const Tender& settings) {
    LotResult lot;
    lot.lotId = lotId;
    lot.lotName = std::move(lotName);
    lot.tender = settings;
    std::map<std::int64_t, std::size_t> index;
    for (const auto& criterion : criteria) {
        if (criterion.lotId && criterion.lotId != lotId) {
            continue;
        }
        index[criterion.id] = lot.tender.criteria.size();
        lot.criterionIds.push_back(criterion.id);
        lot.tender.criteria.push_back(
            {criterion.name, criterion.category, criterion.weightBp, {}, criterion.minimum});
    }
    for (std::size_t c = 0; c < lot.criterionIds.size(); ++c) {
        for (const auto& criterion : criteria) {
            if (criterion.id == lot.criterionIds[c] && criterion.parentId) {
                const auto parent = index.find(*criterion.parentId);
                // A parent of another lot: the sub-criterion is scored on its own.
                if (parent != index.end()) {
                    lot.tender.criteria[c].parent = parent->second;
                }
            }
        }
    }
    for (const auto& bid : bids) {
        if (bid.lotId != lotId) {
            continue;
        }
        lot.bidIds.push_back(bid.id);
        lot.tender.bids.push_back({bid.name, bid.onTime, bid.pricePence});
        std::vector<std::optional<TenderScore>> row;
        for (auto criterionId : lot.criterionIds) {
            const auto found = questions.find({bid.id, criterionId});
            row.push_back(found == questions.end() ? std::nullopt : finalScore(*found->second));
        }
        lot.tender.scores.push_back(row);
    }
    return lot;
}

void addSummaries(Evaluation& evaluation, const LotResult& lot, const QuestionIndex& questions) {
    const auto& chosen = lot.result.rankings.front();
    if (!lot.result.isFinal || chosen.ranked.empty() || chosen.ranked[0].tied) {
        return;
    }
    const auto winner = chosen.ranked[0].bid;
    auto scoreOf = [&](std::size_t bid, std::size_t criterion) -> std::string {
        const auto& score = lot.tender.scores[bid][criterion];
        return score ? hundredths(score->sum, score->count) : std::string("not scored");
    };
    for (std::size_t b = 0; b < lot.tender.bids.size(); ++b) {
        AssessmentSummary summary;
        summary.bidId = lot.bidIds[b];
        summary.bid = lot.tender.bids[b].name;
        summary.winner = lot.tender.bids[winner].name;
        summary.winnerTotal = chosen.ranked[0].pointsText;
        for (const auto& ranked : chosen.ranked) {
            if (ranked.bid == b) {
                summary.total = ranked.pointsText + " points, ranked " + ranked.rankText;
            }
        }
        for (const auto& excluded : lot.result.excluded) {
            if (excluded.bid == b) {
                summary.total = "excluded: " + excluded.reason;
            }
        }
        // The price's points, the bid's and the winner's, from the ranking.
        auto pricePoints = [&](std::size_t bid) -> std::string {
            for (const auto& ranked : chosen.ranked) {
                if (ranked.bid != bid) {
                    continue;
                }
                for (std::size_t t = 0; t < lot.result.topLevel.size(); ++t) {
                    if (lot.tender.criteria[lot.result.topLevel[t]].category == "price" &&
                        ranked.parts[t]) {
                        return formatPoints(*ranked.parts[t]) + " points";
                    }
                }
            }
            return "not scored";
        };
        for (std::size_t c = 0; c < lot.tender.criteria.size(); ++c) {
            const auto& criterion = lot.tender.criteria[c];
            if (criterion.category == "price") {
                const auto weight = effectiveWeight(lot.tender, c);
                summary.lines.push_back(
                    {criterion.name,
                     scoring::formatHundredths(weight.numerator / weight.denominator) + "%",
                     pricePoints(b), pricePoints(winner),
                     "Scored " + std::string(priceFormulaLabel(lot.tender.formula)) + "."});
                continue;
            }
            const auto found = questions.find({lot.bidIds[b], lot.criterionIds[c]});
            if (found == questions.end()) {
                continue; // a parent of sub-criteria: its sub-criteria are listed
            }
            SummaryLine line;
            line.criterion = criterion.name;
            const auto weight = effectiveWeight(lot.tender, c);
            line.weight = scoring::formatHundredths(static_cast<std::int64_t>(
                              (Int128{weight.numerator} * 2 + weight.denominator) /
                              (Int128{weight.denominator} * 2))) +
                          "%";
            line.score = scoreOf(b, c);
            line.winnerScore = scoreOf(winner, c);
            const auto& question = *found->second;
            if (question.consensus) {
                line.reason = question.consensusReason;
            } else {
                for (const auto& each : question.scores) {
                    if (each.counted && !each.note.empty()) {
                        line.reason += (line.reason.empty() ? "" : " ") + each.note;
                    }
                }
            }
            summary.lines.push_back(std::move(line));
        }
        evaluation.summaries.push_back(std::move(summary));
    }
}

} // namespace

std::vector<std::pair<std::int64_t, std::string>> defaultDescriptors(std::int64_t scaleMax) {
    static const char* const kWords[] = {"Unacceptable", "Poor",      "Acceptable",
                                         "Good",         "Excellent", "Exceptional"};
    std::vector<std::pair<std::int64_t, std::string>> descriptors;
    for (std::int64_t score = 0; score <= scaleMax; ++score) {
        descriptors.emplace_back(score, score < 6 ? kWords[score] : "");
    }
    return descriptors;
}

Outcome<Evaluation> loadEvaluation(storage::Database& db, std::int64_t procurementId) {
    auto settings = db.prepare(
        "SELECT p.name, p.scale_max, p.price_formula, p.price_ceiling_pence, "
        "p.price_floor_pence, p.spread_points, coalesce(o.org_type = 'nhs_body', 0) FROM "
        "procurement p LEFT JOIN partner_organisation o ON o.id = p.lead_partner_id WHERE "
        "p.id = ?1");
    settings.bind(1, procurementId);
    if (!settings.step()) {
        return Error{ErrorKind::NotFound, "That procurement no longer exists."};
    }
    // A file written by another program may hold what the schema's checks
    // forbid; nothing is worked out from a scale Jointly would not allow.
    if (settings.int64(1) < 1 || settings.int64(1) > 10) {
        return Error{ErrorKind::Invalid,
                     "The procurement's scoring scale runs to " +
                         std::to_string(settings.int64(1)) +
                         ", which Jointly does not allow (1 to 10): the file has been changed "
                         "outside Jointly. Set the top score again."};
    }
    Evaluation evaluation;
    evaluation.procurementId = procurementId;
    evaluation.procurementName =
        settings.text(0).empty() ? "unnamed procurement" : settings.text(0);
    evaluation.scaleMax = settings.int64(1);
    Tender base;
    base.scaleMax = evaluation.scaleMax;
    base.formula = priceFormulaOf(settings.text(2)).value_or(PriceFormula::RelativeToLowest);
    base.ceilingPence = optionalInt(settings, 3);
    base.floorPence = optionalInt(settings, 4);
    const auto spreadLimit = settings.int64(5);
    base.nhsBody = settings.int64(6) != 0;

    evaluation.descriptors = defaultDescriptors(evaluation.scaleMax);
    auto words = db.prepare("SELECT score, descriptor FROM score_descriptor WHERE "
                            "procurement_id = ?1 AND score IS NOT NULL ORDER BY id");
    words.bind(1, procurementId);
    while (words.step()) {
        for (auto& [score, text] : evaluation.descriptors) {
            if (score == words.int64(0)) {
                text = words.text(1);
            }
        }
    }

    auto evaluators = db.prepare("SELECT id, name, role, declared_on IS NOT NULL, finished, "
                                 "removed, removal_reason FROM evaluator WHERE procurement_id = "
                                 "?1 ORDER BY id");
    evaluators.bind(1, procurementId);
    while (evaluators.step()) {
        PanelMember member;
        member.id = evaluators.int64(0);
        member.name = evaluators.text(1).empty() ? "unnamed evaluator" : evaluators.text(1);
        member.role = evaluators.text(2);
        member.declared = evaluators.int64(3) != 0;
        member.finished = evaluators.int64(4) != 0;
        member.removed = evaluators.int64(5) != 0;
        member.removalReason = evaluators.text(6);
        evaluation.panel.push_back(std::move(member));
    }
    for (auto& member : evaluation.panel) {
        member.blockedBids = blockedBids(db, member.id);
        member.questionsLeft = questionsLeft(db, member.id);
    }

    const auto criteria = criteriaOf(db, procurementId);
    const auto bids = bidsOf(db, procurementId);
    for (const auto& bid : bids) {
        if (!bid.onTime) {
            continue;
        }
        for (const auto& criterion : criteria) {
            if (criterion.scored() && appliesTo(criterion, bid)) {
                QuestionScores question;
                question.bidId = bid.id;
                question.criterionId = criterion.id;
                evaluation.questions.push_back(std::move(question));
            }
        }
    }
    QuestionIndex byQuestion;
    for (auto& question : evaluation.questions) {
        byQuestion[{question.bidId, question.criterionId}] = &question;
    }
    auto find = [&](std::int64_t bid, std::int64_t criterion) -> QuestionScores* {
        const auto found = byQuestion.find({bid, criterion});
        return found == byQuestion.end() ? nullptr : found->second;
    };
    auto scores = db.prepare("SELECT s.evaluator_id, s.bid_id, s.criterion_id, s.score, s.note "
                             "FROM evaluation_score s JOIN evaluator e ON e.id = s.evaluator_id "
                             "WHERE e.procurement_id = ?1 ORDER BY s.evaluator_id, s.id");
    scores.bind(1, procurementId);
    while (scores.step()) {
        auto* question = find(scores.int64(1), scores.int64(2));
        if (!question) {
            continue; // a question no longer scored (a late bid, a parent now)
        }
        if (scores.int64(3) < 0 || scores.int64(3) > evaluation.scaleMax) {
            return Error{ErrorKind::Invalid,
                         "A score of " + std::to_string(scores.int64(3)) +
                             " is off the procurement's scale of 0 to " +
                             std::to_string(evaluation.scaleMax) +
                             ": the file has been changed outside Jointly, or the scale was "
                             "lowered by another program."};
        }
        EvaluatorScore score{scores.int64(0), scores.int64(3), scores.text(4), true, {}};
        for (const auto& member : evaluation.panel) {
            if (member.id != score.evaluatorId) {
                continue;
            }
            if (member.removed) {
                score.counted = false;
                score.leftOut = "removed from the panel";
            } else if (member.role == "price") {
                score.counted = false;
                score.leftOut = "scores price only";
            } else {
                for (auto blocked : member.blockedBids) {
                    if (blocked == question->bidId) {
                        score.counted = false;
                        score.leftOut = "declared an interest in the bidder";
                    }
                }
            }
        }
        question->scores.push_back(std::move(score));
    }
    auto consensus = db.prepare("SELECT m.bid_id, m.criterion_id, m.score, m.reason FROM "
                                "moderated_score m JOIN bid b ON b.id = m.bid_id WHERE "
                                "b.procurement_id = ?1");
    consensus.bind(1, procurementId);
    while (consensus.step()) {
        if (consensus.int64(2) < 0 || consensus.int64(2) > evaluation.scaleMax) {
            return Error{ErrorKind::Invalid, "A consensus score of " +
                                                 std::to_string(consensus.int64(2)) +
                                                 " is off the procurement's scale of 0 to " +
                                                 std::to_string(evaluation.scaleMax) +
                                                 ": the file has been changed outside Jointly."};
        }
        if (auto* question = find(consensus.int64(0), consensus.int64(1))) {
            question->consensus = consensus.int64(2);
            question->consensusReason = consensus.text(3);
        }
    }
    for (auto& question : evaluation.questions) {
        std::optional<std::int64_t> low;
        std::optional<std::int64_t> high;
        for (const auto& score : question.scores) {
            if (score.counted) {
                low = low ? std::min(*low, score.score) : score.score;
                high = high ? std::max(*high, score.score) : score.score;
            }
        }
        question.spread = low ? *high - *low : 0;
        question.spreadFlagged = question.spread > spreadLimit;
    }

    std::vector<std::string> unfinished;
    bool anyOnPanel = false;
    for (const auto& member : evaluation.panel) {
        if (!member.removed) {
            anyOnPanel = true;
            if (!member.finished) {
                unfinished.push_back(util::curlyQuoted(member.name));
            }
        }
    }
    evaluation.moderationOpen = anyOnPanel && unfinished.empty();
    if (!anyOnPanel) {
        evaluation.moderationClosedReason = "Moderation opens when the evaluators have finished; "
                                            "there are no evaluators yet.";
    } else if (!unfinished.empty()) {
        evaluation.moderationClosedReason = "Moderation opens when every evaluator has finished; " +
                                            util::joinedWithAnd(unfinished) +
                                            (unfinished.size() == 1 ? " has" : " have") + " not.";
    }
    std::vector<std::string> scoringQuality;
    for (const auto& member : evaluation.panel) {
        if (!member.removed && !member.finished && member.role != "price") {
            scoringQuality.push_back(util::curlyQuoted(member.name));
        }
    }
    evaluation.pricesSealed = !scoringQuality.empty();
    if (evaluation.pricesSealed) {
        evaluation.sealedReason = "The prices are sealed while the quality evaluators score, so "
                                  "that no price sways a quality score; " +
                                  util::joinedWithAnd(scoringQuality) +
                                  (scoringQuality.size() == 1 ? " has" : " have") +
                                  " not finished. Show them only to the price evaluator or the "
                                  "procurement officer.";
    }
    evaluation.resultsWithheld = anyOnPanel && !unfinished.empty();
    if (evaluation.resultsWithheld) {
        evaluation.withheldReason = "The results are shown when every evaluator has finished, so "
                                    "that no one sees the others' scores first; " +
                                    util::joinedWithAnd(unfinished) +
                                    (unfinished.size() == 1 ? " has" : " have") + " not.";
    }
    evaluation.moderated = !evaluation.questions.empty();
    for (const auto& question : evaluation.questions) {
        evaluation.moderated = evaluation.moderated && question.consensus.has_value();
    }

    std::vector<std::pair<std::optional<std::int64_t>, std::string>> lots;
    auto lotRows =
        db.prepare("SELECT id, name FROM tender_lot WHERE procurement_id = ?1 ORDER BY id");
    lotRows.bind(1, procurementId);
    while (lotRows.step()) {
        lots.emplace_back(lotRows.int64(0),
                          lotRows.text(1).empty() ? "unnamed lot" : lotRows.text(1));
    }
    bool unassigned = lots.empty();
    for (const auto& bid : bids) {
        unassigned = unassigned || !bid.lotId;
    }
    if (unassigned) {
        lots.emplace_back(std::nullopt, lots.empty() ? "" : "Bids with no lot");
    }
    for (const auto& [lotId, name] : lots) {
        auto lot = lotResult(lotId, name, criteria, bids, byQuestion, base);
        if (evaluation.resultsWithheld) {
            // Only what the weights say: the tender evaluated without a
            // score or a price.
            auto blind = lot.tender;
            for (auto& row : blind.scores) {
                std::fill(row.begin(), row.end(), std::nullopt);
            }
            for (auto& bid : blind.bids) {
                bid.pricePence.reset();
            }
            auto result = evaluateTender(blind);
            if (!result.ok()) {
                return result.error();
            }
            lot.result = std::move(result.value());
            lot.result.rankings.clear();
            lot.result.excluded.clear();
            lot.result.isFinal = false;
            // The blind tender's own problems would say bids are not scored;
            // only the weights' own problem stands.
            lot.result.problems.clear();
            if (!lot.result.weights.exact) {
                lot.result.problems.push_back(lot.result.weights.sentence);
            }
            // Nothing scored or priced is kept where a later view might read it.
            lot.tender = std::move(blind);
            lot.recommendation = evaluation.withheldReason;
            evaluation.lots.push_back(std::move(lot));
            continue;
        }
        auto result = evaluateTender(lot.tender);
        if (!result.ok()) {
            return result.error();
        }
        lot.result = std::move(result.value());
        lot.recommendation = awardRecommendation(lot);
        addSummaries(evaluation, lot, byQuestion);
        evaluation.lots.push_back(std::move(lot));
    }
    return evaluation;
}

} // namespace jointly::procurement
