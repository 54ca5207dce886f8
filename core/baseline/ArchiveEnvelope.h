#pragma once

#include "Outcome.h"

#include <cstddef>
#include <string>
#include <string_view>

// Jointly's own header around a Boost.Serialization archive, so that an
// archive from elsewhere (a baseline in another organisation's file, records
// on the clipboard) is checked before anything is read from it:
//
//   JOINTLY-ARCHIVE <format> <content> <length> <sha-256>\n<payload>
//
// format is the envelope's version (1), content says what the payload holds
// ("plan-baseline", "records",
// "changes"), length is the payload's size in bytes and the
// SHA-256 its 64 lower-case hexadecimal digits. The whole is text.
namespace jointly::baseline {

enum class ArchiveContent { PlanBaseline, Records, Changes };

inline constexpr int kArchiveFormat = 1;
// No archive holds more than this: a larger length is refused before
// anything is allocated for it.
inline constexpr std::size_t kLargestArchive = 32 * 1024 * 1024;

std::string wrapArchive(ArchiveContent content, std::string_view payload);

// The payload, once the header is found whole and agrees with it. Refuses,
// with a sentence naming `what` ("The baseline “Approved March 2026”"):
// another program's text, a newer format, other content, a length over the
// cap, a payload cut short or longer than its header says, and a checksum
// that does not match.
Outcome<std::string_view> unwrapArchive(std::string_view bytes, ArchiveContent expected,
                                        const std::string& what);

} // namespace jointly::baseline
