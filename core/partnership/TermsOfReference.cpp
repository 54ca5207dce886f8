#include "partnership/TermsOfReference.h"

#include "partnership/PartnershipKinds.h"
#include "quantities/Money.h"
#include "records/FieldInput.h"
#include "records/RecordStore.h"
#include "util/HtmlWriter.h"
#include "util/Text.h"

#include <map>

namespace jointly::partnership {

namespace {

using records::Record;
using records::RecordKind;
using util::HtmlWriter;
namespace kinds = jointly::partnership;

std::string shown(const RecordKind& kind, const Record& record, std::string_view column) {
    const auto& field = kind.fields.at(static_cast<std::size_t>(records::fieldIndex(kind, column)));
    return records::formatValue(field, record.value(kind, column));
}

std::string orNotYet(std::string text) {
    return text.empty() ? "not yet recorded" : text;
}

// A percentage to one decimal place from a part and a whole, exactly, rounding
// half away from zero: 1/3 -> "33.3%".
std::string percentOf(std::int64_t part, std::int64_t whole) {
    if (whole <= 0) {
        return "-";
    }
    std::int64_t tenths = (part * 1000 * 2 + whole) / (whole * 2);
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + "%";
}

} // namespace

std::string termsOfReferenceHtml(storage::Database& db, const std::string& generatedOn) {
    auto group =
        records::findRecord(db, kinds::profile(), kinds::kPartnershipId)
            .value_or(Record{0, std::vector<records::FieldValue>(kinds::profile().fields.size())});
    auto deal = records::findRecord(db, kinds::agreement(), kinds::kPartnershipId)
                    .value_or(Record{
                        0, std::vector<records::FieldValue>(kinds::agreement().fields.size())});
    const auto partners = records::listRecords(db, kinds::partnerOrganisation());
    const auto members = records::listRecords(db, kinds::member());
    const auto interests = records::listRecords(db, kinds::declaredInterest());
    std::map<std::int64_t, std::string> partnerNames;
    for (const auto& partner : partners) {
        partnerNames[partner.id] = records::nameOf(kinds::partnerOrganisation(), partner);
    }
    std::map<std::int64_t, std::string> memberNames;
    for (const auto& person : members) {
        memberNames[person.id] = records::nameOf(kinds::member(), person);
    }
    auto partnerName = [&](const Record& record, const RecordKind& kind, std::string_view column) {
        if (record.isEmpty(kind, column)) {
            return std::string();
        }
        auto found = partnerNames.find(record.number(kind, column));
        return found == partnerNames.end() ? std::string() : found->second;
    };

    auto name = group.text(kinds::profile(), "name");
    HtmlWriter out("Terms of reference: " + name);
    out.heading(1, "Terms of reference");
    out.paragraph(name.empty() ? "The partnership has not been named yet." : name);

    out.heading(2, "1. Purpose");
    out.paragraph(orNotYet(group.text(kinds::profile(), "aims")));
    std::vector<std::string> objectives;
    for (const auto& item : records::listRecords(db, kinds::objective())) {
        objectives.push_back(item.text(kinds::objective(), "text"));
    }
    if (!objectives.empty()) {
        out.paragraph("The partnership's objectives are:");
        out.bulletList(objectives);
    }

    out.heading(2, "2. Kind of group");
    const bool deciding = group.text(kinds::profile(), "group_kind") == "decision_making";
    out.labelled("The group is", shown(kinds::profile(), group, "group_kind"));
    out.paragraph(deciding
                      ? "The group makes decisions on the allocation of expenditure. Each member "
                        "must carry enough seniority to speak with authority for the budget or "
                        "resources they represent. The group runs its own planning cycle."
                      : "The group develops a model of joint commissioning for use by its parent "
                        "body, and reviews how the model is used.");
    if (!group.isEmpty(kinds::profile(), "parent_body")) {
        out.labelled("Parent body", group.text(kinds::profile(), "parent_body"));
    }
    if (!group.isEmpty(kinds::profile(), "meeting_frequency")) {
        out.labelled("Meets", group.text(kinds::profile(), "meeting_frequency"));
    }

    out.heading(2, "3. Area and population");
    out.labelled("Area", orNotYet(group.text(kinds::profile(), "area")));
    out.labelled("Population served",
                 orNotYet(shown(kinds::profile(), group, "population_served")));
    std::vector<std::vector<std::string>> localityRows;
    for (const auto& place : records::listRecords(db, kinds::locality())) {
        localityRows.push_back({records::nameOf(kinds::locality(), place),
                                shown(kinds::locality(), place, "population"),
                                place.text(kinds::locality(), "notes")});
    }
    if (!localityRows.empty()) {
        out.table({"Locality", "Population", "Notes"}, localityRows);
    }
    if (!group.isEmpty(kinds::profile(), "boundary_notes")) {
        out.heading(3, "Why these boundaries");
        out.paragraph(group.text(kinds::profile(), "boundary_notes"));
    }
    if (!group.isEmpty(kinds::profile(), "overlapping_initiatives")) {
        out.heading(3, "Other initiatives that overlap");
        out.paragraph(group.text(kinds::profile(), "overlapping_initiatives"));
    }

    out.heading(2, "4. Membership");
    std::vector<std::vector<std::string>> partnerRows;
    for (const auto& partner : partners) {
        partnerRows.push_back({partnerNames[partner.id],
                               shown(kinds::partnerOrganisation(), partner, "org_type"),
                               shown(kinds::partnerOrganisation(), partner, "role")});
    }
    out.table({"Partner organisation", "Type", "Role"}, partnerRows);
    std::vector<std::vector<std::string>> memberRows;
    for (const auto& person : members) {
        std::string authority = "No";
        if (person.number(kinds::member(), "can_commit_budget") == 1) {
            authority = person.isEmpty(kinds::member(), "budget_limit_pence")
                            ? "Yes"
                            : "Yes, up to " + shown(kinds::member(), person, "budget_limit_pence");
        }
        memberRows.push_back({memberNames[person.id],
                              partnerName(person, kinds::member(), "partner_id"),
                              person.text(kinds::member(), "role"), authority});
    }
    out.table({"Member", "Organisation", "Role", "Can commit budget"}, memberRows);
    out.heading(3, "Quorum");
    const auto quorum = records::listRecords(db, kinds::quorumRule());
    if (quorum.empty()) {
        out.paragraph("No quorum has been set: a meeting may decide with any members present.");
    } else {
        out.paragraph("A meeting is quorate for an item when each of these is present and free "
                      "to vote on it; a member kept from voting by an interest does not count, "
                      "and a substitute counts in the place and role of the member they stand "
                      "in for.");
        std::vector<std::string> rules;
        for (const auto& rule : quorum) {
            const auto minimum = rule.number(kinds::quorumRule(), "minimum", 1);
            const auto role = rule.text(kinds::quorumRule(), "role");
            const auto partner = partnerName(rule, kinds::quorumRule(), "partner_id");
            rules.push_back((partner.empty() ? std::string("An unnamed partner") : partner) +
                            ": at least " + std::to_string(minimum) + " " +
                            (role.empty()   ? std::string(minimum == 1 ? "member" : "members")
                             : minimum == 1 ? role
                             // Only a single word is made plural.
                             : role.find(' ') == std::string::npos
                                 ? role + "s"
                                 : "members with the role " + util::curlyQuoted(role)) +
                            ".");
        }
        out.bulletList(rules);
    }

    out.heading(2, "5. Declarations of interest");
    out.paragraph("Members declare their interests. A member with an interest in a provider takes "
                  "no part in allocation decisions or scoring that involve that provider's "
                  "services.");
    std::vector<std::vector<std::string>> interestRows;
    for (const auto& interest : interests) {
        auto who = memberNames.find(interest.number(kinds::declaredInterest(), "member_id"));
        interestRows.push_back({who == memberNames.end() ? std::string() : who->second,
                                shown(kinds::declaredInterest(), interest, "kind"),
                                partnerName(interest, kinds::declaredInterest(), "provider_id"),
                                interest.text(kinds::declaredInterest(), "description"),
                                interest.text(kinds::declaredInterest(), "declared_on")});
    }
    if (interestRows.empty()) {
        out.paragraph("No interests have been declared.");
    } else {
        out.table({"Member", "Kind", "Provider concerned", "Interest", "Declared on"},
                  interestRows);
    }

    out.heading(2, "6. Links with other groups");
    std::vector<std::vector<std::string>> linkRows;
    for (const auto& link : records::listRecords(db, kinds::linkedGroup())) {
        linkRows.push_back({records::nameOf(kinds::linkedGroup(), link),
                            shown(kinds::linkedGroup(), link, "relationship"),
                            link.text(kinds::linkedGroup(), "notes")});
    }
    if (linkRows.empty()) {
        out.paragraph("No linked groups have been recorded.");
    } else {
        out.table({"Group", "This partnership", "Notes"}, linkRows);
    }

    out.heading(2, "7. Financial arrangements");
    out.labelled("Budget arrangement", shown(kinds::agreement(), deal, "agreement_kind"));
    if (deal.text(kinds::agreement(), "agreement_kind") != "none") {
        out.labelled("Legal basis", orNotYet(deal.text(kinds::agreement(), "legal_basis")));
        out.labelled("Host partner",
                     orNotYet(partnerName(deal, kinds::agreement(), "host_partner_id")));
        out.labelled("Risk share", shown(kinds::agreement(), deal, "risk_share_rule"));
    }
    std::int64_t totalContribution = 0;
    for (const auto& partner : partners) {
        totalContribution +=
            partner.number(kinds::partnerOrganisation(), "annual_contribution_pence");
    }
    const bool fixed = deal.text(kinds::agreement(), "risk_share_rule") == "fixed";
    std::vector<std::vector<std::string>> moneyRows;
    for (const auto& partner : partners) {
        auto contribution =
            partner.number(kinds::partnerOrganisation(), "annual_contribution_pence");
        moneyRows.push_back(
            {partnerNames[partner.id], quantities::formatPounds(contribution),
             fixed ? orNotYet(shown(kinds::partnerOrganisation(), partner, "fixed_risk_share_bp"))
                   : percentOf(contribution, totalContribution)});
    }
    moneyRows.push_back(
        {"Total", quantities::formatPounds(totalContribution), fixed ? "" : "100.0%"});
    out.table({"Partner organisation", "Annual contribution", "Share of overspend or underspend"},
              moneyRows);
    if (!deal.isEmpty(kinds::agreement(), "agreement_starts_on")) {
        out.labelled("Agreement starts", deal.text(kinds::agreement(), "agreement_starts_on"));
    }

    out.heading(2, "8. Care groups and lead commissioners");
    std::vector<std::vector<std::string>> careRows;
    for (const auto& care : records::listRecords(db, kinds::careGroup())) {
        careRows.push_back({records::nameOf(kinds::careGroup(), care),
                            orNotYet(partnerName(care, kinds::careGroup(), "lead_commissioner_id")),
                            care.text(kinds::careGroup(), "description")});
    }
    out.table({"Care group", "Lead commissioner", "Scope"}, careRows);

    out.heading(2, "9. Planning framework");
    std::map<std::int64_t, std::string> planTitles;
    const auto plans = records::listRecords(db, kinds::planDocument());
    for (const auto& plan : plans) {
        planTitles[plan.id] = records::nameOf(kinds::planDocument(), plan);
    }
    std::vector<std::vector<std::string>> planRows;
    for (const auto& plan : plans) {
        auto parent = plan.isEmpty(kinds::planDocument(), "parent_id")
                          ? std::string()
                          : planTitles[plan.number(kinds::planDocument(), "parent_id")];
        auto horizon = shown(kinds::planDocument(), plan, "horizon_years");
        planRows.push_back({planTitles[plan.id], shown(kinds::planDocument(), plan, "kind"), parent,
                            horizon.empty() ? "" : horizon + " years",
                            plan.text(kinds::planDocument(), "next_refresh_on")});
    }
    out.table({"Plan", "Kind", "Part of", "Horizon", "Next refresh"}, planRows);

    out.heading(2, "10. Review");
    out.paragraph(deal.isEmpty(kinds::agreement(), "agreement_review_on")
                      ? "These terms of reference are reviewed each year."
                      : "These terms of reference and the agreement are reviewed by " +
                            deal.text(kinds::agreement(), "agreement_review_on") + ".");
    out.note("Generated by Jointly on " + generatedOn + ".");
    return out.finish();
}

} // namespace jointly::partnership
