#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Shares are percentages with two decimals, held exactly as basis points:
// 37.5% is 3,750 and 100% is 10,000. Never floating point.
namespace jointly::quantities {

// Reads a percentage as users type it: "37.5%", "37.50", " 100 % ". At most
// two decimals; no thousands separators, signs or pound signs. Returns
// nothing if the text is not a percentage.
std::optional<std::int64_t> parseShare(std::string_view text);

// Basis points as a percentage with two decimals: 3350 -> "33.50%",
// 10000 -> "100.00%", -25 -> "-0.25%".
std::string formatBasisPoints(std::int64_t basisPoints);

} // namespace jointly::quantities
