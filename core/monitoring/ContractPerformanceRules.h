#pragma once

#include <cstdint>
#include <string>

namespace jointly::storage {
class Database;
}

// The rules contract performance records keep on every edit, run inside the
// edit (RecordKind::refuseChange): a sentence refuses the change.
namespace jointly::monitoring {

// A performance notice about a KPI names one of its own contract's KPIs.
std::string refuseNoticeChange(storage::Database& db, std::int64_t noticeId);

// A KPI rating rates one of the assessed contract's KPIs, once in each
// assessment.
std::string refuseRatingChange(storage::Database& db, std::int64_t ratingId);

} // namespace jointly::monitoring
