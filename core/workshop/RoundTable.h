#pragma once

#include "workshop/LoadedRound.h"

#include <string>
#include <vector>

// A round's result as a table of text, the one way every face shows it: the
// audience view once revealed, the operator's view, the workshop record and
// the command line read the same rows, so the room, the record and the
// minutes cannot disagree.
namespace jointly::workshop {

struct ResultRow {
    std::string rank;   // "1" or "1="
    std::string choice; // its name
    std::string result; // "3.67" average points, "12" dots, "7.35" weighted score
    std::int64_t resultHundredths = 0;
    // "from 1 to 5; middle half 2.00 apart", or for a scoring round the
    // criteria on which members were far apart.
    std::string spread;
    bool disagreement = false; // flagged in words too: "far apart" in `spread`
};

struct RoundTable {
    std::string resultHeading; // "Dots", "Average points", "Weighted score", ...
    std::vector<ResultRow> rows;
    std::string sentence; // the round's result in a sentence
    // Sentences worth reading aloud: disagreements, the sensitivity of a
    // scoring round to its weights, values the group agreed, votes left out.
    std::vector<std::string> notes;
};

RoundTable roundTable(const LoadedRound& loaded);

// Each member's entry, for a round whose votes are named in the record:
// one row per member who voted, the member's name then a value per choice
// ("" where none). Empty for any other round.
std::vector<std::vector<std::string>> namedVotes(const LoadedRound& loaded);

} // namespace jointly::workshop
