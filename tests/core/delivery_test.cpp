#include "core/TestSupport.h"

#include "monitoring/Delivery.h"
#include "monitoring/YearAtAGlance.h"
#include "partnership/PartnershipKinds.h"
#include "planning/PlanningKinds.h"
#include "procurement/ProcurementKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"

#include <catch2/catch.hpp>

using namespace jointly;
using jointly::testing::TempDir;
using records::FieldValue;

namespace {

FieldValue text(const char* value) {
    return FieldValue{std::string(value)};
}

} // namespace

TEST_CASE("delivery puts each action and milestone against its date, overdue first",
          "[monitoring][delivery]") {
    TempDir dir;
    auto created = project::Project::create(dir.file("p.jointly"), "Westshire");
    REQUIRE(created.ok());
    auto& project = *created.value();
    const auto add = [&](const records::RecordKind& kind, const records::FieldValues& values) {
        auto id = records::addRecord(project, kind, values);
        REQUIRE(id.ok());
        return id.value();
    };
    const auto plan = add(partnership::planDocument(), {{"title", text("Falls plan")}});
    add(planning::planAction(), {{"description", text("Refresh the market position statement")},
                                 {"plan_document_id", plan},
                                 {"due_on", text("2026-11-20")}});
    add(planning::planAction(),
        {{"description", text("Report to the board")}, {"due_on", text("2026-12-02")}});
    add(planning::planAction(),
        {{"description", text("Open the crisis house")}, {"due_on", text("2027-03-31")}});
    add(planning::planAction(), {{"description", text("Agree the schools programme")}});
    add(planning::planAction(), {{"description", text("Award the contract")},
                                 {"due_on", text("2026-10-01")},
                                 {"status", text("done")}});
    add(planning::planAction(), {{"description", text("Dropped")},
                                 {"due_on", text("2026-01-01")},
                                 {"status", text("cancelled")}});
    const auto falls = add(procurement::procurement(), {{"name", text("Falls service")}});
    add(procurement::milestone(), {{"procurement_id", falls},
                                   {"name", text("Tender deadline")},
                                   {"due_on", text("2027-01-01")}});

    const auto delivery = monitoring::deliveryAsAt(project.database(), "2026-12-02");
    REQUIRE(delivery.items.size() == 6); // the cancelled action is left out
    // 20 November to 2 December 2026: 12 days.
    CHECK(delivery.items[0].sentence == "Overdue: “Refresh the market position statement” was due "
                                        "on Friday 20 November 2026, 12 days ago.");
    CHECK(delivery.items[0].from == "Falls plan");
    CHECK(delivery.items[0].daysAway == -12);
    CHECK(delivery.items[1].sentence == "Due soon: “Report to the board” is due on Wednesday 2 "
                                        "December 2026, today.");
    // 2 December 2026 to 1 January 2027: 30 days, still "soon".
    CHECK(delivery.items[2].sentence ==
          "Due soon: “Tender deadline” is due on Friday 1 January 2027, "
          "in 30 days.");
    CHECK(delivery.items[2].kind == "milestone");
    CHECK(delivery.items[2].from == "Falls service");
    CHECK(delivery.items[3].state == monitoring::DeliveryState::Later);
    CHECK(delivery.items[4].sentence ==
          "Not dated: “Agree the schools programme” has no due date yet.");
    CHECK(delivery.items[5].sentence == "Done: “Award the contract”.");
    CHECK(delivery.sentence ==
          "1 overdue, 2 due within 30 days and 1 done, of 6 actions and milestones.");
}

TEST_CASE("the example's year at a glance, as at 2 December 2026, worked by hand",
          "[monitoring][delivery]") {
    project::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto example = project::Project::open(JOINTLY_EXAMPLE_FILE, readOnly);
    REQUIRE(example.ok());
    const auto glance = monitoring::yearAtAGlance(example.value()->database(), "2026-12-02");
    CHECK(glance.yearText == "2026/27");
    // Realised in 2026/27: £1,200,000.00 + £0.00 + £800,000.50 = £2,000,000.50,
    // all joint, shared in proportion to the year's contributions (£182.4m,
    // £131.6m and £16m of £330m): 110,545,482.18, 79,757,595.70 and
    // 9,696,972.12 pence; 200,000,049 in whole pence, the odd penny to the
    // largest remainder, the ICB's .70.
    CHECK(glance.savings == "Schemes have realised £2,000,000.50 of savings in 2026/27, of "
                            "£4,700,000.00 planned, against a target of £5,000,000.00: "
                            "£2,999,999.50 short.");
    CHECK(glance.savingsShares ==
          std::vector<std::string>{"Westshire County Council: £1,105,454.82 of it",
                                   "NHS Westshire Integrated Care Board: £797,575.96 of it",
                                   "Westshire Public Health: £96,969.72 of it"});
    CHECK(glance.risks ==
          std::vector<std::string>{
              "Score 16 (likelihood 4 x impact 4, open): Care home fees rise faster than the "
              "budget",
              "Score 15 (likelihood 3 x impact 5, mitigating): A major home care provider fails"});
    // An action, and the remedial action plan's milestone due on 30 September 2026.
    CHECK(glance.delivery.overdue == 2);
    CHECK(glance.contracts.empty());
    CHECK(glance.budget == "Contributions exceed allocations by £500,000.00 in 2026/27: that is "
                           "the headroom still to allocate.");
}
