#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace jointly::storage {
class Database;
}

// The totals the project keeps at exactly 100% (weights and shares in basis
// points), which two copies' edits can break together though neither broke
// them alone: Alice adds a criterion and Bob raises another's weight. A merge
// that leaves one of them wrong asks about it (merge/Merger.h).
namespace jointly::merge {

struct TotalRule {
    std::string_view table;      // the rows that add up: "appraisal_criterion"
    std::string_view column;     // their share, in basis points: "weight_bp"
    std::string_view group;      // the link grouping them, or empty for the whole table
    std::string_view where;      // which rows count (constant SQL), or empty for all
    std::string_view groupTable; // the table the group links to, to name it
    std::string_view what;       // "the weights of the criteria of"
};

const std::vector<TotalRule>& totalRules();

// Each group's total (its id, 0 for a whole table) in basis points, for
// groups with a share given to at least one of their rows.
std::map<std::int64_t, std::int64_t> totalsOf(storage::Database& db, const TotalRule& rule);

// The row's group under the rule, read from its values (0 for a rule over
// the whole table); nothing when the row counts for none.
std::int64_t groupOf(const TotalRule& rule, const std::map<std::string, std::int64_t>& values);

// Whether a total moved from `before` to `after` breaks the rule: it was
// exactly 100% and no longer is, or it goes over 100%.
bool breaks(std::int64_t before, std::int64_t after);

// Whether a total each side kept on its own (mine, theirs) is broken by
// the two together (merged): both came to exactly 100% and the merge does
// not, or neither was over 100% and the merge is.
bool breaksTogether(std::int64_t mine, std::int64_t theirs, std::int64_t merged);

// A total in words: 10000 is "100%", 10050 "100.5%".
std::string percentWords(std::int64_t basisPoints);

} // namespace jointly::merge
