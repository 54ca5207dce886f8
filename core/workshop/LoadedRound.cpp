#include "workshop/LoadedRound.h"

#include "storage/Database.h"
#include "util/Text.h"

#include <algorithm>
#include <map>

namespace jointly::workshop {

namespace {

std::optional<std::int64_t> optionalId(storage::Statement& row, int column) {
    return row.isNull(column) ? std::nullopt : std::optional<std::int64_t>(row.int64(column));
}

void readChoices(storage::Database& db, LoadedRound& loaded) {
    auto rows = db.prepare("SELECT id, name, priority_id, option_id, proposal_id, statement_id "
                           "FROM round_choice WHERE round_id = ?1 ORDER BY position, id");
    rows.bind(1, loaded.round.id);
    while (rows.step()) {
        loaded.choices.push_back({.id = rows.int64(0),
                                  .name = rows.text(1).empty() ? "unnamed choice" : rows.text(1),
                                  .priority = optionalId(rows, 2),
                                  .option = optionalId(rows, 3),
                                  .proposal = optionalId(rows, 4),
                                  .statement = optionalId(rows, 5)});
    }
    if (scoresCriteria(loaded.round)) {
        auto criteria = db.prepare("SELECT id, name, coalesce(weight_bp, 0) FROM "
                                   "appraisal_criterion WHERE appraisal_id = ?1 ORDER BY id");
        criteria.bind(1, *loaded.round.appraisal);
        while (criteria.step()) {
            loaded.criteria.push_back(
                {.id = criteria.int64(0),
                 .name = criteria.text(1).empty() ? "unnamed criterion" : criteria.text(1),
                 .weightBp = criteria.int64(2)});
        }
    }
}

template <typename Item>
std::optional<std::size_t> indexOf(const std::vector<Item>& items, std::int64_t id) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].id == id) {
            return i;
        }
    }
    return std::nullopt;
}

void readVotes(storage::Database& db, LoadedRound& loaded) {
    std::map<std::int64_t, std::size_t> voterAt;
    for (std::size_t i = 0; i < loaded.voters.size(); ++i) {
        voterAt[loaded.voters[i].member] = i;
    }
    const bool criteria = scoresCriteria(loaded.round);
    std::map<std::size_t, Ballot> ballots;
    std::map<std::size_t, MemberScores> scores;
    auto votes = db.prepare("SELECT member_id, choice_id, criterion_id, value FROM round_vote "
                            "WHERE round_id = ?1 ORDER BY id");
    votes.bind(1, loaded.round.id);
    while (votes.step()) {
        const auto voter = voterAt.find(votes.int64(0));
        const auto choice = indexOf(loaded.choices, votes.int64(1));
        if (voter == voterAt.end() || !choice) {
            loaded.problem = "A vote in the round " + loaded.round.name +
                             " is from someone not present or on a choice not in the round; it "
                             "is left out.";
            continue;
        }
        const auto& name = loaded.voters[voter->second].name;
        if (!loaded.voters[voter->second].mayVote) {
            // An interest recorded after the vote: the member's votes no
            // longer count, and the room is told so.
            loaded.problem = name + "'s votes are left out: they may not vote on this item.";
            continue;
        }
        if (votes.int64(3) < -1000 || votes.int64(3) > 1000) {
            loaded.problem = "A vote in the round " + loaded.round.name +
                             " holds a value Jointly never writes; it is left out.";
            continue;
        }
        if (criteria) {
            const auto criterion =
                votes.isNull(2) ? std::nullopt : indexOf(loaded.criteria, votes.int64(2));
            if (!criterion) {
                loaded.problem = "A score in the round " + loaded.round.name +
                                 " names no criterion of the appraisal; it is left out.";
                continue;
            }
            auto& member = scores[voter->second];
            if (member.scores.empty()) {
                member.member = name;
                member.scores.assign(
                    loaded.choices.size(),
                    std::vector<std::optional<std::int64_t>>(loaded.criteria.size()));
            }
            member.scores[*choice][*criterion] = votes.int64(3);
        } else {
            auto& ballot = ballots[voter->second];
            if (ballot.values.empty()) {
                ballot.member = name;
                ballot.values.resize(loaded.choices.size());
            }
            ballot.values[*choice] = votes.int64(3);
        }
        loaded.voters[voter->second].voted = true;
    }
    for (auto& [at, ballot] : ballots) {
        loaded.ballots.push_back(std::move(ballot));
        loaded.ballotMembers.push_back(loaded.voters[at].member);
    }
    for (auto& [at, member] : scores) {
        loaded.scores.push_back(std::move(member));
        loaded.scoreMembers.push_back(loaded.voters[at].member);
    }
}

