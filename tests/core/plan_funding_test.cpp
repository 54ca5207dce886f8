#include "core/TestSupport.h"

#include "planning/PlanningKinds.h"
#include "procurement/ContractKinds.h"
#include "procurement/PlanFunding.h"
#include "project/Project.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

using namespace jointly;
using jointly::testing::TempDir;

TEST_CASE("the plan's allocations reconcile against the contracts they pay for, year by year and "
          "partner by partner",
          "[plan][procure][funding]") {
    TempDir dir;
    auto created = project::Project::create(dir.file("p.jointly"), "Westshire");
    REQUIRE(created.ok());
    auto& db = created.value()->database();
    db.executeTrustedScript(R"SQL(
INSERT INTO partner_organisation (id, name) VALUES (1, 'Council'), (2, 'ICB'), (3, 'Public health');
INSERT INTO contract (id, name) VALUES (1, 'Falls'), (2, 'Meals');
INSERT INTO contract_value (contract_id, year, amount_pence) VALUES
    (1, 2027, 1100000), (1, 2028, 1000000), (2, 2027, 5000);
INSERT INTO contract_funder (contract_id, partner_id, share_bp) VALUES (1, 1, 4000), (1, 2, 6000);
INSERT INTO contribution (partner_id, year, amount_pence) VALUES
    (1, 2027, 400000), (2, 2027, 600000), (1, 2028, 100000), (3, 2028, 150000), (3, 2028, 50000);
INSERT INTO allocation (year, line, amount_pence, contract_id) VALUES
    (2027, 'Falls, first part', 600000, 1), (2027, 'Falls, second part', 400000, 1),
    (2028, 'Falls', 100000, 1), (2029, 'Falls', 50000, 1), (2027, 'Other', 999, NULL);
)SQL");
    const auto reconciled = procurement::reconcilePlanWithContracts(db);
    // Meals has no allocation paying for it, so it is not reconciled.
    REQUIRE(reconciled.size() == 1);
    const auto& falls = reconciled[0];
    CHECK(falls.contract == "Falls");
    REQUIRE(falls.years.size() == 3);

    // 2027/28: £6,000 + £4,000 planned against £11,000. The partners put in
    // £4,000 and £6,000, so the plan's £10,000 is £4,000 and £6,000 of
    // theirs; the contract's 40:60 shares of £11,000 are £4,400 and £6,600.
    const auto& first = falls.years[0];
    CHECK(first.year == 2027);
    CHECK(first.plannedPence == 1000000);
    CHECK(first.contractPence == 1100000);
    CHECK_FALSE(first.matches());
    CHECK(first.sentence == "In 2027/28 the plan allocates £10,000.00 to “Falls”, £1,000.00 less "
                            "than the contract costs (£11,000.00).");
    REQUIRE(first.partners.size() == 2);
    CHECK(first.partners[0].partner == "Council");
    CHECK(first.partners[0].plannedPence == 400000);
    CHECK(first.partners[0].contractPence == 440000);
    CHECK(first.partners[1].plannedPence == 600000);
    CHECK(first.partners[1].contractPence == 660000);

    // 2028/29: £1,000 planned, split 1:2 between the council (£1,000 put
    // in) and public health (£1,500 + £500): £333.333... and £666.666...,
    // so 33,333p and 66,667p by the largest remainder. The contract's
    // £10,000 is the council's £4,000 and the ICB's £6,000; public health
    // pays nothing under it and the ICB nothing in the plan that year.
    const auto& second = falls.years[1];
    CHECK(second.sentence == "In 2028/29 the plan allocates £1,000.00 to “Falls”, £9,000.00 less "
                             "than the contract costs (£10,000.00).");
    REQUIRE(second.partners.size() == 3);
    CHECK(second.partners[0].partner == "Council");
    CHECK(second.partners[0].plannedPence == 33333);
    CHECK(second.partners[0].contractPence == 400000);
    CHECK(second.partners[1].partner == "Public health");
    CHECK(second.partners[1].plannedPence == 66667);
    CHECK(second.partners[1].contractPence == 0);
    CHECK(second.partners[2].partner == "ICB");
    CHECK(second.partners[2].plannedPence == 0);
    CHECK(second.partners[2].contractPence == 600000);

    // 2029/30: money planned for a year the contract has no value in, and
    // nobody contributes yet, so the plan's split is not known.
    const auto& third = falls.years[2];
    CHECK(third.sentence ==
          "In 2029/30 the plan allocates £500.00 to “Falls”, a year the contract has no value in.");
    REQUIRE(third.partners.size() == 2);
    CHECK_FALSE(third.partners[0].plannedPence.has_value());
    CHECK(third.partners[0].contractPence == 0);

    // A year planned exactly, and a contract year with nothing planned.
    db.execute("UPDATE allocation SET amount_pence = 500000 WHERE id = 2");
    db.execute("INSERT INTO contract_value (contract_id, year, amount_pence) VALUES (1, 2030, 7)");
    const auto again = procurement::reconcilePlanWithContracts(db);
    CHECK(again[0].years[0].sentence ==
          "In 2027/28 the plan allocates £11,000.00 to “Falls”, exactly what the contract costs.");
    CHECK(again[0].years[0].matches());
    // The same total in other shares: the council and the ICB put in 1:1.
    db.execute("UPDATE contribution SET amount_pence = 500000 WHERE year = 2027");
    CHECK(procurement::reconcilePlanWithContracts(db)[0].years[0].sentence ==
          "In 2027/28 the plan allocates £11,000.00 to “Falls”, exactly what the contract costs, "
          "though not in the co-funders' shares.");
    CHECK(again[0].years[3].sentence ==
          "In 2030/31 “Falls” costs £0.07 and the plan allocates nothing to it yet.");

    // Two value rows for one year count together: £11,000 + £0.03 in
    // 2027/28, the council's 40% of the £0.03 being 1p and the ICB's 2p
    // (1.2p and 1.8p, the larger remainder to the ICB).
    db.execute("INSERT INTO contract_value (contract_id, year, amount_pence) VALUES (1, 2027, 3)");
    const auto twice = procurement::reconcilePlanWithContracts(db);
    REQUIRE(twice[0].years.size() == 4);
    CHECK(twice[0].years[0].contractPence == 1100003);
    CHECK(twice[0].years[0].partners[0].contractPence == 440001);
    CHECK(twice[0].years[0].partners[1].contractPence == 660002);
}
