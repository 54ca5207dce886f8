#pragma once

#include <cstdint>
#include <vector>

// How far apart the members of a workshop are on one item: the lowest and
// highest value given, the quartiles, and whether the middle half of the
// members are far enough apart to flag the item for discussion
// (../shared/research/workshop.md §1.3: show the spread, not only the mean).
namespace jointly::workshop {

struct Spread {
    std::int64_t count = 0;         // values given
    std::int64_t lowest = 0;        // hundredths
    std::int64_t highest = 0;       // hundredths
    std::int64_t lowerQuartile = 0; // hundredths
    std::int64_t median = 0;        // hundredths
    std::int64_t upperQuartile = 0; // hundredths
    std::int64_t range() const { return highest - lowest; }
    std::int64_t interquartileRange() const { return upperQuartile - lowerQuartile; }
    // The interquartile range is more than a quarter of the span a member's
    // value may take (the scale, the dots or points a member has): the
    // middle half of the room is far apart.
    bool disagreement = false;
};

// The spread of whole-number values (in any order) on a scale `span` wide
// (such as 4 for a 0 to 4 score, 100 for a 100-point allocation). The
// quartiles are worked out as spreadsheets' QUARTILE.INC and R's default
// (type 7) do: sorted values x[0..n-1], the quartile p at position
// h = (n - 1) * p, x[floor h] plus the fraction of h times the step to the
// next value. As h is a multiple of a quarter, every quartile of whole
// numbers is a whole number of hundredths, so nothing is rounded. No values
// give a count of 0 and no disagreement.
Spread spreadOf(std::vector<std::int64_t> values, std::int64_t span);

} // namespace jointly::workshop
