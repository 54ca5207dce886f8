#pragma once

#include "Outcome.h"
#include "workshop/Spread.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// The results of one round of a workshop: each member's entry checked
// against the round's rules, then the group's result per item with its
// spread, ranked. Pure functions of their arguments, exact (whole numbers
// and hundredths rounded half away from zero), so the operator's view, the
// audience's view, the record and the command line always agree. The kinds
// of round and their formulas follow ../shared/research/workshop.md §1.1:
// Miro's dot votes, Slido's ranking (Borda points averaged over the members),
// Mentimeter's 100 points, criterion scores, and a yes/no/abstain vote.
namespace jointly::workshop {

enum class RoundKind { Dots, Ranking, Allocation, Score, YesNo };

// The answers of a yes/no round, as a ballot holds them.
inline constexpr std::int64_t kNo = 0;
inline constexpr std::int64_t kYes = 1;
inline constexpr std::int64_t kAbstain = 2;

struct RoundRules {
    RoundKind kind = RoundKind::Dots;
    std::int64_t dotsPerMember = 5;          // dots: each member's dots, 1 to 99
    std::optional<std::int64_t> dotsPerItem; // dots: at most this many on one item
    std::optional<std::int64_t> rankTop;     // ranking: rank only the first N
    std::int64_t points = 100;               // allocation: each member's points
    std::int64_t scaleMin = 0;               // score: the scale
    std::int64_t scaleMax = 4;
};

// One member's entry: a value per item, in the order of the round's items.
// Dots placed, the place given (1 for first), points, a score, or kNo /
// kYes / kAbstain; nothing for an item left unranked, unscored or without a
// vote. `excluded` marks the items the member may not vote on (a declared
// interest); it is empty or one per item.
struct Ballot {
    std::string member;
    std::vector<std::optional<std::int64_t>> values;
    std::vector<bool> excluded;
};

// Checks one member's entry against the round's rules and returns the first
// problem as a sentence naming the member and the item, or nothing:
// one value per item; nothing on an item the member may not vote on; dots
// not negative, within the dots per item and, in all, within the member's
// dots; places running 1, 2, 3 with each given once and no gap, every item
// the member may vote on placed (or, with a top N, exactly the first N);
// points not negative and adding up to exactly the round's points; scores on
// the scale; and yes, no or abstain.
Status checkBallot(const RoundRules& rules, const std::vector<std::string>& items,
                   const Ballot& ballot);

struct ItemResult {
    std::size_t item = 0; // index into the round's items
    std::string name;
    // The members whose values make the result: for dots, ranking and
    // allocation every member who may vote on the item (leaving it out is
    // giving it nothing); for scores and votes those who gave one.
    std::int64_t counted = 0;
    // Dots: the dots placed on it. Ranking: its Borda points, n for first
    // place down to 1 for last of the round's n items, 0 unplaced. Points:
    // the points given it. Score: the scores added. Yes/no: the votes for.
    std::int64_t total = 0;
    // The group's result in hundredths: the dots; the average Borda points
    // (total / counted, as Slido divides by the participants); the mean
    // points; the mean score; the votes for. Rounded half away from zero.
    std::int64_t resultHundredths = 0;
    std::string resultText; // "3.67", or "5 for, 2 against, 1 abstention"
    Spread spread;          // of the members' values (Borda points for ranking)
    // Ranking: how many members placed it 1st, 2nd, ... (one per item).
    std::vector<std::int64_t> places;
    std::int64_t yes = 0;
    std::int64_t no = 0;
    std::int64_t abstentions = 0;
    bool carried = false; // yes/no: more for than against
    int rank = 0;         // 1 for the best; equal results share a rank
    bool tied = false;
    std::string rankText; // "1" or "1="
};

struct RoundResult {
    std::vector<ItemResult> items; // best first; equal results keep the items' order
    std::int64_t ballots = 0;
    // "Ranked by 3 members: “A” first with 3.67 points on average." and the like.
    std::string sentence;
};

// The group's result of checked ballots (each passed checkBallot). Ranks by
// the exact result (a fraction, not its rounding): most dots, most average
// Borda points, most mean points, highest mean score, or for a yes/no round
// the widest margin of votes for over votes against.
RoundResult resultOf(const RoundRules& rules, const std::vector<std::string>& items,
                     const std::vector<Ballot>& ballots);

} // namespace jointly::workshop
