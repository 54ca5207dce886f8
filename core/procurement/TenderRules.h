#pragma once

#include <cstdint>
#include <string>

namespace jointly::storage {
class Database;
}

// The rules a tender evaluation keeps on every edit of its criteria and
// evaluators, run inside the edit (RecordKind::refuseChange).
namespace jointly::procurement {

// A sub-criterion belongs to a top-level criterion of the same procurement,
// and neither it nor its parent is the price (price is scored by formula).
std::string refuseCriterionChange(storage::Database& db, std::int64_t criterionId);

// A bid's lot is one of its own procurement's.
std::string refuseBidChange(storage::Database& db, std::int64_t bidId);

// An evaluator finishes only with every question they may score scored, and
// one who has scored stays finished once every other evaluator has finished
// or moderation has begun.
std::string refuseEvaluatorChange(storage::Database& db, std::int64_t evaluatorId);

} // namespace jointly::procurement
