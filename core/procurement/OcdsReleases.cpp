#include "procurement/OcdsReleases.h"

#include "procurement/OcdsSections.h"

#include <algorithm>
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
        for (const auto& line : process.budget) {
            overflow = overflow || __builtin_add_overflow(total, line.pence, &total);
            Json entry = Json::object();
            entry["id"] = "budget-line-" + std::to_string(line.id);
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

// The date of a release: the first of its stage's milestones done by the
// as-at date, or the package's date; a planned date is not yet news.
std::string releaseDate(const OcdsProcess& process, std::initializer_list<std::string_view> steps,
                        const ReleaseContext& context) {
    for (const auto& milestone : process.milestones) {
        const bool ofStage = std::find(steps.begin(), steps.end(), milestone.step) != steps.end();
        if (ofStage && milestone.done && milestone.dueOn <= context.asAt) {
            if (auto when = ocds::dateTime(milestone.dueOn)) {
                return *when;
            }
        }
    }
    return context.publishedAt;
}

// A short fingerprint of a release's content (FNV-1a, 64 bits), so that a
// release whose content changes gets a new id, as OCDS requires, and one
// published again unchanged keeps its id.
std::string fingerprint(const Json& release) {
    std::uint64_t hash = 14695981039346656037ULL;
    for (char c : util::dumpExact(release)) {
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string text(16, '0');
    for (int i = 15; i >= 0; --i, hash >>= 4) {
        text[static_cast<std::size_t>(i)] = kHex[hash & 15U];
    }
    return text;
}

// Sets the release's id from its stage and content, once it is complete.
Json identified(Json release, std::string_view tag, const ReleaseContext& context) {
    release["id"] = context.ocid + "-" + std::string(tag) + "-" + fingerprint(release);
    return release;
}

// A call-off names the framework it is made under, as the justification
// describes it.
void putFramework(Json& release, const OcdsProcess& process) {
    if (process.route != "framework_call_off") {
        return;
    }
    Json related = Json::object();
    related["id"] = "framework";
    related["relationship"] = Json::array({"framework"});
    related["title"] = process.routeJustification.empty()
                           ? std::string("The framework this call-off is made under")
                           : process.routeJustification;
    release["relatedProcesses"] = Json::array({related});
}

Json release(const OcdsProcess& process, const ReleaseContext& context, std::string_view tag,
             std::string date, const Json& parties) {
    Json entry = Json::object();
    entry["ocid"] = context.ocid;
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
    putFramework(entry, process);
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
    releases.push_back(identified(std::move(planning), "planning", context));
    auto tender =
        release(process, context, "tender",
                releaseDate(process, {"uk4", "psr_contract_notice", "invitation", "uk5"}, context),
                parties);
    tender["tender"] = tenderOf(process, context.asAt);
    releases.push_back(identified(std::move(tender), "tender", context));
    auto award =
        release(process, context, "award",
                releaseDate(process, {"uk6", "psr_intention", "award_decision"}, context), parties);
    Json awards = Json::array();
    for (const auto& contract : process.contracts) {
        awards.push_back(awardOf(process, contract));
    }
    if (process.contracts.empty()) {
        awards = pendingAwards(process);
    }
    if (awards.empty()) {
        return releases;
    }
    award["awards"] = std::move(awards);
    releases.push_back(identified(std::move(award), "award", context));
    if (process.contracts.empty()) {
        return releases;
    }
    auto signing =
        release(process, context, "contract",
                releaseDate(process, {"signature", "uk7", "psr_award_notice"}, context), parties);
    Json contracts = Json::array();
    for (const auto& contract : process.contracts) {
        contracts.push_back(contractOf(process, contract, context.asAt));
    }
    signing["contracts"] = std::move(contracts);
    releases.push_back(identified(std::move(signing), "contract", context));
    Json performance = Json::array();
    for (const auto& contract : process.contracts) {
        if (auto entry = implementationOf(contract)) {
            performance.push_back(std::move(*entry));
        }
    }
    if (!performance.empty()) {
        auto implementation =
            release(process, context, "implementation", context.publishedAt, parties);
        implementation["contracts"] = std::move(performance);
        releases.push_back(identified(std::move(implementation), "implementation", context));
    }
    return releases;
}

} // namespace jointly::procurement
