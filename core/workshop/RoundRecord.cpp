#include "workshop/RoundRecord.h"

#include "storage/Database.h"
#include "util/Text.h"

namespace jointly::workshop {

namespace {

RoundState stateFromKey(const std::string& key) {
    if (key == "open") {
        return RoundState::Open;
    }
    if (key == "closed") {
        return RoundState::Closed;
    }
    if (key == "revealed") {
        return RoundState::Revealed;
    }
    return RoundState::Draft;
}

Anonymity anonymityFromKey(const std::string& key) {
    if (key == "private") {
        return Anonymity::Private;
    }
    if (key == "recorded") {
        return Anonymity::Recorded;
    }
    return Anonymity::Anonymous;
}

} // namespace

RoundKind roundKindFromKey(std::string_view key) {
    if (key == "ranking") {
        return RoundKind::Ranking;
    }
    if (key == "allocation") {
        return RoundKind::Allocation;
    }
    if (key == "score") {
        return RoundKind::Score;
    }
    if (key == "yes_no") {
        return RoundKind::YesNo;
    }
    return RoundKind::Dots;
}

std::string_view roundKindKey(RoundKind kind) {
    switch (kind) {
    case RoundKind::Dots:
        return "dots";
    case RoundKind::Ranking:
        return "ranking";
    case RoundKind::Allocation:
        return "allocation";
    case RoundKind::Score:
        return "score";
    case RoundKind::YesNo:
        return "yes_no";
    }
    return "dots";
}

std::string_view stateKey(RoundState state) {
    switch (state) {
    case RoundState::Draft:
        return "draft";
    case RoundState::Open:
        return "open";
    case RoundState::Closed:
        return "closed";
    case RoundState::Revealed:
        return "revealed";
    }
    return "draft";
}

std::string_view stateWords(RoundState state) {
    switch (state) {
    case RoundState::Draft:
        return "a draft";
    case RoundState::Open:
        return "open for votes";
    case RoundState::Closed:
        return "closed";
    case RoundState::Revealed:
        return "showing its results";
    }
    return "a draft";
}

bool scoresCriteria(const RoundRecord& round) {
    return round.rules.kind == RoundKind::Score && round.appraisal.has_value();
}

std::optional<RoundRecord> loadRoundRecord(storage::Database& db, std::int64_t roundId) {
    auto row = db.prepare(
        "SELECT r.agenda_item_id, i.workshop_id, r.run, r.question, r.kind, r.state, r.anonymity, "
        "r.dots_per_member, r.dots_per_item, r.rank_top, r.points, r.scale_min, r.scale_max, "
        "r.minutes, a.id, i.kind, i.title, a.scale_min, a.scale_max FROM workshop_round r JOIN "
        "agenda_item i ON i.id = r.agenda_item_id LEFT JOIN appraisal a ON a.id = i.appraisal_id "
        "WHERE r.id = ?1");
    row.bind(1, roundId);
    if (!row.step()) {
        return std::nullopt;
    }
    RoundRecord round;
    round.id = roundId;
    round.item = row.int64(0);
    round.workshop = row.int64(1);
    round.run = row.int64(2);
    round.question = row.text(3);
    const auto what = !round.question.empty() ? round.question
                      : !row.text(16).empty() ? row.text(16)
                                              : std::string("unnamed round");
    round.name = util::curlyQuoted(what) +
                 (round.run > 1 ? " (run " + std::to_string(round.run) + ")" : std::string());
    round.rules.kind = roundKindFromKey(row.text(4));
    round.state = stateFromKey(row.text(5));
    round.anonymity = anonymityFromKey(row.text(6));
    round.rules.dotsPerMember = row.int64(7);
    if (!row.isNull(8)) {
        round.rules.dotsPerItem = row.int64(8);
    }
    if (!row.isNull(9)) {
        round.rules.rankTop = row.int64(9);
    }
    round.rules.points = row.int64(10);
    round.rules.scaleMin = row.int64(11);
    round.rules.scaleMax = row.int64(12);
    if (!row.isNull(13)) {
        round.minutes = row.int64(13);
    }
    if (!row.isNull(14)) {
        round.appraisal = row.int64(14);
    }
    round.itemKind = row.text(15);
    auto within = [](std::int64_t value, std::int64_t low, std::int64_t high) {
        return value >= low && value <= high;
    };
    round.withinLimits =
        within(round.rules.dotsPerMember, 1, 99) &&
        within(round.rules.dotsPerItem.value_or(1), 1, 99) &&
        within(round.rules.rankTop.value_or(1), 1, 1000) && within(round.rules.points, 1, 1000) &&
        within(round.rules.scaleMin, -1000, 1000) && within(round.rules.scaleMax, -1000, 1000);
    if (scoresCriteria(round)) {
        // Scored on the appraisal's own scale, whatever the round says.
        round.rules.scaleMin = row.int64(17);
        round.rules.scaleMax = row.int64(18);
    }
    return round;
}

} // namespace jointly::workshop
