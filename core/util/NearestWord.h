#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jointly::util {

// The number of single-character insertions, deletions and substitutions
// that turn a into b (Levenshtein distance).
std::size_t editDistance(std::string_view a, std::string_view b);

// The word in `words` nearest to `typed`, if one is near enough to be what
// was meant: at most 2 edits away, and fewer edits than half the typed
// word's length. On a tie, the earlier word in the list.
std::optional<std::string> nearestWord(std::string_view typed,
                                       const std::vector<std::string_view>& words);

} // namespace jointly::util
