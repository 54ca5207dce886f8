#pragma once

#include "Outcome.h"

#include <string>

namespace jointly::project {
class Project;
}

namespace jointly::needs {

// Imports population figures (estimates and projections) from a CSV with the
// columns Area, Year, Age band, Sex and People, and optionally Projected
// (Yes/No). Column names are matched ignoring case; "Age" and "Population"
// or "Count" are accepted for "Age band" and "People". Every row is checked
// first; a bad one stops the import naming the file, row, column and reason,
// and nothing is imported. Otherwise all rows are added as one undoable edit
// ("Import population from FILE"). Returns the number of rows imported.
Outcome<std::size_t> importPopulation(project::Project& project, const std::string& csvPath);

} // namespace jointly::needs
