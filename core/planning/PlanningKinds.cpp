#include "planning/PlanningKinds.h"

#include "needs/NeedsKinds.h"
#include "partnership/PartnershipKinds.h"
#include "procurement/ContractKinds.h"
#include "procurement/ProcurementKinds.h"
#include "vocabulary/Tiers.h"
#include "workshop/WorkshopKinds.h"

namespace jointly::planning {

using records::ChoiceOption;
using records::FieldType;
using records::RecordKind;
using records::Sign;

const RecordKind& outcome() {
    static const RecordKind kind{
        .table = "outcome",
        .singular = "outcome",
        .plural = "outcomes",
        .fields =
            {
                {.column = "name",
                 .label = "Outcome",
                 .type = FieldType::Text,
                 .help =
                     "What should be different for people, e.g. \"Older people stay independent at "
                     "home for longer\"."},
                {.column = "care_group_id",
                 .label = "Care group",
                 .type = FieldType::Link,
                 .linksTo = &partnership::careGroup},
                {.column = "description", .label = "Description", .type = FieldType::LongText},
            },
    };
    return kind;
}

const RecordKind& outcomeMeasure() {
    static const RecordKind kind{
        .table = "outcome_measure",
        .singular = "measure",
        .plural = "measures",
        .fields =
            {
                {.column = "name", .label = "Measure", .type = FieldType::Text},
                {.column = "outcome_id",
                 .label = "Outcome",
                 .type = FieldType::Link,
                 .linksTo = &planning::outcome,
                 .required = true},
                {.column = "indicator_id",
                 .label = "Indicator",
                 .type = FieldType::Link,
                 .linksTo = &needs::indicator,
                 .help = "The needs indicator that shows progress on this measure."},
                {.column = "unit",
                 .label = "Unit",
                 .type = FieldType::Text,
                 .help = "e.g. per 100,000, %, people."},
                {.column = "baseline_hundredths",
                 .label = "Baseline",
                 .type = FieldType::Decimal,
                 .help = "Where the measure stands now, with up to two decimals."},
            },
    };
    return kind;
}

const RecordKind& measureTarget() {
    static const RecordKind kind{
        .table = "measure_target",
        .singular = "yearly target",
        .plural = "yearly targets",
        .fields =
            {
                {.column = "measure_id",
                 .label = "Measure",
                 .type = FieldType::Link,
                 .linksTo = &planning::outcomeMeasure,
                 .required = true},
                {.column = "year", .label = "Financial year", .type = FieldType::Year},
                {.column = "target_hundredths",
                 .label = "Target",
                 .type = FieldType::Decimal,
                 .help = "The value the measure should reach by the end of that year."},
            },
        .nameColumn = "year",
    };
    return kind;
}

const RecordKind& priority() {
    static const RecordKind kind{
        .table = "priority",
        .singular = "priority",
        .plural = "priorities",
        .fields =
            {
                {.column = "name", .label = "Priority", .type = FieldType::Text},
                {.column = "rank",
                 .label = "Rank",
                 .type = FieldType::Count,
                 .help = "1 for the most important.",
                 .maximum = 1000,
                 .minimum = 1},
                {.column = "care_group_id",
                 .label = "Care group",
                 .type = FieldType::Link,
                 .linksTo = &partnership::careGroup},
                {.column = "statement_id",
                 .label = "Needs statement",
                 .type = FieldType::Link,
                 .linksTo = &needs::needsStatement,
                 .help = "The needs statement (and so the evidence) this priority comes from."},
                {.column = "rationale",
                 .label = "Why it is a priority",
                 .type = FieldType::LongText},
            },
    };
    return kind;
}

const RecordKind& appraisal() {
    static const RecordKind kind{
        .table = "appraisal",
        .singular = "options appraisal",
        .plural = "options appraisals",
        .fields =
            {
                {.column = "name", .label = "Appraisal", .type = FieldType::Text},
                {.column = "priority_id",
                 .label = "Priority",
                 .type = FieldType::Link,
                 .linksTo = &planning::priority,
                 .required = true},
                {.column = "scale_min",
                 .label = "Lowest score",
                 .type = FieldType::Count,
                 .help = "The bottom of the scoring scale, e.g. 0.",
                 .maximum = 1'000'000,
                 .minimum = -1'000'000},
                {.column = "scale_max",
                 .label = "Highest score",
                 .type = FieldType::Count,
                 .help = "The top of the scoring scale, e.g. 10.",
                 .maximum = 1'000'000,
                 .minimum = -1'000'000},
                {.column = "notes", .label = "Notes", .type = FieldType::LongText},
            },
        .alsoOnAdd = {{.table = "appraisal_option",
                       .sql = "INSERT INTO appraisal_option (appraisal_id, id, name, description, "
                              "do_nothing) VALUES (?1, ?2, 'Do nothing / business as usual', "
                              "'Carry on as now: the option every other option is compared "
                              "against.', 1)"}},
    };
    return kind;
}

const RecordKind& appraisalOption() {
    static const RecordKind kind{
        .table = "appraisal_option",
        .singular = "option",
        .plural = "options",
        .fields =
            {
                {.column = "name", .label = "Option", .type = FieldType::Text},
                {.column = "appraisal_id",
                 .label = "Appraisal",
                 .type = FieldType::Link,
                 .linksTo = &planning::appraisal,
                 .required = true},
                {.column = "short_listed",
                 .label = "Short-listed",
                 .type = FieldType::Flag,
                 .help = "Yes to score it; No drops it from the short list (say why)."},
                {.column = "drop_reason", .label = "Why dropped", .type = FieldType::Text},
                {.column = "description", .label = "Description", .type = FieldType::LongText},
            },
        .keepWhere = "do_nothing = 1",
        .keepReason =
            "The do-nothing option stays in every appraisal: the other options are judged against "
            "it. Rename it or describe it instead.",
    };
    return kind;
}

const RecordKind& appraisalCriterion() {
    static const RecordKind kind{
        .table = "appraisal_criterion",
        .singular = "criterion",
        .plural = "criteria",
        .fields =
            {
                {.column = "name", .label = "Criterion", .type = FieldType::Text},
                {.column = "appraisal_id",
                 .label = "Appraisal",
                 .type = FieldType::Link,
                 .linksTo = &planning::appraisal,
                 .required = true},
                {.column = "weight_bp",
                 .label = "Weight",
                 .type = FieldType::Share,
                 .help = "The criterion's share of the total; the weights must add up to exactly "
                         "100%."},
                {.column = "description", .label = "What it means", .type = FieldType::LongText},
            },
    };
    return kind;
}

const RecordKind& proposal() {
    static const RecordKind kind{
        .table = "proposal",
        .singular = "proposal",
        .plural = "proposals",
        .fields =
            {
                {.column = "name", .label = "Proposal", .type = FieldType::Text},
                {.column = "kind",
                 .label = "Invest or disinvest",
                 .type = FieldType::Choice,
                 .choices = {{"invest", "Invest"}, {"disinvest", "Disinvest"}}},
                {.column = "care_group_id",
                 .label = "Care group",
                 .type = FieldType::Link,
                 .linksTo = &partnership::careGroup},
                {.column = "tier",
                 .label = "Tier",
                 .type = FieldType::Choice,
                 .choices = vocabulary::tiers()},
                {.column = "amount_pence",
                 .label = "Cost or saving a year",
                 .type = FieldType::Money,
                 .help = "What an investment costs, or a disinvestment saves, each year."},
                {.column = "benefit",
                 .label = "Benefit score",
                 .type = FieldType::Count,
                 .help = "The benefit gained by investing, or lost by disinvesting, on the "
                         "partnership's "
                         "agreed scale.",
                 .maximum = 1'000'000},
                {.column = "statement_id",
                 .label = "Needs statement",
                 .type = FieldType::Link,
                 .linksTo = &needs::needsStatement},
                {.column = "evidence", .label = "Evidence", .type = FieldType::LongText},
                {.column = "decision",
                 .label = "Decision",
                 .type = FieldType::Choice,
                 .choices = {{"undecided", "Not yet decided"},
                             {"agreed", "Agreed"},
                             {"not_agreed", "Not agreed"}},
                 .help = "What the partnership decided, often in a workshop: agreed to fund (or "
                         "to disinvest), or not."},
            },
        .totalOnDelete = "amount_pence",
    };
    return kind;
}

const RecordKind& contribution() {
    static const RecordKind kind{
        .table = "contribution",
        .singular = "contribution",
        .plural = "contributions",
        .fields =
            {
                {.column = "partner_id",
                 .label = "Partner",
                 .type = FieldType::Link,
                 .linksTo = &partnership::partnerOrganisation,
                 .required = true},
                {.column = "year", .label = "Financial year", .type = FieldType::Year},
                {.column = "funding",
                 .label = "Pooled or aligned",
                 .type = FieldType::Choice,
                 .choices = {{"pooled", "Pooled"}, {"aligned", "Aligned"}}},
                {.column = "line", .label = "Budget line", .type = FieldType::Text},
                {.column = "amount_pence", .label = "Amount", .type = FieldType::Money},
            },
        .nameColumn = "line",
        .totalOnDelete = "amount_pence",
    };
    return kind;
}

const RecordKind& allocation() {
    static const RecordKind kind{
        .table = "allocation",
        .singular = "allocation",
        .plural = "allocations",
        .fields =
            {
                {.column = "year", .label = "Financial year", .type = FieldType::Year},
                {.column = "care_group_id",
                 .label = "Care group",
                 .type = FieldType::Link,
                 .linksTo = &partnership::careGroup},
                {.column = "service_id",
                 .label = "Service",
                 .type = FieldType::Link,
                 .linksTo = &needs::service},
                {.column = "tier",
                 .label = "Tier",
                 .type = FieldType::Choice,
                 .choices = vocabulary::tiers()},
                {.column = "line", .label = "Budget line", .type = FieldType::Text},
                {.column = "amount_pence", .label = "Amount", .type = FieldType::Money},
                {.column = "contract_id",
                 .label = "Contract",
                 .type = FieldType::Link,
                 .linksTo = &procurement::contract,
                 .help = "The contract this money pays for, so that the plan reconciles "
                         "against the contract's value year by year and partner by partner."},
                {.column = "priority_id",
                 .label = "Priority funded",
                 .type = FieldType::Link,
                 .linksTo = &priority,
                 .help = "The priority of the plan this money funds, so that it can be "
                         "traced from the evidence to the result."},
                {.column = "specification_id",
                 .label = "Specification funded",
                 .type = FieldType::Link,
                 .linksTo = &procurement::specification,
                 .help = "The specification this money funds, once the service is specified."},
            },
        .nameColumn = "line",
        .totalOnDelete = "amount_pence",
    };
    return kind;
}

const RecordKind& budgetForecast() {
    static const RecordKind kind{
        .table = "budget_forecast",
        .singular = "forecast",
        .plural = "forecasts",
        .fields =
            {
                {.column = "year", .label = "Financial year", .type = FieldType::Year},
                {.column = "variance_pence",
                 .label = "Forecast overspend (underspend below zero)",
                 .type = FieldType::Money,
                 .help =
                     "Type an overspend as a positive amount and an underspend as a negative one, "
                     "e.g. -25,000.",
                 .sign = Sign::MayBeNegative},
                {.column = "notes", .label = "Notes", .type = FieldType::LongText},
            },
        .nameColumn = "year",
    };
    return kind;
}

const RecordKind& budgetSettings() {
    static const RecordKind kind{
        .table = "partnership",
        .singular = "budget settings",
        .plural = "budget settings",
        .fields =
            {
                {.column = "budget_base_year",
                 .label = "First year of the plan",
                 .type = FieldType::Year,
                 .help = "The financial year the 1-, 3- and 10-year views start from."},
                {.column = "savings_sharing_rule",
                 .label = "Joint savings are shared",
                 .type = FieldType::Choice,
                 .choices = {{"proportional", "In proportion to contributions"},
                             {"fixed", "By the agreement's fixed shares"},
                             {"equal", "Equally between partners"}},
                 .help = "How the partners share what joint efficiencies save."},
            },
        .nameColumn = "budget_base_year",
        .oneRow = true,
    };
    return kind;
}

const RecordKind& savingsTarget() {
    static const RecordKind kind{
        .table = "savings_target",
        .singular = "savings target",
        .plural = "savings targets",
        .fields =
            {
                {.column = "year", .label = "Financial year", .type = FieldType::Year},
                {.column = "care_group_id",
                 .label = "Care group",
                 .type = FieldType::Link,
                 .linksTo = &partnership::careGroup},
                {.column = "amount_pence", .label = "Target", .type = FieldType::Money},
                {.column = "notes", .label = "Notes", .type = FieldType::LongText},
            },
        .nameColumn = "year",
        .totalOnDelete = "amount_pence",
    };
    return kind;
}

const RecordKind& savingsScheme() {
    static const RecordKind kind{
        .table = "savings_scheme",
        .singular = "savings scheme",
        .plural = "savings schemes",
        .fields =
            {
                {.column = "name", .label = "Scheme", .type = FieldType::Text},
                {.column = "care_group_id",
                 .label = "Care group",
                 .type = FieldType::Link,
                 .linksTo = &partnership::careGroup},
                {.column = "lead_partner_id",
                 .label = "Lead partner",
                 .type = FieldType::Link,
                 .linksTo = &partnership::partnerOrganisation},
                {.column = "joint",
                 .label = "Joint efficiency",
                 .type = FieldType::Flag,
                 .help = "Yes when the saving is shared between partners by the sharing rule."},
                {.column = "description", .label = "Description", .type = FieldType::LongText},
            },
    };
    return kind;
}

const RecordKind& schemeSaving() {
    static const RecordKind kind{
        .table = "scheme_saving",
        .singular = "year of savings",
        .plural = "years of savings",
        .fields =
            {
                {.column = "scheme_id",
                 .label = "Scheme",
                 .type = FieldType::Link,
                 .linksTo = &planning::savingsScheme,
                 .required = true},
                {.column = "year", .label = "Financial year", .type = FieldType::Year},
                {.column = "planned_pence", .label = "Planned", .type = FieldType::Money},
                {.column = "realised_pence",
                 .label = "Realised",
                 .type = FieldType::Money,
                 .help = "Entered during monitoring, once the saving is known."},
            },
        .nameColumn = "year",
        .totalOnDelete = "planned_pence",
    };
    return kind;
}

const RecordKind& risk() {
    static const RecordKind kind{
        .table = "risk",
        .singular = "risk",
        .plural = "risks",
        .fields =
            {
                {.column = "description", .label = "Risk", .type = FieldType::Text},
                {.column = "likelihood",
                 .label = "Likelihood (1-5)",
                 .type = FieldType::Count,
                 .help = "1 rare, 2 unlikely, 3 possible, 4 likely, 5 almost certain.",
                 .maximum = 5,
                 .minimum = 1},
                {.column = "impact",
                 .label = "Impact (1-5)",
                 .type = FieldType::Count,
                 .help = "1 negligible, 2 minor, 3 moderate, 4 major, 5 severe.",
                 .maximum = 5,
                 .minimum = 1},
                {.column = "owner_member_id",
                 .label = "Owner",
                 .type = FieldType::Link,
                 .linksTo = &partnership::member},
                {.column = "status",
                 .label = "Status",
                 .type = FieldType::Choice,
                 .choices = {{"open", "Open"},
                             {"mitigating", "Being mitigated"},
                             {"accepted", "Accepted"},
                             {"closed", "Closed"}}},
                {.column = "care_group_id",
                 .label = "Care group",
                 .type = FieldType::Link,
                 .linksTo = &partnership::careGroup},
                {.column = "mitigation", .label = "Mitigation", .type = FieldType::LongText},
            },
        .nameColumn = "description",
    };
    return kind;
}

const RecordKind& planAction() {
    static const RecordKind kind{
        .table = "plan_action",
        .singular = "action",
        .plural = "actions",
        .fields =
            {
                {.column = "description", .label = "Action", .type = FieldType::Text},
                {.column = "milestone",
                 .label = "Milestone",
                 .type = FieldType::Flag,
                 .help = "Yes for a milestone the plan reports against."},
                {.column = "owner_member_id",
                 .label = "Owner",
                 .type = FieldType::Link,
                 .linksTo = &partnership::member},
                {.column = "due_on", .label = "Due", .type = FieldType::Date},
                {.column = "status",
                 .label = "Status",
                 .type = FieldType::Choice,
                 .choices = {{"not_started", "Not started"},
                             {"in_progress", "In progress"},
                             {"done", "Done"},
                             {"cancelled", "Cancelled"}}},
                {.column = "priority_id",
                 .label = "Priority",
                 .type = FieldType::Link,
                 .linksTo = &planning::priority},
                {.column = "plan_document_id",
                 .label = "Plan",
                 .type = FieldType::Link,
                 .linksTo = &partnership::planDocument},
                {.column = "decision_id",
                 .label = "Agreed in",
                 .type = FieldType::Link,
                 .linksTo = &workshop::decision,
                 .help = "The workshop decision that agreed this action, if any."},
            },
        .nameColumn = "description",
    };
    return kind;
}

const std::vector<const RecordKind*>& allKinds() {
    static const std::vector<const RecordKind*> kinds = {
        &outcome(),       &outcomeMeasure(),  &measureTarget(),      &priority(),
        &appraisal(),     &appraisalOption(), &appraisalCriterion(), &proposal(),
        &contribution(),  &allocation(),      &budgetForecast(),     &budgetSettings(),
        &savingsTarget(), &savingsScheme(),   &schemeSaving(),       &risk(),
        &planAction(),    &baseline(),
    };
    return kinds;
}

} // namespace jointly::planning
