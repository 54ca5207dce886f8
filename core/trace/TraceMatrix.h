#pragma once

#include "Outcome.h"

#include <cstddef>
#include <string>
#include <vector>

namespace jointly::storage {
class Database;
}

// The traceability matrix: one row per chain from an indicator to the value
// observed, for boards and auditors, as CSV or HTML. Columns: indicator,
// needs statement, priority, option chosen, the money allocated along the
// chain by year, specification, award criteria, contract, KPI and the
// values observed. A chain broken part way stops there, its later cells
// empty, so the gaps show; a specification, contract or KPI no priority
// reaches starts a row of its own.
namespace jointly::trace {

struct TraceMatrix {
    std::vector<std::string> headings;
    std::vector<std::vector<std::string>> rows; // each as long as headings
};

TraceMatrix traceMatrix(storage::Database& db);

// As CSV: a heading line, then a line per row, each text cell made safe to
// open in a spreadsheet.
std::string matrixCsv(const TraceMatrix& matrix);

// As a self-contained HTML page with a table, every cell escaped.
std::string matrixHtml(const TraceMatrix& matrix, const std::string& partnership);

// Writes the project's matrix to outPath, as CSV when it ends in .csv or
// HTML when it ends in .html or .htm, whole or not at all; returns how many
// chains it holds. Refuses any other ending, and a file that cannot be
// written, with a sentence naming it.
Outcome<std::size_t> writeTraceMatrix(storage::Database& db, const std::string& outPath);

} // namespace jointly::trace
