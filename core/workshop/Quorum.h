#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

// Whether a workshop is quorate for one item. A partnership's terms of
// reference set per-partner minimums, optionally of a role (Rutland's
// section 75 board: one from the ICB and two from the council, a councillor
// and an officer; ../shared/research/workshop.md §1.4). A member kept from
// voting on the item by an interest does not count towards it, so the
// quorum is worked out again for every item.
namespace jointly::workshop {

struct QuorumRule {
    std::int64_t partner = 0;
    std::string partnerName;
    std::int64_t minimum = 1;
    // Empty for any member; otherwise the members whose role contains this
    // word or phrase, ignoring case ("councillor" counts "Councillor, cabinet
    // member for adult social care").
    std::string role;
};

// Someone present: a member, or a substitute acting for a named member of
// the same partner, who counts in that member's place and role.
struct Attendee {
    std::int64_t member = 0;
    std::string name;
    std::int64_t partner = 0;
    std::string role;
    std::optional<std::int64_t> actingFor;
    std::string actingForRole;
};

struct RuleCheck {
    QuorumRule rule;
    std::int64_t counted = 0; // present and able to vote on the item
    bool met = false;
    // "NHS Westshire ICB: 1 member needed, 1 present and able to vote." or
    // "Westshire County Council: 2 councillors needed, 1 present and able to
    // vote once Cllr Ann Hale (an interest) is left out."
    std::string sentence;
};

struct QuorumCheck {
    bool quorate = true;
    std::vector<RuleCheck> rules;
    // "Quorate for this item." or "Inquorate for this item: Westshire County
    // Council needs 2 councillors present and able to vote and has 1."
    std::string sentence;
};

// Checks every rule against those present, leaving out `cannotVote` (the
// members an interest keeps from voting on the item, by member id).
QuorumCheck checkQuorum(const std::vector<QuorumRule>& rules, const std::vector<Attendee>& present,
                        const std::set<std::int64_t>& cannotVote);

} // namespace jointly::workshop
