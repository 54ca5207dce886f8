#include "workshop/RoundTable.h"

#include "quantities/Decimal.h"
#include "util/Text.h"

namespace jointly::workshop {

namespace {

std::string headingFor(RoundKind kind) {
    switch (kind) {
    case RoundKind::Dots:
        return "Dots";
    case RoundKind::Ranking:
        return "Average points";
    case RoundKind::Allocation:
        return "Average points given";
    case RoundKind::Score:
        return "Mean score";
    case RoundKind::YesNo:
        return "Votes";
    }
    return "Result";
}

std::string spreadText(const Spread& spread, RoundKind kind) {
    if (spread.count == 0 || kind == RoundKind::YesNo) {
        return {};
    }
    auto text = "from " + quantities::formatHundredths(spread.lowest) + " to " +
                quantities::formatHundredths(spread.highest) + "; middle half " +
                quantities::formatHundredths(spread.interquartileRange()) + " apart";
    if (spread.disagreement) {
        text += " (far apart: discuss)";
    }
    return text;
}

// A weighted total of hundredths (weight in basis points times a score in
// hundredths) as the score it stands for, to two decimals, rounded half
// away from zero.
std::string weightedText(std::int64_t total) {
    const auto hundredths = total >= 0 ? (total + 5000) / 10000 : -((-total + 5000) / 10000);
    return quantities::formatHundredths(hundredths);
}

void scoringTable(const LoadedRound& loaded, RoundTable& table) {
    table.resultHeading = "Weighted score";
    const auto& scoring = *loaded.scoring;
    for (const auto& ranked : scoring.result.ranking.ranked) {
        ResultRow row{.rank = ranked.rankText,
                      .choice = loaded.choices[ranked.option].name,
                      .result = weightedText(ranked.total),
                      .resultHundredths = ranked.total / 10000,
                      .spread = {},
                      .disagreement = false};
        std::vector<std::string> apart;
        for (std::size_t c = 0; c < loaded.criteria.size(); ++c) {
            if (scoring.spread[ranked.option][c].disagreement) {
                apart.push_back(loaded.criteria[c].name);
            }
        }
        row.disagreement = !apart.empty();
        row.spread = apart.empty() ? std::string("close on every criterion")
                                   : "far apart on " + util::joinedWithAnd(apart);
        table.rows.push_back(std::move(row));
    }
    for (const auto& unranked : scoring.result.ranking.unranked) {
        table.rows.push_back({.rank = "-",
                              .choice = loaded.choices[unranked.option].name,
                              .result = "not scored",
                              .resultHundredths = 0,
                              .spread = unranked.reason,
                              .disagreement = false});
    }
    const auto voters = static_cast<std::int64_t>(loaded.scores.size());
    if (!scoring.result.ranking.ranked.empty()) {
        table.sentence = "Scored by " + std::to_string(voters) +
                         (voters == 1 ? " member: " : " members: ") +
                         util::curlyQuoted(table.rows.front().choice) +
                         " ranks first with a weighted score of " + table.rows.front().result + ".";
    } else {
        table.sentence = "No option has every score yet.";
    }
    for (const auto& cell : scoring.disagreements) {
        table.notes.push_back("Far apart: " + cell);
    }
    const auto& sensitivity = scoring.result.sensitivity;
    if (sensitivity.state == scoring::SensitivityState::Analysed) {
        for (const auto& criterion : sensitivity.criteria) {
            for (const auto* shift : {&criterion.rise, &criterion.fall}) {
                if (shift->outcome == scoring::ShiftOutcome::ChangesTop) {
                    table.notes.push_back(shift->sentence);
                }
            }
        }
    } else if (!sensitivity.reason.empty()) {
        table.notes.push_back(sensitivity.reason);
    }
}

} // namespace

RoundTable roundTable(const LoadedRound& loaded) {
    RoundTable table;
    if (loaded.scoring) {
        scoringTable(loaded, table);
    } else if (loaded.result) {
        table.resultHeading = headingFor(loaded.round.rules.kind);
        for (const auto& item : loaded.result->items) {
            table.rows.push_back({.rank = item.rankText,
                                  .choice = item.name,
                                  .result = item.resultText,
                                  .resultHundredths = item.resultHundredths,
                                  .spread = spreadText(item.spread, loaded.round.rules.kind),
                                  .disagreement = item.spread.disagreement});
            if (item.spread.disagreement) {
                table.notes.push_back("Far apart: " + util::curlyQuoted(item.name) + ", " +
                                      table.rows.back().spread + ".");
            }
        }
        table.sentence = loaded.result->sentence;
    }
    for (const auto& agreed : loaded.agreed) {
        if (!agreed.hundredths) {
            continue;
        }
        auto what = util::curlyQuoted(loaded.choices[agreed.choice].name);
        if (agreed.criterion) {
            what += " on " + util::curlyQuoted(loaded.criteria[*agreed.criterion].name);
        }
        table.notes.push_back("The group agreed " +
                              quantities::formatHundredths(*agreed.hundredths) + " for " + what +
                              (agreed.reason.empty() ? "." : ": " + agreed.reason));
    }
    if (!loaded.problem.empty()) {
        table.notes.push_back(loaded.problem);
    }
    return table;
}

std::vector<std::vector<std::string>> namedVotes(const LoadedRound& loaded) {
    std::vector<std::vector<std::string>> rows;
    if (loaded.round.anonymity != Anonymity::Recorded) {
        return rows;
    }
    for (const auto& ballot : loaded.ballots) {
        std::vector<std::string> row{ballot.member};
        for (const auto& value : ballot.values) {
            if (!value) {
                row.emplace_back();
            } else if (loaded.round.rules.kind == RoundKind::YesNo) {
                row.emplace_back(*value == kYes ? "Yes" : *value == kNo ? "No" : "Abstain");
            } else {
                row.push_back(std::to_string(*value));
            }
        }
        rows.push_back(std::move(row));
    }
    for (const auto& member : loaded.scores) {
        std::vector<std::string> row{member.member};
        for (const auto& option : member.scores) {
            std::string cell;
            for (const auto& score : option) {
                cell += (cell.empty() ? "" : " / ") + (score ? std::to_string(*score) : "-");
            }
            row.push_back(cell);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace jointly::workshop
