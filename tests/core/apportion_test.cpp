#include "quantities/Apportion.h"
#include "quantities/Int128.h"
#include "quantities/Share.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <numeric>
#include <random>
#include <vector>

using jointly::quantities::apportion;
using jointly::quantities::formatBasisPoints;
using jointly::quantities::Int128;
using Parts = std::vector<std::int64_t>;

namespace {
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

Parts split(std::int64_t total, const Parts& shares) {
    auto parts = apportion(total, shares);
    REQUIRE(parts.ok());
    return parts.value();
}
} // namespace

TEST_CASE("apportion gives the left-over penny to the earliest of equal parts", "[money]") {
    // £100.00 three ways: 3,333.33p each; 3,333p each leaves 1p over, and all
    // three remainders and shares are equal, so the first part gets it.
    CHECK(split(10000, {1, 1, 1}) == Parts{3334, 3333, 3333});
    // 1p three ways: nobody's whole share is a penny; the first gets it.
    CHECK(split(1, {1, 1, 1}) == Parts{1, 0, 0});
    CHECK(split(2, {1, 1, 1}) == Parts{1, 1, 0});
    CHECK(split(2, {1, 1, 1, 1}) == Parts{1, 1, 0, 0});
    CHECK(split(0, {1, 1, 1}) == Parts{0, 0, 0});
    // One part takes everything.
    CHECK(split(12345, {7}) == Parts{12345});
}

TEST_CASE("apportion splits £1,234,567.89 as 55% / 40% / 5%", "[money]") {
    // 123,456,789p x 5,500 / 10,000 = 67,901,233.95 -> 67,901,233 remainder .95
    // 123,456,789p x 4,000 / 10,000 = 49,382,715.60 -> 49,382,715 remainder .60
    // 123,456,789p x   500 / 10,000 =  6,172,839.45 ->  6,172,839 remainder .45
    // The whole pence add up to 123,456,787, 2p short. They go to the two
    // largest remainders (.95 and .60): 67,901,234 + 49,382,716 + 6,172,839.
    CHECK(split(123456789, {5500, 4000, 500}) == Parts{67901234, 49382716, 6172839});
}

TEST_CASE("apportion splits in proportion to contributions in pence", "[money]") {
    // Contributions of £182.4m, £131.6m and £16m: 18,240,000,000p,
    // 13,160,000,000p and 1,600,000,000p, in the ratio 456 : 329 : 40 (out of
    // 825). Sharing an overspend of £12,345.67 (1,234,567p):
    //   1,234,567 x 456 / 825 = 562,962,552 / 825 = 682,378 remainder 702
    //   1,234,567 x 329 / 825 = 406,172,543 / 825 = 492,330 remainder 293
    //   1,234,567 x  40 / 825 =  49,382,680 / 825 =  59,857 remainder 655
    // The whole pence add up to 1,234,565; the 2p left go to the remainders
    // 702 and 655, so the smallest partner gets a penny before the middle one.
    CHECK(split(1234567, {18240000000, 13160000000, 1600000000}) == Parts{682379, 492330, 59858});
}

TEST_CASE("apportion mirrors a negative total", "[money]") {
    CHECK(split(-10000, {1, 1, 1}) == Parts{-3334, -3333, -3333});
    CHECK(split(-1, {1, 1, 1}) == Parts{-1, 0, 0});
    CHECK(split(-123456789, {5500, 4000, 500}) == Parts{-67901234, -49382716, -6172839});
}

TEST_CASE("apportion breaks equal remainders by the larger share, then position", "[money]") {
    // 2p shared 1 : 3 is exactly 0.5p and 1.5p; both lose half a penny, so
    // the larger share gets the penny, wherever it is in the list.
    CHECK(split(2, {1, 3}) == Parts{0, 2});
    CHECK(split(2, {3, 1}) == Parts{2, 0});
    // £2.00 as 33.33% / 33.33% / 33.34%: 66.66p, 66.66p and 66.68p. 198p as
    // whole pence; the first penny to the largest remainder (the third part),
    // the second to the earlier of the two equal ones.
    CHECK(split(200, {3333, 3333, 3334}) == Parts{67, 66, 67});
    // £1.00 the same way: 33.33p, 33.33p, 33.34p; the one penny over goes to
    // the largest remainder.
    CHECK(split(100, {3333, 3333, 3334}) == Parts{33, 33, 34});
}

TEST_CASE("apportion never gives a penny to a zero share", "[money]") {
    CHECK(split(1, {0, 1, 1}) == Parts{0, 1, 0});
    CHECK(split(5, {0, 0, 1}) == Parts{0, 0, 5});
    CHECK(split(-7, {2, 0, 2}) == Parts{-4, 0, -3});
}

