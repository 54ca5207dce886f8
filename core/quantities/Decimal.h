#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Numbers with up to two decimals (an outcome's baseline of 12.5, a rate of
// -3.25), held exactly as whole hundredths the way money is held as pence:
// -12.5 is -1250. Never floating point.
namespace jointly::quantities {

// The largest size a decimal may have: 1,000,000,000,000.00.
inline constexpr std::int64_t kMaxDecimalHundredths = 100'000'000'000'000;

// Reads "12.5", "-3.25", "1,234.50". No pound sign. Returns nothing if the
// text is not such a number (its size is not checked here).
std::optional<std::int64_t> parseHundredths(std::string_view text);

// "-1,234.50" for -123450.
std::string formatHundredths(std::int64_t hundredths);

} // namespace jointly::quantities
