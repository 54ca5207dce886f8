#include "TestSupport.h"

#include "partnership/PartnershipKinds.h"
#include "project/Project.h"
#include "records/DeletionImpact.h"
#include "records/RecordStore.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <filesystem>
#include <string>
#include <vector>

using namespace jointly;
using records::Consequence;

namespace {

std::vector<std::string> phrases(storage::Database& db, const char* table, std::int64_t id) {
    return records::describeConsequences(records::deletionConsequences(db, table, id));
}

} // namespace

TEST_CASE("deleting a partner of the example names everything that goes and is left without it",
          "[deletion]") {
    testing::TempDir dir;
    const auto copy = dir.file("Westshire.jointly");
    std::filesystem::copy_file(JOINTLY_EXAMPLE_FILE, copy);
    auto opened = project::Project::open(copy);
    REQUIRE(opened.ok());
    auto& db = opened.value()->database();

    // NHS Westshire Integrated Care Board (partner 2), from the example's
    // scripts: members 5, 6, 7 and 12 (Nadia Karim, the workshop's
    // substitute); the funding shares of services 1, 2, 4, 5, 6, 7, 8 and 11;
    // contributions of 120,000,000.00 + 11,600,000.00 (2026), 122,400,000.00
    // + 11,832,000.00 (2027) and 124,800,000.00 + 12,064,000.00 (2028) =
    // 402,696,000.00; its quorum rule; the interests of Dr Whitfield
    // (member 7) and Nadia Karim; at the board workshop, its four members'
    // attendance, the chair's four actions on the two interests (two items
    // each) and their 27 votes (Priya Raman's 3 places and 12 scores, Nadia
    // Karim's 12 scores). Left without it: care groups 2 and 4 (it leads
    // them), savings scheme 3, the falls specification's three yearly
    // envelope lines it funds, the falls procurement it leads, risks 2, 3 and
    // 6 and actions 2, 3, 6 and 8, owned by its members, and the falls
    // evaluators Lloyd, Whitfield and Raman, who are its members, its shares
    // of the falls and reablement contracts, and the KPIs its members own:
    // the falls contract's three (Lloyd) and out-of-area placements
    // (Whitfield).
    CHECK(phrases(db, "partner_organisation", 2) ==
          std::vector<std::string>{
              "4 members", "8 funding shares", "6 contributions worth £402,696,000.00 in all",
              "1 quorum rule", "2 declared interests", "4 attendees", "4 actions on interests",
              "27 votes", "2 care groups lose their lead commissioner",
              "1 savings scheme loses its lead partner",
              "3 budget envelope lines lose their funding partner",
              "1 procurement loses its lead partner", "2 co-funders lose their partner",
              "1 line of Better Care Fund income loses its contributing organisation",
              "3 risks lose their owner", "4 actions lose their owner",
              "3 evaluators lose their member", "4 KPIs lose their owner"});
    CHECK(records::deletionDescription(db, partnership::partnerOrganisation(), 2) ==
          "Delete \u201CNHS Westshire Integrated Care Board\u201D with its 4 members, 8 funding "
          "shares, 6 contributions worth £402,696,000.00 in all, 1 quorum rule, 2 declared "
          "interests, 4 attendees, 4 actions on interests and 27 votes; 2 care groups lose their "
          "lead commissioner, 1 savings scheme loses its lead partner, 3 budget envelope lines "
          "lose their funding partner, 1 procurement loses its lead partner, 2 co-funders lose "
          "their partner, 1 line of Better Care Fund income loses its contributing "
          "organisation, 3 risks lose their owner, 4 actions lose their owner, 3 evaluators "
          "lose their member and 4 KPIs lose their owner");

    // The county council (partner 1) also hosts the pooled fund.
    const auto council = phrases(db, "partner_organisation", 1);
    // With its members' six KPIs, and at the workshop its quorum rule, its
    // members' attendance, votes and decisions' actions; in the Better Care
    // Fund plan the income it contributes and the spending it provides.
    REQUIRE(council.size() == 19);
    CHECK(std::find(council.begin(), council.end(), "the partnership loses its host partner") !=
          council.end());

    // A record nothing depends on: nothing to say, so nothing is asked.
    CHECK(records::deletionConsequences(db, "objective", 1).empty());

    // Counting changes nothing.
    CHECK(db.queryInt64("SELECT count(*) FROM member") == 12);
}

TEST_CASE("the file's own links are followed, whatever its tables are called", "[deletion]") {
    testing::TempDir dir;
    const auto path = dir.file("Odd.jointly");
    auto made = project::Project::create(path, "Odd");
    REQUIRE(made.ok());
    auto& db = made.value()->database();
    // A table another program added, with a name that needs quoting, linked
    // to partners: it is counted under its own name, safely.
    db.execute("CREATE TABLE \"odd \"\"notes\"\"\" (id INTEGER PRIMARY KEY, partner INTEGER "
               "REFERENCES partner_organisation(id) ON DELETE CASCADE)");
    db.execute("INSERT INTO partner_organisation (id, name) VALUES (1, 'Council')");
    db.execute("INSERT INTO \"odd \"\"notes\"\"\" (partner) VALUES (1), (1)");
    const auto found = records::deletionConsequences(db, "partner_organisation", 1);
    REQUIRE(found.size() == 1);
    CHECK(found[0].table == "odd \"notes\"");
    CHECK(found[0].count == 2);
    CHECK(found[0].effect == Consequence::Effect::Deleted);
    CHECK(records::describeConsequences(found) == std::vector<std::string>{"2 odd \"notes\"s"});
}