TEST_CASE("apportion cannot overflow on large amounts and shares", "[money]") {
    // £1bn and a penny, half each in basis points.
    CHECK(split(100000000001, {5000, 5000}) == Parts{50000000001, 50000000000});
    // The largest amount three ways: 3,074,457,345,618,258,602 each, 1p over.
    CHECK(split(kMax, {1, 1, 1}) ==
          Parts{3074457345618258603, 3074457345618258602, 3074457345618258602});
    // The largest amount by the largest shares: exactly half each, then half a
    // penny each, and the earlier part gets it.
    CHECK(split(kMax, {kMax, kMax}) == Parts{4611686018427387904, 4611686018427387903});
    // The most negative amount: its size does not fit in 64 bits, but each half does.
    CHECK(split(kMin, {1, 1}) == Parts{kMin / 2, kMin / 2});
    CHECK(split(kMin, {1}) == Parts{kMin});
}

TEST_CASE("apportion refuses shares it cannot use, with a sentence", "[money]") {
    auto none = apportion(100, {});
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message == "There is no one to share £1.00 between.");

    auto zero = apportion(100, {0, 0});
    REQUIRE_FALSE(zero.ok());
    CHECK(zero.error().message == "Every share is zero, so there is no basis for sharing £1.00.");

    auto negative = apportion(100, {5, -1});
    REQUIRE_FALSE(negative.ok());
    CHECK(negative.error().message == "Share 2 is negative (-1); shares must be zero or more.");
}

TEST_CASE("apportion always adds up and keeps each part within a penny of its exact share",
          "[money]") {
    std::mt19937_64 random(20260401);
    auto upTo = [&](std::int64_t high) {
        return std::uniform_int_distribution<std::int64_t>(0, high)(random);
    };
    const std::int64_t shareRanges[] = {3, 10000, 1000000000000, kMax / 64};
    const std::int64_t totalRanges[] = {5, 100000, 10000000000000, kMax};
    for (int round = 0; round < 5000; ++round) {
        const auto count = static_cast<std::size_t>(1 + upTo(11));
        const std::int64_t shareRange = shareRanges[upTo(3)];
        Parts shares(count);
        for (auto& share : shares) {
            share = upTo(shareRange);
        }
        if (std::accumulate(shares.begin(), shares.end(), Int128{0}) == 0) {
            shares[0] = 1;
        }
        std::int64_t total = upTo(totalRanges[upTo(3)]);
        if (upTo(1) == 1) {
            total = -total;
        }

        const Parts parts = split(total, shares);
        REQUIRE(parts.size() == count);
        const Int128 sumOfShares = std::accumulate(shares.begin(), shares.end(), Int128{0});
        Int128 sum = 0;
        for (std::size_t i = 0; i < count; ++i) {
            sum += parts[i];
            // |part - total x share / sum of shares| < 1, multiplied through.
            Int128 gap = static_cast<Int128>(parts[i]) * sumOfShares -
                         static_cast<Int128>(total) * shares[i];
            if (gap < 0) {
                gap = -gap;
            }
            REQUIRE(gap < sumOfShares);
            // No part has the opposite sign to the total.
            REQUIRE((total >= 0 ? parts[i] >= 0 : parts[i] <= 0));
        }
        REQUIRE(sum == total);
        // Who gets the leftover pennies, worked from the rule rather than
        // from the code: each part's whole pence and remainder, then one
        // penny each to the parts with the largest remainders, equal
        // remainders going to the larger share, then to the earlier part.
        const Int128 size = total < 0 ? -static_cast<Int128>(total) : Int128{total};
        std::vector<Int128> whole(count);
        std::vector<Int128> remainder(count);
        Int128 given = 0;
        for (std::size_t i = 0; i < count; ++i) {
            whole[i] = size * shares[i] / sumOfShares;
            remainder[i] = size * shares[i] % sumOfShares;
            given += whole[i];
        }
        std::vector<std::size_t> order(count);
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            if (remainder[a] != remainder[b]) {
                return remainder[a] > remainder[b];
            }
            if (shares[a] != shares[b]) {
                return shares[a] > shares[b];
            }
            return a < b;
        });
        const auto leftover = static_cast<std::size_t>(size - given);
        REQUIRE(leftover < count);
        for (std::size_t rank = 0; rank < count; ++rank) {
            const std::size_t i = order[rank];
            const Int128 expected = whole[i] + (rank < leftover ? 1 : 0);
            REQUIRE(static_cast<Int128>(parts[i]) == (total < 0 ? -expected : expected));
        }
        // A negative total is the mirror of the positive one.
        Parts mirrored = split(-total, shares);
        for (auto& part : mirrored) {
            part = -part;
        }
        REQUIRE(mirrored == parts);
    }
}

TEST_CASE("formatBasisPoints shows a percentage with two decimals", "[money]") {
    CHECK(formatBasisPoints(3350) == "33.50%");
    CHECK(formatBasisPoints(10000) == "100.00%");
    CHECK(formatBasisPoints(5) == "0.05%");
    CHECK(formatBasisPoints(0) == "0.00%");
    CHECK(formatBasisPoints(-25) == "-0.25%");
    CHECK(formatBasisPoints(-12345) == "-123.45%");
}
