#pragma once

#include "Outcome.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace jointly::project {

// What `jointly check` reports about a file, read without changing it.
struct FileSummary {
    int schemaVersion = 0;
    bool needsUpgrade = false;
    std::string integrity;
    std::string partnershipName;
    std::vector<std::pair<std::string, std::int64_t>> counts; // ("partner organisations", 4)
};

// Inspects the file (refusing as inspectProjectFile does), then counts what it
// holds. A file from an older version is counted through an upgraded copy in
// memory; the file itself is never written.
Outcome<FileSummary> summariseProjectFile(const std::string& path);

} // namespace jointly::project
