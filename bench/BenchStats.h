#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string_view>
#include <vector>

namespace jointly::bench {

// Milliseconds from start until now, on the steady clock.
inline double millisecondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

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

// Prints "what: median X ms, 99th percentile Y ms" for timings in
// milliseconds.
inline void report(std::string_view what, const std::vector<double>& millis) {
    std::cout << what << ": median " << percentile(millis, 50) << " ms, 99th percentile "
              << percentile(millis, 99) << " ms\n";
}

} // namespace jointly::bench
