#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace jointly::storage {
class Database;
}

// The identifiers of a partnership's procurements as open contracting data
// (OCDS 1.1): the partnership's ocid prefix, registered with the Open
// Contracting Partnership, and each procurement's ocid built from it.
namespace jointly::procurement {

// True for "ocds-" followed by six lower-case letters or digits, the form
// the Open Contracting Partnership registers ("ocds-a1b2c3").
bool isOcidPrefix(std::string_view prefix);

// What is wrong with a prefix, as a sentence; empty for one that is right
// or for none at all (a partnership that does not publish yet).
std::string prefixProblem(std::string_view prefix);

// A procurement's ocid: the prefix, a hyphen and its id ("ocds-a1b2c3-42").
std::string ocidOf(std::string_view prefix, std::int64_t procurementId);

// The rule the publishing settings keep on every edit (RecordKind::
// refuseChange): the prefix, when there is one, is of the registered form.
std::string refusePrefixChange(storage::Database& db, std::int64_t partnershipId);

} // namespace jointly::procurement
