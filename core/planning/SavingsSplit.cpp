#include "planning/SavingsSplit.h"

#include "planning/PlanStore.h"
#include "planning/Reconciliation.h"
#include "quantities/Apportion.h"
#include "quantities/Money.h"
#include "storage/Database.h"

#include <algorithm>
#include <map>

namespace jointly::planning {

namespace {

bool add(std::int64_t& total, std::int64_t amount) {
    return !__builtin_add_overflow(total, amount, &total);
}

Error tooLarge(quantities::FinancialYear year) {
    return Error{ErrorKind::Invalid, "The savings for " + quantities::formatFinancialYear(year) +
                                         " add up to more than Jointly can hold; check the "
                                         "amounts for a mistake."};
}

std::string describe(const SavingsSplit& split) {
    const auto planned = quantities::formatPounds(split.plannedPence);
    const auto target = quantities::formatPounds(split.targetPence);
    const bool realised = split.measure == SavingsMeasure::Realised;
    const auto amount = realised ? split.realisedPence : split.plannedPence;
    std::string sentence =
        realised
            ? "Schemes have realised " + quantities::formatPounds(amount) + " of savings in " +
                  quantities::formatFinancialYear(split.year) + ", of " + planned +
                  " planned, against a target of " + target
            : "Schemes plan " + planned + " of savings in " +
                  quantities::formatFinancialYear(split.year) + " against a target of " + target;
    if (amount == split.targetPence) {
        return sentence + ": exactly the target.";
    }
    if (amount < split.targetPence) {
        return sentence + ": " + quantities::formatPounds(split.targetPence - amount) + " short.";
    }
    return sentence + ": " + quantities::formatPounds(amount - split.targetPence) +
           " more than the target.";
}

} // namespace

Outcome<SavingsSplit> loadSavingsSplit(storage::Database& db, quantities::FinancialYear year,
                                       SavingsMeasure measure) {
    SavingsSplit split;
    split.year = year;
    split.measure = measure;
    {
        auto rule = db.prepare("SELECT savings_sharing_rule FROM partnership WHERE id = 1");
        split.rule = rule.step() ? rule.text(0) : std::string("proportional");
    }
    {
        auto targets = db.prepare("SELECT amount_pence FROM savings_target WHERE year = ?1 AND "
                                  "amount_pence IS NOT NULL");
        targets.bind(1, year.startYear);
        while (targets.step()) {
            if (!add(split.targetPence, targets.int64(0))) {
                return tooLarge(year);
            }
        }
    }
    // Each partner's own (not joint) schemes, and the joint total.
    std::map<std::int64_t, std::int64_t> own;
    {
        auto savings =
            db.prepare("SELECT s.joint, s.lead_partner_id, coalesce(y.planned_pence, 0), "
                       "coalesce(y.realised_pence, 0) FROM scheme_saving y JOIN savings_scheme s "
                       "ON s.id = y.scheme_id WHERE y.year = ?1 AND (s.lead_partner_id IS NULL OR "
                       "s.lead_partner_id IN (SELECT id FROM partner_organisation)) ORDER BY y.id");
        savings.bind(1, year.startYear);
        while (savings.step()) {
            const auto shared =
                measure == SavingsMeasure::Realised ? savings.int64(3) : savings.int64(2);
            if (savings.int64(2) < 0 || savings.int64(3) < 0) {
                return Error{ErrorKind::Invalid, "A scheme's savings for " +
                                                     quantities::formatFinancialYear(year) +
                                                     " are below zero; correct them first."};
            }
            if (!add(split.plannedPence, savings.int64(2)) ||
                !add(split.realisedPence, savings.int64(3))) {
                return tooLarge(year);
            }
            bool ok = true;
            if (savings.int64(0) == 1) {
                ok = add(split.jointPence, shared);
            } else if (savings.isNull(1)) {
                ok = add(split.unassignedPence, shared);
            } else {
                ok = add(own[savings.int64(1)], shared);
            }
            if (!ok) {
                return tooLarge(year);
            }
        }
    }
    split.sentence = describe(split);

    // The joint savings, shared by the rule.
    std::vector<PartnerPortion> portions;
    if (split.jointPence > 0) {
        auto reconciliation = loadReconciliation(db, year);
        if (!reconciliation.ok()) {
            split.problem = reconciliation.error().message;
        } else if (split.rule == "equal") {
            std::vector<std::int64_t> ones(reconciliation.value().partners.size(), 1);
            auto parts = quantities::apportion(split.jointPence, ones);
            if (!parts.ok()) {
                split.problem = "No partner contributes in " +
                                quantities::formatFinancialYear(year) +
                                ", so the joint savings cannot be shared equally between them.";
            } else {
                for (std::size_t i = 0; i < ones.size(); ++i) {
                    const auto& partner = reconciliation.value().partners[i];
                    portions.push_back({partner.partnerId, partner.partnerName, parts.value()[i]});
                }
            }
        } else {
            // In proportion to all contributions, or by the partners' fixed
            // shares (whatever rule the agreement uses for overspends).
            RiskShareRule rule;
            rule.basis = ProportionalBasis::AllContributions;
            if (split.rule == "proportional") {
                rule.kind = RiskShareKind::Proportional;
            } else {
                rule.kind = RiskShareKind::Fixed;
                rule.fixedShares = loadFixedShares(db);
            }
            auto shared = shareVariance(split.jointPence, rule, reconciliation.value());
            if (shared.ok()) {
                portions = std::move(shared.value());
            } else {
                split.problem = shared.error().message;
            }
        }
    }

    // One line per partner with a part, in id order.
    std::map<std::int64_t, PartnerSavings> byPartner;
    for (const auto& portion : portions) {
        auto& line = byPartner[portion.partnerId];
        line.partnerId = portion.partnerId;
        line.partnerName = portion.partnerName;
        line.jointPence = portion.pence;
    }
    for (const auto& [partnerId, pence] : own) {
        auto& line = byPartner[partnerId];
        line.partnerId = partnerId;
        line.ownPence = pence;
    }
    for (auto& [partnerId, line] : byPartner) {
        if (line.partnerName.empty()) {
            auto name = db.prepare("SELECT name FROM partner_organisation WHERE id = ?1");
            name.bind(1, partnerId);
            line.partnerName = name.step() ? name.text(0) : std::string();
        }
        if (line.partnerName.find_first_not_of(" \t") == std::string::npos) {
            line.partnerName = "unnamed partner organisation";
        }
        if (!add(line.totalPence, line.jointPence) || !add(line.totalPence, line.ownPence)) {
            return tooLarge(year);
        }
        split.partners.push_back(line);
    }
    return split;
}

} // namespace jointly::planning
