#pragma once

#include "Outcome.h"
#include "baseline/PlanSnapshot.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The plan now against a baseline: what was added, removed and changed,
// field by field in the users' words, and the money of each section per
// partner and per year, before and after, to the penny. For the window, for
// 'jointly compare', and as a page or a spreadsheet for a board.
namespace jointly::baseline {

enum class Change { Added, Removed, Changed };

struct FieldChange {
    std::string field;
    std::string before;
    std::string after;
};

struct ItemChange {
    std::string section; // "Allocations"
    std::string label;   // as the plan names it now (or then, when removed)
    Change change = Change::Changed;
    std::vector<FieldChange> fields; // for a change: each field that differs
};

struct MoneyChange {
    std::string section;
    std::string partner; // "" for the section as a whole
    std::int64_t year = 0;
    std::int64_t before = 0;
    std::int64_t after = 0;
    // after - before, or nothing when that is past what 64 bits hold.
    std::optional<std::int64_t> difference;
};

struct PlanComparison {
    std::string baseline; // its name
    std::string takenOn;
    std::string partnership;       // its name now, for the comparison's page
    std::vector<ItemChange> items; // in the order of the sections, then of the records
    // Every section, partner and year either holds money in, differences
    // or not, so the table adds up.
    std::vector<MoneyChange> money;
    // Sentences: how many records were added, removed and changed, and each
    // section's money that differs, per year.
    std::vector<std::string> summary;
};

PlanComparison comparePlans(const PlanSnapshot& baseline, const PlanSnapshot& now);

// "added", "removed", "changed".
std::string_view changeWord(Change change);

// The comparison as CSV (a table of records changed, then one of money) and
// as a page; every text cell is made safe for a spreadsheet or escaped.
std::string comparisonCsv(const PlanComparison& comparison);
std::string comparisonHtml(const PlanComparison& comparison, const std::string& partnership);

// Writes the comparison to outPath as CSV (.csv) or HTML (.html, .htm),
// whole or not at all. Refuses another ending with a sentence.
Status writeComparison(const PlanComparison& comparison, const std::string& partnership,
                       const std::string& outPath);

} // namespace jointly::baseline
