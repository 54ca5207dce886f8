#pragma once

#include "Outcome.h"

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace jointly::project {
class Project;
}

// A KPI's actuals from a CSV (or rows pasted from a spreadsheet): one row
// per period, the period, the value and, if you like, a note, with the same
// rules as the indicator import. Every row is checked first; a bad one is
// named (file, row, period, what to do) and nothing is imported. Otherwise
// the figures go in as one undoable edit, each remembering the file and row
// it came from: a period already held is replaced, a value left empty is
// recorded as missing, and a period the file leaves out between two it gives
// is recorded as missing too, so no gap is silently skipped.
namespace jointly::monitoring {

struct ActualsImported {
    std::string kpi;       // its name
    std::size_t added = 0; // periods new to the KPI
    std::size_t replaced = 0;
    std::vector<std::string> missing; // given empty, or left out between two given
    // "Imported 24 figures for “Falls admissions” from a.csv: 20 new, 4
    // replaced. 2025-08 is missing and is recorded so."
    std::string sentence;
};

Outcome<ActualsImported> importActuals(project::Project& project, std::int64_t kpiId,
                                       std::istream& in, const std::string& name);

// From a file: name is how sentences call it.
Outcome<ActualsImported> importActualsFile(project::Project& project, std::int64_t kpiId,
                                           const std::string& csvPath);

} // namespace jointly::monitoring
