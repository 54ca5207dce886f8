#include "procurement/AwardRecommendation.h"

#include "procurement/TenderStore.h"
#include "util/Text.h"

#include <string>
#include <vector>

namespace jointly::procurement {

namespace {

std::string bidName(const LotResult& lot, std::size_t bid) {
    const auto& name = lot.tender.bids[bid].name;
    return util::curlyQuoted(name.empty() ? std::string("unnamed bidder") : name);
}

// "relative to the lowest", "by linear deviation from the lowest", "against
// an affordability ceiling and floor": how a price is scored, to follow
// "price scored".
std::string scored(PriceFormula formula) {
    switch (formula) {
    case PriceFormula::LinearDeviation:
        return "by " + std::string(priceFormulaLabel(formula));
    case PriceFormula::Affordability:
        return "against an " + std::string(priceFormulaLabel(formula));
    default:
        return std::string(priceFormulaLabel(formula));
    }
}

} // namespace

std::string awardRecommendation(const LotResult& lot) {
    const auto what =
        lot.lotId ? "the lot " + util::curlyQuoted(lot.lotName) : std::string("the contract");
    if (lot.result.rankings.empty()) {
        return "No recommendation: there is nothing to rank yet.";
    }
    const auto& chosen = lot.result.rankings.front();
    if (!chosen.available) {
        return "No recommendation: " + chosen.unavailableReason;
    }
    if (!lot.result.isFinal) {
        return "No recommendation yet: " + (lot.result.problems.empty()
                                                ? std::string("the ranking is not final.")
                                                : lot.result.problems.front());
    }
    if (chosen.ranked.empty()) {
        return "No recommendation: no bid can be ranked.";
    }
    const auto& first = chosen.ranked.front();
    const auto formula = scored(chosen.formula);
    if (first.tied) {
        std::vector<std::string> tied;
        for (std::size_t i = 0; i < chosen.ranked.size() && chosen.ranked[i].rank == 1; ++i) {
            tied.push_back(bidName(lot, chosen.ranked[i].bid));
        }
        return "No recommendation: " + util::joinedWithAnd(tied) + " tie for first with " +
               first.pointsText +
               " points. Break the tie as the tender documents say and record why.";
    }
    std::string sentence = "Recommend awarding " + what + " to " + bidName(lot, first.bid) +
                           ", ranked first with " + first.pointsText + " points (price scored " +
                           formula + ")";
    if (chosen.ranked.size() > 1) {
        const auto& second = chosen.ranked[1];
        const auto lead = formatPoints(first.total - second.total);
        sentence += ", " + (lead == "0.00" ? std::string("less than 0.01") : lead) +
                    " points ahead of " + bidName(lot, second.bid) + ".";
    } else {
        sentence += ", the only bid ranked.";
    }
    // Where the choice of formula decides the winner, say so.
    for (std::size_t i = 1; i < lot.result.rankings.size(); ++i) {
        const auto& other = lot.result.rankings[i];
        if (other.available && !other.ranked.empty() && !other.ranked.front().tied &&
            other.ranked.front().bid != first.bid) {
            sentence += " With price scored " + scored(other.formula) + ", " +
                        bidName(lot, other.ranked.front().bid) + " would rank first instead.";
        }
    }
    return sentence;
}

} // namespace jointly::procurement
