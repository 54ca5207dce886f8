#include "scoring/WeightedScoring.h"

#include "quantities/Int128.h"
#include "util/Text.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace jointly::scoring {

namespace {

// 128 bits, for the products compared when solving crossings (up to about
// 10^25).
using Wide = quantities::Int128;

std::string quoted(std::string_view name) {
    std::string text = "\"";
    text += name;
    text += '"';
    return text;
}

std::string quotedOptions(const Appraisal& appraisal, const std::vector<std::size_t>& options) {
    std::vector<std::string> names;
    names.reserve(options.size());
    for (auto option : options) {
        names.push_back(quoted(appraisal.options[option].name));
    }
    return util::joinedWithAnd(names);
}

Wide absolute(Wide value) {
    return value < 0 ? -value : value;
}

Wide greatestCommonDivisor(Wide a, Wide b) {
    a = absolute(a);
    b = absolute(b);
    while (b != 0) {
        Wide rest = a % b;
        a = b;
        b = rest;
    }
    return a;
}

// numerator / denominator (denominator > 0) rounded to the nearest integer,
// halves away from zero: 5/2 -> 3, -5/2 -> -3, 7/3 -> 2.
Wide roundedQuotient(Wide numerator, Wide denominator) {
    if (numerator >= 0) {
        return (2 * numerator + denominator) / (2 * denominator);
    }
    return -((2 * -numerator + denominator) / (2 * denominator));
}

// numerator / denominator (both > 0) in lowest terms. The callers' bounds
// (kMaxScoreMagnitude, kMaxCriteria) keep both parts within 64 bits.
Fraction reduced(Wide numerator, Wide denominator) {
    const Wide divisor = greatestCommonDivisor(numerator, denominator);
    return Fraction{static_cast<std::int64_t>(numerator / divisor),
                    static_cast<std::int64_t>(denominator / divisor)};
}

} // namespace

// --- Text --------------------------------------------------------------------

std::string formatHundredths(std::int64_t hundredths) {
    // Work on the magnitude as an unsigned number so that the most negative
    // value has one too.
    const bool negative = hundredths < 0;
    const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(hundredths)
                                             : static_cast<std::uint64_t>(hundredths);
    std::string text = negative ? "-" : "";
    text += std::to_string(magnitude / 100);
    text += '.';
    const std::uint64_t cents = magnitude % 100;
    text += static_cast<char>('0' + cents / 10);
    text += static_cast<char>('0' + cents % 10);
    return text;
}

std::string formatTotal(std::int64_t total) {
    // total / 10000 to two decimals is total / 100 hundredths, rounded.
    return formatHundredths(static_cast<std::int64_t>(roundedQuotient(Wide{total}, Wide{100})));
}

// --- Weights -----------------------------------------------------------------

WeightCheck checkWeights(const std::vector<Criterion>& criteria) {
    WeightCheck check;
    for (const auto& criterion : criteria) {
        check.totalBp += criterion.weightBp;
    }
    check.exact = check.totalBp == kFullWeight;
    if (check.exact) {
        check.sentence = "The weights add up to exactly 100%.";
    } else if (check.totalBp < kFullWeight) {
        check.sentence = "The weights add up to " + formatHundredths(check.totalBp) + "%, " +
                         formatHundredths(kFullWeight - check.totalBp) +
                         " percentage points short of 100%.";
    } else {
        check.sentence = "The weights add up to " + formatHundredths(check.totalBp) + "%, " +
                         formatHundredths(check.totalBp - kFullWeight) +
                         " percentage points over 100%.";
    }
    return check;
}

// --- The do-nothing option ---------------------------------------------------

// --- Checking an appraisal ----------------------------------------------------

