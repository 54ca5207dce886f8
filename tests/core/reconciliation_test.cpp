#include "planning/Reconciliation.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

using namespace jointly::planning;
namespace quantities = jointly::quantities;

namespace {

const quantities::FinancialYear k2026{2026};
constexpr std::int64_t kCouncil = 1;
constexpr std::int64_t kIcb = 2;
constexpr std::int64_t kPublicHealth = 3;

// The council puts £150m into the pool and aligns £32.4m (£182.4m in all);
// the ICB pools £131.6m; public health aligns £16m. £330m altogether:
// £281.6m pooled and £48.4m aligned.
std::vector<ContributionLine> contributions() {
    return {
        {kCouncil, "Westshire County Council", 15000000000, Funding::Pooled},
        {kIcb, "NHS Westshire ICB", 13160000000, Funding::Pooled},
        {kCouncil, "Westshire County Council", 3240000000, Funding::Aligned},
        {kPublicHealth, "Westshire Public Health", 1600000000, Funding::Aligned},
    };
}

// £330,012,345.67 allocated: 12,345,678,901 + 4,000,000,000 + 10,655,555,666
// + 6,000,000,000 = 33,001,234,567p, which is 1,234,567p more than the
// 33,000,000,000p contributed.
std::vector<AllocationLine> allocations() {
    return {
        {10, "Home care", 12345678901},
        {10, "Reablement", 4000000000},
        {20, "Supported living", 10655555666},
        {30, "Crisis support", 6000000000},
    };
}

Reconciliation reconciled(const std::vector<ContributionLine>& lines,
                          const std::vector<AllocationLine>& allocated) {
    auto result = reconcile(k2026, lines, allocated);
    REQUIRE(result.ok());
    return result.value();
}

std::vector<std::int64_t> pence(const std::vector<PartnerPortion>& portions) {
    std::vector<std::int64_t> result;
    for (const auto& portion : portions) {
        result.push_back(portion.pence);
    }
    return result;
}

std::vector<std::int64_t> shared(std::int64_t variance, const RiskShareRule& rule,
                                 const Reconciliation& reconciliation) {
    auto portions = shareVariance(variance, rule, reconciliation);
    REQUIRE(portions.ok());
    return pence(portions.value());
}

std::string refusal(std::int64_t variance, const RiskShareRule& rule,
                    const Reconciliation& reconciliation) {
    auto portions = shareVariance(variance, rule, reconciliation);
    REQUIRE_FALSE(portions.ok());
    return portions.error().message;
}

RiskShareRule fixedRule(std::int64_t council, std::int64_t icb, std::int64_t publicHealth) {
    RiskShareRule rule;
    rule.kind = RiskShareKind::Fixed;
    rule.fixedShares = {{kCouncil, "Westshire County Council", council},
                        {kIcb, "NHS Westshire ICB", icb},
                        {kPublicHealth, "Westshire Public Health", publicHealth}};
    return rule;
}

} // namespace

TEST_CASE("reconcile adds up contributions by partner and by funding, and finds a shortfall",
          "[money]") {
    const auto result = reconciled(contributions(), allocations());
    REQUIRE(result.partners.size() == 3);
    CHECK(result.partners[0].partnerId == kCouncil);
    CHECK(result.partners[0].pooledPence == 15000000000);
    CHECK(result.partners[0].alignedPence == 3240000000);
    CHECK(result.partners[0].totalPence == 18240000000);
    CHECK(result.partners[1].partnerId == kIcb);
    CHECK(result.partners[1].totalPence == 13160000000);
    CHECK(result.partners[2].partnerId == kPublicHealth);
    CHECK(result.partners[2].pooledPence == 0);
    CHECK(result.partners[2].alignedPence == 1600000000);
    CHECK(result.pooledPence == 28160000000);
    CHECK(result.alignedPence == 4840000000);
    CHECK(result.contributedPence == 33000000000);
    CHECK(result.allocatedPence == 33001234567);
    CHECK(result.balancePence == -1234567);
    CHECK(result.shortfallPence() == 1234567);
    CHECK(result.headroomPence() == 0);
    CHECK(result.sentence == "Allocations exceed contributions by £12,345.67 in 2026/27.");
}

