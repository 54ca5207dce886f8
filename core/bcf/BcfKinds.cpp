#include "bcf/BcfKinds.h"

#include "bcf/CodeCheck.h"
#include "partnership/PartnershipKinds.h"
#include "planning/PlanningKinds.h"

namespace jointly::bcf {

using records::FieldType;
using records::RecordKind;

const RecordKind& bcfYear() {
    static const RecordKind kind{
        .table = "bcf_year",
        .singular = "Better Care Fund year",
        .plural = "Better Care Fund years",
        .fields =
            {
                {.column = "year", .label = "Financial year", .type = FieldType::Year},
                {.column = "asc_minimum_pence",
                 .label = "NHS minimum to adult social care",
                 .type = FieldType::Money,
                 .help = "The least of the NHS minimum contribution the board must spend on "
                         "adult social care that year, as published for it."},
                {.column = "notes", .label = "Notes", .type = FieldType::LongText},
            },
        .nameColumn = "notes",
    };
    return kind;
}

const RecordKind& bcfIncome() {
    static const RecordKind kind{
        .table = "bcf_income",
        .singular = "line of Better Care Fund income",
        .plural = "lines of Better Care Fund income",
        .fields =
            {
                {.column = "year", .label = "Financial year", .type = FieldType::Year},
                {.column = "source",
                 .label = "Source",
                 .type = FieldType::Text,
                 .help = "As the year's planning template names it, such as Minimum NHS "
                         "Contribution or Disabled Facilities Grant."},
                {.column = "partner_id",
                 .label = "Contributing organisation",
                 .type = FieldType::Link,
                 .linksTo = &partnership::partnerOrganisation},
                {.column = "district",
                 .label = "District",
                 .type = FieldType::Text,
                 .help = "For the Disabled Facilities Grant in a two-tier area: the district "
                         "council it passes to."},
                {.column = "amount_pence", .label = "Amount", .type = FieldType::Money},
                {.column = "narrative", .label = "Narrative", .type = FieldType::LongText},
            },
        .nameColumn = "source",
        .totalOnDelete = "amount_pence",
        .refuseChange = &refuseUnlistedIncome,
    };
    return kind;
}

const RecordKind& bcfScheme() {
    static const RecordKind kind{
        .table = "bcf_scheme",
        .singular = "Better Care Fund scheme",
        .plural = "Better Care Fund schemes",
        .fields =
            {
                {.column = "reference",
                 .label = "Scheme ID",
                 .type = FieldType::Text,
                 .help = "The scheme's own reference, kept from year to year."},
                {.column = "name", .label = "Scheme", .type = FieldType::Text},
                {.column = "description",
                 .label = "Brief description",
                 .type = FieldType::LongText},
                {.column = "scheme_type",
                 .label = "Scheme type",
                 .type = FieldType::Text,
                 .help = "As the planning template lists them, such as Carers Services or "
                         "Home Care or Domiciliary Care."},
                {.column = "sub_type", .label = "Sub-type", .type = FieldType::Text},
                {.column = "other_type",
                 .label = "If the type is Other",
                 .type = FieldType::Text,
                 .help = "What the scheme is, when its type is Other."},
                {.column = "existing",
                 .label = "Existing scheme",
                 .type = FieldType::Flag,
                 .help = "Yes for a scheme carried on from an earlier year, no for a new one."},
                {.column = "priority_id",
                 .label = "Priority",
                 .type = FieldType::Link,
                 .linksTo = &planning::priority},
            },
        .refuseChange = &refuseUnlistedSchemeType,
    };
    return kind;
}

const RecordKind& bcfExpenditure() {
    static const RecordKind kind{
        .table = "bcf_expenditure",
        .singular = "line of Better Care Fund spending",
        .plural = "lines of Better Care Fund spending",
        .fields =
            {
                {.column = "scheme_id",
                 .label = "Scheme",
                 .type = FieldType::Link,
                 .linksTo = &bcfScheme,
                 .required = true},
                {.column = "year", .label = "Financial year", .type = FieldType::Year},
                {.column = "area_of_spend", .label = "Area of spend", .type = FieldType::Text},
                {.column = "commissioner",
                 .label = "Commissioner",
                 .type = FieldType::Choice,
                 .choices = {{"la", "Local authority"},
                             {"nhs", "NHS"},
                             {"joint", "Joint (NHS and local authority)"}}},
                {.column = "nhs_share_bp",
                 .label = "NHS share if joint",
                 .type = FieldType::Share,
                 .help = "For joint commissioning, the NHS's part; the council's is the rest.",
                 .maximum = 10000},
                {.column = "provider", .label = "Provider", .type = FieldType::Text},
                {.column = "provider_id",
                 .label = "Named provider",
                 .type = FieldType::Link,
                 .linksTo = &partnership::partnerOrganisation},
                {.column = "funding_source", .label = "Source of funding", .type = FieldType::Text},
                {.column = "amount_pence", .label = "Expenditure", .type = FieldType::Money},
                {.column = "outputs", .label = "Planned outputs", .type = FieldType::Count},
                {.column = "output_unit", .label = "Units", .type = FieldType::Text},
            },
        .nameColumn = "area_of_spend",
        .totalOnDelete = "amount_pence",
        .refuseChange = &refuseUnlistedSpending,
    };
    return kind;
}

const std::vector<const records::RecordKind*>& allKinds() {
    static const std::vector<const records::RecordKind*> kinds = {&bcfYear(), &bcfIncome(),
                                                                  &bcfScheme(), &bcfExpenditure()};
    return kinds;
}

} // namespace jointly::bcf
