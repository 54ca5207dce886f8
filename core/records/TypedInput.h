#pragma once

#include "Outcome.h"
#include "records/RecordKind.h"

#include <string>
#include <string_view>

namespace jointly::storage {
class Database;
}

// Records as they are typed outside the window, on the command line: kinds
// and fields by name, values exactly as they are typed in the window's
// tables and forms, and links by the linked record's name or id.
namespace jointly::records {

// The name a kind is typed as: its singular with hyphens for spaces,
// "partner-organisation", "options-appraisal".
std::string typedName(const RecordKind& kind);

// The kind typed as name (either case), or nullptr.
const RecordKind* kindTyped(std::string_view name);

// The field typed as name: its label with hyphens for spaces
// ("annual-contribution") or its column ("annual_contribution_pence"), either
// case; nullptr if the kind has none.
const FieldSpec* fieldTyped(const RecordKind& kind, std::string_view name);

// The name a field is typed as: its label with hyphens, "annual-contribution".
std::string typedName(const FieldSpec& field);

// A value as typed: through parseInput for every field but a link, which is
// the linked record's id or its name (either case; a name several records
// share must be given by id). Refuses, with a sentence naming the field.
Outcome<FieldValue> readTyped(storage::Database& db, const FieldSpec& field, std::string_view text);

} // namespace jointly::records
