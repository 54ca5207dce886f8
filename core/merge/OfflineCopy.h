#pragma once

#include "Outcome.h"

#include <optional>
#include <string>

namespace jointly::storage {
class Database;
}
namespace jointly::project {
class Project;
}

namespace jointly::merge {

// Where a copy taken to work offline came from.
struct OfflineOrigin {
    std::string originalFile; // its path when the copy was taken
    std::string takenAt;      // UTC
    std::string takenBy;
};

// The copy's origin; nothing for a file that is not such a copy.
std::optional<OfflineOrigin> offlineOrigin(storage::Database& db);

// Writes a complete copy of the project to destination to work on offline:
// it remembers this file and when it was taken, gets sites of its own (so
// what is added in it never takes an id used elsewhere), starts with no undo
// history, and counts every edit this file has kept as merged already (so
// they are not sent back). Refuses the project's own file.
Status takeOfflineCopy(project::Project& original, const std::string& destination,
                       const std::string& takenBy);

} // namespace jointly::merge
