#pragma once

#include <string>
#include <vector>

namespace jointly::storage {
class Database;
}

namespace jointly::partnership {

// How complete a stage is: the checks it passes out of all its checks, and a
// sentence for each that fails, saying what to add.
struct StageProgress {
    int done = 0;
    int total = 0;
    std::vector<std::string> missing;
    int percent() const { return total == 0 ? 0 : (done * 100) / total; }
};

StageProgress partnershipProgress(storage::Database& db);

} // namespace jointly::partnership
