#include "quantities/Money.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>

using jointly::quantities::formatPounds;
using jointly::quantities::parsePounds;

namespace {
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
} // namespace

TEST_CASE("parsePounds reads amounts as users type them", "[money]") {
    CHECK(parsePounds("£1,234.56") == std::optional<std::int64_t>(123456));
    CHECK(parsePounds("1234") == std::optional<std::int64_t>(123400));
    CHECK(parsePounds("0.5") == std::optional<std::int64_t>(50));
    CHECK(parsePounds("0.05") == std::optional<std::int64_t>(5));
    CHECK(parsePounds("1,234.5") == std::optional<std::int64_t>(123450));
    CHECK(parsePounds("1,000,000") == std::optional<std::int64_t>(100000000));
    CHECK(parsePounds("0") == std::optional<std::int64_t>(0));
    CHECK(parsePounds("  £12  ") == std::optional<std::int64_t>(1200));
    CHECK(parsePounds(".75") == std::optional<std::int64_t>(75));
}

TEST_CASE("parsePounds reads negative amounts with the sign before or after the pound sign",
          "[money]") {
    CHECK(parsePounds("-£20") == std::optional<std::int64_t>(-2000));
    CHECK(parsePounds("£-20") == std::optional<std::int64_t>(-2000));
    CHECK(parsePounds("-1,234.56") == std::optional<std::int64_t>(-123456));
    CHECK(parsePounds("-0") == std::optional<std::int64_t>(0));
}

TEST_CASE("parsePounds refuses text that is not an amount", "[money]") {
    const char* bad[] = {
        "1,23",   // a group of two digits after a comma
        "1,2345", // a group of four
        ",123",   // a comma before any digit
        "1,234,", // a trailing comma
        "12.345", // three decimal places
        "1.",     // a point with no pence
        "1.2.3",  // two points
        "abc",    //
        "",       //
        "   ",    //
        "£",      // the pound sign alone
        "-",      // the minus sign alone
        "--5",    // two minus signs
        "-£-5",   // a minus sign on each side of the pound sign
        "+5",     // a plus sign
        "12.3m",  // a suffix
        "1 234",  // a space inside the number
        "£ 12",   // a space after the pound sign
        "$12",    // another currency
    };
    for (const char* text : bad) {
        INFO("text: \"" << text << "\"");
        CHECK_FALSE(parsePounds(text).has_value());
    }
}

TEST_CASE("parsePounds reads up to the largest amount a 64-bit count of pence holds", "[money]") {
    // INT64_MAX pence is £92,233,720,368,547,758.07.
    CHECK(parsePounds("92,233,720,368,547,758.07") == std::optional<std::int64_t>(kMax));
    CHECK(parsePounds("-92233720368547758.07") == std::optional<std::int64_t>(-kMax));
    CHECK(parsePounds("92233720368547758") == std::optional<std::int64_t>(kMax - 7));
    // One penny more does not fit: refused, not wrapped round to a negative amount.
    CHECK_FALSE(parsePounds("92233720368547758.08").has_value());
    CHECK_FALSE(parsePounds("92233720368547758.99").has_value());
    CHECK_FALSE(parsePounds("92233720368547759").has_value());
    CHECK_FALSE(parsePounds("99999999999999999999999").has_value());
}

TEST_CASE("formatPounds shows pence as pounds with thousands separators", "[money]") {
    CHECK(formatPounds(123456) == "£1,234.56");
    CHECK(formatPounds(0) == "£0.00");
    CHECK(formatPounds(5) == "£0.05");
    CHECK(formatPounds(50) == "£0.50");
    CHECK(formatPounds(100) == "£1.00");
    CHECK(formatPounds(99999) == "£999.99");
    CHECK(formatPounds(100000) == "£1,000.00");
    CHECK(formatPounds(12345678) == "£123,456.78");
    CHECK(formatPounds(123456789012) == "£1,234,567,890.12");
}

TEST_CASE("formatPounds puts the minus sign before the pound sign", "[money]") {
    CHECK(formatPounds(-2000) == "-£20.00");
    CHECK(formatPounds(-5) == "-£0.05");
    CHECK(formatPounds(-123456) == "-£1,234.56");
}

TEST_CASE("formatPounds handles the extremes of a 64-bit integer without overflow", "[money]") {
    CHECK(formatPounds(kMax) == "£92,233,720,368,547,758.07");
    CHECK(formatPounds(kMin) == "-£92,233,720,368,547,758.08");
    CHECK(formatPounds(kMin + 1) == "-£92,233,720,368,547,758.07");
}

TEST_CASE("what formatPounds writes, parsePounds reads back", "[money]") {
    const std::int64_t amounts[] = {0, 1, 99, 100, 123456, -2000, 100000000000, kMax, -kMax};
    for (auto pence : amounts) {
        INFO("pence: " << pence);
        CHECK(parsePounds(formatPounds(pence)) == std::optional<std::int64_t>(pence));
    }
}
