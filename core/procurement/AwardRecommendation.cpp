#include "procurement/AwardRecommendation.h"

#include "procurement/TenderStore.h"
#include "util/Text.h"

namespace jointly::procurement {

namespace {

std::string bidName(const LotResult& lot, std::size_t bid) {
    const auto& name = lot.tender.bids[bid].name;
    return util::curlyQuoted(name.empty() ? std::string("unnamed bidder") : name);
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
    const auto formula = std::string(priceFormulaLabel(chosen.formula));
    if (first.tied) {
        std::string tied = bidName(lot, first.bid);
        for (std::size_t i = 1; i < chosen.ranked.size() && chosen.ranked[i].rank == 1; ++i) {
            tied += " and " + bidName(lot, chosen.ranked[i].bid);
        }
        return "No recommendation: " + tied + " tie for first with " + first.pointsText +
               " points. Break the tie as the tender documents say and record why.";
    }
    std::string sentence = "Recommend awarding " + what + " to " + bidName(lot, first.bid) +
                           ", ranked first with " + first.pointsText + " points (" + formula + ")";
    if (chosen.ranked.size() > 1) {
        const auto& second = chosen.ranked[1];
        sentence += ", " + formatPoints(first.total - second.total) + " points ahead of " +
                    bidName(lot, second.bid) + ".";
    } else {
        sentence += ", the only bid ranked.";
    }
    // Where the choice of formula decides the winner, say so.
    for (std::size_t i = 1; i < lot.result.rankings.size(); ++i) {
        const auto& other = lot.result.rankings[i];
        if (other.available && !other.ranked.empty() && !other.ranked.front().tied &&
            other.ranked.front().bid != first.bid) {
            sentence += " Under " + std::string(priceFormulaLabel(other.formula)) + ", " +
                        bidName(lot, other.ranked.front().bid) + " would rank first instead.";
        }
    }
    return sentence;
}

} // namespace jointly::procurement
