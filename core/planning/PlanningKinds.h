#pragma once

#include "records/RecordKind.h"

#include <vector>

// The kinds of record kept in the planning stage (PRODUCT.md stage 2).
namespace jointly::planning {

const records::RecordKind& outcome();
const records::RecordKind& outcomeMeasure();
const records::RecordKind& measureTarget(); // one year of a measure's target trajectory
const records::RecordKind& priority();
const records::RecordKind& appraisal();
const records::RecordKind& appraisalOption();
const records::RecordKind& appraisalCriterion();
const records::RecordKind& proposal(); // to invest or disinvest
const records::RecordKind& contribution();
const records::RecordKind& allocation();
const records::RecordKind& budgetForecast();
const records::RecordKind& budgetSettings(); // base year and savings sharing rule (one record)
const records::RecordKind& savingsTarget();
const records::RecordKind& savingsScheme();
const records::RecordKind& schemeSaving();
const records::RecordKind& risk();
const records::RecordKind& planAction();
const records::RecordKind& baseline(); // a snapshot of the plan as approved (core/baseline)

const std::vector<const records::RecordKind*>& allKinds();

} // namespace jointly::planning
