#include "procurement/ProcurementKinds.h"

#include "partnership/PartnershipKinds.h"
#include "planning/PlanningKinds.h"
#include "procurement/ContractKinds.h"
#include "procurement/OcdsIdentifiers.h"
#include "procurement/ProcurementRules.h"
#include "procurement/Routes.h"
#include "procurement/TenderKinds.h"
#include "vocabulary/Tiers.h"

namespace jointly::procurement {

using records::FieldType;
using records::RecordKind;

const RecordKind& specification() {
    static const RecordKind kind{
        .table = "specification",
        .singular = "specification",
        .plural = "specifications",
        .fields =
            {
                {.column = "name",
                 .label = "Specification",
                 .type = FieldType::Text,
                 .help = "What is bought, e.g. \"Community falls and frailty service\"."},
                {.column = "priority_id",
                 .label = "Priority",
                 .type = FieldType::Link,
                 .linksTo = &planning::priority,
                 .help = "The plan's priority the service serves."},
                {.column = "option_id",
                 .label = "Option chosen",
                 .type = FieldType::Link,
                 .linksTo = &planning::appraisalOption,
                 .help = "The option chosen in the options appraisal that led to this "
                         "specification."},
                {.column = "care_group_id",
                 .label = "Care group",
                 .type = FieldType::Link,
                 .linksTo = &partnership::careGroup},
                {.column = "tier",
                 .label = "Tier",
                 .type = FieldType::Choice,
                 .choices = vocabulary::tiers()},
                {.column = "duration_months",
                 .label = "Duration (months)",
                 .type = FieldType::Count,
                 .help = "How long the contract runs before any extension.",
                 .maximum = 600,
                 .minimum = 1},
                {.column = "extension_months",
                 .label = "Extensions (months)",
                 .type = FieldType::Count,
                 .help = "The most the contract can be extended by, in all.",
                 .maximum = 600},
                {.column = "extension_options",
                 .label = "Extension options",
                 .type = FieldType::Text,
                 .help = "e.g. \"two extensions of up to 12 months each\"."},
                {.column = "requirements",
                 .label = "Service requirements",
                 .type = FieldType::LongText,
                 .help = "What the provider must achieve, in outcomes rather than inputs."},
            },
    };
    return kind;
}

const RecordKind& specificationOutcome() {
    static const RecordKind kind{
        .table = "specification_outcome",
        .singular = "outcome served",
        .plural = "outcomes served",
        .fields =
            {
                {.column = "specification_id",
                 .label = "Specification",
                 .type = FieldType::Link,
                 .linksTo = &procurement::specification,
                 .required = true},
                {.column = "outcome_id",
                 .label = "Outcome",
                 .type = FieldType::Link,
                 .linksTo = &planning::outcome,
                 .help = "An outcome from the plan that the service is bought to achieve."},
                {.column = "contribution",
                 .label = "How it contributes",
                 .type = FieldType::LongText},
            },
        .nameColumn = "contribution",
    };
    return kind;
}

const RecordKind& specificationBudget() {
    static const RecordKind kind{
        .table = "specification_budget",
        .singular = "budget envelope line",
        .plural = "budget envelope lines",
        .fields =
            {
                {.column = "specification_id",
                 .label = "Specification",
                 .type = FieldType::Link,
                 .linksTo = &procurement::specification,
                 .required = true},
                {.column = "year", .label = "Financial year", .type = FieldType::Year},
                {.column = "partner_id",
                 .label = "Funding partner",
                 .type = FieldType::Link,
                 .linksTo = &partnership::partnerOrganisation},
                {.column = "amount_pence",
                 .label = "Amount",
                 .type = FieldType::Money,
                 .help = "What this partner puts towards the service in this year."},
            },
        .nameColumn = "year",
        .totalOnDelete = "amount_pence",
    };
    return kind;
}

const RecordKind& procurement() {
    static const RecordKind kind{
        .table = "procurement",
        .singular = "procurement",
        .plural = "procurements",
        .fields =
            {
                {.column = "name", .label = "Procurement", .type = FieldType::Text},
                {.column = "specification_id",
                 .label = "Specification",
                 .type = FieldType::Link,
                 .linksTo = &procurement::specification,
                 .help = "What the procurement buys."},
                {.column = "lead_partner_id",
                 .label = "Lead partner",
                 .type = FieldType::Link,
                 .linksTo = &partnership::partnerOrganisation,
                 .help = "The partner organisation that runs the procurement."},
                {.column = "buyer_kind",
                 .label = "Buyer",
                 .type = FieldType::Choice,
                 .choices = {{"sub_central", "Council or other sub-central body"},
                             {"central", "Central government body or NHS trust"}},
                 .help = "Which of the Procurement Act's thresholds for goods and services "
                         "applies."},
                {.column = "regime",
                 .label = "Regime",
                 .type = FieldType::Choice,
                 .choices = regimeChoices(),
                 .help = "The PSR for health care services; the Act, light touch, for social "
                         "care and other light-touch services; the Act in full for the rest "
                         "above threshold."},
                {.column = "regime_reason",
                 .label = "Why this regime",
                 .type = FieldType::LongText},
                {.column = "route",
                 .label = "Route",
                 .type = FieldType::Choice,
                 .choices = routeChoices()},
                {.column = "route_justification",
                 .label = "Why this route",
                 .type = FieldType::LongText,
                 .help = "For a direct award, the justification (e.g. the Act's Schedule 5 "
                         "ground, or the PSR's test the award meets)."},
                {.column = "value_pence",
                 .label = "Estimated value (inc VAT)",
                 .type = FieldType::Money,
                 .help = "The whole life value including VAT, as the thresholds count it; empty "
                         "takes the specification's budget envelope."},
                {.column = "current_value_pence",
                 .label = "Existing contract's value",
                 .type = FieldType::Money,
                 .help = "Direct award C: the lifetime value of the contract being replaced."},
                {.column = "change_by_authority",
                 .label = "Change decided by the authority",
                 .type = FieldType::Flag,
                 .help = "Direct award C: whether the change in services is attributable to a "
                         "decision of the authority."},
                {.column = "materially_different",
                 .label = "Materially different",
                 .type = FieldType::Flag,
                 .help = "Direct award C: whether the new arrangement is materially different in "
                         "character from the existing contract."},
                {.column = "notes", .label = "Notes", .type = FieldType::LongText},
                {.column = "scale_max",
                 .label = "Top score",
                 .type = FieldType::Count,
                 .help = "Evaluators score each question from 0 to this, usually 4 or 5.",
                 .maximum = 10,
                 .minimum = 1},
                {.column = "price_formula",
                 .label = "Price formula",
                 .type = FieldType::Choice,
                 .choices = {{"relative", "Relative to the lowest"},
                             {"linear", "Linear deviation from the lowest"},
                             {"affordability", "Affordability ceiling and floor"}},
                 .help = "How prices are scored; the rankings under the others are shown for "
                         "comparison."},
                {.column = "price_ceiling_pence",
                 .label = "Affordability ceiling",
                 .type = FieldType::Money,
                 .help = "The published price at or above which price scores nothing."},
                {.column = "price_floor_pence",
                 .label = "Affordability floor",
                 .type = FieldType::Money,
                 .help = "The published price at or below which price scores in full."},
                {.column = "spread_points",
                 .label = "Spread flagged over",
                 .type = FieldType::Count,
                 .help = "Moderation flags a question whose evaluators' scores differ by more "
                         "than this many points.",
                 .maximum = 10},
            },
        // A procurement with a notice published is public under its ocid
        // ("<prefix>-<id>"); deleting it would let a later procurement take
        // its id and so publish a different process under the same ocid.
        .keepWhere = "EXISTS (SELECT 1 FROM procurement_milestone m WHERE m.procurement_id = "
                     "procurement.id AND m.done = 1 AND m.step IN ('uk2', 'uk3', 'uk4', 'uk5', "
                     "'uk6', 'uk7', 'psr_contract_notice', 'psr_intention', "
                     "'psr_award_notice'))",
        .keepReason = "This procurement has a notice marked published, so it is public under its "
                      "OCDS ocid, which must never name another process. Keep it: record that "
                      "it was abandoned (the UK12 procurement termination notice) in its notes "
                      "instead. If no notice was really published, mark its notices not done "
                      "first.",
        .totalOnDelete = "value_pence",
        .refuseChange = &refuseProcurementChange,
    };
    return kind;
}

const RecordKind& milestone() {
    static const RecordKind kind{
        .table = "procurement_milestone",
        .singular = "milestone",
        .plural = "milestones",
        .fields =
            {
                {.column = "name", .label = "Milestone", .type = FieldType::Text},
                {.column = "procurement_id",
                 .label = "Procurement",
                 .type = FieldType::Link,
                 .linksTo = &procurement::procurement,
                 .required = true},
                {.column = "step",
                 .label = "Step",
                 .type = FieldType::Choice,
                 .choices = stepChoices(),
                 .help = "Which step of the route this is; the statutory minimums are checked "
                         "between steps."},
                {.column = "due_on", .label = "Date", .type = FieldType::Date},
                {.column = "done",
                 .label = "Done",
                 .type = FieldType::Flag,
                 .help = "A tender, transparency or intention notice can be marked done only "
                         "once the conflicts assessment is written."},
                {.column = "notes", .label = "Notes", .type = FieldType::LongText},
            },
        .refuseChange = &refuseMilestoneChange,
    };
    return kind;
}

const RecordKind& conflictEntry() {
    static const RecordKind kind{
        .table = "procurement_conflict",
        .singular = "conflicts assessment entry",
        .plural = "conflicts assessment entries",
        .fields =
            {
                {.column = "person",
                 .label = "Who",
                 .type = FieldType::Text,
                 .help = "Anyone who influences a decision: members, officers, advisers."},
                {.column = "procurement_id",
                 .label = "Procurement",
                 .type = FieldType::Link,
                 .linksTo = &procurement::procurement,
                 .required = true},
                {.column = "provider_id",
                 .label = "Provider concerned",
                 .type = FieldType::Link,
                 .linksTo = &partnership::partnerOrganisation},
                {.column = "interest",
                 .label = "Interest",
                 .type = FieldType::LongText,
                 .help = "Personal, professional or financial, direct or indirect; write \"None "
                         "identified\" when the assessment found none."},
                {.column = "managed", .label = "How it is managed", .type = FieldType::LongText},
                {.column = "assessed_on", .label = "Assessed on", .type = FieldType::Date},
            },
        .nameColumn = "person",
        // The last written line of an assessment a published notice relied on.
        .keepWhere = "(trim(person) <> '' OR trim(interest) <> '') AND EXISTS (SELECT 1 FROM "
                     "procurement_milestone m WHERE m.procurement_id = "
                     "procurement_conflict.procurement_id AND m.done = 1 AND m.step IN ('uk4', "
                     "'uk5', 'psr_contract_notice', 'psr_intention')) AND NOT EXISTS (SELECT 1 "
                     "FROM procurement_conflict o WHERE o.procurement_id = "
                     "procurement_conflict.procurement_id AND o.id <> procurement_conflict.id "
                     "AND (trim(o.person) <> '' OR trim(o.interest) <> ''))",
        .keepReason = "This is the only written line of a conflicts assessment that a published "
                      "tender, transparency or intention notice relied on, so it is kept. Add "
                      "the line that replaces it first.",
    };
    return kind;
}

const RecordKind& marketEngagement() {
    static const RecordKind kind{
        .table = "market_engagement",
        .singular = "market engagement",
        .plural = "market engagement",
        .fields =
            {
                {.column = "provider_id",
                 .label = "Provider",
                 .type = FieldType::Link,
                 .linksTo = &partnership::partnerOrganisation},
                {.column = "held_on", .label = "Date", .type = FieldType::Date},
                {.column = "format",
                 .label = "Format",
                 .type = FieldType::Choice,
                 .choices = {{"event", "Event"},
                             {"one_to_one", "One-to-one"},
                             {"questionnaire", "Questionnaire"},
                             {"other", "Other"}}},
                {.column = "learned", .label = "What was learned", .type = FieldType::LongText},
                {.column = "specification_id",
                 .label = "Specification informed",
                 .type = FieldType::Link,
                 .linksTo = &procurement::specification},
            },
        .nameColumn = "learned",
    };
    return kind;
}

const RecordKind& publishingSettings() {
    static const RecordKind kind{
        .table = "partnership",
        .singular = "publishing settings",
        .plural = "publishing settings",
        .fields =
            {
                {.column = "ocid_prefix",
                 .label = "OCDS prefix",
                 .type = FieldType::Text,
                 .help = "The prefix the Open Contracting Partnership registered for the "
                         "partnership, e.g. ocds-a1b2c3; each procurement's open contracting "
                         "ID starts with it."},
            },
        .nameColumn = "ocid_prefix",
        .oneRow = true,
        .refuseChange = &refusePrefixChange,
    };
    return kind;
}

const std::vector<const RecordKind*>& allKinds() {
    static const std::vector<const RecordKind*> kinds = {
        &specification(),
        &specificationOutcome(),
        &specificationBudget(),
        &procurement(),
        &milestone(),
        &conflictEntry(),
        &marketEngagement(),
        &publishingSettings(),
        &lot(),
        &awardCriterion(),
        &bid(),
        &bidPrice(),
        &evaluator(),
        &evaluatorInterest(),
        &scoreDescriptor(),
        &contract(),
        &contractValue(),
        &contractFunder(),
        &contractService(),
        &contractSpecification(),
        &contractKpi(),
    };
    return kinds;
}

} // namespace jointly::procurement
