#pragma once

#include "Outcome.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Weighted scoring: options scored against weighted criteria, the weight
// check, the ranking, each criterion's part of each total, and how sensitive
// the top option is to the weights. An options appraisal in the plan scores a
// priority's short-listed options this way (planning/Appraisal.h), and tender
// evaluation will score bids the same way, so neither keeps a copy. Pure
// functions of their arguments; nothing here touches a project file, and every
// figure is exact (integers and fractions of integers, never floating point)
// so that the same scores always give the same ranking.
namespace jointly::scoring {

// Weights are kept in basis points of 100%: 10000 is 100.00%, 2550 is 25.50%.
inline constexpr std::int64_t kFullWeight = 10000;

// Scores may be at most this far from zero, and an appraisal may have at most
// kMaxCriteria criteria, so that every product below fits in 64 bits.
inline constexpr std::int64_t kMaxScoreMagnitude = 1'000'000;
inline constexpr std::size_t kMaxCriteria = 10'000;

struct Criterion {
    std::string name;
    std::int64_t weightBp = 0; // basis points, 0 to 10000
};

struct Option {
    std::string name;
    // An options appraisal's "do nothing / business as usual" option, which
    // every other option is compared against; never set for a bid.
    bool doNothing = false;
};

// The scoring scale chosen for one appraisal, such as 0 to 10.
struct ScoringScale {
    std::int64_t min = 0;
    std::int64_t max = 10;
};

// What is scored: the options (for an appraisal, the short-listed ones), the
// criteria, the scale and the scores. scores[option][criterion]; an empty
// optional is a score not entered yet.
struct Appraisal {
    std::vector<Option> options;
    std::vector<Criterion> criteria;
    ScoringScale scale;
    std::vector<std::vector<std::optional<std::int64_t>>> scores;
};

// An exact non-negative fraction, reduced to lowest terms (denominator > 0).
struct Fraction {
    std::int64_t numerator = 0;
    std::int64_t denominator = 1;
    friend bool operator==(const Fraction&, const Fraction&) = default;
};

// --- Text --------------------------------------------------------------------

// Hundredths as a number with two decimals: 9500 -> "95.00", -5 -> "-0.05".
// Basis points are hundredths of a percentage point, so this also writes a
// weight in percent: 2550 -> "25.50".
std::string formatHundredths(std::int64_t hundredths);

// A weighted total (sum of weight in basis points times score) as the score
// it stands for, total / 10000, with two decimals rounded half away from
// zero: 73500 -> "7.35", 73350 -> "7.34", 73349 -> "7.33".
std::string formatTotal(std::int64_t total);

// --- Weights -----------------------------------------------------------------

struct WeightCheck {
    std::int64_t totalBp = 0;
    bool exact = false; // the total is exactly 10000 (100%)
    // "The weights add up to exactly 100%." or
    // "The weights add up to 95.00%, 5.00 percentage points short of 100%." or
    // "The weights add up to 102.50%, 2.50 percentage points over 100%."
    std::string sentence;
};

WeightCheck checkWeights(const std::vector<Criterion>& criteria);

// --- Checking an appraisal ----------------------------------------------------

// Checks what the calculations rely on, in this order, and returns the first
// problem as a sentence: one row of scores per option and one score per
// criterion in each row; a scale that runs from a lower to a higher number
// within +/- kMaxScoreMagnitude; at most kMaxCriteria criteria; each weight
// between 0% and 100%; every score on the scale, for example
// 'The score 11 for "Option B" on "Cost" is outside the scale 0 to 10.'
// The weights need not add up to 100% here (checkWeights says by how much
// they miss).
Status checkAppraisal(const Appraisal& appraisal);

// --- Totals and ranking -------------------------------------------------------

struct RankedOption {
    std::size_t option = 0; // index into Appraisal::options
    std::int64_t total = 0; // sum over criteria of weight (basis points) x score
    std::string totalText;  // formatTotal(total): "7.35"
    int rank = 0;           // 1 for the highest; tied options share a rank
    bool tied = false;      // another ranked option has the same total
    std::string rankText;   // "1", or "1=" when tied
};

struct UnrankedOption {
    std::size_t option = 0;
    // 'No score yet for "Cost" and "Access".'
    std::string reason;
};

struct Ranking {
    // Highest total first. Options with equal totals keep the order they
    // have in Appraisal::options and share a rank; the next rank skips
    // (1, 1, 3).
    std::vector<RankedOption> ranked;
    // Options missing any score, in the order of Appraisal::options.
    std::vector<UnrankedOption> unranked;
    WeightCheck weights;
    // Whether the ranking may be presented as final: only when the weights
    // add up to exactly 100% and every short-listed option has every score
    // (and there is at least one option).
    bool isFinal = false;
    // Empty when final; otherwise sentences saying why not.
    std::string notFinalReason;
};

Outcome<Ranking> rankOptions(const Appraisal& appraisal);

// --- Weighted scores by criterion (the stacked chart) --------------------------

struct OptionContributions {
    std::size_t option = 0;
    // weight (basis points) x score for each criterion, in the order of
    // Appraisal::criteria; empty where the score is missing. Divide by 10000
    // for the part of the score each criterion contributes.
    std::vector<std::optional<std::int64_t>> byCriterion;
};

// One entry per option, in the order of Appraisal::options.
Outcome<std::vector<OptionContributions>> contributionsByCriterion(const Appraisal& appraisal);

// --- Sensitivity to the weights --------------------------------------------------
//
// For each criterion i, its weight w_i is moved by d (as a fraction of 100%)
// and every other weight is rescaled in proportion so that the weights still
// add up to 100%: w_j becomes w_j (1 - w_i - d) / (1 - w_i). Each option's
// total is then linear in d:
//
//   T_k(d) = (w_i + d) s_ki + (1 - w_i - d) / (1 - w_i) * sum_{j != i} w_j s_kj
//          = T_k(0) + d (s_ki - A_k),
//
// where A_k = sum_{j != i} w_j s_kj / (1 - w_i) is the option's average
// score on the other criteria, weighted by their weights. Another option k
// overtakes the top option t when T_k(d) > T_t(d), so the crossing is at
// d = (T_t(0) - T_k(0)) / ((s_ki - A_k) - (s_ti - A_t)), a fraction that is
// solved exactly in integers. The top option changes at the smallest such
// crossing in each direction; beyond it the challenger's total is strictly
// greater. A direction is "robust" when no crossing lies strictly inside the
// range the weight can move (up to 100% when rising, down to 0% when
// falling); a challenger that would only draw level at exactly 100% or 0%
// does not count as a change.
//
// Edge cases:
//  - The weights must add up to exactly 100%; otherwise nothing is analysed
//    (state WeightsNotExact), as the proportional rescaling is only
//    meaningful then. Because of this, "all other weights zero" happens only
//    when w_i is 100%.
//  - w_i = 100%: its weight cannot rise (NotPossible). There is no other
//    weight to rescale in proportion, so when it falls by d the freed weight
//    is shared equally among the other criteria (each gets d / (n - 1)).
//    If it is the only criterion it cannot fall either (NotPossible).
//  - w_i = 0%: its weight cannot fall (NotPossible); rising works as usual.
//  - Only fully scored (ranked) options take part; unranked ones are left out.
//  - Fewer than two ranked options: nothing to compare (TooFewOptions).
//  - Two or more options already share the top total: there is no single top
//    option to test, so no thresholds are given (TopAlreadyTied) and `top`
//    lists the tied options.
// Thresholds are given in percentage points, exactly as a fraction and
// rounded half away from zero to two decimals (that is, to whole basis
// points); a crossing that rounds to "0.00" is still a real, small one.

enum class SensitivityState {
    Analysed,        // a unique top option; see `criteria`
    WeightsNotExact, // the weights do not add up to exactly 100%
    TooFewOptions,   // fewer than two fully scored options
    TopAlreadyTied,  // two or more options share the top total
};

enum class ShiftOutcome {
    ChangesTop,  // moving the weight far enough puts another option top
    Robust,      // no move within 0-100% changes the top option
    NotPossible, // the weight cannot move this way (already 0% or 100%)
};

// Moving one criterion's weight in one direction (up or down).
struct WeightShift {
    ShiftOutcome outcome = ShiftOutcome::Robust;
    // When ChangesTop: how far the weight must move, in percentage points.
    // Beyond this the new top option's total is strictly greater; exactly at
    // it the two are level.
    Fraction points;             // exact: 25/2 is 12.50 points
    std::int64_t pointsBp = 0;   // rounded to whole basis points (1250)
    std::string pointsText;      // "12.50"
    std::int64_t weightAtBp = 0; // the criterion's weight after moving pointsBp
    // The option or options (equal totals all the way) that take the top.
    std::vector<std::size_t> newTop;
    // A sentence for the user, for every outcome, such as
    // '"B" overtakes "A" if the weight of "Access" rises by more than 12.50
    // percentage points (from 25.00% to 37.50%).'
    std::string sentence;
};

struct CriterionSensitivity {
    std::size_t criterion = 0; // index into Appraisal::criteria
    std::int64_t weightBp = 0;
    WeightShift rise;
    WeightShift fall;
};

struct Sensitivity {
    SensitivityState state = SensitivityState::Analysed;
    // The top option (or, when TopAlreadyTied, the options sharing the top).
    std::vector<std::size_t> top;
    // Empty when Analysed; otherwise a sentence saying why there are no
    // thresholds.
    std::string reason;
    // One per criterion, in the order of Appraisal::criteria, when Analysed.
    std::vector<CriterionSensitivity> criteria;
};

// The sensitivity of `ranking`, which must be what rankOptions returned for
// this same appraisal.
Sensitivity analyseSensitivity(const Appraisal& appraisal, const Ranking& ranking);

// Everything shown beside an appraisal: the ranking and its sensitivity.
struct AppraisalResult {
    Ranking ranking;
    Sensitivity sensitivity;
};

// Checks the appraisal, ranks its options and analyses the sensitivity: what
// the app recalculates each time a score or a weight is typed.
Outcome<AppraisalResult> appraise(const Appraisal& appraisal);

} // namespace jointly::scoring
