#pragma once

#include "records/RecordKind.h"

#include <vector>

// The kinds of record kept in the needs assessment stage (PRODUCT.md stage 1)
// that users edit directly. Indicator values are imported in bulk and read
// through IndicatorQueries instead.
namespace jointly::needs {

const records::RecordKind& indicator();
const records::RecordKind& needsArea();
const records::RecordKind& population();
const records::RecordKind& service();
const records::RecordKind& serviceFunding();
const records::RecordKind& asset();
const records::RecordKind& engagement();
const records::RecordKind& needsStatement();
const records::RecordKind& statementEvidence();
const records::RecordKind& needsSettings(); // the comparator and confidence level (one record)
const records::RecordKind& csvMapping();    // a column mapping saved for reuse

const std::vector<const records::RecordKind*>& allKinds();

} // namespace jointly::needs
