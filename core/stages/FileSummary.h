#pragma once

#include "Outcome.h"
#include "stages/Stage.h"

#include <string>
#include <vector>

namespace jointly::storage {
class Database;
}

namespace jointly::stages {

// One stage's completeness in a file. A stage not built yet has no progress.
struct StageStatus {
    const Stage* stage = nullptr;
    StageProgress progress;
};

// What `jointly check` and `jointly status` report about a file, read without
// changing it: its format and integrity, each stage's completeness and what is
// still to do (as the navigator shows them), and how many of each thing it
// holds.
struct FileSummary {
    int schemaVersion = 0;
    bool needsUpgrade = false;
    std::string integrity;
    std::string partnershipName;
    std::vector<StageStatus> stages; // in the order of the cycle
    Counts counts;                   // ("partner organisations", 4)
};

// Inspects the file (refusing as project::inspectProjectFile does), then reads
// it. A file from an older version is read through an upgraded copy in
// memory; the file itself is never written.
Outcome<FileSummary> summariseProjectFile(const std::string& path);

// Reads what the stages show of a database (each stage's completeness and the
// counts) into `summary`. Throws storage::StorageError if some of it cannot be
// read.
void readStages(storage::Database& db, FileSummary& summary);

// The sentence for a file that passed its checks but could not be read in
// full: "X could not be read in full (why). Open a backup copy of the project."
Error unreadable(const std::string& path, const std::string& why);

} // namespace jointly::stages