void workOutResult(storage::Database& db, LoadedRound& loaded) {
    std::vector<std::string> names;
    for (const auto& choice : loaded.choices) {
        names.push_back(choice.name);
    }
    if (!scoresCriteria(loaded.round)) {
        std::vector<Ballot> counted;
        for (const auto& ballot : loaded.ballots) {
            auto checked = checkBallot(loaded.round.rules, names, ballot);
            if (checked.ok()) {
                counted.push_back(ballot);
            } else {
                loaded.problem = checked.error().message + " These votes are left out until "
                                                           "they are complete.";
            }
        }
        loaded.result = resultOf(loaded.round.rules, names, counted);
        return;
    }
    scoring::Appraisal appraisal;
    appraisal.scale = {loaded.round.rules.scaleMin, loaded.round.rules.scaleMax};
    for (const auto& choice : loaded.choices) {
        bool doNothing = false;
        if (choice.option) {
            auto row = db.prepare("SELECT do_nothing FROM appraisal_option WHERE id = ?1");
            row.bind(1, *choice.option);
            doNothing = row.step() && row.int64(0) != 0;
        }
        appraisal.options.push_back({.name = choice.name, .doNothing = doNothing});
    }
    for (const auto& criterion : loaded.criteria) {
        appraisal.criteria.push_back({.name = criterion.name, .weightBp = criterion.weightBp});
    }
    auto scored = scoreRound(appraisal, loaded.scores);
    if (scored.ok()) {
        loaded.scoring = std::move(scored.value());
    } else {
        loaded.problem = scored.error().message;
    }
}

void readAgreed(storage::Database& db, LoadedRound& loaded) {
    auto rows = db.prepare("SELECT id, choice_id, criterion_id, value_hundredths, reason FROM "
                           "agreed_value WHERE round_id = ?1 ORDER BY id");
    rows.bind(1, loaded.round.id);
    while (rows.step()) {
        const auto choice = indexOf(loaded.choices, rows.int64(1));
        if (!choice) {
            continue;
        }
        AgreedValue agreed{.id = rows.int64(0),
                           .choice = *choice,
                           .criterion = std::nullopt,
                           .hundredths = optionalId(rows, 3),
                           .reason = rows.text(4)};
        if (!rows.isNull(2)) {
            agreed.criterion = indexOf(loaded.criteria, rows.int64(2));
            if (!agreed.criterion) {
                continue;
            }
        }
        loaded.agreed.push_back(std::move(agreed));
    }
}

} // namespace

Outcome<LoadedRound> loadRound(storage::Database& db, std::int64_t roundId) {
    auto round = loadRoundRecord(db, roundId);
    if (!round) {
        return Error{ErrorKind::NotFound, "That round no longer exists; it may have been deleted."};
    }
    LoadedRound loaded;
    loaded.round = std::move(*round);
    auto standing = loadItemStanding(db, loaded.round.item);
    if (standing) {
        loaded.standing = std::move(*standing);
    }
    for (std::size_t i = 0; i < loaded.standing.present.size(); ++i) {
        const auto& person = loaded.standing.present[i];
        const auto& eligibility = loaded.standing.eligibility[i];
        loaded.voters.push_back({.member = person.member,
                                 .name = person.name,
                                 .mayVote = eligibility.mayVote,
                                 .reason = eligibility.reason,
                                 .voted = false});
    }
    if (!loaded.round.withinLimits) {
        return Error{ErrorKind::Damaged, "The round " + loaded.round.name +
                                             " has settings outside what Jointly allows (the "
                                             "file may have been changed by hand); it cannot be "
                                             "worked out."};
    }
    readChoices(db, loaded);
    if (scoresCriteria(loaded.round) &&
        (loaded.round.rules.scaleMin < -1000 || loaded.round.rules.scaleMax > 1000)) {
        loaded.problem = "The appraisal's scale runs from " +
                         std::to_string(loaded.round.rules.scaleMin) + " to " +
                         std::to_string(loaded.round.rules.scaleMax) +
                         ", wider than a workshop round takes (-1000 to 1000).";
        readAgreed(db, loaded);
        return loaded;
    }
    readVotes(db, loaded);
    workOutResult(db, loaded);
    readAgreed(db, loaded);
    for (const auto& voter : loaded.voters) {
        loaded.eligible += voter.mayVote ? 1 : 0;
        loaded.voted += voter.mayVote && voter.voted ? 1 : 0;
    }
    loaded.progress = std::to_string(loaded.voted) + " of " + std::to_string(loaded.eligible) +
                      (loaded.eligible == 1 ? " member" : " members") + " able to vote " +
                      (loaded.voted == 1 ? "has" : "have") + " voted.";
    return loaded;
}

std::vector<RoundRecord> roundsOfItem(storage::Database& db, std::int64_t itemId) {
    std::vector<RoundRecord> rounds;
    auto rows =
        db.prepare("SELECT id FROM workshop_round WHERE agenda_item_id = ?1 ORDER BY run, id");
    rows.bind(1, itemId);
    std::vector<std::int64_t> ids;
    while (rows.step()) {
        ids.push_back(rows.int64(0));
    }
    for (const auto id : ids) {
        if (auto round = loadRoundRecord(db, id)) {
            rounds.push_back(std::move(*round));
        }
    }
    return rounds;
}

} // namespace jointly::workshop
