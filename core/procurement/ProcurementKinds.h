#pragma once

#include "records/RecordKind.h"

#include <vector>

// The kinds of record kept in the procurement stage (PRODUCT.md stage 3).
namespace jointly::procurement {

const records::RecordKind& specification();
const records::RecordKind& specificationOutcome(); // an outcome a specification serves
const records::RecordKind& specificationBudget();  // one partner's share of one year's envelope
const records::RecordKind& procurement();
const records::RecordKind& milestone();
const records::RecordKind& conflictEntry(); // one line of a procurement's conflicts assessment
const records::RecordKind& marketEngagement();
const records::RecordKind& publishingSettings(); // the partnership's OCDS prefix

const std::vector<const records::RecordKind*>& allKinds();

} // namespace jointly::procurement
