#include "workshop/WorkshopRules.h"

#include "storage/Database.h"
#include "util/Text.h"
#include "workshop/ItemStanding.h"
#include "workshop/RoundRecord.h"

#include <optional>

namespace jointly::workshop {

namespace {

std::string quoted(const std::string& name, const char* otherwise) {
    return util::curlyQuoted(name.empty() ? std::string(otherwise) : name);
}

std::string memberName(storage::Database& db, std::int64_t member) {
    auto row = db.prepare("SELECT name FROM member WHERE id = ?1");
    row.bind(1, member);
    return row.step() && !row.text(0).empty() ? row.text(0) : std::string("An unnamed member");
}

// The lowest and highest value a vote in the round may hold.
std::pair<std::int64_t, std::int64_t> valueRange(const RoundRecord& round, std::int64_t choices) {
    const auto& rules = round.rules;
    switch (rules.kind) {
    case RoundKind::Dots:
        return {0, rules.dotsPerItem.value_or(rules.dotsPerMember)};
    case RoundKind::Ranking:
        return {1, rules.rankTop ? std::min(*rules.rankTop, choices) : choices};
    case RoundKind::Allocation:
        return {0, rules.points};
    case RoundKind::Score:
        return {rules.scaleMin, rules.scaleMax};
    case RoundKind::YesNo:
        return {kNo, kAbstain};
    }
    return {0, 0};
}

std::string valueWords(const RoundRecord& round, std::int64_t low, std::int64_t high) {
    const auto range = std::to_string(low) + " to " + std::to_string(high);
    switch (round.rules.kind) {
    case RoundKind::Dots:
        return "0 to " + std::to_string(high) + " dots";
    case RoundKind::Ranking:
        return "a place from " + range;
    case RoundKind::Allocation:
        return "0 to " + std::to_string(high) + " points";
    case RoundKind::Score:
        return "a score from " + range;
    case RoundKind::YesNo:
        return "1 for yes, 0 for no or 2 to abstain";
    }
    return range;
}

// What is wrong with one vote, or nothing. `whileOpen` also asks that the
// round be open, as a vote being cast must; a round's own change checks the
// votes already in against its new rules without it.
std::string voteProblem(storage::Database& db, std::int64_t voteId, bool whileOpen) {
    auto row = db.prepare("SELECT v.round_id, v.member_id, v.choice_id, v.criterion_id, v.value, "
                          "c.round_id, c.name, k.appraisal_id FROM round_vote v JOIN round_choice "
                          "c ON c.id = v.choice_id LEFT JOIN appraisal_criterion k ON k.id = "
                          "v.criterion_id WHERE v.id = ?1");
    row.bind(1, voteId);
    if (!row.step()) {
        return {};
    }
    const auto roundId = row.int64(0);
    const auto member = row.int64(1);
    const auto choiceId = row.int64(2);
    const std::optional<std::int64_t> criterion =
        row.isNull(3) ? std::nullopt : std::optional<std::int64_t>(row.int64(3));
    const auto value = row.int64(4);
    const auto choice = quoted(row.text(6), "unnamed choice");
    const std::optional<std::int64_t> criterionAppraisal =
        row.isNull(7) ? std::nullopt : std::optional<std::int64_t>(row.int64(7));
    const auto round = loadRoundRecord(db, roundId);
    if (!round) {
        return {};
    }
    if (row.int64(5) != roundId) {
        return "The choice " + choice + " is not one of the choices of the round " + round->name +
               ".";
    }
    if (whileOpen && round->state != RoundState::Open) {
        return "The round " + round->name + " is " + std::string(stateWords(round->state)) +
               ", not open for votes.";
    }
    const auto who = memberName(db, member);
    // Whether the member may vote is checked as the vote is cast; a later
    // interest leaves the vote out of the result rather than the round
    // locked.
    const auto standing = whileOpen ? loadItemStanding(db, round->item) : std::nullopt;
    if (standing && !standing->mayVote(member)) {
        for (const auto& e : standing->eligibility) {
            if (e.member == member) {
                return who + " may not vote on the item " + standing->title + ". " + e.reason;
            }
        }
        return who + " is not recorded as present at the workshop, so cannot vote on " +
               standing->title + ". Mark them present first.";
    }
    if (scoresCriteria(*round)) {
        if (!criterion || criterionAppraisal != round->appraisal) {
            return "A score of " + choice + " in the round " + round->name +
                   " must name a criterion of the item's options appraisal.";
        }
    } else if (criterion) {
        return "Only a round scoring an options appraisal takes a criterion; the round " +
               round->name + " does not.";
    }
    auto choices = db.prepare("SELECT count(*) FROM round_choice WHERE round_id = ?1");
    choices.bind(1, roundId);
    choices.step();
    const auto [low, high] = valueRange(*round, choices.int64(0));
    if (value < low || value > high) {
        return who + "'s " + std::to_string(value) + " on " + choice +
               " is outside what the round " + round->name +
               " takes: " + valueWords(*round, low, high) + ".";
    }
    auto twice = db.prepare("SELECT count(*) FROM round_vote WHERE round_id = ?1 AND member_id = "
                            "?2 AND choice_id = ?3 AND criterion_id IS ?4");
    twice.bind(1, roundId);
    twice.bind(2, member);
    twice.bind(3, choiceId);
    if (criterion) {
        twice.bind(4, *criterion);
    }
    twice.step();
    if (twice.int64(0) > 1) {
        return who + " already has a vote on " + choice + " in the round " + round->name +
               "; change that one instead.";
    }
    if (round->rules.kind == RoundKind::Ranking) {
        auto same = db.prepare("SELECT count(*) FROM round_vote WHERE round_id = ?1 AND member_id "
                               "= ?2 AND value = ?3");
        same.bind(1, roundId);
        same.bind(2, member);
        same.bind(3, value);
        same.step();
        if (same.int64(0) > 1) {
            return who + " has already given place " + std::to_string(value) +
                   " to another choice in the round " + round->name + ".";
        }
    }
    if (round->rules.kind == RoundKind::Dots || round->rules.kind == RoundKind::Allocation) {
        auto total = db.prepare("SELECT coalesce(sum(value), 0) FROM round_vote WHERE round_id = "
                                "?1 AND member_id = ?2");
        total.bind(1, roundId);
        total.bind(2, member);
        total.step();
        const bool dots = round->rules.kind == RoundKind::Dots;
        const auto budget = dots ? round->rules.dotsPerMember : round->rules.points;
        if (total.int64(0) > budget) {
            return who + " has placed " + std::to_string(total.int64(0)) +
                   (dots ? " dots" : " points") + " in the round " + round->name +
                   ", more than the " + std::to_string(budget) + " each member has.";
        }
    }
    return {};
}

} // namespace

std::string refuseAttendanceChange(storage::Database& db, std::int64_t id) {
    auto row = db.prepare(
        "SELECT a.workshop_id, a.member_id, a.status, a.acting_for_member_id, m.partner_id, "
        "s.partner_id, w.name, (SELECT count(*) FROM workshop_attendance o WHERE o.workshop_id = "
        "a.workshop_id AND o.member_id = a.member_id), (SELECT count(*) FROM workshop_attendance o "
        "WHERE o.workshop_id = a.workshop_id AND o.member_id = a.acting_for_member_id AND o.status "
        "= 'present'), (SELECT count(*) FROM workshop_attendance o WHERE o.workshop_id = "
        "a.workshop_id AND o.acting_for_member_id = a.acting_for_member_id) FROM "
        "workshop_attendance a JOIN member m ON m.id = a.member_id JOIN workshop w ON w.id = "
        "a.workshop_id LEFT JOIN member s ON s.id = a.acting_for_member_id WHERE a.id = ?1");
    row.bind(1, id);
    if (!row.step()) {
        return {};
    }
    const auto who = memberName(db, row.int64(1));
    const auto workshop = quoted(row.text(6), "unnamed workshop");
    if (row.int64(7) > 1) {
        return who + " is already on the attendance of the workshop " + workshop +
               "; change that entry instead.";
    }
    if (row.text(2) == "present") {
        auto covered = db.prepare("SELECT s.name FROM workshop_attendance o JOIN member s ON s.id "
                                  "= o.member_id WHERE o.workshop_id = ?1 AND "
                                  "o.acting_for_member_id = ?2 AND o.id <> ?3");
        covered.bind(1, row.int64(0));
        covered.bind(2, row.int64(1));
        covered.bind(3, id);
        if (covered.step()) {
            return who + " has " + (covered.text(0).empty() ? "a substitute" : covered.text(0)) +
                   " standing in for them at the workshop " + workshop +
                   "; remove the substitute before marking them present.";
        }
    }
    if (row.isNull(3)) {
        return {};
    }
    const auto standsFor = memberName(db, row.int64(3));
    if (row.int64(3) == row.int64(1)) {
        return who + " cannot stand in for themselves.";
    }
    if (row.text(2) != "present") {
        return who + " has sent apologies, so cannot stand in for " + standsFor +
               "; mark them present first.";
    }
    if (row.int64(4) != row.int64(5)) {
        return who + " cannot stand in for " + standsFor +
               ": a substitute stands in for a member of their own organisation.";
    }
    if (row.int64(8) > 0) {
        return standsFor + " is present at the workshop " + workshop +
               ", so no one stands in for them.";
    }
    if (row.int64(9) > 1) {
        return "Someone already stands in for " + standsFor + " at the workshop " + workshop + ".";
    }
    return {};
}

std::string refuseAgendaItemChange(storage::Database& db, std::int64_t id) {
    auto votes = db.prepare("SELECT v.id FROM round_vote v JOIN workshop_round r ON r.id = "
                            "v.round_id WHERE r.agenda_item_id = ?1 AND r.kind = 'score' ORDER BY "
                            "v.id LIMIT 1");
    votes.bind(1, id);
    if (!votes.step()) {
        return {};
    }
    auto problem = voteProblem(db, votes.int64(0), false);
    return problem.empty()
               ? problem
               : "Scores are already in for this item, and would no longer fit: " + problem;
}

std::string refuseAgendaProviderChange(storage::Database& db, std::int64_t id) {
    auto row = db.prepare("SELECT p.name FROM agenda_provider x JOIN partner_organisation p ON "
                          "p.id = x.provider_id WHERE x.id = ?1 AND EXISTS (SELECT 1 FROM "
                          "agenda_provider o WHERE o.agenda_item_id = x.agenda_item_id AND "
                          "o.provider_id = x.provider_id AND o.id <> x.id)");
    row.bind(1, id);
    if (!row.step()) {
        return {};
    }
    return quoted(row.text(0), "unnamed provider") +
           " is already listed as concerned by this item.";
}

std::string refuseInterestActionChange(storage::Database& db, std::int64_t id) {
    auto row = db.prepare("SELECT x.member_id FROM interest_action x WHERE x.id = ?1 AND EXISTS "
                          "(SELECT 1 FROM interest_action o WHERE o.agenda_item_id = "
                          "x.agenda_item_id AND o.member_id = x.member_id AND o.id <> x.id)");
    row.bind(1, id);
    if (!row.step()) {
        return {};
    }
    return "The chair's action on " + memberName(db, row.int64(0)) +
           "'s interest is already recorded for this item; change that one instead.";
}

std::string refuseRoundChange(storage::Database& db, std::int64_t id) {
    const auto round = loadRoundRecord(db, id);
    if (!round) {
        return {};
    }
    if (round->rules.scaleMin >= round->rules.scaleMax) {
        return "The round " + round->name + "'s lowest score (" +
               std::to_string(round->rules.scaleMin) + ") must be below its highest (" +
               std::to_string(round->rules.scaleMax) + ").";
    }
    auto votes = db.prepare("SELECT id FROM round_vote WHERE round_id = ?1 ORDER BY id");
    votes.bind(1, id);
    while (votes.step()) {
        auto problem = voteProblem(db, votes.int64(0), false);
        if (!problem.empty()) {
            return "Votes are already in for the round " + round->name +
                   ", and would no longer fit: " + problem;
        }
    }
    return {};
}

std::string refuseChoiceChange(storage::Database& db, std::int64_t id) {
    auto row = db.prepare(
        "SELECT c.round_id, c.name, o.appraisal_id, i.appraisal_id, c.option_id, EXISTS (SELECT 1 "
        "FROM round_vote v WHERE v.round_id = c.round_id), EXISTS (SELECT 1 FROM round_choice d "
        "WHERE d.round_id = c.round_id AND d.id <> c.id AND ((d.priority_id = c.priority_id) OR "
        "(d.option_id = c.option_id) OR (d.proposal_id = c.proposal_id) OR (d.statement_id = "
        "c.statement_id))) FROM round_choice c JOIN workshop_round r ON r.id = c.round_id JOIN "
        "agenda_item i ON i.id = r.agenda_item_id LEFT JOIN appraisal_option o ON o.id = "
        "c.option_id WHERE c.id = ?1");
    row.bind(1, id);
    if (!row.step()) {
        return {};
    }
    const auto round = loadRoundRecord(db, row.int64(0));
    const auto roundName = round ? round->name : std::string("this round");
    const auto choice = quoted(row.text(1), "unnamed choice");
    if (row.int64(5) != 0) {
        return "Votes are in for the round " + roundName +
               ", so its choices are locked. Re-run the round to change them.";
    }
    if (!row.isNull(4) && (row.isNull(3) || row.int64(2) != row.int64(3))) {
        return "The choice " + choice +
               " names an option of another appraisal than the one this item scores.";
    }
    if (row.int64(6) != 0) {
        return "The choice " + choice + " is already on the round " + roundName +
               " under another name.";
    }
    return {};
}

std::string refuseVoteChange(storage::Database& db, std::int64_t id) {
    return voteProblem(db, id, true);
}

std::string refuseAgreedValueChange(storage::Database& db, std::int64_t id) {
    auto row = db.prepare(
        "SELECT x.round_id, c.round_id, c.name, x.criterion_id, k.appraisal_id, EXISTS (SELECT 1 "
        "FROM agreed_value o WHERE o.round_id = x.round_id AND o.choice_id = x.choice_id AND "
        "o.criterion_id IS x.criterion_id AND o.id <> x.id) FROM agreed_value x JOIN round_choice "
        "c ON c.id = x.choice_id LEFT JOIN appraisal_criterion k ON k.id = x.criterion_id WHERE "
        "x.id = ?1");
    row.bind(1, id);
    if (!row.step()) {
        return {};
    }
    const auto round = loadRoundRecord(db, row.int64(0));
    if (!round) {
        return {};
    }
    const auto choice = quoted(row.text(2), "unnamed choice");
    if (row.int64(1) != round->id) {
        return "The choice " + choice + " is not one of the choices of the round " + round->name +
               ".";
    }
    if (round->state == RoundState::Draft || round->state == RoundState::Open) {
        return "The round " + round->name + " is " + std::string(stateWords(round->state)) +
               "; agree a value once it is closed and its results seen.";
    }
    if (scoresCriteria(*round)) {
        if (row.isNull(3) || row.isNull(4) || row.int64(4) != *round->appraisal) {
            return "An agreed score of " + choice +
                   " must name a criterion of the item's appraisal.";
        }
    } else if (!row.isNull(3)) {
        return "Only a round scoring an options appraisal takes a criterion; the round " +
               round->name + " does not.";
    }
    if (row.int64(5) != 0) {
        return "A value for " + choice + " is already agreed in the round " + round->name +
               "; change that one instead.";
    }
    auto value = db.prepare("SELECT value_hundredths FROM agreed_value WHERE id = ?1");
    value.bind(1, id);
    if (round->rules.kind == RoundKind::Score && value.step() && !value.isNull(0) &&
        (value.int64(0) < round->rules.scaleMin * 100 ||
         value.int64(0) > round->rules.scaleMax * 100)) {
        return "The agreed value for " + choice + " must be on the round's scale, " +
               std::to_string(round->rules.scaleMin) + " to " +
               std::to_string(round->rules.scaleMax) + ".";
    }
    return {};
}

std::string refuseDecisionChange(storage::Database& db, std::int64_t id) {
    auto row = db.prepare(
        "SELECT d.workshop_id, i.workshop_id, i.title, d.round_id, r.agenda_item_id, "
        "d.agenda_item_id FROM workshop_decision d LEFT JOIN agenda_item i ON i.id = "
        "d.agenda_item_id LEFT JOIN workshop_round r ON r.id = d.round_id WHERE d.id = ?1");
    row.bind(1, id);
    if (!row.step()) {
        return {};
    }
    if (!row.isNull(1) && row.int64(0) != row.int64(1)) {
        return "The item " + quoted(row.text(2), "unnamed item") +
               " is on another workshop's agenda than this decision's.";
    }
    if (!row.isNull(3) && (row.isNull(5) || row.int64(4) != row.int64(5))) {
        return "A decision drawn from a round must name that round's agenda item.";
    }
    return {};
}

} // namespace jointly::workshop
