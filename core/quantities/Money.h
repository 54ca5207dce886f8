#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace jointly::quantities {

// Money is always whole pence in a 64-bit integer; never floating point.

// Reads an amount as users type it: "1234", "1,234.5", "£1,234.56", "-£20",
// "12.3m" is not accepted. At most two decimal places. Returns nothing if the
// text is not an amount.
std::optional<std::int64_t> parsePounds(std::string_view text);

// "£1,234.56", "-£20.00".
std::string formatPounds(std::int64_t pence);

} // namespace jointly::quantities
