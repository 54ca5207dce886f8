#pragma once

#include "records/RecordKind.h"

// The kinds of record a tender evaluation keeps (issue 13, section 4). The
// scores themselves are not kinds: each evaluator's scores and the moderated
// consensus are set through procurement/TenderStore.h, which keeps the rules
// (declared interests, finished evaluators, moderation opening only when all
// have finished).
namespace jointly::procurement {

const records::RecordKind& lot();
const records::RecordKind& awardCriterion();
const records::RecordKind& bid();
const records::RecordKind& bidPrice(); // one year of a bid's price
const records::RecordKind& evaluator();
const records::RecordKind& evaluatorInterest();
const records::RecordKind& scoreDescriptor();

} // namespace jointly::procurement
