#include "workshop/Spread.h"

#include <algorithm>

namespace jointly::workshop {

namespace {

// The quartile quarters/4 of sorted values, in hundredths: position
// h = (n - 1) * quarters / 4, held as a whole part and a remainder in
// quarters.
std::int64_t quartile(const std::vector<std::int64_t>& sorted, std::int64_t quarters) {
    const auto n = static_cast<std::int64_t>(sorted.size());
    const std::int64_t position = (n - 1) * quarters; // in quarters
    const std::int64_t whole = position / 4;
    const std::int64_t part = position % 4; // 0 to 3 quarters
    const std::int64_t low = sorted[static_cast<std::size_t>(whole)] * 100;
    if (part == 0) {
        return low;
    }
    const std::int64_t high = sorted[static_cast<std::size_t>(whole + 1)] * 100;
    return low + (high - low) * part / 4; // exact: (high - low) is a multiple of 100
}

} // namespace

Spread spreadOf(std::vector<std::int64_t> values, std::int64_t span) {
    Spread spread;
    if (values.empty()) {
        return spread;
    }
    std::sort(values.begin(), values.end());
    spread.count = static_cast<std::int64_t>(values.size());
    spread.lowest = values.front() * 100;
    spread.highest = values.back() * 100;
    spread.lowerQuartile = quartile(values, 1);
    spread.median = quartile(values, 2);
    spread.upperQuartile = quartile(values, 3);
    spread.disagreement = span > 0 && spread.interquartileRange() * 4 > span * 100;
    return spread;
}

} // namespace jointly::workshop
