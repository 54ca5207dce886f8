#pragma once

#include "Outcome.h"
#include "workshop/Eligibility.h"

#include <cstdint>
#include <optional>
#include <string>

namespace jointly::project {
class Project;
}
namespace jointly::storage {
class Database;
}

// Interests met on the day of a workshop: one declared in the room, which
// joins the member's register dated the workshop's day and so takes effect
// at once on every item concerning its provider, and the chair's action on
// a member's interest for one item. Each is one undoable edit, refused with
// a sentence and changing nothing.
namespace jointly::workshop {

struct InterestOnTheDay {
    std::int64_t workshop = 0;
    std::int64_t member = 0;
    std::string kind = "financial"; // financial, non_financial or personal
    std::optional<std::int64_t> provider;
    std::string description;
};

// Adds the interest to the member's register, declared on the workshop's
// day. Refuses a member not present at the workshop and an empty
// description. Returns the interest's id.
Outcome<std::int64_t> declareInterestOnTheDay(project::Project& project,
                                              const InterestOnTheDay& interest);

struct ChairsAction {
    std::int64_t item = 0;
    std::int64_t member = 0;
    ChairAction action = ChairAction::Excluded; // not NotYetDecided
    bool dispensation = false;
    std::string note;
};

// Records how the chair managed the member's interest on the item,
// replacing the action recorded before, if any. Refuses NotYetDecided and a
// member not present at the item's workshop.
Status recordChairAction(project::Project& project, const ChairsAction& action);

// The action recorded for the member on the item, or nothing.
std::optional<ChairsAction> chairActionOf(storage::Database& db, std::int64_t item,
                                          std::int64_t member);

// The stored word for an action: "noted", "discuss_only", "excluded" or
// "left_room"; and back, with anything else read as excluded.
std::string actionKey(ChairAction action);
ChairAction actionFromKey(const std::string& key);

} // namespace jointly::workshop
