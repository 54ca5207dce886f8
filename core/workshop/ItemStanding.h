#pragma once

#include "workshop/Eligibility.h"
#include "workshop/Quorum.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace jointly::storage {
class Database;
}

// Who is in the room for one agenda item, who of them may vote on it, and
// whether the meeting is quorate for it: read from the workshop's
// attendance, the providers the item concerns, the members' declared
// interests, the chair's actions and the partnership's quorum rules, then
// worked out by eligibilityFor and checkQuorum. The operator's view, the
// record, the vote rules and the command line all read it from here.
namespace jointly::workshop {

struct PresentMember {
    std::int64_t member = 0;
    std::string name;        // "unnamed member" when empty
    std::string partnerName; // "unnamed partner" when empty
    std::string role;
    // A substitute: the member they stand in for, and that member's name.
    std::optional<std::int64_t> actingFor;
    std::string actingForName;
    std::int64_t partner = 0;
    std::string actingForRole;
};

// Who came to a workshop and who sent apologies.
struct Attendance {
    std::vector<PresentMember> present; // in partner, then name order
    std::vector<std::string> apologies; // "Dr Priya Shah (NHS Westshire ICB)"
};

Attendance loadAttendance(storage::Database& db, std::int64_t workshopId);

struct ItemStanding {
    std::int64_t item = 0;
    std::int64_t workshop = 0;
    std::string title; // “Falls prevention options” (quoted), or “unnamed item”
    std::vector<PresentMember> present;          // in partner, then name order
    std::vector<std::string> apologies;          // "Dr Priya Shah (NHS Westshire ICB)"
    std::vector<Eligibility> eligibility;        // one per present member, in the same order
    std::vector<std::string> providersConcerned; // names
    QuorumCheck quorum;

    // Whether the member is present and free to vote on the item.
    bool mayVote(std::int64_t member) const;
    // How many present members may vote.
    std::int64_t voters() const;
};

// The item's standing, or nothing for an item that does not exist.
std::optional<ItemStanding> loadItemStanding(storage::Database& db, std::int64_t itemId);

// The quorum rules of the partnership's terms of reference, by partner name.
std::vector<QuorumRule> loadQuorumRules(storage::Database& db);

} // namespace jointly::workshop
