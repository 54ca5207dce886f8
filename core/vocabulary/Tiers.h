#pragma once

#include "records/RecordKind.h"

#include <cstddef>
#include <string_view>
#include <vector>

// Words shared by several stages. The tiers of care are one list: a needs
// assessment's services, a plan's allocations and PBMA proposals, and later
// specifications and contracts, all sit in one of them, and the balance of
// spend is reported across them.
namespace jointly::vocabulary {

// Prevention, early intervention, intensive: the stored key and the label of
// each, in this order everywhere.
const std::vector<records::ChoiceOption>& tiers();

// The place in tiers() of a stored key; an unknown key is taken as the first
// tier, prevention (the schema allows no other keys).
std::size_t tierIndex(std::string_view key);

} // namespace jointly::vocabulary
