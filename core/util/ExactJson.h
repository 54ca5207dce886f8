#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

// JSON documents that carry exact decimals: amounts of money written from
// whole pence as 1234.56, percentages from basis points, never through
// floating point. Used inside core's .cpp files only (nlohmann's JSON is
// not part of core's interface).
namespace jointly::util {

using Json = nlohmann::ordered_json;

// A JSON number worth units / 10^decimals, written exactly: exactNumber(
// 123456, 2) is 1234.56, exactNumber(-5, 2) is -0.05, exactNumber(6000, 2)
// is 60 (trailing zeros and a bare point are dropped). decimals is 0 to 9.
// The value is held as a tagged binary so that no text a user typed can be
// mistaken for it; only dumpExact() writes it.
Json exactNumber(std::int64_t units, int decimals);

// The document as JSON text, indented by two spaces per level, with each
// exactNumber() written as its decimal and every other value as nlohmann
// writes it (strings escaped, UTF-8 kept; bytes that are not UTF-8 are
// replaced with U+FFFD rather than refused).
std::string dumpExact(const Json& document);

} // namespace jointly::util
