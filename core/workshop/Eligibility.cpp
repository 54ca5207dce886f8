#include "workshop/Eligibility.h"

#include <algorithm>

namespace jointly::workshop {

namespace {

std::string nameOf(std::int64_t provider,
                   const std::vector<std::pair<std::int64_t, std::string>>& names) {
    for (const auto& [id, name] : names) {
        if (id == provider && !name.empty()) {
            return name;
        }
    }
    return "a provider on this item";
}

} // namespace

std::vector<Eligibility>
eligibilityFor(const std::vector<std::int64_t>& members, const std::vector<std::int64_t>& providers,
               const std::vector<MemberInterest>& interests,
               const std::vector<InterestHandling>& handling,
               const std::vector<std::pair<std::int64_t, std::string>>& providerNames) {
    std::vector<Eligibility> result;
    for (const auto member : members) {
        Eligibility eligibility;
        eligibility.member = member;
        const auto interest =
            std::find_if(interests.begin(), interests.end(), [&](const MemberInterest& i) {
                return i.member == member && i.provider &&
                       std::find(providers.begin(), providers.end(), *i.provider) !=
                           providers.end();
            });
        const auto decided =
            std::find_if(handling.begin(), handling.end(),
                         [&](const InterestHandling& h) { return h.member == member; });
        if (interest == interests.end() && decided == handling.end()) {
            result.push_back(eligibility);
            continue;
        }
        const auto action =
            decided == handling.end() ? ChairAction::NotYetDecided : decided->action;
        const bool dispensation = decided != handling.end() && decided->dispensation;
        std::string what;
        switch (action) {
        case ChairAction::NotYetDecided:
            eligibility.mayVote = false;
            what = "no vote until the chair decides how it is managed";
            break;
        case ChairAction::Noted:
            what = "noted; takes full part";
            break;
        case ChairAction::DiscussOnly:
            eligibility.mayVote = false;
            what = "discussion only, no vote";
            break;
        case ChairAction::Excluded:
            eligibility.mayVote = false;
            eligibility.mayDiscuss = false;
            what = "excluded from the item";
            break;
        case ChairAction::LeftRoom:
            eligibility.mayVote = false;
            eligibility.mayDiscuss = false;
            what = "left the room for the item";
            break;
        }
        if (dispensation && !eligibility.mayVote && action != ChairAction::LeftRoom) {
            eligibility.mayVote = true;
            eligibility.mayDiscuss = true;
            what = "a dispensation lets them take part and vote";
        }
        // The chair may act on an interest declared without a provider, or
        // in one the item does not list; the action holds all the same.
        eligibility.reason =
            (interest == interests.end()
                 ? std::string("An interest the chair recorded")
                 : "An interest in " + nameOf(*interest->provider, providerNames)) +
            ": " + what + ".";
        result.push_back(eligibility);
    }
    return result;
}

} // namespace jointly::workshop
