#pragma once

#include "project/StageProgress.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jointly::records {
struct RecordKind;
}
namespace jointly::storage {
class Database;
}

namespace jointly::stages {

// How many of each thing a file holds: ("partner organisations", 6).
using Counts = std::vector<std::pair<std::string, std::int64_t>>;

// One stage of the commissioning cycle, as every part of Jointly sees it: the
// navigator, the "still to do" list, `jointly status` and `jointly check` all
// read this list, so a stage added here appears everywhere at once.
struct Stage {
    std::string_view key;   // "plan": in JSON and on the command line
    std::string_view name;  // "Plan": in the navigator
    std::string_view title; // "Planning": heading its page and its part of `status`
    // Empty for a stage that is built; otherwise a sentence saying so.
    std::string_view notBuiltYet = {};
    // What the stage will hold, for the page shown until it is built.
    std::string_view willHold = {};
    // How complete the stage is and what is still to do.
    StageProgress (*progress)(storage::Database&) = nullptr;
    // The kinds of record the stage keeps (counted by `check` and `status`).
    const std::vector<const records::RecordKind*>& (*kinds)() = nullptr;
    // What else the file holds for this stage that its kinds do not count
    // (indicator values, appraisal scores).
    void (*countOthers)(storage::Database&, Counts&) = nullptr;
    // Works out everything the stage's page and verbs derive from its
    // records (rankings, reconciliations, judged values, documents), as they
    // show it, and returns how many things it worked out. The damaged-file,
    // crash and fuzz tests read every stage through this.
    std::int64_t (*workOut)(storage::Database&) = nullptr;
    // What needs a decision or action soon, as at today (YYYY-MM-DD), in
    // sentences: a contract's notice date within six months, a KPI in
    // breach. The navigator flags the stage with them.
    std::vector<std::string> (*alerts)(storage::Database&, std::string_view today) = nullptr;

    bool built() const { return progress != nullptr; }
};

// The stages in the order of the cycle: Partnership, Needs, Plan, Procure,
// Monitor.
std::span<const Stage> all();

// The stage with this key, or nullptr.
const Stage* find(std::string_view key);

// The stage whose page keeps this kind of record, or nullptr.
const Stage* keeping(const records::RecordKind& kind);

} // namespace jointly::stages
