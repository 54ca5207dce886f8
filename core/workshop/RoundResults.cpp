#include "workshop/RoundResults.h"

#include "quantities/Decimal.h"
#include "util/Text.h"

#include <algorithm>

namespace jointly::workshop {

namespace {

std::string ordinal(std::int64_t place) {
    const auto tens = place % 100;
    const char* suffix = "th";
    if (tens < 11 || tens > 13) {
        switch (place % 10) {
        case 1:
            suffix = "st";
            break;
        case 2:
            suffix = "nd";
            break;
        case 3:
            suffix = "rd";
            break;
        default:
            break;
        }
    }
    return std::to_string(place) + suffix;
}

std::string count(std::int64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// numerator / denominator in hundredths, rounded half away from zero.
std::int64_t hundredthsOf(std::int64_t numerator, std::int64_t denominator) {
    if (denominator == 0) {
        return 0;
    }
    const std::int64_t scaled = numerator * 100;
    return scaled >= 0 ? (scaled * 2 + denominator) / (2 * denominator)
                       : -((-scaled * 2 + denominator) / (2 * denominator));
}

bool isExcluded(const Ballot& ballot, std::size_t item) {
    return item < ballot.excluded.size() && ballot.excluded[item];
}

std::int64_t spanOf(const RoundRules& rules, std::size_t items) {
    switch (rules.kind) {
    case RoundKind::Dots:
        return rules.dotsPerItem.value_or(rules.dotsPerMember);
    case RoundKind::Ranking:
        return static_cast<std::int64_t>(items);
    case RoundKind::Allocation:
        return rules.points;
    case RoundKind::Score:
        return rules.scaleMax - rules.scaleMin;
    case RoundKind::YesNo:
        return 0;
    }
    return 0;
}

Status checkPlaces(const RoundRules& rules, const std::vector<std::string>& items,
                   const Ballot& ballot) {
    std::vector<std::optional<std::size_t>> itemAt(items.size() + 1);
    std::int64_t eligible = 0;
    std::int64_t placed = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        eligible += isExcluded(ballot, i) ? 0 : 1;
        const auto& value = ballot.values[i];
        if (!value) {
            continue;
        }
        const auto place = *value;
        if (place < 1 || place > static_cast<std::int64_t>(items.size())) {
            return Error{ErrorKind::Invalid,
                         ballot.member + " placed " + util::curlyQuoted(items[i]) + " " +
                             std::to_string(place) + ": places run from 1st to " +
                             ordinal(static_cast<std::int64_t>(items.size())) + "."};
        }
        auto& taken = itemAt[static_cast<std::size_t>(place)];
        if (taken) {
            return Error{ErrorKind::Invalid, ballot.member + " placed both " +
                                                 util::curlyQuoted(items[*taken]) + " and " +
                                                 util::curlyQuoted(items[i]) + " " +
                                                 ordinal(place) + ": each place is given once."};
        }
        taken = i;
        ++placed;
    }
    for (std::int64_t place = 1; place <= placed; ++place) {
        if (!itemAt[static_cast<std::size_t>(place)]) {
            return Error{ErrorKind::Invalid, ballot.member + " has no " + ordinal(place) +
                                                 " place but has later ones: places run 1st, "
                                                 "2nd, 3rd with no gap."};
        }
    }
    const std::int64_t wanted = rules.rankTop ? std::min(*rules.rankTop, eligible) : eligible;
    if (placed != wanted) {
        return Error{ErrorKind::Invalid,
                     ballot.member + " placed " + count(placed, "item", "items") + "; this round " +
                         (rules.rankTop
                              ? "asks for the first " + std::to_string(wanted)
                              : "asks for all " + std::to_string(wanted) + " they may vote on") +
                         "."};
    }
    return Done{};
}

} // namespace

Status checkBallot(const RoundRules& rules, const std::vector<std::string>& items,
                   const Ballot& ballot) {
    if (ballot.values.size() != items.size()) {
        return Error{ErrorKind::Invalid,
                     ballot.member + "'s entry has " +
                         count(static_cast<std::int64_t>(ballot.values.size()), "value", "values") +
                         " for " + count(static_cast<std::int64_t>(items.size()), "item", "items") +
                         "."};
    }
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto& value = ballot.values[i];
        if (!value) {
            continue;
        }
        const auto item = util::curlyQuoted(items[i]);
        if (isExcluded(ballot, i)) {
            return Error{ErrorKind::Invalid, ballot.member + " may not vote on " + item +
                                                 " (a declared interest), so gives it nothing."};
        }
        const auto v = *value;
        switch (rules.kind) {
        case RoundKind::Dots:
            if (v < 0) {
                return Error{ErrorKind::Invalid, ballot.member + " placed " + std::to_string(v) +
                                                     " dots on " + item +
                                                     ": dots are placed, never taken away."};
            }
            if (v > rules.dotsPerMember) {
                return Error{ErrorKind::Invalid,
                             ballot.member + " has " + count(rules.dotsPerMember, "dot", "dots") +
                                 " and placed " + std::to_string(v) + " on " + item + "."};
            }
            if (rules.dotsPerItem && v > *rules.dotsPerItem) {
                return Error{ErrorKind::Invalid,
                             ballot.member + " placed " + count(v, "dot", "dots") + " on " + item +
                                 "; this round allows at most " +
                                 count(*rules.dotsPerItem, "dot", "dots") + " on one item."};
            }
            sum += v; // at most items x dots, far inside 64 bits
            break;
        case RoundKind::Allocation:
            if (v < 0) {
                return Error{ErrorKind::Invalid, ballot.member + " gave " + item + " " +
                                                     std::to_string(v) +
                                                     " points: points are given, never "
                                                     "taken away."};
            }
            if (v > rules.points) {
                return Error{ErrorKind::Invalid, ballot.member + " gave " + item + " " +
                                                     std::to_string(v) + " points, more than the " +
                                                     std::to_string(rules.points) +
                                                     " each member has."};
            }
            sum += v; // at most items x points, far inside 64 bits
            break;
        case RoundKind::Score:
            if (v < rules.scaleMin || v > rules.scaleMax) {
                return Error{ErrorKind::Invalid, ballot.member + " scored " + item + " " +
                                                     std::to_string(v) + ", outside the scale " +
                                                     std::to_string(rules.scaleMin) + " to " +
                                                     std::to_string(rules.scaleMax) + "."};
            }
            break;
        case RoundKind::YesNo:
            if (v != kYes && v != kNo && v != kAbstain) {
                return Error{ErrorKind::Invalid,
                             ballot.member + "'s vote on " + item + " is not yes, no or abstain."};
            }
            break;
        case RoundKind::Ranking:
            break;
        }
    }
    if (rules.kind == RoundKind::Dots && sum > rules.dotsPerMember) {
        return Error{ErrorKind::Invalid, ballot.member + " has " +
                                             count(rules.dotsPerMember, "dot", "dots") +
                                             " and placed " + std::to_string(sum) + ": take " +
                                             std::to_string(sum - rules.dotsPerMember) + " off."};
    }
    if (rules.kind == RoundKind::Allocation && sum != rules.points) {
        return Error{ErrorKind::Invalid,
                     ballot.member + " gave " + std::to_string(sum) + " of " +
                         std::to_string(rules.points) + " points: " +
                         (sum < rules.points
                              ? std::to_string(rules.points - sum) + " are left to give."
                              : std::to_string(sum - rules.points) + " too many.")};
    }
    if (rules.kind == RoundKind::Ranking) {
        return checkPlaces(rules, items, ballot);
    }
    return Done{};
}

