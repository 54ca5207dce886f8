#pragma once

#include "Outcome.h"

#include <cstdint>
#include <string>
#include <vector>

// Splitting an amount of money between parts in proportion to their shares,
// to the penny, so that the parts always add up to exactly the amount.
namespace jointly::quantities {

// Splits totalPence between parts in proportion to shares, by the largest
// remainder method:
//
//   1. Each part first gets the whole pence of its exact share, rounded down:
//      floor(|total| x share / sum of shares).
//   2. The pence left over (always fewer than the number of parts) go one
//      each to the parts with the largest remainders, that is the parts
//      whose exact share lost the most in step 1.
//   3. Where remainders are equal, the part with the larger share gets the
//      penny first; where shares are equal too, the earlier part in the list.
//
// A negative total (an underspend, say) is split exactly as its size would
// be and the sign put back on every part, so -£1.00 split three ways is
// -34p, -33p, -33p, the mirror of £1.00. Every part is within 1p of its exact
// share, and a part whose share is zero always gets nothing.
//
// Shares are whole numbers of zero or more: basis points for fixed shares
// (10,000 = 100%), or pence of contribution for shares in proportion to
// contributions. Products are worked in 128-bit integers, so no share or
// total that fits in 64 bits can overflow.
//
// Refuses, with a sentence, an empty list of shares, a negative share, and
// shares that are all zero. The parts come back in the order of the shares.
Outcome<std::vector<std::int64_t>> apportion(std::int64_t totalPence,
                                             const std::vector<std::int64_t>& shares);

} // namespace jointly::quantities
