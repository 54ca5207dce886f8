#include "quantities/Money.h"

#include "util/Text.h"

#include <cctype>
#include <limits>

namespace jointly::quantities {

namespace {
constexpr std::string_view kPound = "\xC2\xA3"; // "£" in UTF-8

} // namespace

std::optional<std::int64_t> parsePounds(std::string_view text) {
    text = util::trim(text);
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    if (text.starts_with(kPound)) {
        text.remove_prefix(kPound.size());
    }
    if (!negative && !text.empty() && text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    if (text.empty()) {
        return std::nullopt;
    }
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max() / 100;
    std::int64_t pounds = 0;
    int digitsSinceComma = -1;
    bool anyDigit = false;
    std::size_t i = 0;
    for (; i < text.size() && text[i] != '.'; ++i) {
        char c = text[i];
        if (c == ',') {
            if (!anyDigit || (digitsSinceComma != -1 && digitsSinceComma != 3)) {
                return std::nullopt;
            }
            digitsSinceComma = 0;
            continue;
        }
        if (!std::isdigit(static_cast<unsigned char>(c))) {
            return std::nullopt;
        }
        if (pounds > (kMax - (c - '0')) / 10) {
            return std::nullopt;
        }
        pounds = pounds * 10 + (c - '0');
        anyDigit = true;
        if (digitsSinceComma != -1) {
            ++digitsSinceComma;
        }
    }
    if (digitsSinceComma != -1 && digitsSinceComma != 3) {
        return std::nullopt;
    }
    std::int64_t pence = 0;
    if (i < text.size()) {
        auto fraction = text.substr(i + 1);
        if (fraction.empty() || fraction.size() > 2) {
            return std::nullopt;
        }
        for (char c : fraction) {
            if (!std::isdigit(static_cast<unsigned char>(c))) {
                return std::nullopt;
            }
        }
        pence = (fraction[0] - '0') * 10 + (fraction.size() == 2 ? fraction[1] - '0' : 0);
        if (!anyDigit && fraction.empty()) {
            return std::nullopt;
        }
    } else if (!anyDigit) {
        return std::nullopt;
    }
    // kMax bounds the pounds alone; with the pence the total may still not fit.
    if (pounds > (std::numeric_limits<std::int64_t>::max() - pence) / 100) {
        return std::nullopt;
    }
    std::int64_t total = pounds * 100 + pence;
    return negative ? -total : total;
}

std::string formatPounds(std::int64_t pence) {
    bool negative = pence < 0;
    // Work in unsigned so the most negative value cannot overflow.
    std::uint64_t magnitude =
        negative ? 0 - static_cast<std::uint64_t>(pence) : static_cast<std::uint64_t>(pence);
    std::uint64_t pounds = magnitude / 100;
    std::uint64_t rest = magnitude % 100;
    std::string digits = std::to_string(pounds);
    std::string grouped;
    int count = 0;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        if (count > 0 && count % 3 == 0) {
            grouped.insert(grouped.begin(), ',');
        }
        grouped.insert(grouped.begin(), *it);
        ++count;
    }
    std::string result = negative ? "-" : "";
    result += kPound;
    result += grouped;
    result += '.';
    result += static_cast<char>('0' + rest / 10);
    result += static_cast<char>('0' + rest % 10);
    return result;
}

} // namespace jointly::quantities