RoundResult resultOf(const RoundRules& rules, const std::vector<std::string>& items,
                     const std::vector<Ballot>& ballots) {
    RoundResult result;
    result.ballots = static_cast<std::int64_t>(ballots.size());
    const auto n = static_cast<std::int64_t>(items.size());
    const auto span = spanOf(rules, items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        ItemResult item;
        item.item = i;
        item.name = items[i];
        if (rules.kind == RoundKind::Ranking) {
            item.places.assign(items.size(), 0);
        }
        std::vector<std::int64_t> values;
        for (const auto& ballot : ballots) {
            if (isExcluded(ballot, i) || i >= ballot.values.size()) {
                continue;
            }
            const auto& given = ballot.values[i];
            std::optional<std::int64_t> value;
            switch (rules.kind) {
            case RoundKind::Dots:
            case RoundKind::Allocation:
                value = given.value_or(0);
                break;
            case RoundKind::Ranking:
                value = given ? n - *given + 1 : 0;
                if (given) {
                    ++item.places[static_cast<std::size_t>(*given - 1)];
                }
                break;
            case RoundKind::Score:
                value = given;
                break;
            case RoundKind::YesNo:
                if (given) {
                    item.yes += *given == kYes ? 1 : 0;
                    item.no += *given == kNo ? 1 : 0;
                    item.abstentions += *given == kAbstain ? 1 : 0;
                    ++item.counted;
                }
                break;
            }
            if (value) {
                values.push_back(*value);
                item.total += *value;
                ++item.counted;
            }
        }
        if (rules.kind == RoundKind::YesNo) {
            item.total = item.yes;
            item.resultHundredths = item.yes * 100;
            item.carried = item.yes > item.no;
            item.resultText = std::to_string(item.yes) + " for, " + std::to_string(item.no) +
                              " against, " + count(item.abstentions, "abstention", "abstentions");
        } else {
            item.resultHundredths = rules.kind == RoundKind::Dots
                                        ? item.total * 100
                                        : hundredthsOf(item.total, item.counted);
            item.resultText = rules.kind == RoundKind::Dots
                                  ? std::to_string(item.total)
                                  : quantities::formatHundredths(item.resultHundredths);
            item.spread = spreadOf(values, span);
        }
        result.items.push_back(std::move(item));
    }

    // Exact order: a result is total / counted (dots: the total itself;
    // yes/no: the margin), compared by cross-multiplying.
    const auto better = [&](const ItemResult& a, const ItemResult& b) -> int {
        if (rules.kind == RoundKind::Dots) {
            return (a.total > b.total) - (a.total < b.total);
        }
        if (rules.kind == RoundKind::YesNo) {
            const auto ma = a.yes - a.no;
            const auto mb = b.yes - b.no;
            return (ma > mb) - (ma < mb);
        }
        if (a.counted == 0 || b.counted == 0) {
            return (a.counted > 0) - (b.counted > 0);
        }
        const auto left = a.total * b.counted;
        const auto right = b.total * a.counted;
        return (left > right) - (left < right);
    };
    std::stable_sort(result.items.begin(), result.items.end(),
                     [&](const ItemResult& a, const ItemResult& b) { return better(a, b) > 0; });
    for (std::size_t i = 0; i < result.items.size(); ++i) {
        auto& item = result.items[i];
        item.rank = i > 0 && better(result.items[i - 1], item) == 0 ? result.items[i - 1].rank
                                                                    : static_cast<int>(i) + 1;
        const bool sameAsPrevious = i > 0 && better(result.items[i - 1], item) == 0;
        const bool sameAsNext =
            i + 1 < result.items.size() && better(item, result.items[i + 1]) == 0;
        item.tied = sameAsPrevious || sameAsNext;
        item.rankText = std::to_string(item.rank) + (item.tied ? "=" : "");
    }

    if (result.items.empty() || ballots.empty()) {
        result.sentence = "No one has voted in this round yet.";
        return result;
    }
    const auto& top = result.items.front();
    const auto who = count(result.ballots, "member", "members");
    const auto first = util::curlyQuoted(top.name) + (top.tied ? " shares first place" : " first");
    switch (rules.kind) {
    case RoundKind::Dots:
        result.sentence = "Dots placed by " + who + ": " + first + " with " +
                          count(top.total, "dot", "dots") + ".";
        break;
    case RoundKind::Ranking:
        result.sentence = "Ranked by " + who + ": " + first + " with " + top.resultText +
                          " points on average (" + std::to_string(n) + " for first place).";
        break;
    case RoundKind::Allocation:
        result.sentence = std::to_string(rules.points) + " points given by " + who + ": " + first +
                          " with " + top.resultText + " on average.";
        break;
    case RoundKind::Score:
        result.sentence =
            "Scored by " + who + ": " + first + " with a mean score of " + top.resultText + ".";
        break;
    case RoundKind::YesNo: {
        std::int64_t carried = 0;
        for (const auto& item : result.items) {
            carried += item.carried ? 1 : 0;
        }
        result.sentence = "Voted by " + who + ": " + count(carried, "proposal", "proposals") +
                          " carried of " + std::to_string(n) + ".";
        break;
    }
    }
    return result;
}

} // namespace jointly::workshop
