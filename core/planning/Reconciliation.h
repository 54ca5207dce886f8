#pragma once

#include "Outcome.h"
#include "quantities/FinancialYear.h"

#include <cstdint>
#include <string>
#include <vector>

// Reconciling a year's budget: what the partners put in against what is
// allocated to care groups and services, and how a forecast overspend or
// underspend is shared between the partners under the agreement's risk-share
// rule. Pure functions of their arguments; nothing here touches a project file.
namespace jointly::planning {

// Whether a contribution goes into the pooled fund (one budget, managed by the
// host partner) or stays with its partner, aligned to shared aims.
enum class Funding { Pooled, Aligned };

// One line of a partner's contribution for the year. A partner may have
// several lines, some pooled and some aligned.
struct ContributionLine {
    std::int64_t partnerId = 0;
    std::string partnerName;
    std::int64_t pence = 0;
    Funding funding = Funding::Pooled;
};

// One allocation for the year to a service within a care group.
struct AllocationLine {
    std::int64_t careGroupId = 0;
    std::string service;
    std::int64_t pence = 0;
};

// A partner's contributions added up over its lines, in the order partners
// first appear among the lines.
struct PartnerTotal {
    std::int64_t partnerId = 0;
    std::string partnerName;
    std::int64_t pooledPence = 0;
    std::int64_t alignedPence = 0;
    std::int64_t totalPence = 0;
};

struct Reconciliation {
    quantities::FinancialYear year;
    std::vector<PartnerTotal> partners;
    std::int64_t pooledPence = 0;
    std::int64_t alignedPence = 0;
    std::int64_t contributedPence = 0; // pooled + aligned
    std::int64_t allocatedPence = 0;
    // Contributions minus allocations: positive is headroom (money not yet
    // allocated), negative is a shortfall (allocations exceed contributions).
    std::int64_t balancePence = 0;
    // "Allocations exceed contributions by £12,345.67 in 2026/27.",
    // "Contributions exceed allocations by £500.00 in 2026/27: that is the
    // headroom still to allocate." or "Allocations match contributions
    // exactly (£1,000.00) in 2026/27."
    std::string sentence;

    std::int64_t shortfallPence() const { return balancePence < 0 ? -balancePence : 0; }
    std::int64_t headroomPence() const { return balancePence > 0 ? balancePence : 0; }
};

// Adds up the year's contributions and allocations and compares them, to the
// penny. Refuses, with a sentence, a negative contribution or allocation, and
// totals too large to hold (over about £92 million billion).
Outcome<Reconciliation> reconcile(quantities::FinancialYear year,
                                  const std::vector<ContributionLine>& contributions,
                                  const std::vector<AllocationLine>& allocations);

// --- Risk share --------------------------------------------------------------

// How the agreement shares an overspend or underspend between partners.
enum class RiskShareKind {
    Fixed,        // an agreed percentage per partner, whatever they put in
    Proportional, // in proportion to what each partner put in that year
};

// For proportional shares: which contributions count.
enum class ProportionalBasis {
    AllContributions, // pooled and aligned
    PooledOnly,       // only the pooled fund
};

// A partner's fixed share in basis points: 10,000 is 100%, 3,350 is 33.50%.
struct FixedShare {
    std::int64_t partnerId = 0;
    std::string partnerName;
    std::int64_t basisPoints = 0;
};

struct RiskShareRule {
    RiskShareKind kind = RiskShareKind::Proportional;
    // Used when kind is Fixed; the shares must add up to exactly 10,000.
    std::vector<FixedShare> fixedShares;
    // Used when kind is Proportional.
    ProportionalBasis basis = ProportionalBasis::AllContributions;
};

struct PartnerPortion {
    std::int64_t partnerId = 0;
    std::string partnerName;
    std::int64_t pence = 0;
};

// Shares a forecast variance between the partners: positive for an
// overspend (each partner's extra cost), negative for an underspend (each
// partner's money back). Each partner's part is to the penny and the parts
// add up to exactly the variance, by apportion() (largest remainder; ties to
// the larger share, then to the earlier partner). Fixed shares come back in
// the order of rule.fixedShares; proportional ones in the order of
// reconciliation.partners, weighted by each partner's contributions in pence.
// Refuses, with a sentence: fixed shares that are negative or do not add up
// to exactly 100.00% (saying by how much they miss), a partner named twice
// among the fixed shares, and proportional shares when nothing was
// contributed.
Outcome<std::vector<PartnerPortion>> shareVariance(std::int64_t variancePence,
                                                   const RiskShareRule& rule,
                                                   const Reconciliation& reconciliation);

// "Westshire County Council bears £1,234.56 of the £3,000.00 overspend in
// 2026/27." or "... gets back £100.00 of the £300.00 underspend in 2026/27."
std::string describePortion(const PartnerPortion& portion, std::int64_t variancePence,
                            quantities::FinancialYear year);

} // namespace jointly::planning
