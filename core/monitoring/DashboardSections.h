#pragma once

#include "monitoring/ContractPerformance.h"
#include "monitoring/KpiBoard.h"
#include "monitoring/KpiRecord.h"
#include "monitoring/YearAtAGlance.h"
#include "util/HtmlWriter.h"

#include <string_view>
#include <vector>

// The parts of the partnership dashboard, each under its own heading, shared
// by the dashboard for a board (DashboardReport.h) and the monitoring report.
namespace jointly::monitoring {

// The KPIs' table (latest, target, RAG and SPC icons, each in words), what
// each KPI shows in sentences, and how the charts are read.
// Each heading may be numbered: `number` ("5. ") goes before it.
void writeKpiTable(util::HtmlWriter& html, const std::vector<KpiRecord>& kpis,
                   const std::vector<KpiStatus>& board, std::string_view number = {});

// The year at a glance: budget, savings realised, high risks, delivery and
// contracts due a decision.
void writeYearAtAGlance(util::HtmlWriter& html, const YearAtAGlance& glance,
                        std::string_view number = {});

// Each contract's performance and its open notices.
void writeContractPerformance(util::HtmlWriter& html,
                              const std::vector<ContractPerformance>& contracts,
                              std::string_view number = {});

} // namespace jointly::monitoring
