#include "core/TestSupport.h"

#include "needs/ComparatorDescription.h"
#include "needs/NeedsKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"

#include <catch2/catch.hpp>

using namespace jointly;
using jointly::testing::TempDir;

TEST_CASE("the comparator's code is said in words", "[needs][comparator]") {
    TempDir dir;
    auto created = project::Project::create(dir.file("p.jointly"), "Northvale");
    REQUIRE(created.ok());
    auto& project = *created.value();
    auto& db = project.database();

    CHECK(needs::describeComparator(db, "") ==
          "No comparator: type an area code (E92000001 is England), or \"parent\" to compare "
          "each area with its region or other parent area.");
    CHECK(needs::describeComparator(db, "parent") ==
          "Each area is compared with its own parent area (for example, its region), as given "
          "in the imported values.");
    // The nations are known before anything is imported; spaces typed
    // around the code do not matter.
    CHECK(needs::describeComparator(db, " E92000001 ") == "Compared with England (E92000001).");
    CHECK(needs::describeComparator(db, "W92000004") == "Compared with Wales (W92000004).");
    // An area of the project's own is named as the project names it.
    REQUIRE(records::addRecord(project, needs::needsArea(),
                               {{"name", std::string("North East")},
                                {"code", std::string("E12000001")},
                                {"role", std::string("comparator")}})
                .ok());
    CHECK(needs::describeComparator(db, "E12000001") == "Compared with North East (E12000001).");
    CHECK(needs::describeComparator(db, "E06000999") ==
          "No area with the code E06000999 is in the areas or the indicator values imported so "
          "far: check the code, or import values that include it.");
}

TEST_CASE("the comparator is named from the indicator values imported", "[needs][comparator]") {
    TempDir dir;
    const auto copy = dir.file("Westshire.jointly");
    {
        project::OpenOptions options;
        options.readOnly = true;
        auto example = project::Project::open(JOINTLY_EXAMPLE_FILE, options);
        REQUIRE(example.ok());
        REQUIRE(example.value()->saveCopyAs(copy).ok());
    }
    auto opened = project::Project::open(copy);
    REQUIRE(opened.ok());
    auto& project = *opened.value();
    auto& db = project.database();
    // Larkhampton is one of the example's areas; taken out of them, its name
    // still comes from the indicator values imported for it (see
    // resources/example/westshire-indicators.csv).
    for (const auto& area : records::listRecords(db, needs::needsArea())) {
        if (area.text(needs::needsArea(), "code") == "E07000992") {
            REQUIRE(records::deleteRecord(project, needs::needsArea(), area.id).ok());
        }
    }
    CHECK(needs::describeComparator(db, "E07000992") == "Compared with Larkhampton (E07000992).");
    CHECK(needs::describeComparator(db, "E92000001") == "Compared with England (E92000001).");
}
