#include "quantities/Apportion.h"

#include "quantities/Int128.h"
#include "quantities/Money.h"

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <string>

namespace jointly::quantities {

Outcome<std::vector<std::int64_t>> apportion(std::int64_t totalPence,
                                             const std::vector<std::int64_t>& shares) {
    if (shares.empty()) {
        return Error{ErrorKind::Invalid,
                     "There is no one to share " + formatPounds(totalPence) + " between."};
    }
    Int128 sumOfShares = 0;
    for (std::size_t i = 0; i < shares.size(); ++i) {
        if (shares[i] < 0) {
            return Error{ErrorKind::Invalid, "Share " + std::to_string(i + 1) + " is negative (" +
                                                 std::to_string(shares[i]) +
                                                 "); shares must be zero or more."};
        }
        sumOfShares += shares[i];
    }
    if (sumOfShares == 0) {
        return Error{ErrorKind::Invalid, "Every share is zero, so there is no basis for sharing " +
                                             formatPounds(totalPence) + "."};
    }

    // Work on the size of the total; the sign goes back on at the end. The
    // size of the most negative 64-bit number fits in 128 bits.
    const bool negative = totalPence < 0;
    const Int128 magnitude = negative ? -static_cast<Int128>(totalPence) : totalPence;

    std::vector<Int128> parts(shares.size());
    std::vector<Int128> remainders(shares.size());
    Int128 handedOut = 0;
    for (std::size_t i = 0; i < shares.size(); ++i) {
        const Int128 product = magnitude * shares[i];
        parts[i] = product / sumOfShares;
        remainders[i] = product % sumOfShares;
        handedOut += parts[i];
    }

    // The order in which left-over pence are handed out: largest remainder,
    // then larger share, then earlier position.
    std::vector<std::size_t> order(shares.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (remainders[a] != remainders[b]) {
            return remainders[a] > remainders[b];
        }
        if (shares[a] != shares[b]) {
            return shares[a] > shares[b];
        }
        return a < b;
    });
    // Fewer left-over pence than parts, as each remainder is under one penny.
    auto leftOver = static_cast<std::size_t>(magnitude - handedOut);
    for (std::size_t k = 0; k < leftOver; ++k) {
        parts[order[k]] += 1;
    }

    std::vector<std::int64_t> result;
    result.reserve(parts.size());
    for (Int128 part : parts) {
        result.push_back(static_cast<std::int64_t>(negative ? -part : part));
    }
    return result;
}

} // namespace jointly::quantities
