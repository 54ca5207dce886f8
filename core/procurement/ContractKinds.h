#pragma once

#include "records/RecordKind.h"

// The kinds of record the contract register keeps (issue 13, section 5).
namespace jointly::procurement {

const records::RecordKind& contract();
const records::RecordKind& contractValue();  // one financial year of a contract's value
const records::RecordKind& contractFunder(); // a co-funding partner and its share
const records::RecordKind& contractKpi();
// A service of the needs assessment's service map that a contract delivers.
const records::RecordKind& contractService();
// A specification a contract covers besides the one it was procured for.
const records::RecordKind& contractSpecification();

// The field of a record that belongs to one contract ("contract_id",
// required), for the kinds of other stages that do.
records::FieldSpec contractLink();

} // namespace jointly::procurement
