#include "procurement/TenderEvaluation.h"

#include "quantities/Int128.h"
#include "util/Text.h"

#include <algorithm>
#include <numeric>

namespace jointly::procurement {

namespace {

using quantities::Int128;

// num / den rounded half up; both non-negative, den > 0.
std::int64_t roundedRatio(Int128 numerator, Int128 denominator) {
    return static_cast<std::int64_t>((numerator * 2 + denominator) / (denominator * 2));
}

std::int64_t scoreMicro(const TenderScore& score, std::int64_t scaleMax) {
    return roundedRatio(Int128{score.sum} * kMicro, Int128{score.count} * scaleMax);
}

// The score as people read it, with two decimals: 7 / 2 is "3.50".
std::string scoreText(const TenderScore& score) {
    return scoring::formatHundredths(roundedRatio(Int128{score.sum} * 100, score.count));
}

std::string quoted(const std::string& name) {
    return util::curlyQuoted(name);
}

std::optional<std::int64_t> priceMicro(PriceFormula formula, std::int64_t price,
                                       std::int64_t lowest, std::int64_t ceiling,
                                       std::int64_t floor) {
    switch (formula) {
    case PriceFormula::RelativeToLowest:
        if (price == 0) {
            return kMicro; // a bid of nothing is the lowest there can be
        }
        return roundedRatio(Int128{lowest} * kMicro, price);
    case PriceFormula::LinearDeviation:
        if (lowest == 0) {
            return price == 0 ? kMicro : 0;
        }
        if (Int128{price} >= Int128{lowest} * 2) {
            return 0;
        }
        return roundedRatio((Int128{lowest} * 2 - price) * kMicro, lowest);
    case PriceFormula::Affordability:
        if (price >= ceiling) {
            return 0;
        }
        if (price <= floor) {
            return kMicro;
        }
        return roundedRatio(Int128{ceiling - price} * kMicro, Int128{ceiling} - floor);
    }
    return std::nullopt;
}

struct Shape {
    std::vector<std::size_t> topLevel;
    std::vector<std::vector<std::size_t>> children; // per criterion
};

// Each scored part of each bid that does not depend on the price formula:
// a leaf criterion's millionths, or a parent's from its sub-criteria
// through the scoring engine.
using Parts = std::vector<std::vector<std::optional<std::int64_t>>>; // [bid][criterion]

Outcome<Parts> formulaFreeParts(const Tender& tender, const Shape& shape) {
    const auto bids = tender.bids.size();
    Parts parts(bids, std::vector<std::optional<std::int64_t>>(tender.criteria.size()));
    for (std::size_t b = 0; b < bids; ++b) {
        for (std::size_t c = 0; c < tender.criteria.size(); ++c) {
            if (const auto& score = tender.scores[b][c]) {
                parts[b][c] = scoreMicro(*score, tender.scaleMax);
            }
        }
    }
    for (auto parent : shape.topLevel) {
        const auto& children = shape.children[parent];
        if (children.empty()) {
            continue;
        }
        scoring::Appraisal sub;
        sub.scale = {0, kMicro};
        for (auto child : children) {
            sub.criteria.push_back({tender.criteria[child].name, tender.criteria[child].weightBp});
        }
        for (std::size_t b = 0; b < bids; ++b) {
            sub.options.push_back({tender.bids[b].name, false});
            std::vector<std::optional<std::int64_t>> row;
            for (auto child : children) {
                row.push_back(parts[b][child]);
            }
            sub.scores.push_back(row);
        }
        auto ranking = scoring::rankOptions(sub);
        if (!ranking.ok()) {
            return ranking.error();
        }
        for (const auto& ranked : ranking.value().ranked) {
            parts[ranked.option][parent] = roundedRatio(ranked.total, scoring::kFullWeight);
        }
    }
    return parts;
}

struct Context {
    const Tender& tender;
    const Shape& shape;
    const Parts& parts;
};

FormulaRanking rankUnder(const Context& context, PriceFormula formula,
                         const std::vector<std::size_t>& eligible) {
    const auto& tender = context.tender;
    FormulaRanking result;
    result.formula = formula;
    const std::int64_t ceiling = tender.ceilingPence.value_or(0);
    const std::int64_t floor = tender.floorPence.value_or(0);
    if (formula == PriceFormula::Affordability && (!tender.ceilingPence || ceiling <= floor)) {
        result.available = false;
        result.unavailableReason = "Give an affordability ceiling above the floor to score "
                                   "prices against them.";
        return result;
    }
    std::optional<std::int64_t> lowest;
    for (auto bid : eligible) {
        if (const auto price = tender.bids[bid].pricePence) {
            lowest = lowest ? std::min(*lowest, *price) : *price;
        }
    }
    scoring::Appraisal top;
    top.scale = {0, kMicro};
    for (auto criterion : context.shape.topLevel) {
        top.criteria.push_back(
            {tender.criteria[criterion].name, tender.criteria[criterion].weightBp});
    }
    std::vector<std::string> reasons;
    for (auto bid : eligible) {
        top.options.push_back({tender.bids[bid].name, false});
        std::vector<std::optional<std::int64_t>> row;
        std::vector<std::string> missing;
        bool noPrice = false;
        for (auto criterion : context.shape.topLevel) {
            if (tender.criteria[criterion].category == "price") {
                const auto price = tender.bids[bid].pricePence;
                row.push_back(price ? priceMicro(formula, *price, *lowest, ceiling, floor)
                                    : std::nullopt);
                noPrice = noPrice || !price;
            } else {
                row.push_back(context.parts[bid][criterion]);
                if (!row.back()) {
                    missing.push_back(quoted(tender.criteria[criterion].name));
                }
            }
        }
        std::string reason;
        if (noPrice) {
            reason = "No price yet.";
        }
        if (!missing.empty()) {
            reason += std::string(reason.empty() ? "" : " ") + "No score yet for " +
                      util::joinedWithAnd(missing) + ".";
        }
        reasons.push_back(reason);
        top.scores.push_back(row);
    }
    auto ranking = scoring::rankOptions(top);
    if (!ranking.ok()) {
        result.available = false;
        result.unavailableReason = ranking.error().message;
        return result;
    }
    for (const auto& ranked : ranking.value().ranked) {
        RankedBid bid;
        bid.bid = eligible[ranked.option];
        bid.total = ranked.total;
        bid.pointsText = formatPoints(ranked.total);
        bid.rank = ranked.rank;
        bid.tied = ranked.tied;
        bid.rankText = ranked.rankText;
        for (std::size_t c = 0; c < top.criteria.size(); ++c) {
            const auto& score = top.scores[ranked.option][c];
            bid.parts.push_back(score
                                    ? std::optional<std::int64_t>(*score * top.criteria[c].weightBp)
                                    : std::nullopt);
        }
        result.ranked.push_back(std::move(bid));
    }
    for (const auto& unranked : ranking.value().unranked) {
        result.unranked.push_back({eligible[unranked.option], reasons[unranked.option]});
    }
    return result;
}

// Warns when taking away one bid would swap the top two under the chosen
// formula: the order of two bids then depends on a third.
void checkRankReversal(const Context& context, const FormulaRanking& chosen,
                       const std::vector<std::size_t>& eligible,
                       std::vector<std::string>& warnings) {
    const auto formula = chosen.formula;
    if (formula == PriceFormula::Affordability || chosen.ranked.size() < 3 ||
        chosen.ranked[0].tied) {
        return;
    }
    const auto first = chosen.ranked[0].bid;
    const auto second = chosen.ranked[1].bid;
    const auto& bids = context.tender.bids;
    for (std::size_t i = 2; i < chosen.ranked.size(); ++i) {
        const auto removed = chosen.ranked[i].bid;
        std::vector<std::size_t> without;
        for (auto bid : eligible) {
            if (bid != removed) {
                without.push_back(bid);
            }
        }
        const auto again = rankUnder(context, formula, without);
        std::optional<std::int64_t> firstTotal;
        std::optional<std::int64_t> secondTotal;
        for (const auto& ranked : again.ranked) {
            if (ranked.bid == first) {
                firstTotal = ranked.total;
            } else if (ranked.bid == second) {
                secondTotal = ranked.total;
            }
        }
        if (firstTotal && secondTotal && *secondTotal > *firstTotal) {
            warnings.push_back(
                "Without " + quoted(bids[removed].name) + "'s bid, " + quoted(bids[second].name) +
                " (" + formatPoints(*secondTotal) + ") would rank above " +
                quoted(bids[first].name) + " (" + formatPoints(*firstTotal) + ") under " +
                std::string(priceFormulaLabel(formula)) +
                " pricing: the order of two bids depends on a third (the rank-reversal "
                "anomaly). Scoring prices against a published affordability ceiling and "
                "floor avoids it.");
        }
    }
}

Status checkShape(const Tender& tender, Shape& shape) {
    if (tender.criteria.size() > scoring::kMaxCriteria) {
        return Error{ErrorKind::Invalid, "A tender may have at most " +
                                             std::to_string(scoring::kMaxCriteria) + " criteria."};
    }
    if (tender.scaleMax < 1 || tender.scaleMax > 100) {
        return Error{ErrorKind::Invalid, "The scoring scale must run from 0 to between 1 and 100."};
    }
    shape.children.assign(tender.criteria.size(), {});
    for (std::size_t c = 0; c < tender.criteria.size(); ++c) {
        const auto& criterion = tender.criteria[c];
        if (criterion.weightBp < 0 || criterion.weightBp > scoring::kFullWeight) {
            return Error{ErrorKind::Invalid, "The weight of " + quoted(criterion.name) +
                                                 " must lie between 0% and 100%."};
        }
        if (criterion.minimumScore &&
            (*criterion.minimumScore < 0 || *criterion.minimumScore > tender.scaleMax)) {
            return Error{ErrorKind::Invalid, "The minimum score of " + quoted(criterion.name) +
                                                 " is off the scale of 0 to " +
                                                 std::to_string(tender.scaleMax) + "."};
        }
        if (!criterion.parent) {
            shape.topLevel.push_back(c);
            continue;
        }
        const auto parent = *criterion.parent;
        if (parent >= tender.criteria.size() || parent == c || tender.criteria[parent].parent) {
            return Error{ErrorKind::Invalid,
                         "The sub-criterion " + quoted(criterion.name) +
                             " must belong to a criterion of the tender that is not itself a "
                             "sub-criterion."};
        }
        shape.children[parent].push_back(c);
    }
    if (tender.scores.size() != tender.bids.size()) {
        return Error{ErrorKind::Invalid, "Each bid needs one row of scores."};
    }
    for (std::size_t b = 0; b < tender.bids.size(); ++b) {
        if (tender.scores[b].size() != tender.criteria.size()) {
            return Error{ErrorKind::Invalid, "Each bid needs one score per criterion."};
        }
        for (const auto& score : tender.scores[b]) {
            if (score && (score->count < 1 || score->sum < 0 ||
                          Int128{score->sum} > Int128{tender.scaleMax} * score->count)) {
                return Error{ErrorKind::Invalid, "A score of " + quoted(tender.bids[b].name) +
                                                     " is off the scale of 0 to " +
                                                     std::to_string(tender.scaleMax) + "."};
            }
        }
        if (tender.bids[b].pricePence && *tender.bids[b].pricePence < 0) {
            return Error{ErrorKind::Invalid,
                         "The price of " + quoted(tender.bids[b].name) + " is below zero."};
        }
    }
    return success();
}

} // namespace

std::string_view priceFormulaKey(PriceFormula formula) {
    switch (formula) {
    case PriceFormula::LinearDeviation:
        return "linear";
    case PriceFormula::Affordability:
        return "affordability";
    default:
        return "relative";
    }
}

std::string_view priceFormulaLabel(PriceFormula formula) {
    switch (formula) {
    case PriceFormula::LinearDeviation:
        return "linear deviation from the lowest";
    case PriceFormula::Affordability:
        return "affordability ceiling and floor";
    default:
        return "relative to the lowest";
    }
}

std::optional<PriceFormula> priceFormulaOf(std::string_view key) {
    for (auto formula : {PriceFormula::RelativeToLowest, PriceFormula::LinearDeviation,
                         PriceFormula::Affordability}) {
        if (priceFormulaKey(formula) == key) {
            return formula;
        }
    }
    return std::nullopt;
}

std::string formatPoints(std::int64_t total) {
    return scoring::formatHundredths(roundedRatio(Int128{total}, kMicro));
}

scoring::Fraction effectiveWeight(const Tender& tender, std::size_t criterion) {
    const auto& item = tender.criteria.at(criterion);
    std::int64_t numerator = item.weightBp;
    std::int64_t denominator = 1;
    if (item.parent && *item.parent < tender.criteria.size()) {
        numerator *= tender.criteria[*item.parent].weightBp;
        denominator = scoring::kFullWeight;
    }
    const auto divisor = std::gcd(numerator, denominator);
    return divisor == 0 ? scoring::Fraction{0, 1}
                        : scoring::Fraction{numerator / divisor, denominator / divisor};
}

Outcome<TenderResult> evaluateTender(const Tender& tender) {
    Shape shape;
    if (auto checked = checkShape(tender, shape); !checked.ok()) {
        return checked.error();
    }
    TenderResult result;
    result.topLevel = shape.topLevel;
    std::vector<scoring::Criterion> topCriteria;
    for (auto c : shape.topLevel) {
        const auto& criterion = tender.criteria[c];
        topCriteria.push_back({criterion.name, criterion.weightBp});
        auto& split = criterion.category == "price"          ? result.priceBp
                      : criterion.category == "social_value" ? result.socialValueBp
                                                             : result.qualityBp;
        split += criterion.weightBp;
    }
    result.weights = scoring::checkWeights(topCriteria);
    if (!result.weights.exact) {
        result.problems.push_back(result.weights.sentence);
    }
    for (auto parent : shape.topLevel) {
        if (shape.children[parent].empty()) {
            continue;
        }
        std::vector<scoring::Criterion> children;
        for (auto child : shape.children[parent]) {
            children.push_back({tender.criteria[child].name, tender.criteria[child].weightBp});
        }
        const auto check = scoring::checkWeights(children);
        if (!check.exact) {
            result.problems.push_back(
                "The sub-criteria of " + quoted(tender.criteria[parent].name) + " share " +
                scoring::formatHundredths(check.totalBp) + "% of its weight, not exactly 100%.");
        }
    }
    if (tender.nhsBody && result.socialValueBp < 1000) {
        result.warnings.push_back(
            "Social value carries " + scoring::formatHundredths(result.socialValueBp) +
            "% of the weight: an NHS body must give net zero and social value at least 10% "
            "(NHS England, since 1 April 2022).");
    }
    auto parts = formulaFreeParts(tender, shape);
    if (!parts.ok()) {
        return parts.error();
    }
    // Late bids, and bids under a question's minimum score, are excluded
    // before anything is ranked.
    std::vector<std::size_t> eligible;
    for (std::size_t b = 0; b < tender.bids.size(); ++b) {
        if (!tender.bids[b].onTime) {
            result.excluded.push_back({b, "received after the deadline"});
            continue;
        }
        std::string below;
        for (std::size_t c = 0; c < tender.criteria.size() && below.empty(); ++c) {
            const auto& minimum = tender.criteria[c].minimumScore;
            const auto& score = tender.scores[b][c];
            if (minimum && score && Int128{score->sum} < Int128{*minimum} * score->count) {
                below = "scored " + scoreText(*score) + " on " + quoted(tender.criteria[c].name) +
                        ", under its minimum of " + std::to_string(*minimum);
            }
        }
        if (!below.empty()) {
            result.excluded.push_back({b, below});
        } else {
            eligible.push_back(b);
        }
    }
    const Context context{tender, shape, parts.value()};
    result.rankings.push_back(rankUnder(context, tender.formula, eligible));
    for (auto formula : {PriceFormula::RelativeToLowest, PriceFormula::LinearDeviation,
                         PriceFormula::Affordability}) {
        if (formula != tender.formula) {
            result.rankings.push_back(rankUnder(context, formula, eligible));
        }
    }
    const auto& chosen = result.rankings.front();
    if (!chosen.available) {
        result.problems.push_back(chosen.unavailableReason);
    } else if (!chosen.unranked.empty()) {
        result.problems.push_back(std::to_string(chosen.unranked.size()) +
                                  (chosen.unranked.size() == 1 ? " bid is" : " bids are") +
                                  " not fully scored yet.");
    } else if (chosen.ranked.empty()) {
        result.problems.push_back("No bid can be ranked yet.");
    }
    checkRankReversal(context, chosen, eligible, result.warnings);
    result.isFinal = result.problems.empty();
    return result;
}

} // namespace jointly::procurement
