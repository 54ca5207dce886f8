#pragma once

#include "project/StageProgress.h"

namespace jointly::storage {
class Database;
}

namespace jointly::monitoring {

// How complete the monitoring stage is, and what is still to do.
StageProgress monitoringProgress(storage::Database& db);

// Works out the dashboard and every KPI's chart, as the Monitor page and
// `jointly kpis` show them, then the year at a glance, delivery, the
// outcome review, contract performance with a suggested assessment and the
// dashboard for the board; returns how many things it worked out.
std::int64_t workOutMonitoring(storage::Database& db);

} // namespace jointly::monitoring
