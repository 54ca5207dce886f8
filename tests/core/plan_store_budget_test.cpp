#include "core/PlanStoreTestSupport.h"

#include "needs/NeedsKinds.h"
#include "partnership/PartnershipKinds.h"
#include "planning/PlanStore.h"
#include "planning/PlanningKinds.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

using namespace jointly;
using namespace jointly::planning;
namespace quantities = jointly::quantities;
using jointly::testing::number;
using jointly::testing::PlanProject;
using jointly::testing::text;

namespace {

struct Budget : PlanProject {
    std::int64_t council = partner("Westshire County Council");
    std::int64_t icb = partner("NHS Westshire ICB");

    std::int64_t partner(const char* name) {
        return add(partnership::partnerOrganisation(), {{"name", text(name)}});
    }
    void contribute(std::int64_t partnerId, std::int64_t year, const char* funding,
                    std::int64_t pence) {
        add(contribution(), {{"partner_id", number(partnerId)},
                             {"year", number(year)},
                             {"funding", text(funding)},
                             {"amount_pence", number(pence)}});
    }
    void allocate(std::int64_t year, const records::FieldValues& more, std::int64_t pence) {
        records::FieldValues values = {{"year", number(year)}, {"amount_pence", number(pence)}};
        values.insert(values.end(), more.begin(), more.end());
        add(allocation(), values);
    }
    void forecast(std::int64_t year, std::int64_t pence) {
        add(budgetForecast(), {{"year", number(year)}, {"variance_pence", number(pence)}});
    }
};

} // namespace

TEST_CASE("a year's contributions and allocations are reconciled to the penny", "[plan-store]") {
    Budget f;
    auto reablement = f.add(needs::service(), {{"name", text("Reablement")}});
    // 2026/27: the council pools £600,000.00 and aligns £150,000.00; the ICB
    // pools £250,000.50. £850,000.50 pooled + £150,000.00 aligned =
    // £1,000,000.50; £700,000.00 + £200,000.00 allocated = £900,000.00, so
    // £100,000.50 of headroom.
    f.contribute(f.icb, 2026, "pooled", 25000050);
    f.contribute(f.council, 2026, "pooled", 60000000);
    f.contribute(f.council, 2026, "aligned", 15000000);
    f.allocate(2026, {{"service_id", number(reablement)}}, 70000000);
    f.allocate(2026, {{"line", text("Falls clinic")}}, 20000000);
    // 2027/28: £1,000.00 in, £1,500.50 out.
    f.contribute(f.icb, 2027, "pooled", 100000);
    f.allocate(2027, {{"line", text("Night sitting")}}, 150050);

    auto loaded = loadReconciliation(f.db(), quantities::FinancialYear{2026});
    REQUIRE(loaded.ok());
    const auto& r = loaded.value();
    REQUIRE(r.partners.size() == 2);
    // Partners in id order, whatever order their lines were added in.
    CHECK(r.partners[0].partnerId == f.council);
    CHECK(r.partners[0].partnerName == "Westshire County Council");
    CHECK(r.partners[0].pooledPence == 60000000);
    CHECK(r.partners[0].alignedPence == 15000000);
    CHECK(r.partners[0].totalPence == 75000000);
    CHECK(r.partners[1].partnerId == f.icb);
    CHECK(r.partners[1].totalPence == 25000050);
    CHECK(r.pooledPence == 85000050);
    CHECK(r.alignedPence == 15000000);
    CHECK(r.contributedPence == 100000050);
    CHECK(r.allocatedPence == 90000000);
    CHECK(r.balancePence == 10000050);
    CHECK(r.headroomPence() == 10000050);
    CHECK(r.shortfallPence() == 0);
    CHECK(r.sentence == "Contributions exceed allocations by £100,000.50 in 2026/27: that is "
                        "the headroom still to allocate.");

    auto next = loadReconciliation(f.db(), quantities::FinancialYear{2027});
    REQUIRE(next.ok());
    CHECK(next.value().partners.size() == 1);
    CHECK(next.value().shortfallPence() == 50050);
    CHECK(next.value().sentence == "Allocations exceed contributions by £500.50 in 2027/28.");

    auto empty = loadReconciliation(f.db(), quantities::FinancialYear{2030});
    REQUIRE(empty.ok());
    CHECK(empty.value().partners.empty());
    CHECK(empty.value().balancePence == 0);
}

