#pragma once

#include "Outcome.h"
#include "report/Report.h"

#include <string>

namespace jointly::storage {
class Database;
}

// The monitoring report for a board: the dashboard (each KPI's latest
// figure, RAG and SPC icons in words), each KPI's SPC chart with its
// icons, RAG and numbered annotations, the savings realised this year, the
// review of each outcome against its trajectory, and contract performance.
namespace jointly::report {

struct MonitoringReportOptions {
    std::string generatedOn; // "3 December 2026"
    std::string today;       // YYYY-MM-DD: the year, and what is overdue
};

Outcome<Report> monitoringReport(storage::Database& db, const MonitoringReportOptions& options,
                                 const ReportProgress& progress = {});

} // namespace jointly::report
