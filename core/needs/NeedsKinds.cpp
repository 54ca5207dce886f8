#include "needs/NeedsKinds.h"

namespace jointly::needs {

using records::FieldType;
using records::RecordKind;

const RecordKind& indicator() {
    static const RecordKind kind{
        "indicator",
        "indicator",
        "indicators",
        {
            {"name", "Indicator", FieldType::Text},
            {"source_code",
             "Source ID",
             FieldType::Text,
             {},
             {},
             false,
             "The indicator's ID in its source, e.g. Fingertips' Indicator ID."},
            {"unit", "Unit", FieldType::Text, {}, {}, false, "e.g. per 100,000, %, years."},
            {"decimals",
             "Decimals",
             FieldType::Count,
             {},
             {},
             false,
             "How many decimal places to show its values with, 0 to 6. Leave it empty for "
             "Jointly to choose: what the values carry, or one place when they carry more than "
             "three (as Fingertips shows its unrounded figures).",
             6},
            {"polarity",
             "Polarity",
             FieldType::Choice,
             {{"higher_is_better", "Higher is better"},
              {"lower_is_better", "Lower is better"},
              {"no_judgement", "No judgement"},
              {"unknown", "Not set"}},
             {},
             false,
             "Whether a higher value is better or worse. Fingertips files do not say; Jointly "
             "infers it from their 'Compared to' words where it can, and you can correct it."},
            {"topic", "Topic", FieldType::Text},
            {"care_group_id", "Care group", FieldType::Link, {}, "care_group"},
            {"source", "Source", FieldType::Text},
            {"notes", "Notes", FieldType::LongText},
        },
        "name",
        "created_by_import IS NULL OR created_by_import IN "
        "(SELECT id FROM indicator_import WHERE active = 1)",
    };
    return kind;
}

const RecordKind& needsArea() {
    static const RecordKind kind{
        "needs_area",
        "area",
        "areas",
        {
            {"name", "Area", FieldType::Text},
            {"code",
             "Code",
             FieldType::Text,
             {},
             {},
             false,
             "The area's ONS code, e.g. E10000032; it must match the codes in imported files."},
            {"role",
             "Role",
             FieldType::Choice,
             {{"own", "The partnership's area"}, {"comparator", "Comparator"}}},
        },
    };
    return kind;
}

const RecordKind& needsSettings() {
    static const RecordKind kind{
        "partnership",
        "needs settings",
        "needs settings",
        {
            {"comparator_code",
             "Compare with (area code)",
             FieldType::Text,
             {},
             {},
             false,
             "The area whose value significance is judged against: E92000001 is England; "
             "\"parent\" compares each area with its own parent area (e.g. its region)."},
            {"confidence_level",
             "Confidence level",
             FieldType::Choice,
             {{"95", "95%"}, {"99.8", "99.8%"}},
             {},
             false,
             "Which confidence interval decides better, similar or worse."},
        },
        "comparator_code",
    };
    return kind;
}

const RecordKind& population() {
    static const RecordKind kind{
        "population",
        "population figure",
        "population figures",
        {
            {"area", "Area", FieldType::Text},
            {"year", "Year", FieldType::Count, {}, {}, false, {}, 2200, 1900},
            {"age_band", "Age band", FieldType::Text, {}, {}, false, "e.g. 65-74 or 85+"},
            {"sex",
             "Sex",
             FieldType::Choice,
             {{"persons", "Persons"}, {"female", "Female"}, {"male", "Male"}}},
            {"people", "People", FieldType::Count, {}, {}, false, {}, 100'000'000},
            {"projected",
             "Projection",
             FieldType::Flag,
             {},
             {},
             false,
             "Yes for a projected figure, No for an estimate of the present or past."},
        },
        "age_band",
    };
    return kind;
}

const RecordKind& service() {
    static const RecordKind kind{
        "service",
        "service",
        "services",
        {
            {"name", "Service", FieldType::Text},
            {"provider", "Provider", FieldType::Text},
            {"care_group_id", "Care group", FieldType::Link, {}, "care_group"},
            {"tier",
             "Tier",
             FieldType::Choice,
             {{"prevention", "Prevention"},
              {"early_intervention", "Early intervention"},
              {"intensive", "Intensive"}}},
            {"capacity", "Capacity", FieldType::Count, {}, {}, false, {}, 100'000'000},
            {"capacity_unit",
             "Capacity in",
             FieldType::Text,
             {},
             {},
             false,
             "e.g. places, hours a week, beds"},
            {"utilisation_bp",
             "Utilisation",
             FieldType::Share,
             {},
             {},
             false,
             "How much of the capacity is used, as a percentage (may be over 100%).",
             100000},
            {"annual_cost_pence", "Annual cost", FieldType::Money},
            {"linked_contract",
             "Contract",
             FieldType::Text,
             {},
             {},
             false,
             "The contract that pays for it; linked properly once procurement is built."},
            {"notes", "Notes", FieldType::LongText},
        },
        "name",
        {},
        {},
        {},
        {},
        "annual_cost_pence",
    };
    return kind;
}

const RecordKind& serviceFunding() {
    static const RecordKind kind{
        "service_funding",
        "funding share",
        "funding shares",
        {
            {"service_id", "Service", FieldType::Link, {}, "service", true},
            {"partner_id", "Funding partner", FieldType::Link, {}, "partner_organisation", true},
            {"share_bp", "Share", FieldType::Share},
        },
        "share_bp",
    };
    return kind;
}

const RecordKind& asset() {
    static const RecordKind kind{
        "asset",
        "asset",
        "assets",
        {
            {"name", "Asset", FieldType::Text},
            {"kind",
             "Kind",
             FieldType::Choice,
             {{"voluntary_group", "Voluntary or community group"},
              {"community_venue", "Community venue"},
              {"faith_group", "Faith group"},
              {"peer_support", "Peer support"},
              {"social_enterprise", "Social enterprise"},
              {"other", "Other"}}},
            {"locality_id", "Locality", FieldType::Link, {}, "locality"},
            {"care_group_id", "Care group", FieldType::Link, {}, "care_group"},
            {"contact", "Contact", FieldType::Text},
            {"description", "Description", FieldType::LongText},
        },
    };
    return kind;
}

const RecordKind& engagement() {
    static const RecordKind kind{
        "engagement",
        "piece of engagement evidence",
        "engagement evidence",
        {
            {"summary", "What was said", FieldType::LongText},
            {"heard_from",
             "Who said it",
             FieldType::Choice,
             {{"service_users", "Service users"},
              {"carers", "Carers"},
              {"providers", "Providers"},
              {"clinicians", "Clinicians"},
              {"public", "The public"},
              {"staff", "Staff"},
              {"other", "Other"}}},
            {"heard_on", "When", FieldType::Date},
            {"method",
             "How",
             FieldType::Choice,
             {{"survey", "Survey"},
              {"focus_group", "Focus group"},
              {"interview", "Interview"},
              {"workshop", "Workshop"},
              {"public_meeting", "Public meeting"},
              {"complaint", "Complaint or compliment"},
              {"written", "Written submission"},
              {"other", "Other"}}},
            {"people",
             "People",
             FieldType::Count,
             {},
             {},
             false,
             "How many people took part.",
             100'000'000},
            {"care_group_id", "Care group", FieldType::Link, {}, "care_group"},
        },
        "summary",
    };
    return kind;
}

const RecordKind& needsStatement() {
    static const RecordKind kind{
        "needs_statement",
        "needs statement",
        "needs statements",
        {
            {"statement", "Finding", FieldType::LongText},
            {"care_group_id", "Care group", FieldType::Link, {}, "care_group"},
            {"severity",
             "Severity",
             FieldType::Choice,
             {{"low", "Low"},
              {"moderate", "Moderate"},
              {"high", "High"},
              {"critical", "Critical"}}},
            {"candidate_priority",
             "Candidate priority",
             FieldType::Flag,
             {},
             {},
             false,
             "Promote the finding to a candidate priority for the planning stage."},
        },
        "statement",
    };
    return kind;
}

const RecordKind& statementEvidence() {
    static const RecordKind kind{
        "statement_evidence",
        "piece of evidence",
        "evidence",
        {
            {"statement_id", "Needs statement", FieldType::Link, {}, "needs_statement", true},
            {"indicator_id", "Indicator", FieldType::Link, {}, "indicator"},
            {"service_id", "Service", FieldType::Link, {}, "service"},
            {"asset_id", "Asset", FieldType::Link, {}, "asset"},
            {"engagement_id", "Engagement", FieldType::Link, {}, "engagement"},
            {"note", "Note", FieldType::LongText},
        },
        "note",
    };
    return kind;
}

const RecordKind& csvMapping() {
    static const RecordKind kind{
        "csv_mapping",
        "saved mapping",
        "saved mappings",
        {
            {"name", "Mapping", FieldType::Text},
            {"mapping", "Columns", FieldType::LongText},
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
