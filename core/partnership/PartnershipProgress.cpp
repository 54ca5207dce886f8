#include "partnership/PartnershipProgress.h"

#include "partnership/PartnershipKinds.h"
#include "records/RecordStore.h"

#include <set>

namespace jointly::partnership {

StageProgress partnershipProgress(storage::Database& db) {
    using records::listRecords;
    Checklist list;
    auto group = records::findRecord(db, profile(), kPartnershipId).value_or(records::Record{});
    auto deal = records::findRecord(db, agreement(), kPartnershipId).value_or(records::Record{});
    if (group.values.empty() || deal.values.empty()) {
        list.require(false, "The partnership's details are missing from the file.");
        return list.result();
    }
    const auto partners = listRecords(db, partnerOrganisation());
    const auto members = listRecords(db, member());
    const auto cares = listRecords(db, careGroup());
    const auto plans = listRecords(db, planDocument());

    list.require(!group.isEmpty(profile(), "name"), "Give the partnership a name.");
    list.require(!group.isEmpty(profile(), "aims"), "Write the partnership's aims.");
    list.require(records::countRecords(db, objective()) > 0, "Add at least one objective.");
    list.require(!group.isEmpty(profile(), "area") &&
                     !group.isEmpty(profile(), "population_served"),
                 "Say which area the partnership covers and its population.");
    list.require(records::countRecords(db, locality()) > 0, "Add the area's localities.");
    list.require(partners.size() >= 2, "Add the partner organisations (at least two).");

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
    for (const auto& partner : partners) {
        auto name = records::nameOf(partnerOrganisation(), partner);
        if (!represented.count(partner.id)) {
            unrepresented += (unrepresented.empty() ? "" : ", ") + name;
        }
        if (partner.text(partnerOrganisation(), "role") == "commissioner" &&
            !withBudgetAuthority.count(partner.id)) {
            withoutAuthority += (withoutAuthority.empty() ? "" : ", ") + name;
        }
    }
    list.require(!partners.empty() && unrepresented.empty(),
                 partners.empty() ? "Add members for each partner organisation."
                                  : "Add a member for " + unrepresented + ".");
    if (group.text(profile(), "group_kind") == "decision_making") {
        list.require(withoutAuthority.empty(),
                     "A decision-making group needs, for each commissioning partner, a member "
                     "who can commit its budget: none yet for " +
                         withoutAuthority + ".");
    } else {
        list.require(!group.isEmpty(profile(), "parent_body"),
                     "Name the parent body the model is being developed for.");
    }
    list.require(records::countRecords(db, linkedGroup()) > 0,
                 "Record the groups this partnership links with (e.g. the health and wellbeing "
                 "board).");

    const auto kind = deal.text(agreement(), "agreement_kind");
    if (kind == "none") {
        list.require(true, {});
    } else {
        list.require(!deal.isEmpty(agreement(), "legal_basis"),
                     "Record the legal basis of the budget agreement (e.g. a Section 75 "
                     "agreement).");
        if (kind == "pooled") {
            list.require(!deal.isEmpty(agreement(), "host_partner_id"),
                         "Choose the host partner that holds the pooled budget.");
        }
        if (deal.text(agreement(), "risk_share_rule") == "fixed") {
            std::int64_t total = 0;
            for (const auto& partner : partners) {
                total += partner.number(partnerOrganisation(), "fixed_risk_share_bp");
            }
            list.require(total == 10000, "Fixed risk shares must add up to 100%; they add up to " +
                                             std::to_string(total / 100) + "." +
                                             (total % 100 < 10 ? "0" : "") +
                                             std::to_string(total % 100) + "%.");
        }
    }

    std::string withoutLead;
    for (const auto& care : cares) {
        if (care.isEmpty(careGroup(), "lead_commissioner_id")) {
            withoutLead += (withoutLead.empty() ? "" : ", ") + records::nameOf(careGroup(), care);
        }
    }
    list.require(!cares.empty(), "Add the care groups the partnership commissions for.");
    list.require(!cares.empty() && withoutLead.empty(),
                 cares.empty() ? "Choose a lead commissioner for each care group."
                               : "Choose a lead commissioner for " + withoutLead + ".");

    bool framework = false;
    std::string undated;
    for (const auto& plan : plans) {
        framework = framework || plan.text(planDocument(), "kind") == "framework";
        if (plan.isEmpty(planDocument(), "horizon_years") ||
            plan.isEmpty(planDocument(), "next_refresh_on")) {
            undated += (undated.empty() ? "" : ", ") + records::nameOf(planDocument(), plan);
        }
    }
    list.require(framework, "Add the strategic commissioning framework to the plans.");
    list.require(!plans.empty() && undated.empty(),
                 plans.empty() ? "Give each plan a horizon and a next refresh date."
                               : "Give a horizon and next refresh date to " + undated + ".");
    return list.result();
}

} // namespace jointly::partnership
