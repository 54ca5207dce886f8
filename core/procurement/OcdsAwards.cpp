#include "procurement/ContractKinds.h"
#include "procurement/ContractRegister.h"
#include "procurement/OcdsSections.h"
#include "procurement/Routes.h"
#include "procurement/Standstill.h"
#include "quantities/Decimal.h"
#include "quantities/Share.h"
#include "quantities/WorkingDays.h"

#include <set>

// The award and contract sections of the OCDS releases
// (procurement/OcdsReleases.h): awards to the suppliers, pending ones before
// a contract, and the contracts with their milestones and KPIs as metrics.
namespace jointly::procurement::ocds {

namespace {

Json contractPeriod(const OcdsContract& contract) {
    Json period = Json::object();
    putDate(period, "startDate", contract.startsOn);
    putDate(period, "endDate", contract.endsOn, true);
    putDate(period, "maxExtentDate", contract.latestEndOn, true);
    return period;
}

// The standstill the award was held to, where the law requires one and the
// award notice (or the PSR's notice of intention) has a date.
std::optional<Json> standstillOf(const OcdsProcess& process) {
    if (!standstillRequired(process.regime, process.route)) {
        return std::nullopt;
    }
    const bool psr = process.regime == "psr";
    const auto* notice = milestoneOf(process, {psr ? "psr_intention" : "uk6"});
    if (notice == nullptr || notice->dueOn.empty()) {
        return std::nullopt;
    }
    auto last = standstillLastDay(notice->dueOn,
                                  psr ? Regime::ProviderSelectionRegime : Regime::ProcurementAct);
    auto first = psr ? quantities::nextDay(notice->dueOn) : Outcome<std::string>(notice->dueOn);
    if (!last.ok() || !first.ok()) {
        return std::nullopt; // outside the years whose bank holidays are known
    }
    Json period = Json::object();
    putDate(period, "startDate", first.value());
    putDate(period, "endDate", last.value(), true);
    return period;
}

std::string polarityWords(std::string_view polarity) {
    if (polarity == "higher") {
        return "Higher is better.";
    }
    if (polarity == "lower") {
        return "Lower is better.";
    }
    return "Neither higher nor lower is better.";
}

Json metricOf(const OcdsKpi& kpi) {
    Json metric = Json::object();
    metric["id"] = "kpi-" + std::to_string(kpi.id);
    putText(metric, "title", kpi.name);
    std::string description = kpi.definition.empty() ? std::string() : kpi.definition + " ";
    const std::string frequency = kpi.frequency == "annual" ? "once a year" : kpi.frequency;
    description += polarityWords(kpi.polarity) +
                   (frequency.empty() ? std::string() : " Reported " + frequency + ".");
    if (kpi.breachHundredths) {
        description += " In breach at " + quantities::formatHundredths(*kpi.breachHundredths) +
                       (kpi.consequence.empty() ? std::string(".") : ": " + kpi.consequence);
    }
    if (kpi.paysIncentive) {
        description += " Pays the outcomes incentive.";
    }
    metric["description"] = description;
    if (kpi.targetHundredths) {
        Json target = Json::object();
        target["id"] = "kpi-" + std::to_string(kpi.id) + "-target";
        target["measure"] = util::exactNumber(*kpi.targetHundredths, 2);
        if (!kpi.unit.empty()) {
            target["unit"] = Json::object({{"name", kpi.unit}});
        }
        target["notes"] = "Target";
        metric["observations"] = Json::array({target});
    }
    return metric;
}

std::string paymentWords(const OcdsContract& contract) {
    std::string words;
    for (const auto& field : procurement::contract().fields) {
        if (field.column != "payment_basis") {
            continue;
        }
        for (const auto& choice : field.choices) {
            if (choice.key == contract.paymentBasis) {
                words = "Payment basis: " + std::string(choice.label) + ".";
            }
        }
    }
    if (contract.atRiskBp) {
        words += (words.empty() ? "" : " ") + quantities::formatBasisPoints(*contract.atRiskBp) +
                 " of the value is at risk on outcomes" +
                 (contract.incentive.empty() ? std::string(".") : ": " + contract.incentive);
    }
    return words;
}

std::string contractStatus(const OcdsContract& contract, std::string_view asAt) {
    if (contract.startsOn.empty() || asAt < contract.startsOn) {
        return "pending";
    }
    const auto& last = contract.latestEndOn.empty() ? contract.endsOn : contract.latestEndOn;
    return !contract.endsOn.empty() && asAt > last ? "terminated" : "active";
}

Json contractMilestones(const OcdsContract& contract) {
    Json milestones = Json::array();
    if (contract.noticeMonths && !contract.endsOn.empty()) {
        const auto by = addMonths(contract.endsOn, -*contract.noticeMonths);
        if (!by.empty()) {
            Json notice = Json::object();
            notice["id"] = "contract-" + std::to_string(contract.id) + "-notice";
            notice["title"] = "Last day to give notice";
            notice["type"] = "approval";
            putDate(notice, "dueDate", by);
            milestones.push_back(std::move(notice));
        }
    }
    if (ocds::dateTime(contract.extensionDecisionOn)) {
        Json extension = Json::object();
        extension["id"] = "contract-" + std::to_string(contract.id) + "-extension";
        extension["title"] = "Decision on extending the contract";
        extension["type"] = "approval";
        putDate(extension, "dueDate", contract.extensionDecisionOn);
        milestones.push_back(std::move(extension));
    }
    return milestones;
}

// The lots a supplier won: those the evaluation ranks its bid first in,
// once the winners are loaded, or else every lot it bid for; each once.
Json lotsWon(const OcdsProcess& process, const std::string& partyId) {
    std::set<std::int64_t> lots;
    if (process.winnersLoaded) {
        for (const auto& winner : process.winners) {
            if (winner.lotId && winner.bidder.partyId == partyId) {
                lots.insert(*winner.lotId);
            }
        }
    } else {
        for (const auto& bid : process.bids) {
            if (bid.lotId && bid.bidder.partyId == partyId) {
                lots.insert(*bid.lotId);
            }
        }
    }
    Json list = Json::array();
    for (auto lot : lots) {
        list.push_back("lot-" + std::to_string(lot));
    }
    return list;
}

} // namespace

std::string awardId(const OcdsContract& contract) {
    return "award-" + std::to_string(contract.id);
}

Json awardOf(const OcdsProcess& process, const OcdsContract& contract) {
    Json award = Json::object();
    award["id"] = awardId(contract);
    putText(award, "title", contract.name);
    award["status"] = "active";
    if (const auto* decided = milestoneOf(process, {"award_decision", "uk6", "psr_intention"})) {
        putDate(award, "date", decided->dueOn);
    }
    if (contract.totalPence) {
        award["value"] = money(*contract.totalPence);
    }
    if (contract.provider) {
        award["suppliers"] = Json::array({reference(*contract.provider)});
        if (auto lots = lotsWon(process, contract.provider->partyId); !lots.empty()) {
            award["relatedLots"] = std::move(lots);
        }
    }
    if (auto period = contractPeriod(contract); !period.empty()) {
        award["contractPeriod"] = std::move(period);
    }
    if (auto standstill = standstillOf(process)) {
        award["standstillPeriod"] = std::move(*standstill);
    }
    putNotices(award, process, "award");
    return award;
}

// The awards decided (the award notice or notice of intention done) before
// any contract: each winner of the evaluation, pending until the contract
// is signed.
Json pendingAwards(const OcdsProcess& process) {
    Json awards = Json::array();
    std::set<std::string> seen;
    const auto* notice = milestoneOf(process, {"uk6", "psr_intention"});
    for (const auto& winner : process.winners) {
        if (!seen.insert(winner.bidder.partyId).second) {
            continue;
        }
        Json award = Json::object();
        award["id"] = "award-pending-" + std::to_string(awards.size() + 1);
        putText(award, "title", "Award to " + winner.bidder.name);
        award["status"] = "pending";
        if (notice != nullptr) {
            putDate(award, "date", notice->dueOn);
        }
        award["suppliers"] = Json::array({reference(winner.bidder)});
        if (auto lots = lotsWon(process, winner.bidder.partyId); !lots.empty()) {
            award["relatedLots"] = std::move(lots);
        }
        if (auto standstill = standstillOf(process)) {
            award["standstillPeriod"] = std::move(*standstill);
        }
        putNotices(award, process, "award");
        awards.push_back(std::move(award));
    }
    return awards;
}

Json contractOf(const OcdsProcess& process, const OcdsContract& contract, std::string_view asAt) {
    Json entry = Json::object();
    entry["id"] = "contract-" + std::to_string(contract.id);
    entry["awardID"] = awardId(contract);
    putText(entry, "title", contract.name);
    putText(entry, "description", paymentWords(contract));
    entry["status"] = contractStatus(contract, asAt);
    if (auto period = contractPeriod(contract); !period.empty()) {
        entry["period"] = std::move(period);
    }
    if (contract.totalPence) {
        entry["value"] = money(*contract.totalPence);
    }
    if (const auto* signature = milestoneOf(process, {"signature"}); signature && signature->done) {
        putDate(entry, "dateSigned", signature->dueOn);
    }
    putNotices(entry, process, "contract");
    if (auto milestones = contractMilestones(contract); !milestones.empty()) {
        entry["milestones"] = std::move(milestones);
    }
    Json metrics = Json::array();
    for (const auto& kpi : contract.kpis) {
        metrics.push_back(metricOf(kpi));
    }
    if (!metrics.empty()) {
        entry["agreedMetrics"] = std::move(metrics);
    }
    return entry;
}

} // namespace jointly::procurement::ocds