Status checkAppraisal(const Appraisal& appraisal) {
    auto invalid = [](std::string message) {
        return Status(Error{ErrorKind::Invalid, std::move(message)});
    };
    const auto& options = appraisal.options;
    const auto& criteria = appraisal.criteria;
    if (appraisal.scores.size() != options.size()) {
        return invalid("The scores have " + std::to_string(appraisal.scores.size()) + " rows for " +
                       std::to_string(options.size()) + " options.");
    }
    for (std::size_t o = 0; o < options.size(); ++o) {
        if (appraisal.scores[o].size() != criteria.size()) {
            return invalid("The scores for " + quoted(options[o].name) + " have " +
                           std::to_string(appraisal.scores[o].size()) + " entries for " +
                           std::to_string(criteria.size()) + " criteria.");
        }
    }
    const auto& scale = appraisal.scale;
    if (scale.min >= scale.max) {
        return invalid("The scoring scale must run from a lower number to a higher one; it runs "
                       "from " +
                       std::to_string(scale.min) + " to " + std::to_string(scale.max) + ".");
    }
    if (scale.min < -kMaxScoreMagnitude || scale.max > kMaxScoreMagnitude) {
        return invalid("The scoring scale must lie between " + std::to_string(-kMaxScoreMagnitude) +
                       " and " + std::to_string(kMaxScoreMagnitude) + ".");
    }
    if (criteria.size() > kMaxCriteria) {
        return invalid("An appraisal can have at most " + std::to_string(kMaxCriteria) +
                       " criteria; this one has " + std::to_string(criteria.size()) + ".");
    }
    for (const auto& criterion : criteria) {
        if (criterion.weightBp < 0 || criterion.weightBp > kFullWeight) {
            return invalid("The weight of " + quoted(criterion.name) + " is " +
                           formatHundredths(criterion.weightBp) +
                           "%; each weight must be between 0% and 100%.");
        }
    }
    for (std::size_t o = 0; o < options.size(); ++o) {
        for (std::size_t c = 0; c < criteria.size(); ++c) {
            const auto& score = appraisal.scores[o][c];
            if (score && (*score < scale.min || *score > scale.max)) {
                return invalid("The score " + std::to_string(*score) + " for " +
                               quoted(options[o].name) + " on " + quoted(criteria[c].name) +
                               " is outside the scale " + std::to_string(scale.min) + " to " +
                               std::to_string(scale.max) + ".");
            }
        }
    }
    return success();
}

// --- Totals and ranking -------------------------------------------------------

Outcome<Ranking> rankOptions(const Appraisal& appraisal) {
    if (auto checked = checkAppraisal(appraisal); !checked) {
        return checked.error();
    }
    Ranking ranking;
    ranking.weights = checkWeights(appraisal.criteria);
    const auto& criteria = appraisal.criteria;

    for (std::size_t o = 0; o < appraisal.options.size(); ++o) {
        std::int64_t total = 0;
        std::vector<std::string> missing;
        for (std::size_t c = 0; c < criteria.size(); ++c) {
            const auto& score = appraisal.scores[o][c];
            if (score) {
                total += criteria[c].weightBp * *score;
            } else {
                missing.push_back(quoted(criteria[c].name));
            }
        }
        if (missing.empty()) {
            RankedOption row;
            row.option = o;
            row.total = total;
            ranking.ranked.push_back(std::move(row));
        } else {
            ranking.unranked.push_back(
                UnrankedOption{o, "No score yet for " + util::joinedWithAnd(missing) + "."});
        }
    }

    // Highest first; equal totals keep the options' own order.
    std::stable_sort(
        ranking.ranked.begin(), ranking.ranked.end(),
        [](const RankedOption& a, const RankedOption& b) { return a.total > b.total; });
    auto& ranked = ranking.ranked;
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        // Standard competition ranking: one more than the number of options
        // with a strictly higher total (1, 1, 3).
        const bool sameAsPrevious = i > 0 && ranked[i].total == ranked[i - 1].total;
        const bool sameAsNext = i + 1 < ranked.size() && ranked[i].total == ranked[i + 1].total;
        ranked[i].rank = sameAsPrevious ? ranked[i - 1].rank : static_cast<int>(i) + 1;
        ranked[i].tied = sameAsPrevious || sameAsNext;
        ranked[i].rankText = std::to_string(ranked[i].rank) + (ranked[i].tied ? "=" : "");
        ranked[i].totalText = formatTotal(ranked[i].total);
    }

    std::vector<std::string> reasons;
    if (appraisal.options.empty()) {
        reasons.emplace_back("There are no options to rank.");
    }
    if (!ranking.weights.exact) {
        reasons.push_back(ranking.weights.sentence);
    }
    if (!ranking.unranked.empty()) {
        std::vector<std::size_t> unscored;
        for (const auto& row : ranking.unranked) {
            unscored.push_back(row.option);
        }
        reasons.push_back(quotedOptions(appraisal, unscored) +
                          (unscored.size() == 1 ? " is" : " are") + " not fully scored.");
    }
    ranking.isFinal = reasons.empty();
    if (!ranking.isFinal) {
        ranking.notFinalReason = "The ranking is not final.";
        for (const auto& reason : reasons) {
            ranking.notFinalReason += " " + reason;
        }
    }
    return ranking;
}

// --- Weighted scores by criterion ---------------------------------------------

