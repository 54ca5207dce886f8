#include "workshop/ScoringRound.h"

#include "quantities/Decimal.h"
#include "util/Text.h"

namespace jointly::workshop {

namespace {

std::int64_t meanHundredths(std::int64_t total, std::int64_t count) {
    const std::int64_t scaled = total * 100;
    return scaled >= 0 ? (scaled * 2 + count) / (2 * count)
                       : -((-scaled * 2 + count) / (2 * count));
}

Status checkMember(const scoring::Appraisal& appraisal, const MemberScores& member) {
    const auto& options = appraisal.options;
    const auto& criteria = appraisal.criteria;
    if (member.scores.size() != options.size()) {
        return Error{ErrorKind::Invalid, member.member + "'s scores have " +
                                             std::to_string(member.scores.size()) + " rows for " +
                                             std::to_string(options.size()) + " options."};
    }
    for (std::size_t o = 0; o < options.size(); ++o) {
        const auto option = util::curlyQuoted(options[o].name);
        if (member.scores[o].size() != criteria.size()) {
            return Error{ErrorKind::Invalid, member.member + "'s scores of " + option + " have " +
                                                 std::to_string(member.scores[o].size()) +
                                                 " values for " + std::to_string(criteria.size()) +
                                                 " criteria."};
        }
        const bool excluded = o < member.excluded.size() && member.excluded[o];
        for (std::size_t c = 0; c < criteria.size(); ++c) {
            const auto& score = member.scores[o][c];
            if (!score) {
                continue;
            }
            if (excluded) {
                return Error{ErrorKind::Invalid,
                             member.member + " may not score " + option +
                                 " (a declared interest), so gives it no score."};
            }
            if (*score < appraisal.scale.min || *score > appraisal.scale.max) {
                return Error{ErrorKind::Invalid,
                             member.member + " scored " + option + " " + std::to_string(*score) +
                                 " on " + util::curlyQuoted(criteria[c].name) +
                                 ", outside the scale " + std::to_string(appraisal.scale.min) +
                                 " to " + std::to_string(appraisal.scale.max) + "."};
            }
        }
    }
    return Done{};
}

} // namespace

Outcome<ScoringRoundResult> scoreRound(const scoring::Appraisal& appraisal,
                                       const std::vector<MemberScores>& members) {
    for (const auto& member : members) {
        auto checked = checkMember(appraisal, member);
        if (!checked.ok()) {
            return checked.error();
        }
    }
    ScoringRoundResult round;
    round.group.options = appraisal.options;
    round.group.criteria = appraisal.criteria;
    round.group.scale = {appraisal.scale.min * 100, appraisal.scale.max * 100};
    const auto span = appraisal.scale.max - appraisal.scale.min;
    for (std::size_t o = 0; o < appraisal.options.size(); ++o) {
        std::vector<std::optional<std::int64_t>> row;
        std::vector<std::int64_t> counts;
        std::vector<Spread> spreads;
        for (std::size_t c = 0; c < appraisal.criteria.size(); ++c) {
            std::vector<std::int64_t> given;
            std::int64_t total = 0;
            for (const auto& member : members) {
                if (const auto& score = member.scores[o][c]) {
                    given.push_back(*score);
                    total += *score;
                }
            }
            const auto count = static_cast<std::int64_t>(given.size());
            row.push_back(count == 0 ? std::nullopt
                                     : std::optional<std::int64_t>(meanHundredths(total, count)));
            counts.push_back(count);
            auto spread = spreadOf(given, span);
            if (spread.disagreement) {
                round.disagreements.push_back(
                    util::curlyQuoted(appraisal.options[o].name) + " on " +
                    util::curlyQuoted(appraisal.criteria[c].name) + ": scores from " +
                    std::to_string(spread.lowest / 100) + " to " +
                    std::to_string(spread.highest / 100) + ", the middle half " +
                    quantities::formatHundredths(spread.interquartileRange()) + " apart.");
            }
            spreads.push_back(spread);
        }
        round.group.scores.push_back(std::move(row));
        round.counted.push_back(std::move(counts));
        round.spread.push_back(std::move(spreads));
    }
    auto appraised = scoring::appraise(round.group);
    if (!appraised.ok()) {
        return appraised.error();
    }
    round.result = std::move(appraised.value());
    return round;
}

} // namespace jointly::workshop
