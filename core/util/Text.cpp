#include "util/Text.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <ctime>
#include <filesystem>
#include <pwd.h>
#include <unistd.h>

namespace jointly::util {

std::string_view trim(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
        text.remove_suffix(1);
    }
    return text;
}

std::string lower(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

std::string curlyQuoted(std::string_view text) {
    return "\xE2\x80\x9C" + std::string(text) + "\xE2\x80\x9D";
}

std::string joinedWithAnd(const std::vector<std::string>& items) {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            text += i + 1 == items.size() ? " and " : ", ";
        }
        text += items[i];
    }
    return text;
}

bool endsWithCaseless(std::string_view text, std::string_view end) {
    return text.size() >= end.size() && lower(text.substr(text.size() - end.size())) == lower(end);
}

std::string capitalised(std::string_view text) {
    std::string result(text);
    if (!result.empty() && result[0] >= 'a' && result[0] <= 'z') {
        result[0] = static_cast<char>(result[0] - 'a' + 'A');
    }
    return result;
}

std::string fileNameOf(const std::string& path) {
    auto name = std::filesystem::path(path).filename().string();
    return name.empty() ? path : name;
}

std::string systemUserName() {
    // Looked up once: asking the system's user database costs a file read.
    static const std::string name = [] {
        if (const passwd* entry = ::getpwuid(::getuid()); entry != nullptr && entry->pw_name) {
            return std::string(entry->pw_name);
        }
        return std::string("unknown");
    }();
    return name;
}

std::string validUtf8(std::string_view text) {
    std::string valid;
    valid.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        std::uint32_t point = 0;
        if (lead < 0x80) {
            length = 1;
            point = lead;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            point = lead & 0x1Fu;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            point = lead & 0x0Fu;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            point = lead & 0x07u;
        }
        bool ok = length > 0 && i + length <= text.size();
        for (std::size_t k = 1; ok && k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            ok = (next & 0xC0u) == 0x80u;
            point = (point << 6) | (next & 0x3Fu);
        }
        // Overlong forms, surrogates and points past U+10FFFF are not UTF-8.
        ok = ok && !(length == 3 && (point < 0x800 || (point >= 0xD800 && point <= 0xDFFF))) &&
             !(length == 4 && (point < 0x10000 || point > 0x10FFFF));
        if (ok) {
            valid.append(text.substr(i, length));
            i += length;
        } else {
            valid += "\xEF\xBF\xBD";
            ++i;
        }
    }
    return valid;
}

std::string nowUtc() {
    std::time_t now = std::time(nullptr);
    std::tm parts{};
    ::gmtime_r(&now, &parts);
    char buffer[32];
    std::strftime(buffer, sizeof(buffer), "%Y-%m-%dT%H:%M:%SZ", &parts);
    return buffer;
}

std::string lowercaseFirst(std::string_view text) {
    std::string result(text);
    if (result.size() > 1 && result[0] >= 'A' && result[0] <= 'Z' &&
        !(result[1] >= 'A' && result[1] <= 'Z')) {
        result[0] = static_cast<char>(result[0] - 'A' + 'a');
    }
    return result;
}

} // namespace jointly::util
