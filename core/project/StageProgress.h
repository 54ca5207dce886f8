#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jointly {

// How complete a stage of the cycle is. Its completeness counts the parts of
// the stage that are filled in (something real entered, not a blank row),
// out of a fixed list of parts, so it only goes up as the user does more:
// adding a partner, a year or an option never lowers it. What remains to be
// finished in a part already begun (a partner with no member yet, weights
// that do not add up to 100%) is listed too, and a stage with anything left
// to do is never called complete.
struct StageProgress {
    int done = 0;  // parts filled in
    int total = 0; // parts in the stage
    // A sentence for each part not filled in and each thing left to finish,
    // saying what to add.
    std::vector<std::string> missing;
    // Where each of those is done, in the same order: the kind of record
    // concerned, in the users' words ("member", "care group"), optionally
    // with the field after a slash ("partnership/aims"), or the name of a
    // view ("scores", "reconciliation"). The window goes there when the
    // item is chosen.
    std::vector<std::string> places;
    int percent() const {
        if (total == 0) {
            return 0;
        }
        const int share = (done * 100) / total;
        return missing.empty() ? share : std::min(share, 99);
    }
};

// Builds a StageProgress one part at a time.
class Checklist {
public:
    // A part of the stage: filled in once something real is entered.
    // Returns whether it is, so what follows it can be asked about.
    bool part(bool filledIn, std::string whatToAdd, std::string_view place) {
        ++progress_.total;
        if (filledIn) {
            ++progress_.done;
        } else {
            note(std::move(whatToAdd), place);
        }
        return filledIn;
    }
    // Something left to finish in a part already begun: listed, not counted.
    void finish(bool finished, std::string whatToDo, std::string_view place) {
        if (!finished) {
            note(std::move(whatToDo), place);
        }
    }
    StageProgress result() const { return progress_; }

private:
    void note(std::string sentence, std::string_view place) {
        progress_.missing.push_back(std::move(sentence));
        progress_.places.emplace_back(place);
    }

    StageProgress progress_;
};

} // namespace jointly
