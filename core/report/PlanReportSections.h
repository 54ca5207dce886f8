#pragma once

#include <string>

namespace jointly::storage {
class Database;
}

// The sections of the commissioning plan report, each written into the
// report under its own heading (core/report/PlanReport.h puts them
// together).
namespace jointly::report {

class ReportBuilder;

void writePartnershipSection(ReportBuilder& report, storage::Database& db);
void writeNeedsSection(ReportBuilder& report, storage::Database& db);
void writeOutcomesSection(ReportBuilder& report, storage::Database& db);
void writePrioritiesSection(ReportBuilder& report, storage::Database& db);
void writeOptionsSection(ReportBuilder& report, storage::Database& db);
void writeInvestmentSection(ReportBuilder& report, storage::Database& db);
void writeBudgetSection(ReportBuilder& report, storage::Database& db);
void writeSavingsSection(ReportBuilder& report, storage::Database& db);
void writeRisksSection(ReportBuilder& report, storage::Database& db);
void writeActionsSection(ReportBuilder& report, storage::Database& db, const std::string& today);

} // namespace jointly::report
