#include "partnership/PartnershipProgress.h"

#include "partnership/PartnershipKinds.h"
#include "records/RecordStore.h"

#include <set>
#include <string_view>

namespace jointly::partnership {

namespace {

std::string joined(const std::string& list, const std::string& name) {
    return list.empty() ? name : list + ", " + name;
}

} // namespace

StageProgress partnershipProgress(storage::Database& db) {
    using records::listRecords;
    Checklist list;
    auto group = records::findRecord(db, profile(), kPartnershipId).value_or(records::Record{});
    auto deal = records::findRecord(db, agreement(), kPartnershipId).value_or(records::Record{});
    if (group.values.empty() || deal.values.empty()) {
        list.part(false, "The partnership's details are missing from the file.",
                  profile().singular);
        return list.result();
    }
    // Only what has been filled in counts: a blank row added and left is
    // not an objective, a locality or a member.
    auto named = [](const records::RecordKind& kind, std::vector<records::Record> rows,
                    std::string_view column) {
        std::erase_if(rows, [&](const records::Record& row) { return row.isEmpty(kind, column); });
        return rows;
    };
    const auto partners =
        named(partnerOrganisation(), listRecords(db, partnerOrganisation()), "name");
    const auto members = named(member(), listRecords(db, member()), "name");
    const auto cares = named(careGroup(), listRecords(db, careGroup()), "name");
    const auto plans = listRecords(db, planDocument());

    list.part(!group.isEmpty(profile(), "name"), "Give the partnership a name.",
              "partnership/name");
    list.part(!group.isEmpty(profile(), "aims"), "Write the partnership's aims.",
              "partnership/aims");
    list.part(!named(objective(), listRecords(db, objective()), "text").empty(),
              "Add at least one objective.", objective().singular);
    list.part(!group.isEmpty(profile(), "area") && !group.isEmpty(profile(), "population_served"),
              "Say which area the partnership covers and its population.", "partnership/area");
    list.part(!named(locality(), listRecords(db, locality()), "name").empty(),
              "Add the area's localities.", locality().singular);
    list.part(partners.size() >= 2, "Add the partner organisations (at least two).",
              partnerOrganisation().singular);

    std::set<std::int64_t> represented;
    std::set<std::int64_t> withBudgetAuthority;
    for (const auto& person : members) {
        auto organisation = person.number(member(), "partner_id");
        represented.insert(organisation);
        if (person.number(member(), "can_commit_budget") == 1) {
            withBudgetAuthority.insert(organisation);
        }
    }
    std::string unrepresented;
    std::string withoutAuthority;
    bool commissioners = false;
    bool anyAuthorised = false;
    for (const auto& partner : partners) {
        auto name = records::nameOf(partnerOrganisation(), partner);
        // A provider with no member is one the partnership buys from (a
        // bidder), not one sitting on it, so it needs none.
        const bool onlyProvides = partner.text(partnerOrganisation(), "role") == "provider";
        if (!represented.count(partner.id) && !onlyProvides) {
            unrepresented = joined(unrepresented, name);
        }
        if (partner.text(partnerOrganisation(), "role") == "commissioner") {
            commissioners = true;
            if (withBudgetAuthority.count(partner.id)) {
                anyAuthorised = true;
            } else {
                withoutAuthority = joined(withoutAuthority, name);
            }
        }
    }
    if (list.part(!represented.empty(),
                  "Add the members who sit on the partnership for each "
                  "partner organisation.",
                  member().singular)) {
        list.finish(unrepresented.empty(), "Add a member for " + unrepresented + ".",
                    member().singular);
    }
    if (group.text(profile(), "group_kind") == "decision_making") {
        const std::string need = "A decision-making group needs, for each commissioning partner, "
                                 "a member who can commit its budget";
        const std::string missingNow =
            commissioners ? need + ": none yet for " + withoutAuthority + "." : need + ".";
        if (list.part(anyAuthorised, missingNow, member().singular)) {
            list.finish(withoutAuthority.empty(), need + ": none yet for " + withoutAuthority + ".",
                        member().singular);
        }
    } else {
        list.part(!group.isEmpty(profile(), "parent_body"),
                  "Name the parent body the model is being developed for.",
                  "partnership/parent_body");
    }
    list.part(!named(linkedGroup(), listRecords(db, linkedGroup()), "name").empty(),
              "Record the groups this partnership links with (e.g. the health and wellbeing "
              "board).",
              linkedGroup().singular);

    // Every partnership works under an agreement, whether or not it shares a
    // budget: its basis and when it starts.
    const auto kind = deal.text(agreement(), "agreement_kind");
    if (list.part(!deal.isEmpty(agreement(), "legal_basis") &&
                      !deal.isEmpty(agreement(), "agreement_starts_on"),
                  kind == "none" ? "Record the basis of the partnership's agreement (e.g. terms "
                                   "of reference agreed by each partner) and when it starts."
                                 : "Record the legal basis of the budget agreement (e.g. a "
                                   "Section 75 agreement) and when it starts.",
                  "agreement/legal_basis")) {
        if (kind == "pooled") {
            list.finish(!deal.isEmpty(agreement(), "host_partner_id"),
                        "Choose the host partner that holds the pooled budget.",
                        "agreement/host_partner_id");
        }
        if (kind != "none" && deal.text(agreement(), "risk_share_rule") == "fixed") {
            std::int64_t total = 0;
            for (const auto& partner : partners) {
                total += partner.number(partnerOrganisation(), "fixed_risk_share_bp");
            }
            list.finish(total == 10000,
                        "Fixed risk shares must add up to 100%; they add up to " +
                            std::to_string(total / 100) + "." + (total % 100 < 10 ? "0" : "") +
                            std::to_string(total % 100) + "%.",
                        partnerOrganisation().singular);
        }
    }

    std::string withoutLead;
    bool anyLead = false;
    for (const auto& care : cares) {
        if (care.isEmpty(careGroup(), "lead_commissioner_id")) {
            withoutLead = joined(withoutLead, records::nameOf(careGroup(), care));
        } else {
            anyLead = true;
        }
    }
    list.part(!cares.empty(), "Add the care groups the partnership commissions for.",
              careGroup().singular);
    if (list.part(anyLead, "Choose a lead commissioner for each care group.",
                  careGroup().singular)) {
        list.finish(withoutLead.empty(), "Choose a lead commissioner for " + withoutLead + ".",
                    careGroup().singular);
    }

    bool framework = false;
    bool anyDated = false;
    std::string undated;
    for (const auto& plan : plans) {
        framework = framework || plan.text(planDocument(), "kind") == "framework";
        if (plan.isEmpty(planDocument(), "horizon_years") ||
            plan.isEmpty(planDocument(), "next_refresh_on")) {
            undated = joined(undated, records::nameOf(planDocument(), plan));
        } else {
            anyDated = true;
        }
    }
    list.part(framework, "Add the strategic commissioning framework to the plans.",
              planDocument().singular);
    if (list.part(anyDated, "Give each plan a horizon and a next refresh date.",
                  planDocument().singular)) {
        list.finish(undated.empty(), "Give a horizon and next refresh date to " + undated + ".",
                    planDocument().singular);
    }
    return list.result();
}

} // namespace jointly::partnership
