#pragma once

#include "Outcome.h"
#include "scoring/WeightedScoring.h"
#include "workshop/Spread.h"

#include <optional>
#include <string>
#include <vector>

// A workshop round scoring an appraisal's options against its weighted
// criteria. Each member scores on the appraisal's scale; the group's score
// for an option on a criterion is the mean of the scores given (to the
// hundredth, rounded half away from zero, as shown); the ranking and the
// sensitivity to the weights then come from the same weighted-scoring engine
// as the appraisal itself (scoring/WeightedScoring.h), fed those means in
// hundredths on the scale times 100. So the room sees, live, what the
// appraisal would show with the group's scores.
namespace jointly::workshop {

struct MemberScores {
    std::string member;
    // scores[option][criterion], in the order of the appraisal's options and
    // criteria; nothing for a score not given.
    std::vector<std::vector<std::optional<std::int64_t>>> scores;
    // The options the member may not score (a declared interest): one per
    // option, or empty.
    std::vector<bool> excluded;
};

struct ScoringRoundResult {
    // The group's scores: scores[option][criterion] as the mean of the
    // scores given, in hundredths, on the scale times 100; nothing where no
    // one scored.
    scoring::Appraisal group;
    // How many members scored each option on each criterion, and their spread.
    std::vector<std::vector<std::int64_t>> counted;
    std::vector<std::vector<Spread>> spread;
    // The ranking and sensitivity of the group's scores.
    scoring::AppraisalResult result;
    // The cells (option, criterion) whose spread is flagged, for discussion
    // first: '"Community service" on "Reach": scores from 1 to 4.'
    std::vector<std::string> disagreements;
};

// Checks every member's scores (one row per option and one score per
// criterion; each on the scale; none on an option the member may not score),
// refusing the first problem with a sentence naming the member, option and
// criterion; then works out the group's result.
Outcome<ScoringRoundResult> scoreRound(const scoring::Appraisal& appraisal,
                                       const std::vector<MemberScores>& members);

} // namespace jointly::workshop
