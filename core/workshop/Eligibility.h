#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Who may vote on a workshop item. A member with a declared interest in a
// provider the item touches (whose service, bid or proposal is on it) is
// kept from voting on it at once, without anyone having to remember; the
// chair then records what was done, as NHS England's conflicts guidance and
// councils' codes ask (../shared/research/workshop.md §1.4): the interest
// noted and the member taking full part, discussion only, excluded from the
// item, or leaving the room; and any dispensation, which lets them vote.
namespace jointly::workshop {

enum class ChairAction { NotYetDecided, Noted, DiscussOnly, Excluded, LeftRoom };

struct MemberInterest {
    std::int64_t member = 0;
    std::optional<std::int64_t> provider; // the provider the interest is in
    std::string description;
};

struct InterestHandling {
    std::int64_t member = 0;
    ChairAction action = ChairAction::NotYetDecided;
    bool dispensation = false;
};

struct Eligibility {
    std::int64_t member = 0;
    bool mayVote = true;
    bool mayDiscuss = true;
    // Empty for a member with no interest in the item; otherwise what the
    // interest is and what follows: "An interest in Westshire Community
    // Trust: discussion only, no vote."
    std::string reason;
};

// Each member's eligibility for an item touching `providers`, given the
// members' declared interests and what the chair recorded for this item.
// An interest in none of the item's providers has no effect unless the
// chair records an action on it for the item (an interest declared on the
// day without a provider, say), which then holds. Until the chair decides,
// a member with an interest in a provider on the item may discuss but not
// vote.
std::vector<Eligibility>
eligibilityFor(const std::vector<std::int64_t>& members, const std::vector<std::int64_t>& providers,
               const std::vector<MemberInterest>& interests,
               const std::vector<InterestHandling>& handling,
               const std::vector<std::pair<std::int64_t, std::string>>& providerNames);

} // namespace jointly::workshop