TEST_CASE("reconcile finds headroom, or an exact match", "[money]") {
    auto fewer = allocations();
    fewer[0].pence -= 1284567; // now £500.00 less is allocated than contributed
    const auto headroom = reconciled(contributions(), fewer);
    CHECK(headroom.balancePence == 50000);
    CHECK(headroom.headroomPence() == 50000);
    CHECK(headroom.shortfallPence() == 0);
    CHECK(headroom.sentence == "Contributions exceed allocations by £500.00 in 2026/27: that is "
                               "the headroom still to allocate.");

    auto exact = allocations();
    exact[0].pence -= 1234567;
    const auto matched = reconciled(contributions(), exact);
    CHECK(matched.balancePence == 0);
    CHECK(matched.sentence ==
          "Allocations match contributions exactly (£330,000,000.00) in 2026/27.");

    const auto empty = reconciled({}, {});
    CHECK(empty.partners.empty());
    CHECK(empty.sentence == "Allocations match contributions exactly (£0.00) in 2026/27.");

    const auto nothingAllocated = reconciled(contributions(), {});
    CHECK(nothingAllocated.headroomPence() == 33000000000);
}

TEST_CASE("reconcile refuses negative amounts and totals too large to hold", "[money]") {
    auto lines = contributions();
    lines[1].pence = -1;
    auto negative = reconcile(k2026, lines, allocations());
    REQUIRE_FALSE(negative.ok());
    CHECK(negative.error().message == "NHS Westshire ICB's contribution in 2026/27 is negative "
                                      "(-£0.01); contributions must be zero or more.");

    auto allocated = allocations();
    allocated[3].pence = -500;
    auto negativeAllocation = reconcile(k2026, contributions(), allocated);
    REQUIRE_FALSE(negativeAllocation.ok());
    CHECK(negativeAllocation.error().message ==
          "Crisis support's allocation in 2026/27 is negative (-£5.00); allocations must be "
          "zero or more.");

    const std::int64_t most = std::numeric_limits<std::int64_t>::max();
    auto huge = reconcile(
        k2026, {{kCouncil, "A", most, Funding::Pooled}, {kIcb, "B", 1, Funding::Aligned}}, {});
    REQUIRE_FALSE(huge.ok());
    CHECK(huge.error().message ==
          "The totals for 2026/27 are too large to add up; check the amounts.");
    // The largest amount on its own still fits.
    CHECK(reconcile(k2026, {{kCouncil, "A", most, Funding::Pooled}}, {{1, "S", most}})
              .value()
              .balancePence == 0);
}

TEST_CASE("a shortfall shared in proportion to all contributions, to the penny", "[money]") {
    // Contributions of 18,240,000,000 : 13,160,000,000 : 1,600,000,000 are
    // 456 : 329 : 40 out of 825. The £12,345.67 overspend:
    //   1,234,567 x 456 / 825 = 682,378 remainder 702
    //   1,234,567 x 329 / 825 = 492,330 remainder 293
    //   1,234,567 x  40 / 825 =  59,857 remainder 655
    // 1,234,565 in whole pence; the 2p left go to remainders 702 and 655.
    const auto reconciliation = reconciled(contributions(), allocations());
    RiskShareRule rule; // proportional to all contributions
    const auto parts = shared(reconciliation.shortfallPence(), rule, reconciliation);
    CHECK(parts == std::vector<std::int64_t>{682379, 492330, 59858});
    CHECK(parts[0] + parts[1] + parts[2] == 1234567);

    auto portions = shareVariance(1234567, rule, reconciliation).value();
    CHECK(portions[1].partnerName == "NHS Westshire ICB");
    CHECK(describePortion(portions[1], 1234567, k2026) ==
          "NHS Westshire ICB bears £4,923.30 of the £12,345.67 overspend in 2026/27.");

    // An underspend of the same size is the mirror image.
    CHECK(shared(-1234567, rule, reconciliation) ==
          std::vector<std::int64_t>{-682379, -492330, -59858});
    // Nothing to share.
    CHECK(shared(0, rule, reconciliation) == std::vector<std::int64_t>{0, 0, 0});
}

