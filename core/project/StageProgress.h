#pragma once

#include <string>
#include <utility>
#include <vector>

namespace jointly {

// How complete a stage of the cycle is: the checks it passes out of all its
// checks, and a sentence for each that fails, saying what to add.
struct StageProgress {
    int done = 0;
    int total = 0;
    std::vector<std::string> missing;
    int percent() const { return total == 0 ? 0 : (done * 100) / total; }
};

// Builds a StageProgress one check at a time.
class Checklist {
public:
    void require(bool met, std::string whatIsMissing) {
        ++progress_.total;
        if (met) {
            ++progress_.done;
        } else {
            progress_.missing.push_back(std::move(whatIsMissing));
        }
    }
    StageProgress result() const { return progress_; }

private:
    StageProgress progress_;
};

} // namespace jointly
