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
// Each cycle year started, and what starting it carried (see
// cycle/NextCycle.h).
const records::RecordKind& cycleYear();
const records::RecordKind& carriedItem();
// Contract performance: notices given to a provider, the milestones of the
// remedial action plan agreed after one, and each year's assessment of the
// contract with a rating per KPI (monitoring/ContractPerformance.h).
const records::RecordKind& performanceNotice();
const records::RecordKind& remedialMilestone();
const records::RecordKind& contractAssessment();
const records::RecordKind& kpiRating();

const std::vector<const records::RecordKind*>& allKinds();

} // namespace jointly::monitoring
