#include "quantities/Share.h"

#include "quantities/Money.h"
#include "util/Text.h"

namespace jointly::quantities {

std::optional<std::int64_t> parseShare(std::string_view text) {
    std::string_view number = util::trim(text);
    if (number.ends_with('%')) {
        number = util::trim(number.substr(0, number.size() - 1));
    }
    // Read exactly as pence are read from pounds, then refuse what pounds
    // allow and a percentage does not.
    auto basisPoints = parsePounds(number);
    if (!basisPoints || number.find_first_of(",-") != std::string_view::npos ||
        number.starts_with("\xC2\xA3")) {
        return std::nullopt;
    }
    return basisPoints;
}

std::string formatBasisPoints(std::int64_t basisPoints) {
    // The same digits as pence in pounds: 3350 basis points read like £33.50.
    const bool negative = basisPoints < 0;
    const auto magnitude = negative ? 0 - static_cast<std::uint64_t>(basisPoints)
                                    : static_cast<std::uint64_t>(basisPoints);
    const std::uint64_t hundredths = magnitude % 100;
    std::string text = negative ? "-" : "";
    text += std::to_string(magnitude / 100);
    text += '.';
    text += static_cast<char>('0' + hundredths / 10);
    text += static_cast<char>('0' + hundredths % 10);
    text += '%';
    return text;
}

} // namespace jointly::quantities
