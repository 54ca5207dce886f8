#pragma once

#include "Outcome.h"
#include "needs/IndicatorColumns.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace jointly::project {
class Project;
}

namespace jointly::needs {

// What to do with a row whose indicator, area, sex, age, category and period
// the project already holds.
enum class DuplicateRule {
    Ask,     // stop before importing and say how many there are, so the user can choose
    Replace, // the imported row replaces the one held (undo brings the old one back)
    Keep,    // the row held stays and the imported row is left out
};

struct ImportOptions {
    bool skipBadRows = false;
    DuplicateRule duplicates = DuplicateRule::Ask;
    std::optional<std::string> dataAsAt; // YYYY-MM-DD, as the user gives it
    std::optional<Mapping> mapping;      // none: the file is a Fingertips export
};

struct SkippedRow {
    std::size_t row = 0; // as a spreadsheet numbers it: the header is row 1
    std::string reason;
};

// A polarity an import gives an indicator the project already had with none.
struct ExistingPolarity {
    std::int64_t indicatorId = 0;
    std::string polarity; // a stored polarity key
    bool inferred = true; // false when the file's own polarity column gave it
};

struct ImportReport {
    std::int64_t importId = 0;
    std::string fileName;
    std::string sha256;
    std::size_t rowsRead = 0;        // data rows in the file
    std::size_t rowsImported = 0;    // rows added to the project
    std::size_t rowsAlreadyHeld = 0; // rows the project already had (kept or replaced)
    std::size_t rowsSkipped = 0;     // bad rows left out (only when skipping bad rows)
    std::vector<SkippedRow> skipped; // the first kMaxSkippedListed of them
    std::size_t indicatorsCreated = 0;
    // Polarities for indicators the project already had with none; set when
    // the import is made live, so undo takes them back too.
    std::vector<ExistingPolarity> polaritiesForExisting;
};

inline constexpr std::size_t kMaxSkippedListed = 1000;

struct ImportProgress {
    std::uint64_t bytesRead = 0;
    std::uint64_t totalBytes = 0;
    std::size_t rows = 0;
};
// Called now and then during an import; return false to cancel it.
using ProgressCallback = std::function<bool(const ImportProgress&)>;

// Step 1, safe on a worker thread: reads the CSV and writes its rows into the
// project file through a connection of its own, in one transaction, as an
// import that is not yet live (so the rows are invisible). A bad row stops it
// with the file, row, column and reason, and nothing is written; so does
// Cancel. Error kinds: Invalid (bad input), DuplicateRows (with Ask, when the
// project already holds some rows), Cancelled, Storage.
Outcome<ImportReport> stageIndicatorImport(const std::string& projectPath,
                                           const std::string& csvPath, const ImportOptions& options,
                                           const ProgressCallback& progress = {});

// Step 2, on the thread that owns the project: makes a staged import live as
// one undoable edit ("Import Indicators.csv"). Undo hides its rows again;
// redo shows them. An import left staged (a crash between the steps) is
// removed the next time the project is opened.
Status activateImport(project::Project& project, const ImportReport& report);

// Both steps, for the command line and tests.
Outcome<ImportReport> importIndicators(project::Project& project, const std::string& csvPath,
                                       const ImportOptions& options,
                                       const ProgressCallback& progress = {});

// The condition (SQL on indicator_value aliased v) for a value that counts:
// its import is live and no live import has replaced it.
extern const char* const kLiveValue;

} // namespace jointly::needs
