#include "quantities/Decimal.h"

#include "quantities/Money.h"

namespace jointly::quantities {

namespace {
constexpr std::string_view kPound = "\xC2\xA3"; // "£" in UTF-8
}

std::optional<std::int64_t> parseHundredths(std::string_view text) {
    // Read exactly as pence are read from pounds, without the pound sign.
    if (text.find(kPound) != std::string_view::npos) {
        return std::nullopt;
    }
    return parsePounds(text);
}

std::string formatHundredths(std::int64_t hundredths) {
    auto pounds = formatPounds(hundredths); // "-£1,234.50" -> "-1,234.50"
    const auto sign = pounds.find(kPound);
    return pounds.substr(0, sign) + pounds.substr(sign + kPound.size());
}

} // namespace jointly::quantities
