#include "workshop/WorkshopEdits.h"

#include "project/Ids.h"
#include "project/Project.h"
#include "storage/Database.h"
#include "util/Text.h"
#include "workshop/LoadedRound.h"
#include "workshop/RoundTable.h"

#include <algorithm>

// What a workshop decides, written into the project: a revealed round's
// result used in the plan, and a decision recorded with its tally.
namespace jointly::workshop {

namespace {

Outcome<LoadedRound> revealedRound(project::Project& project, std::int64_t roundId) {
    auto loaded = loadRound(project.database(), roundId);
    if (!loaded.ok()) {
        return loaded;
    }
    if (loaded.value().round.state != RoundState::Revealed) {
        return Error{ErrorKind::Invalid, "The round " + loaded.value().round.name + " is " +
                                             std::string(stateWords(loaded.value().round.state)) +
                                             "; its result is used once the room has seen it."};
    }
    if (!loaded.value().standing.quorum.quorate) {
        return Error{ErrorKind::Invalid,
                     "The result of the round " + loaded.value().round.name +
                         " cannot be used: " + loaded.value().standing.quorum.sentence};
    }
    return loaded;
}

std::int64_t roundHalfAway(std::int64_t hundredths) {
    return hundredths >= 0 ? (hundredths + 50) / 100 : -((-hundredths + 50) / 100);
}

} // namespace

Outcome<std::int64_t> recordDecision(project::Project& project, const DecisionDraft& draft) {
    return project.guarded<Outcome<std::int64_t>>([&]() -> Outcome<std::int64_t> {
        auto& db = project.database();
        const auto trimmed = [](const std::string& text) {
            const auto begin = text.find_first_not_of(" \t\n");
            return begin == std::string::npos
                       ? std::string()
                       : text.substr(begin, text.find_last_not_of(" \t\n") - begin + 1);
        };
        const auto decision = trimmed(draft.decision);
        if (decision.empty()) {
            return Error{ErrorKind::Invalid, "Write the decision first: what was decided."};
        }
        static const std::vector<std::string> outcomes = {"approve", "reject", "defer", "note"};
        static const std::vector<std::string> methods = {"consensus", "vote", "block_vote",
                                                         "delegated"};
        if (std::find(outcomes.begin(), outcomes.end(), draft.outcome) == outcomes.end() ||
            std::find(methods.begin(), methods.end(), draft.method) == methods.end()) {
            return Error{ErrorKind::Invalid,
                         "A decision's outcome is approve, reject, defer or note, and its method "
                         "consensus, vote, block_vote or delegated."};
        }
        auto item = db.prepare("SELECT i.workshop_id, w.held_on FROM agenda_item i JOIN workshop "
                               "w ON w.id = i.workshop_id WHERE i.id = ?1");
        item.bind(1, draft.item);
        if (!item.step()) {
            return Error{ErrorKind::NotFound,
                         "That agenda item no longer exists; it may have been deleted."};
        }
        const auto workshopId = item.int64(0);
        const auto heldOn = item.isNull(1) ? std::string() : item.text(1);
        std::string tally;
        if (draft.round) {
            auto loaded = loadRound(db, *draft.round);
            if (!loaded.ok()) {
                return loaded.error();
            }
            if (loaded.value().round.item != draft.item) {
                return Error{ErrorKind::Invalid, "The round " + loaded.value().round.name +
                                                     " is on another agenda item."};
            }
            if (loaded.value().round.state != RoundState::Revealed) {
                return Error{ErrorKind::Invalid,
                             "Show the results of the round " + loaded.value().round.name +
                                 " to the room before recording a decision drawn from it."};
            }
            tally = roundTable(loaded.value()).sentence;
        }
        std::int64_t id = 0;
        auto done = project.edit("Record the decision " + util::curlyQuoted(decision.substr(0, 60)),
                                 [&](storage::Database& edited) {
                                     id = project::newId(edited, "workshop_decision");
                                     auto insert = edited.prepare(
                                         "INSERT INTO workshop_decision (id, workshop_id, "
                                         "agenda_item_id, round_id, decided_on, decision, "
                                         "outcome, method, tally, reasons, alternatives, "
                                         "evidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                                         "?10, ?11, ?12)");
                                     insert.bind(1, id);
                                     insert.bind(2, workshopId);
                                     insert.bind(3, draft.item);
                                     if (draft.round) {
                                         insert.bind(4, *draft.round);
                                     }
                                     if (!heldOn.empty()) {
                                         insert.bind(5, heldOn);
                                     }
                                     insert.bind(6, decision);
                                     insert.bind(7, draft.outcome);
                                     insert.bind(8, draft.method);
                                     insert.bind(9, tally);
                                     insert.bind(10, draft.reasons);
                                     insert.bind(11, draft.alternatives);
                                     insert.bind(12, draft.evidence);
                                     insert.run();
                                 });
        if (!done.ok()) {
            return done.error();
        }
        return id;
    });
}

Status useScoresInAppraisal(project::Project& project, std::int64_t roundId) {
    return project.guarded<Status>([&]() -> Status {
        auto loaded = revealedRound(project, roundId);
        if (!loaded.ok()) {
            return loaded.error();
        }
        const auto& round = loaded.value();
        if (!scoresCriteria(round.round)) {
            return Error{ErrorKind::Invalid,
                         "The round " + round.round.name +
                             " does not score an options appraisal's options on its criteria."};
        }
        if (!round.scoring) {
            return Error{ErrorKind::Invalid, round.problem};
        }
        struct Cell {
            std::int64_t option = 0;
            std::int64_t criterion = 0;
            std::int64_t score = 0;
        };
        std::vector<Cell> cells;
        for (std::size_t o = 0; o < round.choices.size(); ++o) {
            if (!round.choices[o].option) {
                continue;
            }
            for (std::size_t c = 0; c < round.criteria.size(); ++c) {
                std::optional<std::int64_t> hundredths = round.scoring->group.scores[o][c];
                for (const auto& agreed : round.agreed) {
                    if (agreed.choice == o && agreed.criterion == c && agreed.hundredths) {
                        hundredths = agreed.hundredths;
                    }
                }
                if (hundredths) {
                    const auto score =
                        std::clamp(roundHalfAway(*hundredths), round.round.rules.scaleMin,
                                   round.round.rules.scaleMax);
                    cells.push_back({*round.choices[o].option, round.criteria[c].id, score});
                }
            }
        }
        if (cells.empty()) {
            return Error{ErrorKind::Invalid,
                         "The round " + round.round.name + " has no scores to use yet."};
        }
        return project.edit(
            "Use the scores of the round " + round.round.name + " in the appraisal",
            [&](storage::Database& db) {
                for (const auto& cell : cells) {
                    auto held = db.prepare("SELECT id FROM appraisal_score WHERE option_id = ?1 "
                                           "AND criterion_id = ?2");
                    held.bind(1, cell.option);
                    held.bind(2, cell.criterion);
                    const bool exists = held.step();
                    auto write =
                        exists ? db.prepare("UPDATE appraisal_score SET score = ?1 WHERE id = ?2")
                               : db.prepare("INSERT INTO appraisal_score (score, id, option_id, "
                                            "criterion_id) VALUES (?1, ?2, ?3, ?4)");
                    write.bind(1, cell.score);
                    if (exists) {
                        write.bind(2, held.int64(0));
                    } else {
                        write.bind(2, project::newId(db, "appraisal_score"));
                        write.bind(3, cell.option);
                        write.bind(4, cell.criterion);
                    }
                    write.run();
                }
            });
    });
}

Status rankPriorities(project::Project& project, std::int64_t roundId) {
    return project.guarded<Status>([&]() -> Status {
        auto loaded = revealedRound(project, roundId);
        if (!loaded.ok()) {
            return loaded.error();
        }
        const auto& round = loaded.value();
        if (!round.result || round.round.rules.kind == RoundKind::YesNo ||
            round.round.rules.kind == RoundKind::Score) {
            return Error{ErrorKind::Invalid, "The round " + round.round.name +
                                                 " does not rank its choices; rank priorities "
                                                 "from a ranking, dot or points round."};
        }
        std::vector<std::int64_t> order;
        for (const auto& item : round.result->items) {
            if (const auto priority = round.choices[item.item].priority) {
                order.push_back(*priority);
            }
        }
        if (order.empty()) {
            return Error{ErrorKind::Invalid,
                         "No choice of the round " + round.round.name + " is a priority."};
        }
        auto others =
            project.database().prepare("SELECT id FROM priority ORDER BY rank IS NULL, rank, id");
        while (others.step()) {
            if (std::find(order.begin(), order.end(), others.int64(0)) == order.end()) {
                order.push_back(others.int64(0));
            }
        }
        return project.edit("Rank the priorities as the round " + round.round.name + " did",
                            [&](storage::Database& db) {
                                std::int64_t rank = 0;
                                for (const auto priority : order) {
                                    auto update =
                                        db.prepare("UPDATE priority SET rank = ?2 WHERE id = ?1");
                                    update.bind(1, priority);
                                    update.bind(2, std::min<std::int64_t>(++rank, 1000));
                                    update.run();
                                }
                            });
    });
}

Status decideProposals(project::Project& project, std::int64_t roundId,
                       std::optional<std::set<std::int64_t>> agreedChoices) {
    return project.guarded<Status>([&]() -> Status {
        auto loaded = revealedRound(project, roundId);
        if (!loaded.ok()) {
            return loaded.error();
        }
        const auto& round = loaded.value();
        std::set<std::int64_t> agreed;
        std::set<std::int64_t> undecided; // a yes/no choice nobody voted on
        if (agreedChoices) {
            for (const auto choice : *agreedChoices) {
                if (std::none_of(round.choices.begin(), round.choices.end(),
                                 [&](const RoundChoice& c) { return c.id == choice; })) {
                    return Error{ErrorKind::Invalid, "Choice " + std::to_string(choice) +
                                                         " is not one of the choices of the "
                                                         "round " +
                                                         round.round.name + "."};
                }
            }
            agreed = *agreedChoices;
        } else if (round.round.rules.kind == RoundKind::YesNo && round.result) {
            for (const auto& item : round.result->items) {
                if (item.carried) {
                    agreed.insert(round.choices[item.item].id);
                } else if (item.yes + item.no == 0) {
                    undecided.insert(round.choices[item.item].id);
                }
            }
        } else {
            return Error{ErrorKind::Invalid, "Choose the proposals to agree: the round " +
                                                 round.round.name + " is not a yes/no vote."};
        }
        std::vector<std::pair<std::int64_t, bool>> decisions;
        for (const auto& choice : round.choices) {
            if (choice.proposal && undecided.count(choice.id) == 0) {
                decisions.emplace_back(*choice.proposal, agreed.count(choice.id) > 0);
            }
        }
        if (decisions.empty()) {
            return Error{ErrorKind::Invalid,
                         "No choice of the round " + round.round.name + " is a proposal."};
        }
        return project.edit("Decide the proposals as the round " + round.round.name + " did",
                            [&](storage::Database& db) {
                                for (const auto& [proposal, yes] : decisions) {
                                    auto update = db.prepare(
                                        "UPDATE proposal SET decision = ?2 WHERE id = ?1");
                                    update.bind(1, proposal);
                                    update.bind(2, std::string(yes ? "agreed" : "not_agreed"));
                                    update.run();
                                }
                            });
    });
}

Status confirmStatements(project::Project& project, std::int64_t roundId) {
    return project.guarded<Status>([&]() -> Status {
        auto loaded = revealedRound(project, roundId);
        if (!loaded.ok()) {
            return loaded.error();
        }
        const auto& round = loaded.value();
        if (round.round.rules.kind != RoundKind::YesNo || !round.result) {
            return Error{ErrorKind::Invalid, "Needs statements are confirmed by a yes/no vote; "
                                             "the round " +
                                                 round.round.name + " is not one."};
        }
        std::vector<std::int64_t> confirmed;
        bool anyStatement = false;
        for (const auto& item : round.result->items) {
            const auto& choice = round.choices[item.item];
            anyStatement = anyStatement || choice.statement.has_value();
            if (choice.statement && item.carried) {
                confirmed.push_back(*choice.statement);
            }
        }
        if (!anyStatement) {
            return Error{ErrorKind::Invalid,
                         "No choice of the round " + round.round.name + " is a needs statement."};
        }
        if (confirmed.empty()) {
            return Error{ErrorKind::Invalid, "The round " + round.round.name +
                                                 " carried no statement, so none is confirmed; "
                                                 "they stay drafts."};
        }
        return project.edit(
            "Confirm the needs statements the round " + round.round.name + " carried",
            [&](storage::Database& db) {
                for (const auto statement : confirmed) {
                    auto update = db.prepare("UPDATE needs_statement SET draft = 0 WHERE id = ?1");
                    update.bind(1, statement);
                    update.run();
                }
            });
    });
}

Status useResultInPlan(project::Project& project, std::int64_t roundId) {
    auto kind = project.guarded<Outcome<std::pair<std::string, std::string>>>(
        [&]() -> Outcome<std::pair<std::string, std::string>> {
            auto loaded = loadRound(project.database(), roundId);
            if (!loaded.ok()) {
                return loaded.error();
            }
            return std::pair{loaded.value().round.itemKind, loaded.value().round.name};
        });
    if (!kind.ok()) {
        return kind.error();
    }
    const auto& [itemKind, name] = kind.value();
    if (itemKind == "appraisal") {
        return useScoresInAppraisal(project, roundId);
    }
    if (itemKind == "priorities") {
        return rankPriorities(project, roundId);
    }
    if (itemKind == "pbma") {
        return decideProposals(project, roundId);
    }
    if (itemKind == "needs") {
        return confirmStatements(project, roundId);
    }
    return Error{ErrorKind::Invalid, "The round " + name +
                                         " asks a question; nothing in the plan takes its "
                                         "result. Record a decision on the item instead."};
}

} // namespace jointly::workshop
