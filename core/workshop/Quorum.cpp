#include "workshop/Quorum.h"

#include "util/Text.h"

#include <algorithm>
#include <cctype>

namespace jointly::workshop {

namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool hasRole(const std::string& role, const std::string& wanted) {
    return wanted.empty() || lower(role).find(lower(wanted)) != std::string::npos;
}

std::string needed(const QuorumRule& rule) {
    // "2 councillors", but "2 members with the role “Director of Public
    // Health”": only a single word is made plural.
    const bool oneWord = rule.role.find(' ') == std::string::npos;
    const auto what = rule.role.empty()   ? std::string(rule.minimum == 1 ? "member" : "members")
                      : rule.minimum == 1 ? rule.role
                      : oneWord           ? rule.role + "s"
                                          : "members with the role " + util::curlyQuoted(rule.role);
    return std::to_string(rule.minimum) + " " + what;
}

} // namespace

QuorumCheck checkQuorum(const std::vector<QuorumRule>& rules, const std::vector<Attendee>& present,
                        const std::set<std::int64_t>& cannotVote) {
    QuorumCheck check;
    std::vector<std::string> failures;
    for (const auto& rule : rules) {
        RuleCheck ruleCheck;
        ruleCheck.rule = rule;
        std::vector<std::string> leftOut;
        for (const auto& attendee : present) {
            const auto& role = attendee.actingFor ? attendee.actingForRole : attendee.role;
            if (attendee.partner != rule.partner || !hasRole(role, rule.role)) {
                continue;
            }
            if (cannotVote.count(attendee.member)) {
                leftOut.push_back(attendee.name);
                continue;
            }
            ++ruleCheck.counted;
        }
        ruleCheck.met = ruleCheck.counted >= rule.minimum;
        ruleCheck.sentence = rule.partnerName + ": " + needed(rule) + " needed, " +
                             std::to_string(ruleCheck.counted) + " present and able to vote";
        if (!leftOut.empty()) {
            ruleCheck.sentence += " once " + util::joinedWithAnd(leftOut) +
                                  (leftOut.size() == 1 ? " (an interest) is" : " (interests) are") +
                                  " left out";
        }
        ruleCheck.sentence += ".";
        if (!ruleCheck.met) {
            check.quorate = false;
            failures.push_back(rule.partnerName + " needs " + needed(rule) +
                               " present and able to vote and has " +
                               std::to_string(ruleCheck.counted));
        }
        check.rules.push_back(std::move(ruleCheck));
    }
    if (rules.empty()) {
        check.sentence = "Quorate: the terms of reference set no quorum.";
    } else if (check.quorate) {
        check.sentence = "Quorate for this item.";
    } else {
        check.sentence = "Inquorate for this item: " + util::joinedWithAnd(failures) + ".";
    }
    return check;
}

} // namespace jointly::workshop
