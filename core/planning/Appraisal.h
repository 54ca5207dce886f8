#pragma once

#include "scoring/WeightedScoring.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

// Options appraisal: a priority's short-listed options scored against
// weighted criteria. The scoring itself (weights, ranking, sensitivity) is
// the shared engine in scoring/WeightedScoring.h, which tender evaluation
// uses too; what is the plan's own is the "do nothing / business as usual"
// option every appraisal keeps.
namespace jointly::planning {

using scoring::Appraisal;
using scoring::AppraisalResult;
using scoring::Criterion;
using scoring::Fraction;
using scoring::kFullWeight;
using scoring::kMaxCriteria;
using scoring::kMaxScoreMagnitude;
using scoring::Option;
using scoring::OptionContributions;
using scoring::RankedOption;
using scoring::Ranking;
using scoring::ScoringScale;
using scoring::Sensitivity;
using scoring::SensitivityState;
using scoring::ShiftOutcome;
using scoring::UnrankedOption;
using scoring::WeightCheck;
using scoring::WeightShift;

using scoring::analyseSensitivity;
using scoring::appraise;
using scoring::checkAppraisal;
using scoring::checkWeights;
using scoring::contributionsByCriterion;
using scoring::formatHundredths;
using scoring::formatTotal;
using scoring::rankOptions;

struct DoNothingCheck {
    // The first option flagged as do-nothing, if any.
    std::optional<std::size_t> option;
    std::size_t count = 0; // how many options are flagged
    // Empty when exactly one option is flagged; otherwise a sentence saying
    // what is wrong (none, or more than one).
    std::string problem;
};

// Whether the options include one flagged as "do nothing / business as
// usual". The appraisal layer uses this to keep one always present.
DoNothingCheck checkDoNothing(const std::vector<Option>& options);

inline bool hasDoNothingOption(const std::vector<Option>& options) {
    return checkDoNothing(options).option.has_value();
}

} // namespace jointly::planning
