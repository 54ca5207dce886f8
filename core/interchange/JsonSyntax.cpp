#include "interchange/JsonSyntax.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace jointly::interchange {

namespace {

using Json = nlohmann::ordered_json;

// Far deeper than the format's own four levels (document, tables, table,
// row); only a crafted file comes near it.
constexpr std::size_t kMaximumDepth = 32;

bool isPlainName(const std::string& key) {
    if (key.empty() || (key[0] >= '0' && key[0] <= '9')) {
        return false;
    }
    return std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_';
    });
}

// "line 2, column 16" for the character where the parser stopped: the last
// one it read (position counts the bytes read). Columns count characters, not
// bytes, so that a line with accented letters is counted as a reader would.
std::string placeOf(std::string_view text, std::size_t position) {
    const std::size_t at = std::min(position > 0 ? position - 1 : 0, text.size());
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < at; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// The parser's reason without its own place (worked out above instead) and
// without the "last read" text, which can run over several lines.
std::string reasonOf(const std::string& what) {
    std::string reason = what;
    const auto colon = reason.find(": ");
    if (reason.find("parse error at line") != std::string::npos && colon != std::string::npos) {
        reason = reason.substr(colon + 2);
    }
    const std::string lastRead = "; last read: '";
    const auto from = reason.find(lastRead);
    if (from != std::string::npos) {
        const auto expected = reason.find("'; expected", from + lastRead.size());
        reason.erase(from, expected == std::string::npos ? std::string::npos : expected + 1 - from);
    }
    return reason;
}

// Follows the parser through the document, keeping the path to where it is
// and the keys already seen in each open object.
class SyntaxChecker {
public:
    explicit SyntaxChecker(std::string_view text) : text_(text) {}

    bool null() { return value(); }
    bool boolean(bool) { return value(); }
    bool number_integer(Json::number_integer_t) { return value(); }
    bool number_unsigned(Json::number_unsigned_t) { return value(); }
    bool number_float(Json::number_float_t, const Json::string_t&) { return value(); }
    bool string(Json::string_t&) { return value(); }
    bool binary(Json::binary_t&) { return value(); }

    bool start_object(std::size_t) { return open(false); }
    bool start_array(std::size_t) { return open(true); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(Json::string_t& name) {
        auto& frame = frames_.back();
        if (std::find(frame.keys.begin(), frame.keys.end(), name) != frame.keys.end()) {
            problem_ = keyPath(pathTo(frames_.size() - 1), name) +
                       ": is given twice in the same object; give it once";
            return false;
        }
        frame.keys.push_back(name);
        frame.key = name;
        return true;
    }

    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception& error) {
        problem_ = "Not valid JSON, at " + placeOf(text_, position) + ": " + reasonOf(error.what());
        return false;
    }

    const std::string& problem() const { return problem_; }

private:
    struct Frame {
        bool array = false;
        std::size_t next = 0;    // arrays: the index the next element will have
        std::size_t current = 0; // arrays: the index of the element being read
        std::string key;         // objects: the key of the value being read
        std::vector<std::string> keys;
    };

    // Called as each value starts, to keep array positions up to date.
    void starting() {
        if (!frames_.empty() && frames_.back().array) {
            frames_.back().current = frames_.back().next++;
        }
    }
    bool value() {
        starting();
        return true;
    }
    bool open(bool array) {
        starting();
        if (frames_.size() >= kMaximumDepth) {
            problem_ = pathTo(frames_.size()) + ": is nested more than " +
                       std::to_string(kMaximumDepth) +
                       " levels deep, far deeper than a project file ever is";
            return false;
        }
        Frame frame;
        frame.array = array;
        frames_.push_back(std::move(frame));
        return true;
    }
    bool close() {
        frames_.pop_back();
        return true;
    }

    // The path through the first count open containers: pathTo(size - 1) is
    // the innermost container itself, pathTo(size) the value being read in it.
    std::string pathTo(std::size_t count) const {
        std::string path = "$";
        for (std::size_t i = 0; i < count; ++i) {
            path = frames_[i].array ? indexPath(path, frames_[i].current)
                                    : keyPath(path, frames_[i].key);
        }
        return path;
    }

    std::string_view text_;
    std::vector<Frame> frames_;
    std::string problem_;
};

} // namespace

std::string keyPath(const std::string& parent, const std::string& key) {
    if (isPlainName(key)) {
        return parent + "." + key;
    }
    return parent + "[" + Json(key).dump(-1, ' ', false, Json::error_handler_t::replace) + "]";
}

std::string indexPath(const std::string& parent, std::size_t index) {
    return parent + "[" + std::to_string(index) + "]";
}

std::optional<Error> checkJsonSyntax(std::string_view text) {
    SyntaxChecker checker(text);
    bool sound = false;
    try {
        sound = Json::sax_parse(text.begin(), text.end(), &checker);
    } catch (const std::exception& error) {
        return Error{ErrorKind::Invalid, std::string("Not valid JSON: ") + error.what()};
    }
    if (sound) {
        return std::nullopt;
    }
    return Error{ErrorKind::Invalid,
                 checker.problem().empty() ? std::string("Not valid JSON") : checker.problem()};
}

} // namespace jointly::interchange
