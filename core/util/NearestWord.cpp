#include "util/NearestWord.h"

#include <algorithm>
#include <numeric>

namespace jointly::util {

std::size_t editDistance(std::string_view a, std::string_view b) {
    // One row of the table at a time: previous[j] is the distance between
    // the first i characters of a and the first j of b.
    std::vector<std::size_t> previous(b.size() + 1);
    std::iota(previous.begin(), previous.end(), std::size_t{0});
    std::vector<std::size_t> current(b.size() + 1);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::optional<std::string> nearestWord(std::string_view typed,
                                       const std::vector<std::string_view>& words) {
    std::optional<std::string> best;
    std::size_t bestDistance = 0;
    for (const auto word : words) {
        const auto distance = editDistance(typed, word);
        if (distance <= 2 && 2 * distance < typed.size() && (!best || distance < bestDistance)) {
            best = std::string(word);
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace jointly::util
