#include "workshop/WorkshopEdits.h"

#include "project/Ids.h"
#include "project/Project.h"
#include "storage/Database.h"
#include "util/Text.h"
#include "workshop/LoadedRound.h"

#include <algorithm>

namespace jointly::workshop {

namespace {

struct Drawn {
    std::string name;
    const char* column = nullptr; // the link the choice keeps
    std::int64_t id = 0;
};

// The choices an item's kind draws from the project.
std::vector<Drawn> drawChoices(storage::Database& db, const std::string& kind,
                               std::optional<std::int64_t> appraisal, const std::string& question) {
    std::vector<Drawn> drawn;
    auto read = [&](const char* sql, const char* column, const char* otherwise) {
        auto rows = db.prepare(sql);
        if (appraisal && column == std::string("option_id")) {
            rows.bind(1, *appraisal);
        }
        while (rows.step()) {
            drawn.push_back(
                {rows.text(1).empty() ? otherwise : rows.text(1), column, rows.int64(0)});
        }
    };
    if (kind == "priorities") {
        read("SELECT id, name FROM priority ORDER BY rank IS NULL, rank, id", "priority_id",
             "unnamed priority");
    } else if (kind == "appraisal" && appraisal) {
        read("SELECT id, name FROM appraisal_option WHERE appraisal_id = ?1 AND (short_listed = 1 "
             "OR do_nothing = 1) ORDER BY do_nothing DESC, id",
             "option_id", "unnamed option");
    } else if (kind == "pbma") {
        read("SELECT id, name FROM proposal ORDER BY kind, id", "proposal_id", "unnamed proposal");
    } else if (kind == "needs") {
        read("SELECT id, substr(statement, 1, 80) FROM needs_statement WHERE draft = 1 OR NOT "
             "EXISTS (SELECT 1 FROM needs_statement d WHERE d.draft = 1) ORDER BY id",
             "statement_id", "unnamed statement");
    } else {
        drawn.push_back({question, nullptr, 0});
    }
    return drawn;
}

std::string memberName(storage::Database& db, std::int64_t member) {
    auto row = db.prepare("SELECT name FROM member WHERE id = ?1");
    row.bind(1, member);
    return row.step() && !row.text(0).empty() ? row.text(0) : std::string("an unnamed member");
}

// What stops a member entering votes on the round, or nothing.
std::optional<Error> cannotEnter(const LoadedRound& loaded, std::int64_t memberId,
                                 const std::string& who) {
    if (loaded.round.state != RoundState::Open) {
        return Error{ErrorKind::Invalid, "The round " + loaded.round.name + " is " +
                                             std::string(stateWords(loaded.round.state)) +
                                             ", not open for votes."};
    }
    const auto voter = std::find_if(loaded.voters.begin(), loaded.voters.end(),
                                    [&](const RoundVoter& v) { return v.member == memberId; });
    if (voter == loaded.voters.end()) {
        return Error{ErrorKind::Invalid, util::capitalised(who) +
                                             " is not recorded as present at the workshop. "
                                             "Mark them present first."};
    }
    if (!voter->mayVote) {
        return Error{ErrorKind::Invalid, util::capitalised(who) + " may not vote on the item " +
                                             loaded.standing.title + ". " + voter->reason};
    }
    return std::nullopt;
}

// The round, loaded, when the member may enter votes on it now.
Outcome<LoadedRound> roundForEntry(project::Project& project, std::int64_t roundId,
                                   std::int64_t memberId, const std::string& who) {
    auto loaded = loadRound(project.database(), roundId);
    if (loaded.ok()) {
        if (auto refused = cannotEnter(loaded.value(), memberId, who)) {
            return *refused;
        }
    }
    return loaded;
}

// Replaces the member's votes in one edit with `rows` (choice, criterion, value).
struct VoteRow {
    std::int64_t choice = 0;
    std::optional<std::int64_t> criterion;
    std::int64_t value = 0;
};

Status replaceVotes(project::Project& project, const LoadedRound& loaded, std::int64_t memberId,
                    const std::string& who, const std::vector<VoteRow>& rows) {
    const auto label = rows.empty() ? "Clear " + who + "'s votes in " + loaded.round.name
                                    : "Enter " + who + "'s votes in " + loaded.round.name;
    return project.edit(label, [&](storage::Database& db) {
        auto clear = db.prepare("DELETE FROM round_vote WHERE round_id = ?1 AND member_id = ?2");
        clear.bind(1, loaded.round.id);
        clear.bind(2, memberId);
        clear.run();
        for (const auto& row : rows) {
            auto insert = db.prepare("INSERT INTO round_vote (id, round_id, member_id, choice_id, "
                                     "criterion_id, value) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
            insert.bind(1, project::newId(db, "round_vote"));
            insert.bind(2, loaded.round.id);
            insert.bind(3, memberId);
            insert.bind(4, row.choice);
            if (row.criterion) {
                insert.bind(5, *row.criterion);
            }
            insert.bind(6, row.value);
            insert.run();
        }
    });
}

} // namespace

Outcome<std::int64_t> addRound(project::Project& project, std::int64_t itemId, RoundKind kind,
                               const std::string& question) {
    return project.guarded<Outcome<std::int64_t>>([&]() -> Outcome<std::int64_t> {
        auto& db = project.database();
        auto item = db.prepare("SELECT i.title, i.kind, i.appraisal_id, (SELECT coalesce(max(run), "
                               "0) FROM workshop_round r WHERE r.agenda_item_id = i.id) FROM "
                               "agenda_item i WHERE i.id = ?1");
        item.bind(1, itemId);
        if (!item.step()) {
            return Error{ErrorKind::NotFound,
                         "That agenda item no longer exists; it may have been deleted."};
        }
        const auto title = item.text(0).empty() ? std::string("unnamed item") : item.text(0);
        const auto itemKind = item.text(1);
        const std::optional<std::int64_t> appraisal =
            item.isNull(2) ? std::nullopt : std::optional<std::int64_t>(item.int64(2));
        if (kind == RoundKind::Score && itemKind == "appraisal" && !appraisal) {
            return Error{ErrorKind::Invalid, "The item " + util::curlyQuoted(title) +
                                                 " names no options appraisal to score; choose "
                                                 "one for it first."};
        }
        if (kind == RoundKind::Score && itemKind == "appraisal" && appraisal) {
            auto scale = db.prepare("SELECT scale_min, scale_max FROM appraisal WHERE id = ?1");
            scale.bind(1, *appraisal);
            if (scale.step() && (scale.int64(0) < -1000 || scale.int64(1) > 1000)) {
                return Error{ErrorKind::Invalid,
                             "The appraisal's scale runs from " + std::to_string(scale.int64(0)) +
                                 " to " + std::to_string(scale.int64(1)) +
                                 ", wider than a workshop round takes (-1000 to 1000)."};
            }
        }
        if (item.int64(3) >= 99) {
            return Error{ErrorKind::Invalid,
                         "The item has had 99 rounds, the most it takes; add another item."};
        }
        const auto asked = question.empty() ? title : question;
        const auto drawn = drawChoices(db, itemKind, appraisal, asked);
        if (drawn.empty()) {
            return Error{ErrorKind::Invalid, "There is nothing in the project for the item " +
                                                 util::curlyQuoted(title) +
                                                 " to vote on yet: add the priorities, options, "
                                                 "proposals or statements first."};
        }
        const auto run = item.int64(3) + 1;
        std::int64_t roundId = 0;
        auto done = project.edit(
            "Add a round to " + util::curlyQuoted(title), [&](storage::Database& edited) {
                roundId = project::newId(edited, "workshop_round");
                auto add = edited.prepare("INSERT INTO workshop_round (id, agenda_item_id, run, "
                                          "question, kind) VALUES (?1, ?2, ?3, ?4, ?5)");
                add.bind(1, roundId);
                add.bind(2, itemId);
                add.bind(3, run);
                add.bind(4, asked);
                add.bind(5, std::string(roundKindKey(kind)));
                add.run();
                std::int64_t position = 0;
                for (const auto& choice : drawn) {
                    const std::string link = choice.column ? choice.column : "priority_id";
                    auto insert = edited.prepare("INSERT INTO round_choice (id, round_id, "
                                                 "position, name, " +
                                                 link + ") VALUES (?1, ?2, ?3, ?4, ?5)");
                    insert.bind(1, project::newId(edited, "round_choice"));
                    insert.bind(2, roundId);
                    insert.bind(3, std::min<std::int64_t>(++position, 1000));
                    insert.bind(4, choice.name);
                    if (choice.column) {
                        insert.bind(5, choice.id);
                    }
                    insert.run();
                }
            });
        if (!done.ok()) {
            return done.error();
        }
        return roundId;
    });
}

Status enterBallot(project::Project& project, std::int64_t roundId, std::int64_t memberId,
                   const std::vector<std::optional<std::int64_t>>& values) {
    return project.guarded<Status>([&]() -> Status {
        const auto who = memberName(project.database(), memberId);
        auto loaded = roundForEntry(project, roundId, memberId, who);
        if (!loaded.ok()) {
            return loaded.error();
        }
        const auto& round = loaded.value();
        if (scoresCriteria(round.round)) {
            return Error{ErrorKind::Invalid, "The round " + round.round.name +
                                                 " scores each option on each criterion; enter "
                                                 "scores, not one value per option."};
        }
        std::vector<VoteRow> rows;
        for (std::size_t i = 0; i < values.size() && i < round.choices.size(); ++i) {
            if (values[i]) {
                rows.push_back({round.choices[i].id, std::nullopt, *values[i]});
            }
        }
        if (!rows.empty()) {
            std::vector<std::string> names;
            for (const auto& choice : round.choices) {
                names.push_back(choice.name);
            }
            auto checked =
                checkBallot(round.round.rules, names,
                            {.member = util::capitalised(who), .values = values, .excluded = {}});
            if (!checked.ok()) {
                return checked.error();
            }
        }
        return replaceVotes(project, round, memberId, who, rows);
    });
}

Status enterScores(project::Project& project, std::int64_t roundId, std::int64_t memberId,
                   const std::vector<std::vector<std::optional<std::int64_t>>>& scores) {
    return project.guarded<Status>([&]() -> Status {
        const auto who = memberName(project.database(), memberId);
        auto loaded = roundForEntry(project, roundId, memberId, who);
        if (!loaded.ok()) {
            return loaded.error();
        }
        const auto& round = loaded.value();
        if (!scoresCriteria(round.round)) {
            return Error{ErrorKind::Invalid, "The round " + round.round.name +
                                                 " takes one value per choice, not scores on "
                                                 "criteria."};
        }
        scoring::Appraisal shape;
        shape.scale = {round.round.rules.scaleMin, round.round.rules.scaleMax};
        for (const auto& choice : round.choices) {
            shape.options.push_back({.name = choice.name});
        }
        for (const auto& criterion : round.criteria) {
            shape.criteria.push_back({.name = criterion.name, .weightBp = criterion.weightBp});
        }
        auto checked = scoreRound(
            shape, {{.member = util::capitalised(who), .scores = scores, .excluded = {}}});
        if (!checked.ok()) {
            return checked.error();
        }
        std::vector<VoteRow> rows;
        for (std::size_t o = 0; o < scores.size(); ++o) {
            for (std::size_t c = 0; c < scores[o].size(); ++c) {
                if (scores[o][c]) {
                    rows.push_back({round.choices[o].id, round.criteria[c].id, *scores[o][c]});
                }
            }
        }
        return replaceVotes(project, round, memberId, who, rows);
    });
}

Status setRoundState(project::Project& project, std::int64_t roundId, RoundState state) {
    return project.guarded<Status>([&]() -> Status {
        auto loaded = loadRound(project.database(), roundId);
        if (!loaded.ok()) {
            return loaded.error();
        }
        const auto& round = loaded.value().round;
        const auto from = round.state;
        if (from == state) {
            return Done{};
        }
        const bool allowed = (from == RoundState::Draft && state == RoundState::Open) ||
                             (from == RoundState::Open && state == RoundState::Closed) ||
                             (from == RoundState::Closed && state == RoundState::Revealed) ||
                             (from == RoundState::Closed && state == RoundState::Open);
        if (!allowed) {
            const char* why = state == RoundState::Revealed ? "close it before showing its results"
                              : state == RoundState::Draft
                                  ? "a round is not put back to a draft; re-run it to start again"
                              : from == RoundState::Revealed
                                  ? "its results have been shown; re-run it to vote again"
                                  : "open it first";
            return Error{ErrorKind::Invalid, "The round " + round.name + " is " +
                                                 std::string(stateWords(from)) + ": " + why + "."};
        }
        const auto choices = loaded.value().choices.size();
        if (state == RoundState::Open && from == RoundState::Draft &&
            (choices == 0 || (round.rules.kind == RoundKind::Ranking && choices < 2))) {
            return Error{ErrorKind::Invalid, "The round " + round.name + " has " +
                                                 std::to_string(choices) +
                                                 (choices == 1 ? " choice" : " choices") +
                                                 (round.rules.kind == RoundKind::Ranking
                                                      ? "; a ranking needs at least two."
                                                      : "; add one before opening it.")};
        }
        const std::string verb = state == RoundState::Open
                                     ? (from == RoundState::Closed ? "Reopen" : "Open")
                                 : state == RoundState::Closed ? "Close"
                                                               : "Show the results of";
        return project.edit(verb + " the round " + round.name, [&](storage::Database& db) {
            auto update = db.prepare("UPDATE workshop_round SET state = ?2 WHERE id = ?1");
            update.bind(1, roundId);
            update.bind(2, std::string(stateKey(state)));
            update.run();
        });
    });
}

Status setAnonymity(project::Project& project, std::int64_t roundId, Anonymity anonymity) {
    return project.guarded<Status>([&]() -> Status {
        auto& db = project.database();
        const auto round = loadRoundRecord(db, roundId);
        if (!round) {
            return Error{ErrorKind::NotFound,
                         "That round no longer exists; it may have been deleted."};
        }
        if (round->anonymity == anonymity) {
            return Done{};
        }
        auto votes = db.prepare("SELECT count(*) FROM round_vote WHERE round_id = ?1");
        votes.bind(1, roundId);
        votes.step();
        if (votes.int64(0) > 0) {
            return Error{ErrorKind::Invalid,
                         "Votes are in for the round " + round->name +
                             ", so how its votes are named is fixed: members voted under it. "
                             "Re-run the round to change it."};
        }
        const char* key = anonymity == Anonymity::Recorded  ? "recorded"
                          : anonymity == Anonymity::Private ? "private"
                                                            : "anonymous";
        const char* words = anonymity == Anonymity::Recorded  ? "named in the record"
                            : anonymity == Anonymity::Private ? "named to the facilitator only"
                                                              : "anonymous";
        return project.edit("Make the votes of the round " + round->name + " " + words,
                            [&](storage::Database& edited) {
                                auto update = edited.prepare(
                                    "UPDATE workshop_round SET anonymity = ?2 WHERE id = ?1");
                                update.bind(1, roundId);
                                update.bind(2, std::string(key));
                                update.run();
                            });
    });
}

Outcome<std::int64_t> rerunRound(project::Project& project, std::int64_t roundId) {
    return project.guarded<Outcome<std::int64_t>>([&]() -> Outcome<std::int64_t> {
        auto& db = project.database();
        const auto round = loadRoundRecord(db, roundId);
        if (!round) {
            return Error{ErrorKind::NotFound,
                         "That round no longer exists; it may have been deleted."};
        }
        if (round->state == RoundState::Draft || round->state == RoundState::Open) {
            return Error{ErrorKind::Invalid, "The round " + round->name + " is " +
                                                 std::string(stateWords(round->state)) +
                                                 "; close it before running it again."};
        }
        auto next = db.prepare("SELECT coalesce(max(run), 0) + 1 FROM workshop_round WHERE "
                               "agenda_item_id = ?1");
        next.bind(1, round->item);
        next.step();
        const auto run = next.int64(0);
        if (run > 99) {
            return Error{ErrorKind::Invalid, "The item has been run 99 times; add a new round."};
        }
        std::int64_t newRound = 0;
        auto done = project.edit("Re-run the round " + round->name, [&](storage::Database& edited) {
            newRound = project::newId(edited, "workshop_round");
            auto copy = edited.prepare(
                "INSERT INTO workshop_round (id, agenda_item_id, run, question, kind, state, "
                "anonymity, dots_per_member, dots_per_item, rank_top, points, scale_min, "
                "scale_max, minutes) SELECT ?2, agenda_item_id, ?3, question, kind, 'draft', "
                "anonymity, dots_per_member, dots_per_item, rank_top, points, scale_min, "
                "scale_max, minutes FROM workshop_round WHERE id = ?1");
            copy.bind(1, roundId);
            copy.bind(2, newRound);
            copy.bind(3, run);
            copy.run();
            std::vector<std::int64_t> choices;
            auto old = edited.prepare(
                "SELECT id FROM round_choice WHERE round_id = ?1 ORDER BY position, id");
            old.bind(1, roundId);
            while (old.step()) {
                choices.push_back(old.int64(0));
            }
            for (const auto choice : choices) {
                auto insert = edited.prepare(
                    "INSERT INTO round_choice (id, round_id, position, name, priority_id, "
                    "option_id, proposal_id, statement_id) SELECT ?2, ?3, position, name, "
                    "priority_id, option_id, proposal_id, statement_id FROM round_choice WHERE "
                    "id = ?1");
                insert.bind(1, choice);
                insert.bind(2, project::newId(edited, "round_choice"));
                insert.bind(3, newRound);
                insert.run();
            }
        });
        if (!done.ok()) {
            return done.error();
        }
        return newRound;
    });
}

} // namespace jointly::workshop
