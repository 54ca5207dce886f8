#pragma once

#include "Outcome.h"
#include "scoring/WeightedScoring.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Tender evaluation: bids scored against weighted award criteria and
// sub-criteria, price scored by a chosen formula, totals ranked with ties,
// exclusions (late bids, scores under a question's minimum) and the
// rank-reversal anomaly of relative price formulas
// (../shared/research/procurement.md, section 4). The totals and ranking
// come from the weighted-scoring engine the options appraisal uses
// (scoring/WeightedScoring.h): each criterion's part is the fraction of its
// marks a bid earns, in millionths, so the engine's scale is 0 to 1,000,000.
// Pure functions; nothing here reads a project file.
namespace jointly::procurement {

enum class PriceFormula {
    RelativeToLowest, // weight x lowest price / bid price
    LinearDeviation,  // weight x max(0, 1 - (bid - lowest) / lowest)
    Affordability,    // weight x clamp((ceiling - bid) / (ceiling - floor), 0, 1)
};

// The stored key ("relative", "linear", "affordability") and words.
std::string_view priceFormulaKey(PriceFormula formula);
std::string_view priceFormulaLabel(PriceFormula formula);
std::optional<PriceFormula> priceFormulaOf(std::string_view key);

// A criterion's part of a total is scored in millionths of its marks.
inline constexpr std::int64_t kMicro = 1'000'000;

struct TenderCriterion {
    std::string name;
    std::string category = "quality"; // quality, price or social_value
    // A top-level criterion's share of 100%, or a sub-criterion's share of
    // its parent's weight, in basis points.
    std::int64_t weightBp = 0;
    std::optional<std::size_t> parent = {}; // index of the parent, for a sub-criterion
    std::optional<std::int64_t> minimumScore = {};
};

struct TenderBid {
    std::string name;
    bool onTime = true;
    std::optional<std::int64_t> pricePence = {}; // the whole price, every year added up
};

// A bid's score on a criterion: the consensus from moderation, or the mean
// of the evaluators' scores (sum / count).
struct TenderScore {
    std::int64_t sum = 0;
    std::int64_t count = 1;
};

struct Tender {
    std::vector<TenderCriterion> criteria;
    std::vector<TenderBid> bids;
    std::int64_t scaleMax = 4;
    // scores[bid][criterion], for scored criteria (not price, not a parent
    // of sub-criteria); empty where there is none.
    std::vector<std::vector<std::optional<TenderScore>>> scores;
    PriceFormula formula = PriceFormula::RelativeToLowest;
    std::optional<std::int64_t> ceilingPence;
    std::optional<std::int64_t> floorPence;
    bool nhsBody = false; // social value must carry at least 10%
};

struct RankedBid {
    std::size_t bid = 0;
    std::int64_t total = 0; // sum of weight (bp) x millionths; 10^10 is 100 points
    std::string pointsText; // the total in points out of 100, two decimals: "78.67"
    int rank = 0;
    bool tied = false;
    std::string rankText; // "1" or "1="
    // Each top-level criterion's part, weight (bp) x millionths, in the
    // order of the top-level criteria; empty where not scored.
    std::vector<std::optional<std::int64_t>> parts;
};

struct UnrankedBid {
    std::size_t bid = 0;
    std::string reason;
};

struct FormulaRanking {
    PriceFormula formula = PriceFormula::RelativeToLowest;
    bool available = true;
    std::string unavailableReason; // "Give the affordability ceiling ..."
    std::vector<RankedBid> ranked;
    std::vector<UnrankedBid> unranked;
};

struct ExcludedBid {
    std::size_t bid = 0;
    std::string reason; // "received late", "scored 1 on "Workforce", under its minimum of 2"
};

struct TenderResult {
    scoring::WeightCheck weights;      // the top-level criteria
    std::vector<std::string> problems; // why the ranking cannot be final yet
    std::vector<std::string> warnings; // social value under 10%, rank reversal
    std::int64_t qualityBp = 0;        // the split of the weight
    std::int64_t priceBp = 0;
    std::int64_t socialValueBp = 0;
    std::vector<std::size_t> topLevel; // indexes of the top-level criteria, in order
    std::vector<ExcludedBid> excluded;
    // The chosen formula first, then the others for comparison.
    std::vector<FormulaRanking> rankings;
    bool isFinal = false;
};

// Points out of 100, two decimals, rounded half up: 7'866'666'667 -> "78.67".
std::string formatPoints(std::int64_t total);

// A criterion's weight in the whole, in basis points, exactly as a fraction
// (a sub-criterion's share of its parent times the parent's weight).
scoring::Fraction effectiveWeight(const Tender& tender, std::size_t criterion);

// Evaluates the tender. Refuses, with a sentence, what cannot be scored at
// all: a criterion whose parent is not a top-level criterion, a score off
// the scale, more than the engine's number of criteria.
Outcome<TenderResult> evaluateTender(const Tender& tender);

} // namespace jointly::procurement
