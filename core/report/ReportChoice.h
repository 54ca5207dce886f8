#pragma once

#include "Outcome.h"
#include "report/PlanReport.h"
#include "report/Report.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jointly::storage {
class Database;
}

// Which report to make, as the window's File > Write a report and `jointly
// report` both choose it, and the one call that makes it.
namespace jointly::report {

enum class ReportKind { Plan, Evaluation, Monitoring };

// "plan", "evaluation", "monitoring".
std::optional<ReportKind> reportKindOf(std::string_view key);

struct ReportRequest {
    ReportKind kind = ReportKind::Plan;
    std::vector<PlanSection> sections = allPlanSections(); // the plan's
    std::int64_t procurementId = 0;                        // the evaluation's
    std::string generatedOn;                               // "3 December 2026"
    std::string today;                                     // YYYY-MM-DD
};

Outcome<Report> makeReport(storage::Database& db, const ReportRequest& request,
                           const ReportProgress& progress = {});

// The procurement an evaluation report is for: the one named (by name or
// id), or the only one there is; otherwise a sentence asking which.
Outcome<std::int64_t> procurementForReport(storage::Database& db,
                                           const std::optional<std::string>& name);

} // namespace jointly::report
