#pragma once

#include "Outcome.h"

#include <cstdint>
#include <optional>
#include <string>

namespace jointly::project {
class Project;
}

// The tender evaluation's edits that are more than one field: an
// evaluator's score with its note, and the consensus recorded in
// moderation with its reason. Each is one undoable edit, and keeps the
// rules of procurement/TenderStore.h's evaluation.
namespace jointly::procurement {

// Sets, or with no score clears, an evaluator's score of a bid on a
// question, with their note, as one undoable edit ('Score “Bid A” on
// “Workforce” for Dr Amy Shah'). Refuses, with a sentence and changing
// nothing: an evaluator removed, finished, or who has not declared their
// interests; a bidder they declared an interest in; a price-only evaluator;
// the price or a criterion with sub-criteria; a late bid; a criterion of
// another lot or procurement; a score off the scale. With no note given, a
// note already written is kept.
Status scoreBid(project::Project& project, std::int64_t evaluatorId, std::int64_t bidId,
                std::int64_t criterionId, std::optional<std::int64_t> score,
                const std::optional<std::string>& note);

// Records, or with no score clears, the consensus on a bid's question with
// its reason, as one undoable edit. The evaluators' own scores are never
// touched. Refuses unless moderation is open, without a reason, or what
// scoreBid refuses about the question.
Status moderateScore(project::Project& project, std::int64_t bidId, std::int64_t criterionId,
                     std::optional<std::int64_t> score, const std::string& reason);

} // namespace jointly::procurement
