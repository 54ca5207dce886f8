#pragma once

#include "Outcome.h"
#include "workshop/RoundRecord.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace jointly::project {
class Project;
}

// The edits a workshop makes that are more than one field: a round started
// from an agenda item, a member's whole ballot, a round opened, closed,
// revealed or re-run, and a round's result applied to the plan. Each is one
// undoable edit, committed at once, so a crash mid-round loses no ballot
// entered; each refuses with a sentence, changing nothing.
namespace jointly::workshop {

// Adds a draft round to an item, with its choices drawn from the project
// by the item's kind: the priorities (by rank) for priorities to rank; the
// short-listed options and the do-nothing option of its appraisal; the
// proposals; the draft needs statements (every statement when none is a
// draft) for needs statements to confirm; or, for a
// question, the question itself as the one choice of a yes/no vote. The
// question defaults to the item's title. Returns the round's id.
Outcome<std::int64_t> addRound(project::Project& project, std::int64_t itemId, RoundKind kind,
                               const std::string& question = {});

// Enters one member's ballot on an open round: a value per choice, in the
// round's order (see RoundResults.h), replacing any entered before; all
// empty clears the member's votes. Refuses a round not open, a member not
// present or not free to vote on the item, and a ballot checkBallot refuses.
Status enterBallot(project::Project& project, std::int64_t roundId, std::int64_t memberId,
                   const std::vector<std::optional<std::int64_t>>& values);

// The same for a round scoring an appraisal: scores[choice][criterion].
Status enterScores(project::Project& project, std::int64_t roundId, std::int64_t memberId,
                   const std::vector<std::vector<std::optional<std::int64_t>>>& scores);

// Moves a round on: draft to open (it needs a choice, two to rank), open to
// closed, closed to revealed, or closed back to open. Only the facilitator's
// window and the command line call it; nothing opens or reveals by itself.
Status setRoundState(project::Project& project, std::int64_t roundId, RoundState state);

// How the round's votes are named: anonymous, named to the facilitator
// only, or named in the record. Refused once any vote is in, so no one
// votes under one promise and is recorded under another.
Status setAnonymity(project::Project& project, std::int64_t roundId, Anonymity anonymity);

// A decision taken on an agenda item, as the partnership's record (see
// DecisionLog.h). Drawn from a round, the round must have been shown to the
// room and the tally is its result's sentence; the date is the workshop's.
struct DecisionDraft {
    std::int64_t item = 0;
    std::optional<std::int64_t> round;
    std::string decision;
    std::string outcome = "approve"; // approve, reject, defer or note
    std::string method = "vote";     // consensus, vote, block_vote or delegated
    std::string reasons;
    std::string alternatives;
    std::string evidence;
};

// Records the decision as one edit and returns its id. Refuses an empty
// decision, an item or round that no longer exists, a round of another item
// or not yet shown, and an outcome or method not in the lists above.
Outcome<std::int64_t> recordDecision(project::Project& project, const DecisionDraft& draft);

// A closed or revealed round run again: a new draft round on the same item
// with the same question, rules and choices and the next run number. The
// earlier run and its votes are kept. Returns the new round's id.
Outcome<std::int64_t> rerunRound(project::Project& project, std::int64_t roundId);

// Each of the steps below uses a revealed round's result in the plan,
// and refuses a round whose item was inquorate, with the quorum's sentence.
//
// A revealed round scoring an appraisal, written into the appraisal's
// scores: each option's score on each criterion becomes the value the
// group agreed, or else the mean of the members' scores rounded half away
// from zero to the scale's whole numbers. One edit.
Status useScoresInAppraisal(project::Project& project, std::int64_t roundId);

// A revealed round on priorities (ranking, dots or points), written as the
// priorities' ranks: the round's priorities ranked 1, 2, 3 in the order of
// the result (equal results in the round's order), then the priorities not
// on the round after them, in their old order. One edit.
Status rankPriorities(project::Project& project, std::int64_t roundId);

// A revealed round on proposals: the chosen proposals marked agreed and the
// round's other proposals not agreed. For a yes/no round, leave `agreed`
// empty to take the proposals the vote carried (a proposal no one voted on
// stays undecided). Choices not the round's are refused. One edit.
Status decideProposals(project::Project& project, std::int64_t roundId,
                       std::optional<std::set<std::int64_t>> agreedChoices = std::nullopt);

// A revealed yes/no round on needs statements: the statements it carried
// are confirmed (no longer drafts); the others stay drafts. One edit.
Status confirmStatements(project::Project& project, std::int64_t roundId);

// The one of the steps above that the round's item takes: scores for an
// appraisal, ranks for priorities, decisions for proposals, confirmation
// for needs statements. A question has none and is refused.
Status useResultInPlan(project::Project& project, std::int64_t roundId);

} // namespace jointly::workshop
