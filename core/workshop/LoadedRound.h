#pragma once

#include "Outcome.h"
#include "workshop/ItemStanding.h"
#include "workshop/RoundRecord.h"
#include "workshop/RoundResults.h"
#include "workshop/ScoringRound.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jointly::storage {
class Database;
}

// A round as every view of it reads it: its choices (and the appraisal's
// criteria for a scoring round), who in the room may vote and who has, the
// members' ballots, and the group's result worked out from them. Whether a
// view may show the result is the view's to decide from the round's state:
// the audience sees it only once revealed.
namespace jointly::workshop {

struct RoundChoice {
    std::int64_t id = 0;
    std::string name; // "unnamed choice" when empty
    std::optional<std::int64_t> priority;
    std::optional<std::int64_t> option;
    std::optional<std::int64_t> proposal;
    std::optional<std::int64_t> statement;
};

struct RoundCriterion {
    std::int64_t id = 0;
    std::string name;
    std::int64_t weightBp = 0;
};

struct RoundVoter {
    std::int64_t member = 0;
    std::string name;
    bool mayVote = false;
    std::string reason; // why not, or an interest noted
    bool voted = false;
};

struct AgreedValue {
    std::int64_t id = 0;
    std::size_t choice = 0;               // index into choices
    std::optional<std::size_t> criterion; // index into criteria
    std::optional<std::int64_t> hundredths;
    std::string reason;
};

struct LoadedRound {
    RoundRecord round;
    std::vector<RoundChoice> choices;     // by order, then id
    std::vector<RoundCriterion> criteria; // a scoring round's: the appraisal's, by id
    std::vector<RoundVoter> voters;       // everyone present, in the standing's order
    std::int64_t eligible = 0;            // present and free to vote
    std::int64_t voted = 0;               // of them, with a vote in
    ItemStanding standing;
    // The ballots, one per member who voted, in the voters' order. For a
    // scoring round, values are per choice and criterion in `scores`.
    std::vector<Ballot> ballots;
    std::vector<MemberScores> scores;
    // The member behind each ballot (or each member's scores), by id: two
    // members may share a name.
    std::vector<std::int64_t> ballotMembers;
    std::vector<std::int64_t> scoreMembers;
    // The group's result: `result` for a round on its choices, `scoring`
    // for a round scoring an appraisal (group means, ranking, sensitivity).
    // Empty with `problem` set when the votes cannot be worked out (a file
    // changed by hand).
    std::optional<RoundResult> result;
    std::optional<ScoringRoundResult> scoring;
    std::string problem;
    std::vector<AgreedValue> agreed;
    // "6 of 9 members able to vote have voted."
    std::string progress;
};

// The tables a round is read from: a view of it is stale when an edit
// touches any of them.
inline constexpr std::string_view kRoundReads[] = {
    "workshop_round",      "round_choice",     "round_vote",           "agreed_value",
    "agenda_item",         "agenda_provider",  "interest_action",      "workshop_attendance",
    "declared_interest",   "member",           "quorum_rule",          "appraisal",
    "appraisal_criterion", "appraisal_option", "partner_organisation", "workshop"};

Outcome<LoadedRound> loadRound(storage::Database& db, std::int64_t roundId);

// The rounds of an item, earliest run first.
std::vector<RoundRecord> roundsOfItem(storage::Database& db, std::int64_t itemId);

} // namespace jointly::workshop
