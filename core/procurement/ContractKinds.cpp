#include "procurement/ContractKinds.h"

#include "needs/NeedsKinds.h"
#include "partnership/PartnershipKinds.h"
#include "planning/PlanningKinds.h"
#include "procurement/ContractDeliveryRules.h"
#include "procurement/ProcurementKinds.h"

namespace jointly::procurement {

using records::FieldType;
using records::RecordKind;

records::FieldSpec contractLink() {
    return {.column = "contract_id",
            .label = "Contract",
            .type = FieldType::Link,
            .linksTo = &procurement::contract,
            .required = true};
}

const RecordKind& contract() {
    static const RecordKind kind{
        .table = "contract",
        .singular = "contract",
        .plural = "contracts",
        .fields =
            {
                {.column = "name", .label = "Contract", .type = FieldType::Text},
                {.column = "provider_id",
                 .label = "Provider",
                 .type = FieldType::Link,
                 .linksTo = &partnership::partnerOrganisation},
                {.column = "procurement_id",
                 .label = "Procurement",
                 .type = FieldType::Link,
                 .linksTo = &procurement::procurement,
                 .help = "The procurement it was awarded through, and so its regime and route."},
                {.column = "specification_id",
                 .label = "Specification",
                 .type = FieldType::Link,
                 .linksTo = &procurement::specification},
                {.column = "starts_on", .label = "Starts", .type = FieldType::Date},
                {.column = "ends_on", .label = "Ends", .type = FieldType::Date},
                {.column = "extension_options",
                 .label = "Extension options",
                 .type = FieldType::Text},
                {.column = "latest_end_on",
                 .label = "Latest possible end",
                 .type = FieldType::Date,
                 .help = "The end date if every extension is taken."},
                {.column = "extension_decision_on",
                 .label = "Extension decided by",
                 .type = FieldType::Date},
                {.column = "notice_months",
                 .label = "Notice (months)",
                 .type = FieldType::Count,
                 .help = "How long before the end notice must be given.",
                 .maximum = 60},
                {.column = "payment_basis",
                 .label = "Payment basis",
                 .type = FieldType::Choice,
                 .choices = {{"block", "Block"},
                             {"cost_volume", "Cost and volume"},
                             {"tariff", "Tariff or price per unit"},
                             {"outcomes", "Outcomes-based"},
                             {"mixed", "Mixed"}}},
                {.column = "at_risk_bp",
                 .label = "Value at risk",
                 .type = FieldType::Share,
                 .help = "The share of the value paid only when outcomes are met."},
                {.column = "incentive",
                 .label = "Incentive",
                 .type = FieldType::LongText,
                 .help = "What the value at risk pays for, and on which KPI."},
                {.column = "notes", .label = "Notes", .type = FieldType::LongText},
            },
    };
    return kind;
}

const RecordKind& contractValue() {
    static const RecordKind kind{
        .table = "contract_value",
        .singular = "year of a contract's value",
        .plural = "years of contracts' values",
        .fields =
            {
                contractLink(),
                {.column = "year", .label = "Financial year", .type = FieldType::Year},
                {.column = "amount_pence", .label = "Value", .type = FieldType::Money},
            },
        .nameColumn = "year",
        .totalOnDelete = "amount_pence",
    };
    return kind;
}

const RecordKind& contractFunder() {
    static const RecordKind kind{
        .table = "contract_funder",
        .singular = "co-funder",
        .plural = "co-funders",
        .fields =
            {
                contractLink(),
                {.column = "partner_id",
                 .label = "Partner",
                 .type = FieldType::Link,
                 .linksTo = &partnership::partnerOrganisation},
                {.column = "share_bp",
                 .label = "Share",
                 .type = FieldType::Share,
                 .help = "The co-funders' shares add up to exactly 100%."},
            },
        .nameColumn = "share_bp",
    };
    return kind;
}

const RecordKind& contractService() {
    static const RecordKind kind{
        .table = "contract_service",
        .singular = "service delivered",
        .plural = "services delivered",
        .fields =
            {
                contractLink(),
                {.column = "service_id",
                 .label = "Service",
                 .type = FieldType::Link,
                 .linksTo = &needs::service,
                 .required = true,
                 .help = "A service of the needs assessment's service map that this contract "
                         "delivers."},
            },
        .nameColumn = "service_id",
        .refuseChange = &refuseContractServiceChange,
    };
    return kind;
}

const RecordKind& contractSpecification() {
    static const RecordKind kind{
        .table = "contract_specification",
        .singular = "specification covered",
        .plural = "specifications covered",
        .fields =
            {
                contractLink(),
                {.column = "specification_id",
                 .label = "Specification",
                 .type = FieldType::Link,
                 .linksTo = &procurement::specification,
                 .required = true,
                 .help = "A specification this contract covers besides the one it was "
                         "procured for."},
            },
        .nameColumn = "specification_id",
        .refuseChange = &refuseContractSpecificationChange,
    };
    return kind;
}

const RecordKind& contractKpi() {
    static const RecordKind kind{
        .table = "kpi",
        .singular = "KPI",
        .plural = "KPIs",
        .fields =
            {
                {.column = "name", .label = "KPI", .type = FieldType::Text},
                {.column = "contract_id",
                 .label = "Contract",
                 .type = FieldType::Link,
                 .linksTo = &procurement::contract,
                 .help = "The contract whose KPI this is, if any."},
                {.column = "outcome_id",
                 .label = "Outcome",
                 .type = FieldType::Link,
                 .linksTo = &planning::outcome,
                 .help = "The outcome of the plan it measures, if any."},
                {.column = "definition", .label = "Definition", .type = FieldType::LongText},
                {.column = "unit", .label = "Unit", .type = FieldType::Text},
                {.column = "polarity",
                 .label = "Better when",
                 .type = FieldType::Choice,
                 .choices = {{"higher", "Higher"}, {"lower", "Lower"}, {"neither", "Neither"}}},
                {.column = "target_hundredths", .label = "Target", .type = FieldType::Decimal},
                {.column = "tolerance_hundredths",
                 .label = "Tolerance",
                 .type = FieldType::Decimal,
                 .help = "How far worse than the target is still amber: an amount in the KPI's "
                         "unit, or a percentage of the target."},
                {.column = "tolerance_of_target",
                 .label = "Tolerance is a % of the target",
                 .type = FieldType::Flag},
                {.column = "frequency",
                 .label = "Frequency",
                 .type = FieldType::Choice,
                 .choices = {{"monthly", "Monthly"},
                             {"quarterly", "Quarterly"},
                             {"annual", "Annual"}}},
                {.column = "data_source", .label = "Data source", .type = FieldType::Text},
                {.column = "owner_id",
                 .label = "Owner",
                 .type = FieldType::Link,
                 .linksTo = &partnership::member},
                {.column = "accountability",
                 .label = "Measures",
                 .type = FieldType::Choice,
                 .choices = {{"not_set", "Not set"},
                             {"how_much", "How much did we do?"},
                             {"how_well", "How well did we do it?"},
                             {"better_off", "Is anyone better off?"}},
                 .help = "Results-based accountability: which question the KPI answers."},
                {.column = "breach_hundredths",
                 .label = "Breach threshold",
                 .type = FieldType::Decimal,
                 .help = "The level at which the contract is in breach."},
                {.column = "consequence",
                 .label = "Consequence of breach",
                 .type = FieldType::LongText},
                {.column = "pays_incentive",
                 .label = "Pays the incentive",
                 .type = FieldType::Flag,
                 .help = "Whether the value at risk is paid on this KPI."},
                {.column = "spc_rules",
                 .label = "SPC rules",
                 .type = FieldType::Choice,
                 .choices = {{"nhs_england", "NHS England Making Data Count"},
                             {"plotthedots", "NHSRplotthedots"}}},
                {.column = "fix_after",
                 .label = "Fix limits after",
                 .type = FieldType::Count,
                 .help = "Work the limits out from the first this many points only (12 or more "
                         "under NHSRplotthedots); empty for all.",
                 .maximum = 10000,
                 .minimum = 2},
                {.column = "notes", .label = "Notes", .type = FieldType::LongText},
            },
    };
    return kind;
}

} // namespace jointly::procurement
