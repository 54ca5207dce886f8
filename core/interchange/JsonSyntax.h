#pragma once

#include "Outcome.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace jointly::interchange {

// Reads JSON text once, building nothing, and finds what a parser that
// builds objects would let pass or choke on: text that is not JSON at all
// (with the line and column the parser stopped at), a key given twice in one
// object (a parser would silently keep only one of the two values), and
// nesting far deeper than a project file ever needs. Returns the first
// problem as an Invalid error, or nothing when the text is sound.
std::optional<Error> checkJsonSyntax(std::string_view text);

// Paths to a place in a JSON document, written as in the messages:
// $.tables.member[3].partner_id. A key that is not a plain name is written
// in brackets and quotes: $.tables["odd key"].
std::string keyPath(const std::string& parent, const std::string& key);
std::string indexPath(const std::string& parent, std::size_t index);

} // namespace jointly::interchange
