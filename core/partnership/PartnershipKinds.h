#pragma once

#include "records/RecordKind.h"

#include <string_view>
#include <vector>

// The kinds of record kept in the partnership stage (PRODUCT.md stage 0).
namespace jointly::partnership {

const records::RecordKind& profile();   // aims, kind of group, boundaries (one record)
const records::RecordKind& agreement(); // pooled / aligned, legal basis, risk share (one record)
const records::RecordKind& objective();
const records::RecordKind& locality();
const records::RecordKind& partnerOrganisation();
const records::RecordKind& member();
const records::RecordKind& declaredInterest();
const records::RecordKind& linkedGroup();
const records::RecordKind& careGroup();
const records::RecordKind& planDocument();
const records::RecordKind& quorumRule(); // from the terms of reference: who must be present

// Every kind above, for counts and lookups (records::kindForTable).
const std::vector<const records::RecordKind*>& allKinds();

// The id of the single partnership row that profile() and agreement() edit.
inline constexpr std::int64_t kPartnershipId = 1;

} // namespace jointly::partnership