Outcome<std::vector<OptionContributions>> contributionsByCriterion(const Appraisal& appraisal) {
    if (auto checked = checkAppraisal(appraisal); !checked) {
        return checked.error();
    }
    std::vector<OptionContributions> result;
    result.reserve(appraisal.options.size());
    for (std::size_t o = 0; o < appraisal.options.size(); ++o) {
        OptionContributions row;
        row.option = o;
        row.byCriterion.reserve(appraisal.criteria.size());
        for (std::size_t c = 0; c < appraisal.criteria.size(); ++c) {
            const auto& score = appraisal.scores[o][c];
            row.byCriterion.push_back(
                score ? std::optional<std::int64_t>(appraisal.criteria[c].weightBp * *score)
                      : std::nullopt);
        }
        result.push_back(std::move(row));
    }
    return result;
}

// --- Sensitivity to the weights --------------------------------------------------
//
// In basis points, with W = 10000, W_i the criterion's weight, D the move (in
// basis points; up is positive) and T_k the option's weighted total (basis
// points x score, so T_k / W is the score), the header's formula becomes
//
//   T_k(D) = T_k(0) + D (W s_ki - T_k(0)) / (W - W_i)          when W_i < W,
//
// because the other criteria's part, T_k(0) - W_i s_ki, averaged over their
// weight W - W_i, is A_k, and s_ki - A_k = (W s_ki - T_k(0)) / (W - W_i). So
// raising a criterion's weight lifts each option by how far its score on that
// criterion stands above its own overall score.
//
// When W_i = W the weight can only fall; falling by F = -D shares F equally
// among the other n - 1 criteria, so with S_k the sum of option k's scores
//
//   T_k(D) = T_k(0) + D ((n - 1) s_ki - (S_k - s_ki)) / (n - 1).
//
// Both are T_k(D) = T_k(0) + D c_k / m for integers c_k and m > 0. Moving in
// a direction e (+1 up, -1 down) by a distance x > 0, option k overtakes the
// top option t when x (e c_k - e c_t) / m > T_t(0) - T_k(0) = g_k, that is
// past x = g_k m / b_k with b_k = e c_k - e c_t > 0. It counts only if that
// is strictly less than how far the weight can go (W - W_i up, W_i down).

namespace {

struct Mover {
    std::size_t option = 0;
    std::int64_t total = 0;    // T_k(0)
    std::int64_t scoreSum = 0; // S_k
};

WeightShift cannotMove(std::string sentence) {
    WeightShift shift;
    shift.outcome = ShiftOutcome::NotPossible;
    shift.sentence = std::move(sentence);
    return shift;
}

WeightShift shiftWeight(const Appraisal& appraisal, const std::vector<Mover>& movers,
                        std::size_t criterion, bool up) {
    const auto& name = appraisal.criteria[criterion].name;
    const std::int64_t weight = appraisal.criteria[criterion].weightBp;
    const std::int64_t rest = kFullWeight - weight; // W - W_i
    const auto others = static_cast<std::int64_t>(appraisal.criteria.size()) - 1;
    if (up && rest == 0) {
        return cannotMove("The weight of " + quoted(name) + " is already 100%, so it cannot rise.");
    }
    if (!up && weight == 0) {
        return cannotMove("The weight of " + quoted(name) + " is already 0%, so it cannot fall.");
    }
    if (!up && rest == 0 && others == 0) {
        return cannotMove(quoted(name) + " is the only criterion, so its weight cannot fall.");
    }

    const Wide m = rest > 0 ? rest : others;
    const Wide limit = up ? rest : weight;
    const Wide direction = up ? 1 : -1;
    auto slope = [&](const Mover& mover) -> Wide {
        const Wide score = *appraisal.scores[mover.option][criterion];
        if (rest > 0) {
            return direction * (Wide{kFullWeight} * score - mover.total);
        }
        return direction * (Wide{others} * score - (mover.scoreSum - score));
    };

    const Mover& top = movers.front();
    const Wide topSlope = slope(top);
    bool found = false;
    Wide bestDistance = 0; // the crossing is at bestDistance / bestRate basis points
    Wide bestRate = 1;
    Wide bestSlope = 0;
    std::vector<std::size_t> newTop;
    for (std::size_t k = 1; k < movers.size(); ++k) {
        const Wide kSlope = slope(movers[k]);
        const Wide rate = kSlope - topSlope; // b_k
        if (rate <= 0) {
            continue; // falls further behind (or keeps its distance) this way
        }
        const Wide distance = Wide{top.total - movers[k].total} * m; // g_k m
        if (distance >= limit * rate) {
            continue; // would only draw level at or beyond 0% or 100%
        }
        if (!found || distance * bestRate < bestDistance * rate) {
            found = true;
            bestDistance = distance;
            bestRate = rate;
            bestSlope = kSlope;
            newTop.assign(1, movers[k].option);
        } else if (distance * bestRate == bestDistance * rate) {
            // Level with the top at the same point: just beyond it the one
            // rising fastest leads; equal slopes mean equal totals from then
            // on, so they take the top together.
            if (kSlope > bestSlope) {
                bestSlope = kSlope;
                newTop.assign(1, movers[k].option);
            } else if (kSlope == bestSlope) {
                newTop.push_back(movers[k].option);
            }
        }
    }

    WeightShift shift;
    const std::string topName = quoted(appraisal.options[top.option].name);
    if (!found) {
        shift.outcome = ShiftOutcome::Robust;
        shift.sentence = topName + " stays top however far the weight of " + quoted(name) +
                         (up ? " rises (up to 100%)." : " falls (down to 0%).");
        return shift;
    }
    shift.outcome = ShiftOutcome::ChangesTop;
    // Basis points are hundredths of a percentage point.
    shift.points = reduced(bestDistance, bestRate * 100);
    shift.pointsBp = static_cast<std::int64_t>(roundedQuotient(bestDistance, bestRate));
    shift.pointsText = formatHundredths(shift.pointsBp);
    shift.weightAtBp = up ? weight + shift.pointsBp : weight - shift.pointsBp;
    shift.newTop = newTop;
    shift.sentence =
        quotedOptions(appraisal, newTop) + (newTop.size() == 1 ? " overtakes " : " overtake ") +
        topName + (newTop.size() == 1 ? "" : " together") + " if the weight of " + quoted(name) +
        (up ? " rises" : " falls") + " by more than " + shift.pointsText +
        " percentage points (from " + formatHundredths(weight) + "% to " +
        formatHundredths(shift.weightAtBp) + "%" +
        (rest == 0 ? ", the freed weight shared equally among the other criteria" : "") + ").";
    return shift;
}

} // namespace

