#include "util/ExactJson.h"

namespace jointly::util {

namespace {

// The subtype that marks a binary value as an exact decimal: eight bytes of
// the units, little-endian, and one byte of the decimals.
constexpr std::uint8_t kExactSubtype = 0x2e;

std::string decimalText(std::int64_t units, int decimals) {
    const bool negative = units < 0;
    // The magnitude as unsigned, so that the most negative value has one.
    std::uint64_t magnitude = negative ? std::uint64_t{0} - static_cast<std::uint64_t>(units)
                                       : static_cast<std::uint64_t>(units);
    std::string digits = std::to_string(magnitude);
    if (decimals > 0) {
        const auto places = static_cast<std::size_t>(decimals);
        if (digits.size() <= places) {
            digits.insert(0, places + 1 - digits.size(), '0');
        }
        digits.insert(digits.size() - places, ".");
        while (digits.back() == '0') {
            digits.pop_back();
        }
        if (digits.back() == '.') {
            digits.pop_back();
        }
    }
    return (negative && digits != "0" ? "-" : "") + digits;
}

void write(const Json& value, int depth, std::string& out) {
    const std::string indent(static_cast<std::size_t>(depth + 1) * 2, ' ');
    const std::string closing(static_cast<std::size_t>(depth) * 2, ' ');
    if (value.is_object()) {
        if (value.empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        bool first = true;
        for (const auto& [key, member] : value.items()) {
            out += first ? "" : ",\n";
            first = false;
            out += indent + Json(key).dump(-1, ' ', false, Json::error_handler_t::replace) + ": ";
            write(member, depth + 1, out);
        }
        out += "\n" + closing + "}";
    } else if (value.is_array()) {
        if (value.empty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        bool first = true;
        for (const auto& member : value) {
            out += first ? "" : ",\n";
            first = false;
            out += indent;
            write(member, depth + 1, out);
        }
        out += "\n" + closing + "]";
    } else if (value.is_binary() && value.get_binary().has_subtype() &&
               value.get_binary().subtype() == kExactSubtype && value.get_binary().size() == 9) {
        const auto& bytes = value.get_binary();
        std::uint64_t raw = 0;
        for (int i = 7; i >= 0; --i) {
            raw = (raw << 8) | bytes[static_cast<std::size_t>(i)];
        }
        out += decimalText(static_cast<std::int64_t>(raw), bytes[8]);
    } else {
        out += value.dump(-1, ' ', false, Json::error_handler_t::replace);
    }
}

} // namespace

Json exactNumber(std::int64_t units, int decimals) {
    std::vector<std::uint8_t> bytes;
    auto raw = static_cast<std::uint64_t>(units);
    for (int i = 0; i < 8; ++i) {
        bytes.push_back(static_cast<std::uint8_t>(raw & 0xff));
        raw >>= 8;
    }
    bytes.push_back(static_cast<std::uint8_t>(decimals < 0 ? 0 : decimals > 9 ? 9 : decimals));
    return Json::binary(std::move(bytes), kExactSubtype);
}

std::string dumpExact(const Json& document) {
    std::string out;
    write(document, 0, out);
    out += "\n";
    return out;
}

} // namespace jointly::util
