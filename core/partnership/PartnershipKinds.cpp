#include "partnership/PartnershipKinds.h"

#include "storage/Database.h"
#include "util/Text.h"

namespace jointly::partnership {

using records::FieldType;
using records::RecordKind;

const RecordKind& profile() {
    static const RecordKind kind{
        .table = "partnership",
        .singular = "partnership",
        .plural = "partnership",
        .fields =
            {
                {.column = "name",
                 .label = "Name",
                 .type = FieldType::Text,
                 .help = "What the partnership is called."},
                {.column = "aims",
                 .label = "Aims",
                 .type = FieldType::LongText,
                 .help = "Why the partnership exists: what it is for, in a few sentences."},
                {.column = "group_kind",
                 .label = "Kind of group",
                 .type = FieldType::Choice,
                 .choices = {{"decision_making", "Decision-making (allocates money)"},
                             {"model_making", "Model-making (develops a model for a parent body)"}},
                 .help = "A decision-making group allocates money and needs members who can commit "
                         "their "
                         "organisation's budget; a model-making group develops a model for another "
                         "body."},
                {.column = "parent_body",
                 .label = "Parent body",
                 .type = FieldType::Text,
                 .help = "The body this group develops its model for, or reports to."},
                {.column = "meeting_frequency",
                 .label = "Meets",
                 .type = FieldType::Text,
                 .help = "How often the group meets, e.g. monthly."},
                {.column = "area",
                 .label = "Area",
                 .type = FieldType::Text,
                 .help = "The geography the partnership covers."},
                {.column = "population_served",
                 .label = "Population served",
                 .type = FieldType::Count,
                 .help = "How many people live in the area.",
                 .maximum = 100'000'000},
                {.column = "boundary_notes",
                 .label = "Why these boundaries",
                 .type = FieldType::LongText,
                 .help = "How the boundaries were chosen, including the communities' views."},
                {.column = "overlapping_initiatives",
                 .label = "Overlapping initiatives",
                 .type = FieldType::LongText,
                 .help = "Other initiatives whose boundaries overlap this partnership's."},
            },
        .oneRow = true,
    };
    return kind;
}

const RecordKind& agreement() {
    static const RecordKind kind{
        .table = "partnership",
        .singular = "agreement",
        .plural = "agreement",
        .fields =
            {
                {.column = "agreement_kind",
                 .label = "Budget arrangement",
                 .type = FieldType::Choice,
                 .choices = {{"pooled", "Pooled budget"},
                             {"aligned", "Aligned budgets"},
                             {"none", "No shared budget"}},
                 .help = "Pooled: partners put money into one fund; aligned: each keeps its own "
                         "budget but "
                         "plans it together."},
                {.column = "legal_basis",
                 .label = "Legal basis",
                 .type = FieldType::Text,
                 .help = "For example, a Section 75 agreement under the NHS Act 2006."},
                {.column = "host_partner_id",
                 .label = "Host partner",
                 .type = FieldType::Link,
                 .linksTo = &partnership::partnerOrganisation,
                 .help = "The partner that holds the pooled fund on behalf of the others."},
                {.column = "risk_share_rule",
                 .label = "Risk share",
                 .type = FieldType::Choice,
                 .choices = {{"proportional", "In proportion to contributions"},
                             {"fixed", "Fixed shares (set per partner)"}},
                 .help = "How an overspend or underspend is split between the partners."},
                {.column = "agreement_starts_on", .label = "Starts", .type = FieldType::Date},
                {.column = "agreement_review_on", .label = "Review by", .type = FieldType::Date},
            },
        .oneRow = true,
    };
    return kind;
}

const RecordKind& objective() {
    static const RecordKind kind{
        .table = "objective",
        .singular = "objective",
        .plural = "objectives",
        .fields =
            {
                {.column = "text",
                 .label = "Objective",
                 .type = FieldType::LongText,
                 .help = "One thing the partnership sets out to achieve."},
            },
        .nameColumn = "text",
    };
    return kind;
}

const RecordKind& locality() {
    static const RecordKind kind{
        .table = "locality",
        .singular = "locality",
        .plural = "localities",
        .fields =
            {
                {.column = "name", .label = "Locality", .type = FieldType::Text},
                {.column = "population",
                 .label = "Population",
                 .type = FieldType::Count,
                 .maximum = 100'000'000},
                {.column = "notes", .label = "Notes", .type = FieldType::LongText},
            },
    };
    return kind;
}

const RecordKind& partnerOrganisation() {
    static const RecordKind kind{
        .table = "partner_organisation",
        .singular = "partner organisation",
        .plural = "partner organisations",
        .fields =
            {
                {.column = "name", .label = "Name", .type = FieldType::Text},
                {.column = "org_type",
                 .label = "Type",
                 .type = FieldType::Choice,
                 .choices = {{"local_authority", "Local authority"},
                             {"nhs_body", "NHS body"},
                             {"public_health", "Public health"},
                             {"criminal_justice", "Criminal justice"},
                             {"voluntary_community", "Voluntary and community sector"},
                             {"provider", "Provider"},
                             {"user_carer_organisation", "Service-user or carer organisation"}}},
                {.column = "role",
                 .label = "Role",
                 .type = FieldType::Choice,
                 .choices = {{"commissioner", "Commissioner"},
                             {"provider", "Provider"},
                             {"advisor", "Advisor"},
                             {"user_voice", "User voice"}}},
                {.column = "annual_contribution_pence",
                 .label = "Annual contribution",
                 .type = FieldType::Money,
                 .help = "What the organisation puts into the partnership's budget each year."},
                {.column = "fixed_risk_share_bp",
                 .label = "Fixed risk share",
                 .type = FieldType::Share,
                 .help = "Its share of an overspend or underspend when the agreement uses fixed "
                         "shares."},
                {.column = "notes", .label = "Notes", .type = FieldType::LongText},
            },
        .keepWhere = "EXISTS (SELECT 1 FROM member m JOIN round_vote v ON v.member_id = m.id "
                     "JOIN workshop_round r ON r.id = v.round_id WHERE m.partner_id = "
                     "partner_organisation.id AND r.state IN ('closed', 'revealed'))",
        .keepReason = "Members of this organisation voted in a closed workshop round, and those "
                      "votes are part of the partnership's record, so the organisation is kept.",
    };
    return kind;
}

const RecordKind& member() {
    static const RecordKind kind{
        .table = "member",
        .singular = "member",
        .plural = "members",
        .fields =
            {
                {.column = "name", .label = "Name", .type = FieldType::Text},
                {.column = "partner_id",
                 .label = "Organisation",
                 .type = FieldType::Link,
                 .linksTo = &partnership::partnerOrganisation,
                 .required = true,
                 .help = "The partner organisation the member represents."},
                {.column = "role", .label = "Role", .type = FieldType::Text},
                {.column = "can_commit_budget",
                 .label = "Can commit budget",
                 .type = FieldType::Flag,
                 .help =
                     "Whether the member can commit their organisation's budget without referring "
                     "back."},
                {.column = "budget_limit_pence",
                 .label = "Up to",
                 .type = FieldType::Money,
                 .help = "The most the member can commit; leave empty for no stated limit."},
                {.column = "email", .label = "E-mail", .type = FieldType::Text},
            },
        // A member who voted in a closed workshop round is part of the
        // partnership's record: deleting them would take their votes and
        // change a result the room has seen.
        .keepWhere = "EXISTS (SELECT 1 FROM round_vote v JOIN workshop_round r ON r.id = "
                     "v.round_id WHERE v.member_id = member.id AND r.state IN ('closed', "
                     "'revealed'))",
        .keepReason = "This member voted in a closed workshop round, and those votes are part of "
                      "the partnership's record, so the member is kept. To show they have left, "
                      "change their role, for example to 'Former member'.",
    };
    return kind;
}

const RecordKind& declaredInterest() {
    static const RecordKind kind{
        .table = "declared_interest",
        .singular = "declared interest",
        .plural = "declared interests",
        .fields =
            {
                {.column = "member_id",
                 .label = "Member",
                 .type = FieldType::Link,
                 .linksTo = &partnership::member,
                 .required = true},
                {.column = "kind",
                 .label = "Kind",
                 .type = FieldType::Choice,
                 .choices = {{"financial", "Financial"},
                             {"non_financial", "Non-financial professional"},
                             {"personal", "Personal"}}},
                {.column = "provider_id",
                 .label = "Provider concerned",
                 .type = FieldType::Link,
                 .linksTo = &partnership::partnerOrganisation,
                 .help = "A member with an interest in a provider takes no part in decisions about "
                         "that "
                         "provider's services."},
                {.column = "description", .label = "Interest", .type = FieldType::LongText},
                {.column = "declared_on", .label = "Declared on", .type = FieldType::Date},
            },
        .nameColumn = "description",
    };
    return kind;
}

const RecordKind& linkedGroup() {
    static const RecordKind kind{
        .table = "linked_group",
        .singular = "linked group",
        .plural = "linked groups",
        .fields =
            {
                {.column = "name", .label = "Group", .type = FieldType::Text},
                {.column = "relationship",
                 .label = "This partnership",
                 .type = FieldType::Choice,
                 .choices = {{"reports_to", "Reports to it"},
                             {"informs", "Informs it"},
                             {"consults", "Consults it"}}},
                {.column = "notes", .label = "Notes", .type = FieldType::LongText},
            },
    };
    return kind;
}

const RecordKind& careGroup() {
    static const RecordKind kind{
        .table = "care_group",
        .singular = "care group",
        .plural = "care groups",
        .fields =
            {
                {.column = "name", .label = "Care group", .type = FieldType::Text},
                {.column = "lead_commissioner_id",
                 .label = "Lead commissioner",
                 .type = FieldType::Link,
                 .linksTo = &partnership::partnerOrganisation,
                 .help = "The partner that commissions this care group on behalf of the others."},
                {.column = "description", .label = "Description", .type = FieldType::LongText},
            },
    };
    return kind;
}

const RecordKind& planDocument() {
    static const RecordKind kind{
        .table = "plan_document",
        .singular = "plan",
        .plural = "plans",
        .fields =
            {
                {.column = "title", .label = "Plan", .type = FieldType::Text},
                {.column = "kind",
                 .label = "Kind",
                 .type = FieldType::Choice,
                 .choices = {{"framework", "Strategic commissioning framework"},
                             {"strategy", "Joint commissioning strategy"},
                             {"care_group_plan", "Strategic commissioning plan (care group)"},
                             {"implementation_plan", "3-year implementation plan"},
                             {"investment_plan", "1-year investment plan"}}},
                {.column = "parent_id",
                 .label = "Part of",
                 .type = FieldType::Link,
                 .linksTo = &partnership::planDocument,
                 .help = "The plan above this one in the hierarchy."},
                {.column = "care_group_id",
                 .label = "Care group",
                 .type = FieldType::Link,
                 .linksTo = &partnership::careGroup},
                {.column = "horizon_years",
                 .label = "Horizon (years)",
                 .type = FieldType::Count,
                 .help = "How many years the plan looks ahead.",
                 .maximum = 25,
                 .minimum = 1},
                {.column = "starts_on", .label = "Starts", .type = FieldType::Date},
                {.column = "next_refresh_on", .label = "Next refresh", .type = FieldType::Date},
            },
        .nameColumn = "title",
    };
    return kind;
}

namespace {

// A partner's quorum is set once for each role (or once for any member).
std::string refuseQuorumRuleChange(storage::Database& db, std::int64_t id) {
    auto row = db.prepare("SELECT p.name, r.role FROM quorum_rule r JOIN partner_organisation p ON "
                          "p.id = r.partner_id WHERE r.id = ?1 AND EXISTS (SELECT 1 FROM "
                          "quorum_rule o WHERE o.partner_id = r.partner_id AND lower(trim(o.role)) "
                          "= lower(trim(r.role)) AND o.id <> r.id)");
    row.bind(1, id);
    if (!row.step()) {
        return {};
    }
    const auto partner = util::curlyQuoted(row.text(0).empty() ? "unnamed partner" : row.text(0));
    const auto role = row.text(1);
    return partner + " already has a quorum rule for " +
           (role.empty() ? std::string("any member") : util::curlyQuoted(role)) +
           "; change that rule's minimum instead.";
}

} // namespace

const RecordKind& quorumRule() {
    static const RecordKind kind{
        .table = "quorum_rule",
        .singular = "quorum rule",
        .plural = "quorum rules",
        .fields =
            {
                {.column = "partner_id",
                 .label = "Partner",
                 .type = FieldType::Link,
                 .linksTo = &partnership::partnerOrganisation,
                 .required = true,
                 .help = "The partner whose members must be present for a meeting to decide."},
                {.column = "minimum",
                 .label = "At least",
                 .type = FieldType::Count,
                 .help = "How many of the partner's members (of the role, if one is given) must "
                         "be present and free to vote.",
                 .maximum = 99,
                 .minimum = 1},
                {.column = "role",
                 .label = "Of the role",
                 .type = FieldType::Text,
                 .help = "Empty for any member; otherwise a word in the members' roles, such as "
                         "councillor or Director of Public Health."},
            },
        .nameColumn = "role",
        .refuseChange = &refuseQuorumRuleChange,
    };
    return kind;
}

const std::vector<const RecordKind*>& allKinds() {
    static const std::vector<const RecordKind*> kinds = {
        &profile(),    &agreement(),        &objective(),   &locality(),  &partnerOrganisation(),
        &member(),     &declaredInterest(), &linkedGroup(), &careGroup(), &planDocument(),
        &quorumRule(),
    };
    return kinds;
}

} // namespace jointly::partnership
