#pragma once

#include "records/RecordKind.h"

#include <vector>

// The kinds of record the monitoring stage keeps about each KPI (the KPI
// itself is procurement::contractKpi, table kpi, since contracts set most
// of them): its actuals period by period, target changes, annotations and
// rebases.
namespace jointly::monitoring {

const records::RecordKind& actual();
const records::RecordKind& targetChange();
const records::RecordKind& annotation();
const records::RecordKind& rebase();

const std::vector<const records::RecordKind*>& allKinds();

} // namespace jointly::monitoring
