#pragma once

#include <string>
#include <string_view>
#include <vector>

// Small helpers for the words Jointly writes and reads, shared by every floor.
namespace jointly::util {

// The text without spaces, tabs or line breaks at either end.
std::string_view trim(std::string_view text);

// The text in lower case (ASCII letters only; other bytes kept as they are).
std::string lower(std::string_view text);

// The text in curly quotes, as names appear in messages: “NHS Westshire”.
std::string curlyQuoted(std::string_view text);

// The items joined as a sentence lists them: "A", "A and B", "A, B and C".
std::string joinedWithAnd(const std::vector<std::string>& items);

// The text with its first letter in capitals: "member" -> "Member".
std::string capitalised(std::string_view text);

// Whether text ends with `end`, ignoring the case of ASCII letters
// ("Matrix.CSV" ends with ".csv").
bool endsWithCaseless(std::string_view text, std::string_view end);

// "Annual contribution" as "annual contribution"; a word in capitals such as
// "KPI" keeps them.
std::string lowercaseFirst(std::string_view text);

// The name a file is known by in messages: its name without the folder
// ("Westshire.jointly"), or the path as given when it has no name.
std::string fileNameOf(const std::string& path);

// The login name of the person running Jointly, or "unknown".
std::string systemUserName();

// The text with every byte sequence that is not UTF-8 (from a damaged or
// crafted file) replaced by U+FFFD, so formats that must be UTF-8 (XLSX,
// iCalendar) are never made invalid by it.
std::string validUtf8(std::string_view text);

// The time now in UTC, as ISO 8601 to the second: 2026-12-01T09:30:00Z.
std::string nowUtc();

} // namespace jointly::util
