#include "procurement/PlanFunding.h"

#include "procurement/ContractRegister.h"
#include "quantities/Apportion.h"
#include "quantities/FinancialYear.h"
#include "quantities/Money.h"
#include "storage/Database.h"
#include "util/Text.h"

#include <map>
#include <set>

namespace jointly::procurement {

namespace {

struct Contribution {
    std::int64_t partnerId = 0;
    std::string partner;
    std::int64_t pence = 0;
};

// Each partner's contributions in a year, added up, in the order of the
// partners' ids; partners whose total would overflow are left out.
std::map<std::int64_t, std::vector<Contribution>> contributionsByYear(storage::Database& db) {
    auto rows = db.prepare("SELECT c.year, c.partner_id, coalesce(p.name, ''), c.amount_pence "
                           "FROM contribution c LEFT JOIN partner_organisation p ON p.id = "
                           "c.partner_id WHERE c.year IS NOT NULL AND c.amount_pence IS NOT NULL "
                           "ORDER BY c.year, c.partner_id, c.id");
    std::map<std::int64_t, std::vector<Contribution>> years;
    std::set<std::pair<std::int64_t, std::int64_t>> overflowed;
    while (rows.step()) {
        if (overflowed.count({rows.int64(0), rows.int64(1)}) != 0) {
            continue;
        }
        auto& partners = years[rows.int64(0)];
        if (partners.empty() || partners.back().partnerId != rows.int64(1)) {
            const auto name = rows.text(2);
            partners.push_back({rows.int64(1), name.empty() ? "unnamed partner" : name, 0});
        }
        auto& last = partners.back();
        if (__builtin_add_overflow(last.pence, rows.int64(3), &last.pence)) {
            overflowed.insert({rows.int64(0), rows.int64(1)});
            partners.pop_back();
        }
    }
    return years;
}

// What the plan allocates to each contract, year by year.
std::map<std::int64_t, std::map<std::int64_t, std::int64_t>>
allocationsByContract(storage::Database& db) {
    auto rows = db.prepare("SELECT contract_id, year, amount_pence FROM allocation WHERE "
                           "contract_id IS NOT NULL AND year IS NOT NULL AND amount_pence IS NOT "
                           "NULL ORDER BY contract_id, year, id");
    std::map<std::int64_t, std::map<std::int64_t, std::int64_t>> planned;
    std::vector<std::pair<std::int64_t, std::int64_t>> overflowed;
    while (rows.step()) {
        auto& sum = planned[rows.int64(0)][rows.int64(1)];
        if (__builtin_add_overflow(sum, rows.int64(2), &sum)) {
            overflowed.emplace_back(rows.int64(0), rows.int64(1));
        }
    }
    // A damaged file's amounts too large to add up: that year is not counted
    // at all, rather than shown as a partial total.
    for (const auto& [contract, year] : overflowed) {
        planned[contract].erase(year);
    }
    return planned;
}

// A contract's value rows for the same year, added together (the register
// lists each row); a year whose sum would overflow is left out.
std::map<std::int64_t, ContractYear> contractYears(const ContractSummary& contract) {
    std::map<std::int64_t, ContractYear> years;
    std::map<std::int64_t, bool> overflowed;
    for (const auto& row : contract.years) {
        auto [found, added] = years.try_emplace(row.year, row);
        if (added) {
            continue;
        }
        auto& sum = found->second;
        bool overflow = __builtin_add_overflow(sum.valuePence, row.valuePence, &sum.valuePence);
        if (sum.byFunder.size() == row.byFunder.size()) {
            for (std::size_t f = 0; f < row.byFunder.size(); ++f) {
                overflow = overflow || __builtin_add_overflow(sum.byFunder[f], row.byFunder[f],
                                                              &sum.byFunder[f]);
            }
        } else {
            sum.byFunder.clear();
        }
        overflowed[row.year] = overflowed[row.year] || overflow;
    }
    for (const auto& [year, overflow] : overflowed) {
        if (overflow) {
            years.erase(year);
        }
    }
    return years;
}

std::string sentenceFor(const FundingYear& year, const std::string& contract) {
    const bool known =
        year.year >= quantities::kEarliestStartYear && year.year <= quantities::kLatestStartYear;
    const auto when = known ? quantities::formatFinancialYear({static_cast<int>(year.year)})
                            : "the year " + std::to_string(year.year);
    const auto name = util::curlyQuoted(contract);
    if (year.plannedPence == 0) {
        return "In " + when + " " + name + " costs " +
               quantities::formatPounds(year.contractPence) +
               " and the plan allocates nothing to it yet.";
    }
    const auto start = "In " + when + " the plan allocates " +
                       quantities::formatPounds(year.plannedPence) + " to " + name;
    if (year.matches()) {
        bool partsDiffer = false;
        for (const auto& partner : year.partners) {
            partsDiffer = partsDiffer || (partner.plannedPence && partner.contractPence &&
                                          *partner.plannedPence != *partner.contractPence);
        }
        return start + ", exactly what the contract costs" +
               (partsDiffer ? ", though not in the co-funders' shares." : ".");
    }
    if (year.contractPence == 0) {
        return start + ", a year the contract has no value in.";
    }
    const bool less = year.plannedPence < year.contractPence;
    const auto gap =
        less ? year.contractPence - year.plannedPence : year.plannedPence - year.contractPence;
    return start + ", " + quantities::formatPounds(gap) + (less ? " less" : " more") +
           " than the contract costs (" + quantities::formatPounds(year.contractPence) + ").";
}

void splitByPartner(FundingYear& year, const std::vector<Contribution>& contributions,
                    const ContractSummary& contract, const ContractYear* contractYear) {
    std::vector<std::int64_t> weights;
    for (const auto& each : contributions) {
        weights.push_back(each.pence);
    }
    std::vector<std::int64_t> planned;
    if (!weights.empty()) {
        if (auto parts = quantities::apportion(year.plannedPence, weights); parts.ok()) {
            planned = parts.value();
        }
    }
    for (std::size_t i = 0; i < contributions.size(); ++i) {
        PartnerFunding line{contributions[i].partnerId, contributions[i].partner, {}, {}};
        if (!planned.empty()) {
            line.plannedPence = planned[i];
        }
        year.partners.push_back(line);
    }
    for (std::size_t f = 0; f < contract.funders.size(); ++f) {
        const auto& funder = contract.funders[f];
        PartnerFunding* line = nullptr;
        for (auto& each : year.partners) {
            if (funder.partnerId && each.partnerId == funder.partnerId) {
                line = &each;
            }
        }
        if (line == nullptr) {
            year.partners.push_back(
                {funder.partnerId,
                 funder.partner,
                 planned.empty() ? std::nullopt : std::optional<std::int64_t>(0),
                 {}});
            line = &year.partners.back();
        }
        const bool split = contractYear == nullptr || !contractYear->byFunder.empty();
        if (split) {
            line->contractPence =
                line->contractPence.value_or(0) + (contractYear ? contractYear->byFunder[f] : 0);
        }
    }
    // A contributor who is not a co-funder pays nothing under the contract,
    // once the contract's shares are known.
    const bool sharesKnown = contractYear == nullptr || !contractYear->byFunder.empty();
    for (auto& line : year.partners) {
        if (sharesKnown && !contract.funders.empty() && !line.contractPence) {
            line.contractPence = 0;
        }
    }
}

} // namespace

std::vector<PlanFunding> reconcilePlanWithContracts(storage::Database& db) {
    const auto planned = allocationsByContract(db);
    if (planned.empty()) {
        return {};
    }
    const auto contributions = contributionsByYear(db);
    std::vector<PlanFunding> reconciled;
    for (const auto& contract : contractRegister(db, "2000-01-01", 0)) {
        const auto found = planned.find(contract.id);
        if (found == planned.end()) {
            continue;
        }
        PlanFunding funding{contract.id, contract.name, {}};
        const auto summed = contractYears(contract);
        std::map<std::int64_t, const ContractYear*> values;
        for (const auto& [year, value] : summed) {
            values[year] = &value;
        }
        std::map<std::int64_t, bool> years;
        for (const auto& [year, _] : found->second) {
            years[year] = true;
        }
        for (const auto& [year, _] : values) {
            years[year] = true;
        }
        for (const auto& [year, _] : years) {
            FundingYear line;
            line.year = year;
            const auto plan = found->second.find(year);
            line.plannedPence = plan == found->second.end() ? 0 : plan->second;
            const auto value = values.find(year);
            const ContractYear* contractYear = value == values.end() ? nullptr : value->second;
            line.contractPence = contractYear ? contractYear->valuePence : 0;
            const auto partners = contributions.find(year);
            splitByPartner(line,
                           partners == contributions.end() ? std::vector<Contribution>()
                                                           : partners->second,
                           contract, contractYear);
            line.sentence = sentenceFor(line, contract.name);
            funding.years.push_back(std::move(line));
        }
        reconciled.push_back(std::move(funding));
    }
    return reconciled;
}

} // namespace jointly::procurement
