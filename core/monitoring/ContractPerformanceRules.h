#pragma once

#include <cstdint>
#include <string>

namespace jointly::storage {
class Database;
}

// The rules the monitoring stage's records keep on every edit, run inside
// the edit (RecordKind::refuseChange): a sentence refuses the change.
namespace jointly::monitoring {

// A KPI has one figure a period: a second is refused (the chart, the rating
// and the OCDS export each take one).
std::string refuseFigureChange(storage::Database& db, std::int64_t figureId);

// A performance notice about a KPI names one of its own contract's KPIs.
std::string refuseNoticeChange(storage::Database& db, std::int64_t noticeId);

// A KPI rating rates one of the assessed contract's KPIs, once in each
// assessment.
std::string refuseRatingChange(storage::Database& db, std::int64_t ratingId);

} // namespace jointly::monitoring
