#pragma once

#include "records/RecordKind.h"

#include <vector>

// The records of a Better Care Fund-style expenditure plan, kept in the
// plan stage: the year's ring-fence, the lines of income, the schemes and
// each scheme's lines of spending (schema step 20). Their codes are checked
// against the planning year's code lists (bcf/CodeLists.h) as they are
// typed.
namespace jointly::bcf {

const records::RecordKind& bcfYear(); // what a year's plan is checked against
const records::RecordKind& bcfIncome();
const records::RecordKind& bcfScheme();
const records::RecordKind& bcfExpenditure();

const std::vector<const records::RecordKind*>& allKinds();

} // namespace jointly::bcf
