#pragma once

#include "Outcome.h"
#include "records/RecordKind.h"

#include <string>
#include <string_view>

namespace jointly::records {

// Turns what a user typed into a stored value, or says why it cannot be one.
// Empty text means "no value". Link fields are not typed; they are chosen.
Outcome<FieldValue> parseInput(const FieldSpec& field, std::string_view text);

// Shows a stored value as the user would type it (money as pounds, dates as
// YYYY-MM-DD, choices by their label, flags as Yes/No). Links show nothing
// here; their names come from the linked records.
std::string formatValue(const FieldSpec& field, const FieldValue& value);

// Checks a value against its field (the right type, in range, a known choice).
// Returns an empty string when it is acceptable, otherwise the reason.
std::string validate(const FieldSpec& field, const FieldValue& value);

std::string_view choiceLabel(const FieldSpec& field, std::string_view key);

} // namespace jointly::records
