#include "procurement/OcdsSections.h"
#include "procurement/Routes.h"
#include "procurement/TenderEvaluation.h"

#include <map>
#include <set>

namespace jointly::procurement::ocds {

namespace {

// The OCDS milestone type of a step; empty for a milestone of the user's own.
std::string_view milestoneType(std::string_view step) {
    static const std::map<std::string_view, std::string_view> types = {
        {"market_engagement", "engagement"},
        {"uk2", "preProcurement"},
        {"uk3", "preProcurement"},
        {"uk4", "engagement"},
        {"uk5", "engagement"},
        {"psr_contract_notice", "engagement"},
        {"invitation", "engagement"},
        {"participation_deadline", "engagement"},
        {"clarification_deadline", "engagement"},
        {"tender_deadline", "engagement"},
        {"provider_assessment", "assessment"},
        {"evaluation", "assessment"},
        {"moderation", "assessment"},
        {"award_decision", "approval"},
        {"assessment_summaries", "approval"},
        {"uk6", "approval"},
        {"psr_intention", "approval"},
        {"standstill_end", "approval"},
        {"signature", "approval"},
        {"uk7", "approval"},
        {"psr_award_notice", "approval"},
        {"mobilisation", "delivery"},
        {"service_start", "delivery"},
    };
    const auto found = types.find(step);
    return found == types.end() ? std::string_view() : found->second;
}

Json milestone(const OcdsMilestone& step, std::string_view asAt) {
    Json entry = Json::object();
    entry["id"] = "milestone-" + std::to_string(step.id);
    putText(entry, "title", step.name.empty() ? stepName(step.step) : step.name);
    putText(entry, "type", milestoneType(step.step));
    putDate(entry, "dueDate", step.dueOn);
    // Done is met; a date passed without it is not met; otherwise scheduled.
    const bool passed = !step.dueOn.empty() && !asAt.empty() && step.dueOn < asAt;
    entry["status"] = step.done ? "met" : passed ? "notMet" : "scheduled";
    return entry;
}

// A period from the dates of two milestones, either of which may be missing.
std::optional<Json> period(const OcdsMilestone* start, const OcdsMilestone* end) {
    Json span = Json::object();
    if (start != nullptr) {
        putDate(span, "startDate", start->dueOn);
    }
    if (end != nullptr) {
        putDate(span, "endDate", end->dueOn, true);
    }
    return span.empty() ? std::nullopt : std::optional<Json>(std::move(span));
}

std::string weightingDescription(const OcdsProcess& process) {
    const auto formula = priceFormulaOf(process.priceFormula);
    return "Each question is scored from 0 to " + std::to_string(process.scaleMax) +
           " and weighted as shown; price is scored " +
           std::string(formula ? priceFormulaLabel(*formula) : "as the tender documents say") + ".";
}

// The criteria a lot is evaluated on (those of every lot and its own), with
// sub-criteria in place of their parents, each weighted as a share of the
// whole: a 50% sub-criterion of a 60% criterion weighs 30%.
Json criteriaOf(const OcdsProcess& process, std::optional<std::int64_t> lotId) {
    std::map<std::int64_t, const OcdsCriterion*> inLot;
    for (const auto& criterion : process.criteria) {
        if (!criterion.lotId || criterion.lotId == lotId || !lotId) {
            inLot[criterion.id] = &criterion;
        }
    }
    std::set<std::int64_t> parents;
    for (const auto& [id, criterion] : inLot) {
        if (criterion->parentId && inLot.count(*criterion->parentId) != 0) {
            parents.insert(*criterion->parentId);
        }
    }
    Json criteria = Json::array();
    std::set<std::string> names;
    // Each weight in millionths of a percent, so that a sub-criterion's
    // share of the whole is exact; the weights are published as exact
    // percentages only when they add up to exactly 100.
    std::int64_t total = 0;
    bool exact = true;
    constexpr std::int64_t kWhole = 100'000'000;
    for (const auto& [id, criterion] : inLot) {
        if (parents.count(id) != 0) {
            continue;
        }
        Json entry = Json::object();
        entry["type"] = criterion->category == "price" ? "price" : "quality";
        Json weight = Json::object();
        const auto parent = criterion->parentId ? inLot.find(*criterion->parentId) : inLot.end();
        std::string name = criterion->name.empty() ? "unnamed criterion" : criterion->name;
        const auto sane = [](std::int64_t bp) {
            return bp >= 0 && bp <= 10000;
        };
        std::int64_t millionths = 0;
        if (parent != inLot.end() && sane(parent->second->weightBp) && sane(criterion->weightBp)) {
            const auto& parentName = parent->second->name;
            name =
                (parentName.empty() ? std::string("unnamed criterion") : parentName) + ": " + name;
            // Basis points of basis points: millionths of a percent.
            millionths = parent->second->weightBp * criterion->weightBp;
            weight["number"] = util::exactNumber(millionths, 6);
        } else {
            exact = exact && sane(criterion->weightBp);
            millionths = sane(criterion->weightBp) ? criterion->weightBp * 10000 : 0;
            weight["number"] = util::exactNumber(criterion->weightBp, 2);
        }
        total += millionths; // at most a few thousand criteria of at most kWhole each
        // Two criteria of the same name would be the same item, which the
        // schema forbids: the second is told apart by its place.
        if (!names.insert(name).second) {
            name += " (criterion " + std::to_string(criteria.size() + 1) + ")";
            names.insert(name);
        }
        entry["name"] = name;
        entry["numbers"] = Json::array({weight});
        if (criterion->minimumScore) {
            Json minimum = Json::object();
            minimum["number"] = *criterion->minimumScore;
            minimum["threshold"] = "minimumScore";
            entry["numbers"].push_back(minimum);
        }
        criteria.push_back(std::move(entry));
    }
    const std::string kind = exact && total == kWhole ? "percentageExact" : "pointsExact";
    for (auto& entry : criteria) {
        entry["numbers"][0]["weight"] = kind;
    }
    return criteria;
}

Json lot(const OcdsProcess& process, std::optional<std::int64_t> lotId, std::string id,
         std::string_view title, std::string_view description, const std::string& status) {
    Json entry = Json::object();
    entry["id"] = std::move(id);
    putText(entry, "title", title);
    putText(entry, "description", description);
    entry["status"] = status;
    auto criteria = criteriaOf(process, lotId);
    if (!criteria.empty()) {
        Json award = Json::object();
        award["weightingDescription"] = weightingDescription(process);
        award["criteria"] = std::move(criteria);
        entry["awardCriteria"] = std::move(award);
    }
    return entry;
}

void putTenderers(Json& tender, const OcdsProcess& process) {
    std::set<std::string> seen;
    Json tenderers = Json::array();
    for (const auto& bid : process.bids) {
        if (seen.insert(bid.bidder.partyId).second) {
            tenderers.push_back(reference(bid.bidder));
        }
    }
    if (!tenderers.empty()) {
        tender["numberOfTenderers"] = static_cast<std::int64_t>(seen.size());
        tender["tenderers"] = std::move(tenderers);
    }
}

} // namespace

Json tenderOf(const OcdsProcess& process, std::string_view asAt) {
    Json tender = Json::object();
    tender["id"] = "tender-" + std::to_string(process.id);
    putText(tender, "title", process.name);
    putText(tender, "description", process.requirements);
    const auto status = tenderStatus(process);
    tender["status"] = status;
    if (process.lead) {
        tender["procuringEntity"] = reference(*process.lead);
    }
    if (!process.specificationName.empty()) {
        Json item = Json::object();
        item["id"] = "1";
        item["description"] = process.specificationName;
        tender["items"] = Json::array({item});
    }
    if (process.valuePence) {
        tender["value"] = money(*process.valuePence);
    }
    if (const auto* route = findRoute(process.route)) {
        tender["procurementMethod"] = std::string(route->ocdsMethod);
        tender["procurementMethodDetails"] = std::string(route->label);
    }
    putText(tender, "procurementMethodRationale", process.routeJustification);
    tender["mainProcurementCategory"] = "services";
    const auto* opens = milestoneOf(process, {"uk4", "psr_contract_notice", "invitation", "uk5"});
    if (auto span = period(opens, milestoneOf(process, {"tender_deadline"}))) {
        tender["tenderPeriod"] = std::move(*span);
    }
    if (auto span = period(opens, milestoneOf(process, {"clarification_deadline"}))) {
        tender["enquiryPeriod"] = std::move(*span);
    }
    if (auto span = period(milestoneOf(process, {"evaluation", "provider_assessment"}),
                           milestoneOf(process, {"award_decision"}))) {
        tender["awardPeriod"] = std::move(*span);
    }
    putTenderers(tender, process);
    Json milestones = Json::array();
    for (const auto& step : process.milestones) {
        milestones.push_back(milestone(step, asAt));
    }
    putNotices(tender, process, "tender");
    if (!milestones.empty()) {
        tender["milestones"] = std::move(milestones);
    }
    Json lots = Json::array();
    for (const auto& each : process.lots) {
        lots.push_back(lot(process, each.id, "lot-" + std::to_string(each.id), each.name,
                           each.description, status));
    }
    if (lots.empty() && !process.criteria.empty()) {
        // Not divided into lots: one lot, as Find a Tender publishes it.
        lots.push_back(lot(process, std::nullopt, "1", process.name, {}, status));
    }
    if (!lots.empty()) {
        tender["lots"] = std::move(lots);
    }
    return tender;
}

} // namespace jointly::procurement::ocds
