#include "procurement/OcdsReleases.h"

#include "procurement/ContractKinds.h"
#include "procurement/ContractRegister.h"
#include "procurement/OcdsSections.h"
#include "procurement/Routes.h"
#include "procurement/Standstill.h"
#include "quantities/Decimal.h"
#include "quantities/Share.h"
#include "quantities/WorkingDays.h"

#include <map>
#include <set>

namespace jointly::procurement {

using namespace ocds;

namespace {

// The roles in the order every release lists them.
constexpr std::string_view kRoleOrder[] = {"buyer", "procuringEntity", "funder",   "sourceParty",
                                           "payer", "tenderer",        "supplier", "payee"};

struct Party {
    OcdsOrganisation organisation;
    std::set<std::string_view> roles;
};

// Every organisation the procurement names, with every role it plays in
// it, in the order each first appears.
std::vector<Party> partiesOf(const OcdsProcess& process) {
    std::vector<Party> parties;
    std::map<std::string, std::size_t> index;
    auto add = [&](const OcdsOrganisation& organisation,
                   std::initializer_list<std::string_view> roles) {
        auto [found, added] = index.try_emplace(organisation.partyId, parties.size());
        if (added) {
            parties.push_back({organisation, {}});
        }
        parties[found->second].roles.insert(roles.begin(), roles.end());
    };
    if (process.lead) {
        add(*process.lead, {"buyer", "procuringEntity"});
    }
    for (const auto& line : process.budget) {
        if (line.partner) {
            add(*line.partner, {"funder", "sourceParty"});
        }
    }
    for (const auto& bid : process.bids) {
        add(bid.bidder, {"tenderer"});
    }
    for (const auto& contract : process.contracts) {
        for (const auto& funder : contract.funders) {
            if (funder.partner) {
                add(*funder.partner, {"funder", "payer"});
            }
        }
        if (contract.provider) {
            add(*contract.provider, {"supplier", "payee"});
        }
    }
    return parties;
}

Json partiesJson(const std::vector<Party>& parties) {
    Json list = Json::array();
    for (const auto& party : parties) {
        Json entry = Json::object();
        entry["id"] = party.organisation.partyId;
        putText(entry, "name", party.organisation.name);
        Json roles = Json::array();
        for (auto role : kRoleOrder) {
            if (party.roles.count(role) != 0) {
                roles.push_back(std::string(role));
            }
        }
        entry["roles"] = std::move(roles);
        list.push_back(std::move(entry));
    }
    return list;
}

Json planningOf(const OcdsProcess& process) {
    Json planning = Json::object();
    if (!process.budget.empty()) {
        Json budget = Json::object();
        budget["id"] = "budget-" + std::to_string(process.id);
        putText(budget, "description",
                process.specificationName.empty()
                    ? std::string("The procurement's budget envelope")
                    : "The budget envelope of " + process.specificationName);
        std::int64_t total = 0;
        bool overflow = false;
        Json breakdown = Json::array();
        for (std::size_t i = 0; i < process.budget.size(); ++i) {
            const auto& line = process.budget[i];
            overflow = overflow || __builtin_add_overflow(total, line.pence, &total);
            Json entry = Json::object();
            entry["id"] = std::to_string(i + 1);
            entry["amount"] = money(line.pence);
            Json period = Json::object();
            if (line.year >= 1000 && line.year <= 9998) {
                const auto year = static_cast<int>(line.year);
                period["startDate"] = std::to_string(year) + "-04-01T00:00:00Z";
                period["endDate"] = std::to_string(year + 1) + "-03-31T23:59:59Z";
                entry["period"] = std::move(period);
            }
            if (line.partner) {
                entry["sourceParty"] = reference(*line.partner);
            }
            breakdown.push_back(std::move(entry));
        }
        if (!overflow) {
            budget["amount"] = money(total);
        }
        budget["budgetBreakdown"] = std::move(breakdown);
        planning["budget"] = std::move(budget);
    }
    putNotices(planning, process, "planning");
    return planning;
}

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
    description += polarityWords(kpi.polarity) + " Reported " + kpi.frequency + ".";
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
    if (contract.noticeMonths && !contract.endsOn.empty() && *contract.noticeMonths <= 600) {
        const auto by = addMonths(contract.endsOn, -static_cast<int>(*contract.noticeMonths));
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
        Json lots = Json::array();
        for (const auto& bid : process.bids) {
            if (bid.lotId && bid.bidder.partyId == contract.provider->partyId) {
                lots.push_back("lot-" + std::to_string(*bid.lotId));
            }
        }
        if (!lots.empty()) {
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

// The date of a release: its stage's milestone, or the package's date.
std::string releaseDate(const OcdsProcess& process, std::initializer_list<std::string_view> steps,
                        const ReleaseContext& context) {
    if (const auto* milestone = milestoneOf(process, steps)) {
        if (auto when = ocds::dateTime(milestone->dueOn)) {
            return *when;
        }
    }
    return context.publishedAt;
}

Json release(const OcdsProcess& process, const ReleaseContext& context, std::string_view tag,
             std::string date, const Json& parties) {
    Json entry = Json::object();
    entry["ocid"] = context.ocid;
    entry["id"] = context.ocid + "-" + std::string(tag);
    entry["date"] = std::move(date);
    entry["tag"] = Json::array({std::string(tag)});
    entry["initiationType"] = "tender";
    entry["language"] = "en";
    if (!parties.empty()) {
        entry["parties"] = parties;
    }
    if (process.lead) {
        entry["buyer"] = reference(*process.lead);
    }
    return entry;
}

} // namespace

std::vector<Json> releasesOf(const OcdsProcess& process, const ReleaseContext& context) {
    const Json parties = partiesJson(partiesOf(process));
    std::vector<Json> releases;
    auto planning =
        release(process, context, "planning",
                releaseDate(process, {"market_engagement", "uk2", "uk3"}, context), parties);
    if (auto section = planningOf(process); !section.empty()) {
        planning["planning"] = std::move(section);
    }
    releases.push_back(std::move(planning));
    auto tender =
        release(process, context, "tender",
                releaseDate(process, {"uk4", "psr_contract_notice", "invitation", "uk5"}, context),
                parties);
    tender["tender"] = tenderOf(process, context.asAt);
    releases.push_back(std::move(tender));
    if (process.contracts.empty()) {
        return releases;
    }
    auto award =
        release(process, context, "award",
                releaseDate(process, {"uk6", "psr_intention", "award_decision"}, context), parties);
    Json awards = Json::array();
    for (const auto& contract : process.contracts) {
        awards.push_back(awardOf(process, contract));
    }
    award["awards"] = std::move(awards);
    releases.push_back(std::move(award));
    auto signing =
        release(process, context, "contract",
                releaseDate(process, {"signature", "uk7", "psr_award_notice"}, context), parties);
    Json contracts = Json::array();
    for (const auto& contract : process.contracts) {
        contracts.push_back(contractOf(process, contract, context.asAt));
    }
    signing["contracts"] = std::move(contracts);
    releases.push_back(std::move(signing));
    return releases;
}

} // namespace jointly::procurement