Sensitivity analyseSensitivity(const Appraisal& appraisal, const Ranking& ranking) {
    Sensitivity result;
    const auto& ranked = ranking.ranked;
    if (!ranking.weights.exact) {
        result.state = SensitivityState::WeightsNotExact;
        result.reason = "The sensitivity needs the weights to add up to exactly 100%. " +
                        ranking.weights.sentence;
        return result;
    }
    if (ranked.size() < 2) {
        result.state = SensitivityState::TooFewOptions;
        result.reason = "The sensitivity needs at least two fully scored options to compare; "
                        "there " +
                        std::string(ranked.size() == 1 ? "is 1." : "are none.");
        if (!ranked.empty()) {
            result.top.push_back(ranked.front().option);
        }
        return result;
    }
    for (const auto& row : ranked) {
        if (row.total != ranked.front().total) {
            break;
        }
        result.top.push_back(row.option);
    }
    if (result.top.size() > 1) {
        result.state = SensitivityState::TopAlreadyTied;
        result.reason = quotedOptions(appraisal, result.top) +
                        " already share the top rank, so there is no single top option to "
                        "test; a change to the weights may decide between them.";
        return result;
    }

    std::vector<Mover> movers;
    movers.reserve(ranked.size());
    for (const auto& row : ranked) {
        Mover mover;
        mover.option = row.option;
        mover.total = row.total;
        for (const auto& score : appraisal.scores[row.option]) {
            mover.scoreSum += *score; // ranked options have every score
        }
        movers.push_back(mover);
    }
    result.state = SensitivityState::Analysed;
    result.criteria.reserve(appraisal.criteria.size());
    for (std::size_t c = 0; c < appraisal.criteria.size(); ++c) {
        CriterionSensitivity row;
        row.criterion = c;
        row.weightBp = appraisal.criteria[c].weightBp;
        row.rise = shiftWeight(appraisal, movers, c, true);
        row.fall = shiftWeight(appraisal, movers, c, false);
        result.criteria.push_back(std::move(row));
    }
    return result;
}

Outcome<AppraisalResult> appraise(const Appraisal& appraisal) {
    auto ranking = rankOptions(appraisal);
    if (!ranking) {
        return ranking.error();
    }
    AppraisalResult result;
    result.ranking = std::move(ranking).value();
    result.sensitivity = analyseSensitivity(appraisal, result.ranking);
    return result;
}

} // namespace jointly::scoring
