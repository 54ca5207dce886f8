#pragma once

#include <cstdint>
#include <string>

namespace jointly::storage {
class Database;
}

// The rules the procurement stage keeps on every edit of its records, run
// inside the edit (RecordKind::refuseChange): a sentence refuses the change.
namespace jointly::procurement {

// Direct award process C is refused when the change is considerable
// (procurement/ConsiderableChange.h).
std::string refuseProcurementChange(storage::Database& db, std::int64_t procurementId);

// A tender, transparency or intention notice cannot be marked done before
// the procurement's conflicts assessment has an entry (Act s.83; the PSR's
// record of conflicts and how they were managed).
std::string refuseMilestoneChange(storage::Database& db, std::int64_t milestoneId);

} // namespace jointly::procurement
