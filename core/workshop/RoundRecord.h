#pragma once

#include "workshop/RoundResults.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace jointly::storage {
class Database;
}

// One round of a workshop as the file holds it: its item, run, question,
// kind and rules, where it is in its life (draft, open, closed, results
// shown) and how its votes are named.
namespace jointly::workshop {

enum class RoundState { Draft, Open, Closed, Revealed };
enum class Anonymity { Anonymous, Private, Recorded };

struct RoundRecord {
    std::int64_t id = 0;
    std::int64_t item = 0;
    std::int64_t workshop = 0;
    std::int64_t run = 1;
    std::string question; // as typed
    std::string name;     // “Rank the priorities” (run 2), quoted, for sentences
    RoundState state = RoundState::Draft;
    Anonymity anonymity = Anonymity::Anonymous;
    RoundRules rules;                    // a round scoring an appraisal takes the appraisal's scale
    std::optional<std::int64_t> minutes; // the countdown
    std::optional<std::int64_t> appraisal; // the item's appraisal, scored by a score round
    std::string itemKind;                  // "priorities", "appraisal", ...
    // The rules are within what the schema allows: false only in a file
    // changed by hand, whose round is then not worked out.
    bool withinLimits = true;
};

std::optional<RoundRecord> loadRoundRecord(storage::Database& db, std::int64_t roundId);

RoundKind roundKindFromKey(std::string_view key);
std::string_view roundKindKey(RoundKind kind);
std::string_view stateKey(RoundState state);
// "draft", "open for votes", "closed", "showing its results".
std::string_view stateWords(RoundState state);

// Whether a round scores an appraisal's options against its criteria (a
// score round on an item with an appraisal), so each vote names a criterion.
bool scoresCriteria(const RoundRecord& round);

} // namespace jointly::workshop
