#include "partnership/PartnershipKinds.h"

namespace jointly::partnership {

using records::FieldType;
using records::RecordKind;

const RecordKind& profile() {
    static const RecordKind kind{
        "partnership",
        "partnership",
        "partnership",
        {
            {"name", "Name", FieldType::Text, {}, {}, false, "What the partnership is called."},
            {"aims",
             "Aims",
             FieldType::LongText,
             {},
             {},
             false,
             "Why the partnership exists: what it is for, in a few sentences."},
            {"group_kind",
             "Kind of group",
             FieldType::Choice,
             {{"decision_making", "Decision-making (allocates money)"},
              {"model_making", "Model-making (develops a model for a parent body)"}},
             {},
             false,
             "A decision-making group allocates money and needs members who can commit their "
             "organisation's budget; a model-making group develops a model for another body."},
            {"parent_body",
             "Parent body",
             FieldType::Text,
             {},
             {},
             false,
             "The body this group develops its model for, or reports to."},
            {"meeting_frequency",
             "Meets",
             FieldType::Text,
             {},
             {},
             false,
             "How often the group meets, e.g. monthly."},
            {"area",
             "Area",
             FieldType::Text,
             {},
             {},
             false,
             "The geography the partnership covers."},
            {"population_served",
             "Population served",
             FieldType::Count,
             {},
             {},
             false,
             "How many people live in the area.",
             100'000'000},
            {"boundary_notes",
             "Why these boundaries",
             FieldType::LongText,
             {},
             {},
             false,
             "How the boundaries were chosen, including the communities' views."},
            {"overlapping_initiatives",
             "Overlapping initiatives",
             FieldType::LongText,
             {},
             {},
             false,
             "Other initiatives whose boundaries overlap this partnership's."},
        },
    };
    return kind;
}

const RecordKind& agreement() {
    static const RecordKind kind{
        "partnership",
        "agreement",
        "agreement",
        {
            {"agreement_kind",
             "Budget arrangement",
             FieldType::Choice,
             {{"pooled", "Pooled budget"},
              {"aligned", "Aligned budgets"},
              {"none", "No shared budget"}},
             {},
             false,
             "Pooled: partners put money into one fund; aligned: each keeps its own budget but "
             "plans it together."},
            {"legal_basis",
             "Legal basis",
             FieldType::Text,
             {},
             {},
             false,
             "For example, a Section 75 agreement under the NHS Act 2006."},
            {"host_partner_id",
             "Host partner",
             FieldType::Link,
             {},
             "partner_organisation",
             false,
             "The partner that holds the pooled fund on behalf of the others."},
            {"risk_share_rule",
             "Risk share",
             FieldType::Choice,
             {{"proportional", "In proportion to contributions"},
              {"fixed", "Fixed shares (set per partner)"}},
             {},
             false,
             "How an overspend or underspend is split between the partners."},
            {"agreement_starts_on", "Starts", FieldType::Date},
            {"agreement_review_on", "Review by", FieldType::Date},
        },
    };
    return kind;
}

const RecordKind& objective() {
    static const RecordKind kind{
        "objective",
        "objective",
        "objectives",
        {{"text",
          "Objective",
          FieldType::LongText,
          {},
          {},
          false,
          "One thing the partnership sets out to achieve."}},
        "text",
    };
    return kind;
}

const RecordKind& locality() {
    static const RecordKind kind{
        "locality",
        "locality",
        "localities",
        {
            {"name", "Locality", FieldType::Text},
            {"population", "Population", FieldType::Count, {}, {}, false, {}, 100'000'000},
            {"notes", "Notes", FieldType::LongText},
        },
    };
    return kind;
}

const RecordKind& partnerOrganisation() {
    static const RecordKind kind{
        "partner_organisation",
        "partner organisation",
        "partner organisations",
        {
            {"name", "Name", FieldType::Text},
            {"org_type",
             "Type",
             FieldType::Choice,
             {{"local_authority", "Local authority"},
              {"nhs_body", "NHS body"},
              {"public_health", "Public health"},
              {"criminal_justice", "Criminal justice"},
              {"voluntary_community", "Voluntary and community sector"},
              {"provider", "Provider"},
              {"user_carer_organisation", "Service-user or carer organisation"}}},
            {"role",
             "Role",
             FieldType::Choice,
             {{"commissioner", "Commissioner"},
              {"provider", "Provider"},
              {"advisor", "Advisor"},
              {"user_voice", "User voice"}}},
            {"annual_contribution_pence",
             "Annual contribution",
             FieldType::Money,
             {},
             {},
             false,
             "What the organisation puts into the partnership's budget each year."},
            {"fixed_risk_share_bp",
             "Fixed risk share",
             FieldType::Share,
             {},
             {},
             false,
             "Its share of an overspend or underspend when the agreement uses fixed shares."},
            {"notes", "Notes", FieldType::LongText},
        },
        "name",
    };
    return kind;
}

const RecordKind& member() {
    static const RecordKind kind{
        "member",
        "member",
        "members",
        {
            {"name", "Name", FieldType::Text},
            {"partner_id",
             "Organisation",
             FieldType::Link,
             {},
             "partner_organisation",
             true,
             "The partner organisation the member represents."},
            {"role", "Role", FieldType::Text},
            {"can_commit_budget",
             "Can commit budget",
             FieldType::Flag,
             {},
             {},
             false,
             "Whether the member can commit their organisation's budget without referring "
             "back."},
            {"budget_limit_pence",
             "Up to",
             FieldType::Money,
             {},
             {},
             false,
             "The most the member can commit; leave empty for no stated limit."},
            {"email", "E-mail", FieldType::Text},
        },
        "name",
    };
    return kind;
}

const RecordKind& declaredInterest() {
    static const RecordKind kind{
        "declared_interest",
        "declared interest",
        "declared interests",
        {
            {"member_id", "Member", FieldType::Link, {}, "member", true},
            {"kind",
             "Kind",
             FieldType::Choice,
             {{"financial", "Financial"},
              {"non_financial", "Non-financial professional"},
              {"personal", "Personal"}}},
            {"provider_id",
             "Provider concerned",
             FieldType::Link,
             {},
             "partner_organisation",
             false,
             "A member with an interest in a provider takes no part in decisions about that "
             "provider's services."},
            {"description", "Interest", FieldType::LongText},
            {"declared_on", "Declared on", FieldType::Date},
        },
        "description",
    };
    return kind;
}

const RecordKind& linkedGroup() {
    static const RecordKind kind{
        "linked_group",
        "linked group",
        "linked groups",
        {
            {"name", "Group", FieldType::Text},
            {"relationship",
             "This partnership",
             FieldType::Choice,
             {{"reports_to", "Reports to it"},
              {"informs", "Informs it"},
              {"consults", "Consults it"}}},
            {"notes", "Notes", FieldType::LongText},
        },
    };
    return kind;
}

const RecordKind& careGroup() {
    static const RecordKind kind{
        "care_group",
        "care group",
        "care groups",
        {
            {"name", "Care group", FieldType::Text},
            {"lead_commissioner_id",
             "Lead commissioner",
             FieldType::Link,
             {},
             "partner_organisation",
             false,
             "The partner that commissions this care group on behalf of the others."},
            {"description", "Description", FieldType::LongText},
        },
    };
    return kind;
}

const RecordKind& planDocument() {
    static const RecordKind kind{
        "plan_document",
        "plan",
        "plans",
        {
            {"title", "Plan", FieldType::Text},
            {"kind",
             "Kind",
             FieldType::Choice,
             {{"framework", "Strategic commissioning framework"},
              {"strategy", "Joint commissioning strategy"},
              {"care_group_plan", "Strategic commissioning plan (care group)"},
              {"implementation_plan", "3-year implementation plan"},
              {"investment_plan", "1-year investment plan"}}},
            {"parent_id",
             "Part of",
             FieldType::Link,
             {},
             "plan_document",
             false,
             "The plan above this one in the hierarchy."},
            {"care_group_id", "Care group", FieldType::Link, {}, "care_group"},
            {"horizon_years",
             "Horizon (years)",
             FieldType::Count,
             {},
             {},
             false,
             "How many years the plan looks ahead.",
             25,
             1},
            {"starts_on", "Starts", FieldType::Date},
            {"next_refresh_on", "Next refresh", FieldType::Date},
        },
        "title",
    };
    return kind;
}

const std::vector<const RecordKind*>& allKinds() {
    static const std::vector<const RecordKind*> kinds = {
        &profile(), &agreement(),        &objective(),   &locality(),  &partnerOrganisation(),
        &member(),  &declaredInterest(), &linkedGroup(), &careGroup(), &planDocument(),
    };
    return kinds;
}

} // namespace jointly::partnership
