#include "monitoring/MonitoringKinds.h"

#include "monitoring/ContractPerformanceRules.h"
#include "needs/NeedsKinds.h"
#include "partnership/PartnershipKinds.h"
#include "planning/PlanningKinds.h"
#include "procurement/ContractKinds.h"

namespace jointly::monitoring {

using records::FieldType;
using records::RecordKind;

namespace {

records::FieldSpec kpiLink() {
    return {.column = "kpi_id",
            .label = "KPI",
            .type = FieldType::Link,
            .linksTo = &procurement::contractKpi,
            .required = true};
}

records::FieldSpec period() {
    return {.column = "period",
            .label = "Period",
            .type = FieldType::Text,
            .help = "Written so that periods sort in time: 2025-04 for a month, 2025-Q2 for a "
                    "quarter, 2025/26 for a year."};
}

} // namespace

const RecordKind& actual() {
    static const RecordKind kind{
        .table = "kpi_actual",
        .singular = "KPI figure",
        .plural = "KPI figures",
        .fields = {kpiLink(),
                   period(),
                   {.column = "value_hundredths",
                    .label = "Value",
                    .type = FieldType::Decimal,
                    .help = "Empty for a period whose value is missing: the chart shows the gap."},
                   {.column = "note", .label = "Note", .type = FieldType::Text},
                   {.column = "source",
                    .label = "Source",
                    .type = FieldType::Text,
                    .help = "Where the value came from: typed, or the file and row imported."}},
        .nameColumn = "period",
        .refuseChange = &refuseFigureChange,
    };
    return kind;
}

const RecordKind& targetChange() {
    static const RecordKind kind{
        .table = "kpi_target",
        .singular = "target change",
        .plural = "target changes",
        .fields = {kpiLink(),
                   {.column = "from_period",
                    .label = "From period",
                    .type = FieldType::Text,
                    .help = "The first period the new target applies to."},
                   {.column = "target_hundredths", .label = "Target", .type = FieldType::Decimal},
                   {.column = "reason", .label = "Reason", .type = FieldType::LongText}},
        .nameColumn = "from_period",
    };
    return kind;
}

const RecordKind& annotation() {
    static const RecordKind kind{
        .table = "kpi_annotation",
        .singular = "annotation",
        .plural = "annotations",
        .fields = {kpiLink(),
                   period(),
                   {.column = "note", .label = "Note", .type = FieldType::Text}},
        .nameColumn = "note",
    };
    return kind;
}

const RecordKind& rebase() {
    static const RecordKind kind{
        .table = "kpi_rebase",
        .singular = "rebase",
        .plural = "rebases",
        .fields = {kpiLink(),
                   {.column = "period",
                    .label = "From period",
                    .type = FieldType::Text,
                    .help = "The chart's limits are worked out again from this period on."},
                   {.column = "reason",
                    .label = "Reason",
                    .type = FieldType::LongText,
                    .help = "Why the process changed: rebase only once the change is "
                            "understood."},
                   {.column = "decided_on", .label = "Decided on", .type = FieldType::Date}},
        .nameColumn = "period",
    };
    return kind;
}

const RecordKind& cycleYear() {
    static const RecordKind kind{
        .table = "cycle_year",
        .singular = "cycle year",
        .plural = "cycle years",
        .fields = {{.column = "year",
                    .label = "Financial year",
                    .type = FieldType::Year,
                    .required = true},
                   {.column = "started_on", .label = "Started on", .type = FieldType::Date},
                   {.column = "summary", .label = "What was done", .type = FieldType::LongText}},
        .nameColumn = "summary",
    };
    return kind;
}

const RecordKind& carriedItem() {
    static const RecordKind kind{
        .table = "cycle_carried",
        .singular = "carried item",
        .plural = "carried items",
        .fields = {{.column = "cycle_year_id",
                    .label = "Cycle year",
                    .type = FieldType::Link,
                    .linksTo = &cycleYear,
                    .required = true},
                   {.column = "what",
                    .label = "What",
                    .type = FieldType::Choice,
                    .choices = {{"plan", "Plan rolled forward"},
                                {"action", "Open action"},
                                {"risk", "Open risk"},
                                {"finding", "Finding for the needs assessment"}}},
                   {.column = "plan_id",
                    .label = "Plan",
                    .type = FieldType::Link,
                    .linksTo = &partnership::planDocument},
                   {.column = "action_id",
                    .label = "Action",
                    .type = FieldType::Link,
                    .linksTo = &planning::planAction},
                   {.column = "risk_id",
                    .label = "Risk",
                    .type = FieldType::Link,
                    .linksTo = &planning::risk},
                   {.column = "statement_id",
                    .label = "Needs statement",
                    .type = FieldType::Link,
                    .linksTo = &needs::needsStatement},
                   {.column = "kpi_id",
                    .label = "KPI",
                    .type = FieldType::Link,
                    .linksTo = &procurement::contractKpi},
                   {.column = "note", .label = "Note", .type = FieldType::LongText}},
        .nameColumn = "note",
    };
    return kind;
}

const RecordKind& performanceNotice() {
    static const RecordKind kind{
        .table = "performance_notice",
        .singular = "performance notice",
        .plural = "performance notices",
        .fields = {procurement::contractLink(),
                   {.column = "kpi_id",
                    .label = "KPI",
                    .type = FieldType::Link,
                    .linksTo = &procurement::contractKpi,
                    .help = "The contract's KPI that fell short, if the notice is about one."},
                   {.column = "issued_on", .label = "Issued on", .type = FieldType::Date},
                   {.column = "requirement",
                    .label = "Not met",
                    .type = FieldType::Text,
                    .help = "The requirement the provider has not met."},
                   {.column = "description",
                    .label = "What follows",
                    .type = FieldType::LongText,
                    .help = "The meeting, the remedial action plan agreed, and what happens if it "
                            "is not met."},
                   {.column = "status",
                    .label = "Status",
                    .type = FieldType::Choice,
                    .choices = {{"open", "Open"},
                                {"remedial_plan", "Remedial action plan agreed"},
                                {"remedied", "Remedied"},
                                {"escalated", "Escalated"},
                                {"withdrawn", "Withdrawn"}}},
                   {.column = "withheld_pence",
                    .label = "Sum withheld",
                    .type = FieldType::Money,
                    .help = "Any sum withheld until the failure is remedied."},
                   {.column = "closed_on", .label = "Closed on", .type = FieldType::Date}},
        .nameColumn = "requirement",
        .refuseChange = &refuseNoticeChange,
    };
    return kind;
}

const RecordKind& remedialMilestone() {
    static const RecordKind kind{
        .table = "remedial_milestone",
        .singular = "remedial milestone",
        .plural = "remedial milestones",
        .fields = {{.column = "notice_id",
                    .label = "Performance notice",
                    .type = FieldType::Link,
                    .linksTo = &performanceNotice,
                    .required = true},
                   {.column = "description", .label = "Milestone", .type = FieldType::Text},
                   {.column = "due_on", .label = "Due on", .type = FieldType::Date},
                   {.column = "done_on", .label = "Done on", .type = FieldType::Date},
                   {.column = "note", .label = "Note", .type = FieldType::LongText}},
        .nameColumn = "description",
    };
    return kind;
}

const RecordKind& contractAssessment() {
    static const RecordKind kind{
        .table = "contract_assessment",
        .singular = "contract assessment",
        .plural = "contract assessments",
        .fields = {procurement::contractLink(),
                   {.column = "year",
                    .label = "Financial year",
                    .type = FieldType::Year,
                    .required = true},
                   {.column = "assessed_on", .label = "Assessed on", .type = FieldType::Date},
                   {.column = "summary", .label = "Summary", .type = FieldType::LongText}},
        .nameColumn = "summary",
    };
    return kind;
}

const RecordKind& kpiRating() {
    static const RecordKind kind{
        .table = "kpi_rating",
        .singular = "KPI rating",
        .plural = "KPI ratings",
        .fields = {{.column = "assessment_id",
                    .label = "Assessment",
                    .type = FieldType::Link,
                    .linksTo = &contractAssessment,
                    .required = true},
                   kpiLink(),
                   {.column = "rating",
                    .label = "Rating",
                    .type = FieldType::Choice,
                    .choices = {{"good", "Good"},
                                {"approaching", "Approaching target"},
                                {"requires_improvement", "Requires improvement"},
                                {"inadequate", "Inadequate"},
                                {"other", "Other"}},
                    .help = "The ratings of the Procurement Act's contract performance notice "
                            "(UK9)."},
                   {.column = "explanation", .label = "Why", .type = FieldType::LongText}},
        .nameColumn = "rating",
        .refuseChange = &refuseRatingChange,
    };
    return kind;
}

const std::vector<const RecordKind*>& allKinds() {
    static const std::vector<const RecordKind*> kinds = {&actual(),
                                                         &targetChange(),
                                                         &annotation(),
                                                         &rebase(),
                                                         &cycleYear(),
                                                         &carriedItem(),
                                                         &performanceNotice(),
                                                         &remedialMilestone(),
                                                         &contractAssessment(),
                                                         &kpiRating()};
    return kinds;
}

} // namespace jointly::monitoring
