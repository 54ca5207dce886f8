#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace jointly::storage {
class Database;
}

// Questions the tender's rules ask of the file, shared by the rules kept on
// each edit and by the evaluation's store.
namespace jointly::procurement {

// A bid's name in SQL, for a bid table called b: its own name, or else its
// bidder's, or "unnamed bid".
inline constexpr const char* kBidNameSql =
    "CASE WHEN trim(b.name) <> '' THEN b.name ELSE coalesce(nullif(trim((SELECT o.name FROM "
    "partner_organisation o WHERE o.id = b.provider_id)), ''), 'unnamed bid') END";

// Whether any consensus score has been recorded for the procurement's bids.
bool moderationBegun(storage::Database& db, std::int64_t procurementId);

// The bids an evaluator is kept from scoring: those of a bidder they, or
// the member they are, declared an interest in.
std::vector<std::int64_t> blockedBids(storage::Database& db, std::int64_t evaluatorId);

// What an evaluator may score and has not: "“Bid A” on “Workforce”", in
// bid then criterion order. Price, parents of sub-criteria, blocked bids,
// late bids and other lots' criteria are left out; a price-only evaluator
// has nothing to score.
std::vector<std::string> questionsLeft(storage::Database& db, std::int64_t evaluatorId);

} // namespace jointly::procurement
