#pragma once

#include "Outcome.h"
#include "bcf/ExpenditurePlan.h"
#include "quantities/FinancialYear.h"

#include <string>

namespace jointly::storage {
class Database;
}

// A year's Better Care Fund expenditure plan written as the planning
// template's tabs, in its column order: Income, Expenditure (Scheme ID,
// Scheme Name, Brief Description of Scheme, Scheme Type, Sub Types, Please
// specify if 'Scheme Type' is 'Other', Planned Outputs, Units, Area of Spend,
// Commissioner, % NHS (if Joint Commissioner), % LA (if Joint
// Commissioner), Provider, Source of Funding, Expenditure (£) and
// New/Existing Scheme), and the checks in words: an XLSX workbook with a
// sheet for each, or a CSV file with the three tables one after another.
// Money is exact (a money cell in XLSX, pounds and pence in CSV); text a
// spreadsheet would run as a formula never is. The file appears only when
// whole. `jointly export-bcf` and the Plan page's Better Care Fund tab both
// write it through this.
namespace jointly::bcf {

Outcome<ExpenditurePlan> exportExpenditurePlan(storage::Database& db,
                                               quantities::FinancialYear year,
                                               const std::string& path);

} // namespace jointly::bcf