TEST_CASE("the risk-share rule is read from the agreement and the partners", "[plan-store]") {
    Budget f;
    auto proportional = loadRiskShareRule(f.db());
    CHECK(proportional.kind == RiskShareKind::Proportional);
    CHECK(proportional.basis == ProportionalBasis::AllContributions);
    CHECK(proportional.fixedShares.empty());

    auto publicHealth = f.partner("Westshire Public Health");
    f.set(partnership::partnerOrganisation(), publicHealth, "fixed_risk_share_bp", number(4000));
    f.set(partnership::partnerOrganisation(), f.council, "fixed_risk_share_bp", number(6000));
    f.set(partnership::agreement(), 1, "risk_share_rule", text("fixed"));
    auto fixed = loadRiskShareRule(f.db());
    CHECK(fixed.kind == RiskShareKind::Fixed);
    REQUIRE(fixed.fixedShares.size() == 2);
    CHECK(fixed.fixedShares[0].partnerId == f.council);
    CHECK(fixed.fixedShares[0].partnerName == "Westshire County Council");
    CHECK(fixed.fixedShares[0].basisPoints == 6000);
    CHECK(fixed.fixedShares[1].partnerId == publicHealth);
    CHECK(fixed.fixedShares[1].basisPoints == 4000);

    // £1,000.01 overspend at 60% / 40%: 60,000.6p and 40,000.4p, so the
    // council's larger remainder takes the odd penny.
    f.contribute(f.icb, 2026, "pooled", 100);
    f.forecast(2026, 100001);
    auto reconciliation = loadReconciliation(f.db(), quantities::FinancialYear{2026});
    REQUIRE(reconciliation.ok());
    auto variance = forecastVariance(f.db(), quantities::FinancialYear{2026});
    REQUIRE(variance == 100001);
    auto shares = shareVariance(*variance, fixed, reconciliation.value());
    REQUIRE(shares.ok());
    REQUIRE(shares.value().size() == 2);
    CHECK(shares.value()[0].pence == 60001);
    CHECK(shares.value()[1].pence == 40000);
}

TEST_CASE("the forecast variance is the sum of the year's forecasts", "[plan-store]") {
    Budget f;
    CHECK_FALSE(forecastVariance(f.db(), quantities::FinancialYear{2026}).has_value());
    f.forecast(2026, 10000000);
    f.forecast(2026, -2500001);
    f.forecast(2027, 5);
    f.add(budgetForecast(), {{"year", number(2028)}});
    CHECK(forecastVariance(f.db(), quantities::FinancialYear{2026}) == 7499999);
    CHECK(forecastVariance(f.db(), quantities::FinancialYear{2027}) == 5);
    CHECK_FALSE(forecastVariance(f.db(), quantities::FinancialYear{2028}).has_value());
    f.forecast(2029, 0);
    CHECK(forecastVariance(f.db(), quantities::FinancialYear{2029}) == 0);
}

TEST_CASE("a loaded overspend is shared in proportion to the penny, the odd penny to the first",
          "[plan-store]") {
    Budget f;
    auto publicHealth = f.partner("Westshire Public Health");
    // Three equal contributions (one pooled, two aligned) added out of
    // partner order; a £1,000.00 overspend is 33,333.33p each, so the
    // earliest partner, the council, takes the odd penny.
    f.contribute(publicHealth, 2026, "aligned", 50000);
    f.contribute(f.icb, 2026, "pooled", 50000);
    f.contribute(f.council, 2026, "aligned", 50000);
    f.forecast(2026, 100000);
    f.forecast(2027, 999);

    auto reconciliation = loadReconciliation(f.db(), quantities::FinancialYear{2026});
    REQUIRE(reconciliation.ok());
    auto variance = forecastVariance(f.db(), quantities::FinancialYear{2026});
    REQUIRE(variance == 100000);
    auto shares = shareVariance(*variance, loadRiskShareRule(f.db()), reconciliation.value());
    REQUIRE(shares.ok());
    const auto& parts = shares.value();
    REQUIRE(parts.size() == 3);
    CHECK(parts[0].partnerId == f.council);
    CHECK(parts[0].pence == 33334);
    CHECK(parts[1].partnerId == f.icb);
    CHECK(parts[1].pence == 33333);
    CHECK(parts[2].partnerId == publicHealth);
    CHECK(parts[2].pence == 33333);
    CHECK(describePortion(parts[0], *variance, quantities::FinancialYear{2026}) ==
          "Westshire County Council bears £333.34 of the £1,000.00 overspend in 2026/27.");

    // The same as an underspend: the mirror image.
    auto back = shareVariance(-100000, loadRiskShareRule(f.db()), reconciliation.value());
    REQUIRE(back.ok());
    CHECK(back.value()[0].pence == -33334);
    CHECK(describePortion(back.value()[2], -100000, quantities::FinancialYear{2026}) ==
          "Westshire Public Health gets back £333.33 of the £1,000.00 underspend in 2026/27.");
}

