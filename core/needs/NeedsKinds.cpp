#include "needs/NeedsKinds.h"

#include "partnership/PartnershipKinds.h"
#include "procurement/ContractKinds.h"
#include "vocabulary/Tiers.h"

namespace jointly::needs {

using records::FieldType;
using records::RecordKind;

const RecordKind& indicator() {
    static const RecordKind kind{
        .table = "indicator",
        .singular = "indicator",
        .plural = "indicators",
        .fields =
            {
                {.column = "name", .label = "Indicator", .type = FieldType::Text},
                {.column = "source_code",
                 .label = "Source ID",
                 .type = FieldType::Text,
                 .help = "The indicator's ID in its source, e.g. Fingertips' Indicator ID."},
                {.column = "unit",
                 .label = "Unit",
                 .type = FieldType::Text,
                 .help = "e.g. per 100,000, %, years."},
                {.column = "decimals",
                 .label = "Decimals",
                 .type = FieldType::Count,
                 .help =
                     "How many decimal places to show its values with, 0 to 6. Leave it empty for "
                     "Jointly to choose: what the values carry, or one place when they carry more "
                     "than "
                     "three (as Fingertips shows its unrounded figures).",
                 .maximum = 6},
                {.column = "polarity",
                 .label = "Polarity",
                 .type = FieldType::Choice,
                 .choices = {{"higher_is_better", "Higher is better"},
                             {"lower_is_better", "Lower is better"},
                             {"no_judgement", "No judgement"},
                             {"unknown", "Not set"}},
                 .help = "Whether a higher value is better or worse. Fingertips files do not say; "
                         "Jointly "
                         "infers it from their 'Compared to' words where it can, and you can "
                         "correct it."},
                {.column = "topic", .label = "Topic", .type = FieldType::Text},
                {.column = "care_group_id",
                 .label = "Care group",
                 .type = FieldType::Link,
                 .linksTo = &partnership::careGroup},
                {.column = "source", .label = "Source", .type = FieldType::Text},
                {.column = "notes", .label = "Notes", .type = FieldType::LongText},
            },
        .visibleWhere = "created_by_import IS NULL OR created_by_import IN "
                        "(SELECT id FROM indicator_import WHERE active = 1)",
    };
    return kind;
}

const RecordKind& needsArea() {
    static const RecordKind kind{
        .table = "needs_area",
        .singular = "area",
        .plural = "areas",
        .fields =
            {
                {.column = "name", .label = "Area", .type = FieldType::Text},
                {.column = "code",
                 .label = "Code",
                 .type = FieldType::Text,
                 .help = "The area's ONS code, e.g. E10000032; it must match the codes in imported "
                         "files."},
                {.column = "role",
                 .label = "Role",
                 .type = FieldType::Choice,
                 .choices = {{"own", "The partnership's area"}, {"comparator", "Comparator"}}},
            },
    };
    return kind;
}

const RecordKind& needsSettings() {
    static const RecordKind kind{
        .table = "partnership",
        .singular = "needs settings",
        .plural = "needs settings",
        .fields =
            {
                {.column = "comparator_code",
                 .label = "Compare with (area code)",
                 .type = FieldType::Text,
                 .help =
                     "The area whose value significance is judged against: E92000001 is England; "
                     "\"parent\" compares each area with its own parent area (e.g. its region)."},
                {.column = "confidence_level",
                 .label = "Confidence level",
                 .type = FieldType::Choice,
                 .choices = {{"95", "95%"}, {"99.8", "99.8%"}},
                 .help = "Which confidence interval decides better, similar or worse."},
            },
        .nameColumn = "comparator_code",
        .oneRow = true,
    };
    return kind;
}

const RecordKind& population() {
    static const RecordKind kind{
        .table = "population",
        .singular = "population figure",
        .plural = "population figures",
        .fields =
            {
                {.column = "area", .label = "Area", .type = FieldType::Text},
                {.column = "year",
                 .label = "Year",
                 .type = FieldType::Count,
                 .maximum = 2200,
                 .minimum = 1900},
                {.column = "age_band",
                 .label = "Age band",
                 .type = FieldType::Text,
                 .help = "e.g. 65-74 or 85+"},
                {.column = "sex",
                 .label = "Sex",
                 .type = FieldType::Choice,
                 .choices = {{"persons", "Persons"}, {"female", "Female"}, {"male", "Male"}}},
                {.column = "people",
                 .label = "People",
                 .type = FieldType::Count,
                 .maximum = 100'000'000},
                {.column = "projected",
                 .label = "Projection",
                 .type = FieldType::Flag,
                 .help = "Yes for a projected figure, No for an estimate of the present or past."},
            },
        .nameColumn = "age_band",
    };
    return kind;
}

const RecordKind& service() {
    static const RecordKind kind{
        .table = "service",
        .singular = "service",
        .plural = "services",
        .fields =
            {
                {.column = "name", .label = "Service", .type = FieldType::Text},
                {.column = "provider", .label = "Provider", .type = FieldType::Text},
                {.column = "care_group_id",
                 .label = "Care group",
                 .type = FieldType::Link,
                 .linksTo = &partnership::careGroup},
                {.column = "tier",
                 .label = "Tier",
                 .type = FieldType::Choice,
                 .choices = vocabulary::tiers()},
                {.column = "capacity",
                 .label = "Capacity",
                 .type = FieldType::Count,
                 .maximum = 100'000'000},
                {.column = "capacity_unit",
                 .label = "Capacity in",
                 .type = FieldType::Text,
                 .help = "e.g. places, hours a week, beds"},
                {.column = "utilisation_bp",
                 .label = "Utilisation",
                 .type = FieldType::Share,
                 .help = "How much of the capacity is used, as a percentage (may be over 100%).",
                 .maximum = 100000},
                {.column = "annual_cost_pence", .label = "Annual cost", .type = FieldType::Money},
                {.column = "linked_contract",
                 .label = "Contract",
                 .type = FieldType::Text,
                 .help =
                     "The contract that pays for it; linked properly once procurement is built."},
                {.column = "notes", .label = "Notes", .type = FieldType::LongText},
            },
        .totalOnDelete = "annual_cost_pence",
    };
    return kind;
}

const RecordKind& serviceFunding() {
    static const RecordKind kind{
        .table = "service_funding",
        .singular = "funding share",
        .plural = "funding shares",
        .fields =
            {
                {.column = "service_id",
                 .label = "Service",
                 .type = FieldType::Link,
                 .linksTo = &needs::service,
                 .required = true},
                {.column = "partner_id",
                 .label = "Funding partner",
                 .type = FieldType::Link,
                 .linksTo = &partnership::partnerOrganisation,
                 .required = true},
                {.column = "share_bp", .label = "Share", .type = FieldType::Share},
            },
        .nameColumn = "share_bp",
    };
    return kind;
}

const RecordKind& asset() {
    static const RecordKind kind{
        .table = "asset",
        .singular = "asset",
        .plural = "assets",
        .fields =
            {
                {.column = "name", .label = "Asset", .type = FieldType::Text},
                {.column = "kind",
                 .label = "Kind",
                 .type = FieldType::Choice,
                 .choices = {{"voluntary_group", "Voluntary or community group"},
                             {"community_venue", "Community venue"},
                             {"faith_group", "Faith group"},
                             {"peer_support", "Peer support"},
                             {"social_enterprise", "Social enterprise"},
                             {"other", "Other"}}},
                {.column = "locality_id",
                 .label = "Locality",
                 .type = FieldType::Link,
                 .linksTo = &partnership::locality},
                {.column = "care_group_id",
                 .label = "Care group",
                 .type = FieldType::Link,
                 .linksTo = &partnership::careGroup},
                {.column = "contact", .label = "Contact", .type = FieldType::Text},
                {.column = "description", .label = "Description", .type = FieldType::LongText},
            },
    };
    return kind;
}

const RecordKind& engagement() {
    static const RecordKind kind{
        .table = "engagement",
        .singular = "piece of engagement evidence",
        .plural = "engagement evidence",
        .fields =
            {
                {.column = "summary", .label = "What was said", .type = FieldType::LongText},
                {.column = "heard_from",
                 .label = "Who said it",
                 .type = FieldType::Choice,
                 .choices = {{"service_users", "Service users"},
                             {"carers", "Carers"},
                             {"providers", "Providers"},
                             {"clinicians", "Clinicians"},
                             {"public", "The public"},
                             {"staff", "Staff"},
                             {"other", "Other"}}},
                {.column = "heard_on", .label = "When", .type = FieldType::Date},
                {.column = "method",
                 .label = "How",
                 .type = FieldType::Choice,
                 .choices = {{"survey", "Survey"},
                             {"focus_group", "Focus group"},
                             {"interview", "Interview"},
                             {"workshop", "Workshop"},
                             {"public_meeting", "Public meeting"},
                             {"complaint", "Complaint or compliment"},
                             {"written", "Written submission"},
                             {"other", "Other"}}},
                {.column = "people",
                 .label = "People",
                 .type = FieldType::Count,
                 .help = "How many people took part.",
                 .maximum = 100'000'000},
                {.column = "care_group_id",
                 .label = "Care group",
                 .type = FieldType::Link,
                 .linksTo = &partnership::careGroup},
            },
        .nameColumn = "summary",
    };
    return kind;
}

const RecordKind& needsStatement() {
    static const RecordKind kind{
        .table = "needs_statement",
        .singular = "needs statement",
        .plural = "needs statements",
        .fields =
            {
                {.column = "statement", .label = "Finding", .type = FieldType::LongText},
                {.column = "care_group_id",
                 .label = "Care group",
                 .type = FieldType::Link,
                 .linksTo = &partnership::careGroup},
                {.column = "severity",
                 .label = "Severity",
                 .type = FieldType::Choice,
                 .choices = {{"low", "Low"},
                             {"moderate", "Moderate"},
                             {"high", "High"},
                             {"critical", "Critical"}}},
                {.column = "candidate_priority",
                 .label = "Candidate priority",
                 .type = FieldType::Flag,
                 .help = "Promote the finding to a candidate priority for the planning stage."},
                {.column = "draft",
                 .label = "Draft",
                 .type = FieldType::Flag,
                 .help = "Written by Jointly from a KPI showing concern when the next cycle year "
                         "was started: read it, edit it and clear this, or delete it."},
            },
        .nameColumn = "statement",
    };
    return kind;
}

const RecordKind& statementEvidence() {
    static const RecordKind kind{
        .table = "statement_evidence",
        .singular = "piece of evidence",
        .plural = "evidence",
        .fields =
            {
                {.column = "statement_id",
                 .label = "Needs statement",
                 .type = FieldType::Link,
                 .linksTo = &needs::needsStatement,
                 .required = true},
                {.column = "indicator_id",
                 .label = "Indicator",
                 .type = FieldType::Link,
                 .linksTo = &needs::indicator},
                {.column = "service_id",
                 .label = "Service",
                 .type = FieldType::Link,
                 .linksTo = &needs::service},
                {.column = "asset_id",
                 .label = "Asset",
                 .type = FieldType::Link,
                 .linksTo = &needs::asset},
                {.column = "engagement_id",
                 .label = "Engagement",
                 .type = FieldType::Link,
                 .linksTo = &needs::engagement},
                {.column = "kpi_id",
                 .label = "KPI",
                 .type = FieldType::Link,
                 .linksTo = &procurement::contractKpi,
                 .help = "A KPI from monitoring, such as one whose latest figure shows "
                         "special cause concern."},
                {.column = "note", .label = "Note", .type = FieldType::LongText},
            },
        .nameColumn = "note",
    };
    return kind;
}

const RecordKind& csvMapping() {
    static const RecordKind kind{
        .table = "csv_mapping",
        .singular = "saved mapping",
        .plural = "saved mappings",
        .fields =
            {
                {.column = "name", .label = "Mapping", .type = FieldType::Text},
                {.column = "mapping", .label = "Columns", .type = FieldType::LongText},
            },
    };
    return kind;
}

const std::vector<const RecordKind*>& allKinds() {
    static const std::vector<const RecordKind*> kinds = {
        &needsSettings(),  &needsArea(), &indicator(),  &population(),     &service(),
        &serviceFunding(), &asset(),     &engagement(), &needsStatement(), &statementEvidence(),
    };
    return kinds;
}

} // namespace jointly::needs
