#include "baseline/ArchiveEnvelope.h"

#include "util/Sha256.h"

#include <charconv>

namespace jointly::baseline {

namespace {

constexpr std::string_view kMagic = "JOINTLY-ARCHIVE";
// The header is short: a line longer than this is not ours.
constexpr std::size_t kLongestHeader = 200;

std::string_view contentWord(ArchiveContent content) {
    switch (content) {
    case ArchiveContent::PlanBaseline:
        return "plan-baseline";
    case ArchiveContent::Records:
        break;
    case ArchiveContent::Changes:
        return "changes";
    }
    return "records";
}

std::string_view contentWords(std::string_view word) {
    return word == "plan-baseline" ? "a baseline of the plan"
           : word == "records"     ? "records copied from a project"
           : word == "changes"     ? "changes sent from a copy of a project"
                                   : "something this version of Jointly does not know";
}

// The next word of the header, up to a space; empty at its end.
std::string_view nextWord(std::string_view& rest) {
    const auto end = rest.find(' ');
    const auto word = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    return word;
}

bool readNumber(std::string_view word, std::size_t& number) {
    if (word.empty() || word.size() > 12) {
        return false;
    }
    const auto [end, ec] = std::from_chars(word.data(), word.data() + word.size(), number);
    return ec == std::errc() && end == word.data() + word.size();
}

Error refused(const std::string& what, const std::string& why) {
    return Error{ErrorKind::Damaged, what + " " + why};
}

} // namespace

std::string wrapArchive(ArchiveContent content, std::string_view payload) {
    std::string out(kMagic);
    out += " " + std::to_string(kArchiveFormat) + " " + std::string(contentWord(content)) + " " +
           std::to_string(payload.size()) + " " + util::sha256Hex(payload) + "\n";
    out += payload;
    return out;
}

Outcome<std::string_view> unwrapArchive(std::string_view bytes, ArchiveContent expected,
                                        const std::string& what) {
    const auto newline = bytes.substr(0, kLongestHeader).find('\n');
    std::string_view header =
        newline == std::string_view::npos ? std::string_view() : bytes.substr(0, newline);
    if (nextWord(header) != kMagic) {
        return refused(what, "is not a Jointly archive: it may be damaged, or have been made by "
                             "another program. It was not read.");
    }
    std::size_t format = 0;
    if (!readNumber(nextWord(header), format)) {
        return refused(what, "has a damaged header. It was not read.");
    }
    if (format > static_cast<std::size_t>(kArchiveFormat)) {
        return Error{ErrorKind::NewerVersion,
                     what + " was made by a newer version of Jointly (archive format " +
                         std::to_string(format) + "): install the newer version to read it."};
    }
    const auto content = nextWord(header);
    if (content != contentWord(expected)) {
        return refused(what, "holds " + std::string(contentWords(content)) + ", not " +
                                 std::string(contentWords(contentWord(expected))) + ".");
    }
    std::size_t length = 0;
    if (!readNumber(nextWord(header), length)) {
        return refused(what, "has a damaged header. It was not read.");
    }
    if (length > kLargestArchive) {
        return refused(what, "says it holds " + std::to_string(length) + " bytes, more than the " +
                                 std::to_string(kLargestArchive / (1024 * 1024)) +
                                 " MB an archive may hold. It was not read.");
    }
    const auto checksum = nextWord(header);
    if (checksum.size() != 64 || !header.empty()) {
        return refused(what, "has a damaged header. It was not read.");
    }
    const auto payload = bytes.substr(newline + 1);
    if (payload.size() < length) {
        return refused(what, "is cut short: it should hold " + std::to_string(length) +
                                 " bytes but holds " + std::to_string(payload.size()) +
                                 ". It was not read.");
    }
    if (payload.size() > length) {
        return refused(what, "holds more than its header says (" + std::to_string(payload.size()) +
                                 " bytes, not " + std::to_string(length) + "). It was not read.");
    }
    if (util::sha256Hex(payload) != checksum) {
        return refused(what, "is damaged: its checksum does not match what it holds. It was "
                             "not read.");
    }
    return payload;
}

} // namespace jointly::baseline