TEST_CASE("the base year is the chosen one, else the earliest budget year, else this one",
          "[plan-store]") {
    Budget f;
    const std::chrono::year_month_day today{
        std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    const int calendarYear = static_cast<int>(today.year());
    const int thisYear = today.month() >= std::chrono::April ? calendarYear : calendarYear - 1;
    CHECK(baseYear(f.db()) == quantities::FinancialYear{thisYear});

    f.allocate(2031, {}, 100);
    CHECK(baseYear(f.db()) == quantities::FinancialYear{2031});
    f.contribute(f.icb, 2029, "pooled", 100);
    f.add(contribution(), {{"partner_id", number(f.icb)}});
    CHECK(baseYear(f.db()) == quantities::FinancialYear{2029});
    f.allocate(2027, {}, 1);
    CHECK(baseYear(f.db()) == quantities::FinancialYear{2027});

    f.set(budgetSettings(), 1, "budget_base_year", number(2035));
    CHECK(baseYear(f.db()) == quantities::FinancialYear{2035});
    REQUIRE(f.project->undo().ok());
    CHECK(baseYear(f.db()) == quantities::FinancialYear{2027});
}

TEST_CASE("a plan rolls forward a year, with its dates and the years in its title",
          "[plan-store]") {
    PlanProject f;
    const auto plan = [&](const char* title, std::optional<const char*> startsOn,
                          std::optional<const char*> refreshOn) {
        records::FieldValues values = {{"title", text(title)}};
        if (startsOn) {
            values.emplace_back("starts_on", text(*startsOn));
        }
        if (refreshOn) {
            values.emplace_back("next_refresh_on", text(*refreshOn));
        }
        return f.add(partnership::planDocument(), values);
    };
    const auto title = [&](std::int64_t id) {
        return f.queryText("SELECT title FROM plan_document WHERE id = ?1", id);
    };
    const auto starts = [&](std::int64_t id) {
        return f.queryText("SELECT starts_on FROM plan_document WHERE id = ?1", id);
    };
    const auto refresh = [&](std::int64_t id) {
        return f.queryText("SELECT next_refresh_on FROM plan_document WHERE id = ?1", id);
    };

    auto strategy = plan("Joint commissioning strategy 2028-2031", "2028-02-29", "2027-03-31");
    REQUIRE(rollPlanForward(*f.project, strategy).ok());
    CHECK(f.project->undoLabel() ==
          "Roll \u201CJoint commissioning strategy 2028-2031\u201D forward a year");
    CHECK(title(strategy) == "Joint commissioning strategy 2029-2032");
    CHECK(starts(strategy) == "2029-02-28");
    CHECK(refresh(strategy) == "2028-03-31");
    REQUIRE(f.project->undo().ok());
    CHECK(title(strategy) == "Joint commissioning strategy 2028-2031");
    CHECK(starts(strategy) == "2028-02-29");
    CHECK(refresh(strategy) == "2027-03-31");
    REQUIRE(f.project->redo().ok());
    CHECK(starts(strategy) == "2029-02-28");

    struct Case {
        const char* before;
        const char* after;
    };
    const std::vector<Case> titles = {
        {"Implementation plan 2026/27 to 2028/29", "Implementation plan 2027/28 to 2029/30"},
        {"Investment plan 2099/00", "Investment plan 2100/01"},
        {"Plan 2026-27 ", "Plan 2027-28 "},
        {"Carers 2026 \xE2\x80\x93 2029", "Carers 2027 \xE2\x80\x93 2030"},
        {"Strategy 2026 to 2030", "Strategy 2027 to 2031"},
        {"Refresh of 2026", "Refresh of 2026"},
        {"Plan 2030-2026", "Plan 2030-2026"},
        {"Plan A2026-2029", "Plan A2026-2029"},
        {"Plan 2026/28", "Plan 2026/28"},
    };
    for (const auto& item : titles) {
        auto id = plan(item.before, "2026-04-01", std::nullopt);
        REQUIRE(rollPlanForward(*f.project, id).ok());
        INFO(item.before);
        CHECK(title(id) == item.after);
        CHECK(starts(id) == "2027-04-01");
        CHECK(refresh(id) == "(null)");
    }

    auto undated = plan("Market position statement", std::nullopt, "2027-01-01");
    const auto label = f.project->undoLabel();
    auto refused = rollPlanForward(*f.project, undated);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(refused.error().message ==
          "The plan \u201CMarket position statement\u201D has no start date, "
          "so it cannot be rolled forward. Give it a start date "
          "first.");
    CHECK(f.project->undoLabel() == label);
    CHECK(refresh(undated) == "2027-01-01");

    auto missing = rollPlanForward(*f.project, 9999);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
}