TEST_CASE("a shortfall shared in proportion to pooled contributions only", "[money]") {
    // Pooled: 15,000,000,000 : 13,160,000,000 : 0, that is 375 : 329 : 0 of 704.
    //   1,234,567 x 375 / 704 = 462,962,625 / 704 = 657,617 remainder 257
    //   1,234,567 x 329 / 704 = 406,172,543 / 704 = 576,949 remainder 447
    // 1,234,566 in whole pence; the 1p left goes to remainder 447. Public
    // health pooled nothing and bears nothing.
    const auto reconciliation = reconciled(contributions(), allocations());
    RiskShareRule rule;
    rule.basis = ProportionalBasis::PooledOnly;
    CHECK(shared(1234567, rule, reconciliation) == std::vector<std::int64_t>{657617, 576950, 0});
}

TEST_CASE("an underspend shared by fixed shares, to the penny", "[money]") {
    // 55% / 40% / 5% of an underspend of £1,234,567.89:
    //   123,456,789 x 5,500 / 10,000 = 67,901,233.95
    //   123,456,789 x 4,000 / 10,000 = 49,382,715.60
    //   123,456,789 x   500 / 10,000 =  6,172,839.45
    // Rounded down 123,456,787; the 2p left go to .95 and .60.
    const auto reconciliation = reconciled(contributions(), allocations());
    const auto rule = fixedRule(5500, 4000, 500);
    const auto portions = shareVariance(-123456789, rule, reconciliation).value();
    CHECK(pence(portions) == std::vector<std::int64_t>{-67901234, -49382716, -6172839});
    CHECK(describePortion(portions[0], -123456789, k2026) ==
          "Westshire County Council gets back £679,012.34 of the £1,234,567.89 underspend in "
          "2026/27.");

    // A third each, near enough: 33.33%, 33.33%, 33.34% of £2.00 is 66.66p,
    // 66.66p and 66.68p. The first penny over goes to the third partner
    // (remainder .68), the second to the earlier of the two equal ones.
    CHECK(shared(200, fixedRule(3333, 3333, 3334), reconciliation) ==
          std::vector<std::int64_t>{67, 66, 67});
    // All of it to one partner.
    CHECK(shared(99999, fixedRule(0, 10000, 0), reconciliation) ==
          std::vector<std::int64_t>{0, 99999, 0});
}

TEST_CASE("risk shares that cannot be applied are refused with a sentence", "[money]") {
    const auto reconciliation = reconciled(contributions(), allocations());
    CHECK(refusal(100, fixedRule(5500, 4000, 400), reconciliation) ==
          "The fixed risk shares add up to 99.00%, not 100.00%: 1.00% short.");
    CHECK(refusal(100, fixedRule(5500, 4000, 501), reconciliation) ==
          "The fixed risk shares add up to 100.01%, not 100.00%: 0.01% over.");
    CHECK(refusal(100, fixedRule(10500, -500, 0), reconciliation) ==
          "Westshire County Council's fixed risk share (105.00%) must be between 0.00% and "
          "100.00%.");
    CHECK(refusal(100, fixedRule(5000, 5500, -500), reconciliation) ==
          "Westshire Public Health's fixed risk share (-5.00%) must be between 0.00% and "
          "100.00%.");

    auto twice = fixedRule(5000, 5000, 0);
    twice.fixedShares[2].partnerId = kCouncil;
    CHECK(refusal(100, twice, reconciliation) ==
          "Westshire Public Health has more than one fixed risk share; give each partner one.");

    RiskShareRule noShares;
    noShares.kind = RiskShareKind::Fixed;
    CHECK(refusal(100, noShares, reconciliation) ==
          "The risk share is fixed, but no partner has a fixed share.");

    RiskShareRule proportional;
    CHECK(refusal(100, proportional, reconciled({}, {})) ==
          "Nothing was contributed in 2026/27, so there is nothing to share the variance in "
          "proportion to.");
    proportional.basis = ProportionalBasis::PooledOnly;
    const auto alignedOnly =
        reconciled({{kPublicHealth, "Westshire Public Health", 500, Funding::Aligned}}, {});
    CHECK(refusal(100, proportional, alignedOnly) ==
          "Nothing was contributed to the pooled fund in 2026/27, so there is nothing to share "
          "the variance in proportion to.");
}
