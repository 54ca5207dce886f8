#pragma once

#include <algorithm>
#include <cstdio>
#include <vector>

namespace jointly::bench {

// The value at a percentile (0-100) of some timings, by nearest rank.
inline double percentile(std::vector<double> values, double percent) {
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    auto rank = static_cast<std::size_t>(percent / 100.0 * static_cast<double>(values.size()));
    if (rank > 0 &&
        static_cast<double>(rank) == percent / 100.0 * static_cast<double>(values.size())) {
        --rank;
    }
    return values[std::min(rank, values.size() - 1)];
}

} // namespace jointly::bench
