#include "planning/Reconciliation.h"

#include "quantities/Apportion.h"
#include "quantities/Int128.h"
#include "quantities/Money.h"
#include "quantities/Share.h"

#include <cstddef>
#include <limits>
#include <set>

namespace jointly::planning {

namespace {

using quantities::formatPounds;

constexpr quantities::Int128 kMaxPence = std::numeric_limits<std::int64_t>::max();

// A running total that notices when it no longer fits in 64 bits.
class Total {
public:
    void add(std::int64_t pence) { sum_ += pence; }
    bool fits() const { return sum_ <= kMaxPence && sum_ >= -kMaxPence; }
    std::int64_t pence() const { return static_cast<std::int64_t>(sum_); }

private:
    quantities::Int128 sum_ = 0;
};

std::string nameOrDefault(const std::string& name, std::int64_t id) {
    return name.empty() ? "Partner " + std::to_string(id) : name;
}

// "£1.00" for -100 pence; works for the most negative amount too.
std::string unsignedPounds(std::int64_t pence) {
    std::string text = quantities::formatPounds(pence);
    if (!text.empty() && text.front() == '-') {
        text.erase(0, 1);
    }
    return text;
}

Error tooLarge(quantities::FinancialYear year) {
    return Error{ErrorKind::Invalid, "The totals for " + quantities::formatFinancialYear(year) +
                                         " are too large to add up; check the amounts."};
}

} // namespace

Outcome<Reconciliation> reconcile(quantities::FinancialYear year,
                                  const std::vector<ContributionLine>& contributions,
                                  const std::vector<AllocationLine>& allocations) {
    Reconciliation result;
    result.year = year;
    const std::string inYear = " in " + quantities::formatFinancialYear(year);

    // Running totals per partner (pooled, aligned, both) and for everyone.
    struct Running {
        Total pooled;
        Total aligned;
        Total both;
    };
    std::vector<Running> running;
    Total pooled;
    Total aligned;
    Total contributed;
    for (const auto& line : contributions) {
        if (line.pence < 0) {
            return Error{ErrorKind::Invalid, nameOrDefault(line.partnerName, line.partnerId) +
                                                 "'s contribution" + inYear + " is negative (" +
                                                 quantities::formatPounds(line.pence) +
                                                 "); contributions must be zero or more."};
        }
        std::size_t index = 0;
        while (index < result.partners.size() &&
               result.partners[index].partnerId != line.partnerId) {
            ++index;
        }
        if (index == result.partners.size()) {
            PartnerTotal partner;
            partner.partnerId = line.partnerId;
            partner.partnerName = line.partnerName;
            result.partners.push_back(partner);
            running.emplace_back();
        }
        if (line.funding == Funding::Pooled) {
            running[index].pooled.add(line.pence);
            pooled.add(line.pence);
        } else {
            running[index].aligned.add(line.pence);
            aligned.add(line.pence);
        }
        running[index].both.add(line.pence);
        contributed.add(line.pence);
    }
    // The totals for everyone are at least as large as any partner's, so if
    // they fit, so do the partners'.
    if (!pooled.fits() || !aligned.fits() || !contributed.fits()) {
        return tooLarge(year);
    }
    for (std::size_t i = 0; i < running.size(); ++i) {
        result.partners[i].pooledPence = running[i].pooled.pence();
        result.partners[i].alignedPence = running[i].aligned.pence();
        result.partners[i].totalPence = running[i].both.pence();
    }

    Total allocated;
    for (const auto& line : allocations) {
        if (line.pence < 0) {
            const std::string service = line.service.empty() ? "A service" : line.service;
            return Error{ErrorKind::Invalid, service + "'s allocation" + inYear + " is negative (" +
                                                 quantities::formatPounds(line.pence) +
                                                 "); allocations must be zero or more."};
        }
        allocated.add(line.pence);
    }
    if (!allocated.fits()) {
        return tooLarge(year);
    }

    result.pooledPence = pooled.pence();
    result.alignedPence = aligned.pence();
    result.contributedPence = contributed.pence();
    result.allocatedPence = allocated.pence();
    // Both are between 0 and the largest 64-bit number, so the difference fits.
    result.balancePence = result.contributedPence - result.allocatedPence;

    if (result.balancePence < 0) {
        result.sentence = "Allocations exceed contributions by " +
                          quantities::formatPounds(result.shortfallPence()) + inYear + ".";
    } else if (result.balancePence > 0) {
        result.sentence = "Contributions exceed allocations by " +
                          quantities::formatPounds(result.headroomPence()) + inYear +
                          ": that is the headroom still to allocate.";
    } else {
        result.sentence = "Allocations match contributions exactly (" +
                          quantities::formatPounds(result.contributedPence) + ")" + inYear + ".";
    }
    return result;
}

Outcome<std::vector<PartnerPortion>> shareVariance(std::int64_t variancePence,
                                                   const RiskShareRule& rule,
                                                   const Reconciliation& reconciliation) {
    std::vector<PartnerPortion> portions;
    std::vector<std::int64_t> shares;
    const std::string inYear = " in " + quantities::formatFinancialYear(reconciliation.year);

    if (rule.kind == RiskShareKind::Fixed) {
        if (rule.fixedShares.empty()) {
            return Error{ErrorKind::Invalid,
                         "The risk share is fixed, but no partner has a fixed share."};
        }
        std::set<std::int64_t> seen;
        std::int64_t sum = 0;
        for (const auto& share : rule.fixedShares) {
            const std::string name = nameOrDefault(share.partnerName, share.partnerId);
            if (share.basisPoints < 0 || share.basisPoints > 10000) {
                return Error{ErrorKind::Invalid,
                             name + "'s fixed risk share (" +
                                 quantities::formatBasisPoints(share.basisPoints) +
                                 ") must be between 0.00% and 100.00%."};
            }
            if (!seen.insert(share.partnerId).second) {
                return Error{ErrorKind::Invalid,
                             name + " has more than one fixed risk share; give each partner one."};
            }
            // Each share is at most 10,000, so the sum cannot overflow.
            sum += share.basisPoints;
            portions.push_back({share.partnerId, share.partnerName, 0});
            shares.push_back(share.basisPoints);
        }
        if (sum != 10000) {
            const std::int64_t miss = sum < 10000 ? 10000 - sum : sum - 10000;
            return Error{ErrorKind::Invalid,
                         "The fixed risk shares add up to " + quantities::formatBasisPoints(sum) +
                             ", not 100.00%: " + quantities::formatBasisPoints(miss) +
                             (sum < 10000 ? " short." : " over.")};
        }
    } else {
        const bool pooledOnly = rule.basis == ProportionalBasis::PooledOnly;
        bool anything = false;
        for (const auto& partner : reconciliation.partners) {
            const std::int64_t weight = pooledOnly ? partner.pooledPence : partner.totalPence;
            anything = anything || weight > 0;
            portions.push_back({partner.partnerId, partner.partnerName, 0});
            shares.push_back(weight);
        }
        if (!anything) {
            return Error{ErrorKind::Invalid,
                         std::string("Nothing was contributed") +
                             (pooledOnly ? " to the pooled fund" : "") + inYear +
                             ", so there is nothing to share the variance in proportion to."};
        }
    }

    auto parts = quantities::apportion(variancePence, shares);
    if (!parts) {
        return parts.error();
    }
    for (std::size_t i = 0; i < portions.size(); ++i) {
        portions[i].pence = parts.value()[i];
    }
    return portions;
}

std::string describePortion(const PartnerPortion& portion, std::int64_t variancePence,
                            quantities::FinancialYear year) {
    const std::string name = nameOrDefault(portion.partnerName, portion.partnerId);
    const std::string inYear = " in " + quantities::formatFinancialYear(year) + ".";
    if (variancePence >= 0) {
        return name + " bears " + quantities::formatPounds(portion.pence) + " of the " +
               quantities::formatPounds(variancePence) + " overspend" + inYear;
    }
    // An underspend: say it in positive amounts of money coming back.
    return name + " gets back " + unsignedPounds(portion.pence) + " of the " +
           unsignedPounds(variancePence) + " underspend" + inYear;
}

} // namespace jointly::planning
