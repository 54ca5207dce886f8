#include "core/TestSupport.h"

#include "history/EditHistory.h"
#include "partnership/PartnershipKinds.h"
#include "project/Project.h"
#include "project/Schema.h"
#include "records/RecordStore.h"
#include "stages/FileSummary.h"
#include "storage/Database.h"
#include "storage/PageChecksums.h"
#include "storage/StorageError.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

using namespace jointly;
using jointly::testing::TempDir;
namespace fs = std::filesystem;
namespace kinds = jointly::partnership;

namespace {

const std::string kFixture = std::string(JOINTLY_FIXTURES_DIR) + "/partnership-v0.jointly";
const std::string kFixtureScript = std::string(JOINTLY_FIXTURES_DIR) + "/partnership-v0.sql";

// Copies the prototype fixture into dir under name, as a user's file would be.
std::string copyFixture(const TempDir& dir, const std::string& name) {
    const auto path = dir.file(name);
    fs::copy_file(kFixture, path);
    return path;
}

// (id, name, org_type, notes) of every partner organisation.
using PartnerRow = std::tuple<std::int64_t, std::string, std::string, std::string>;
std::vector<PartnerRow> partners(storage::Database& db) {
    const auto& kind = kinds::partnerOrganisation();
    std::vector<PartnerRow> rows;
    for (const auto& record : records::listRecords(db, kind)) {
        rows.emplace_back(record.id, record.text(kind, "name"), record.text(kind, "org_type"),
                          record.text(kind, "notes"));
    }
    return rows;
}

// (id, partner_id, name, role, can_commit_budget) of every member.
using MemberRow = std::tuple<std::int64_t, std::int64_t, std::string, std::string, std::int64_t>;
std::vector<MemberRow> members(storage::Database& db) {
    const auto& kind = kinds::member();
    std::vector<MemberRow> rows;
    for (const auto& record : records::listRecords(db, kind)) {
        rows.emplace_back(record.id, record.number(kind, "partner_id"), record.text(kind, "name"),
                          record.text(kind, "role"), record.number(kind, "can_commit_budget"));
    }
    return rows;
}

const std::vector<PartnerRow> kMigratedPartners = {
    {1, "Westshire County Council", "local_authority", ""},
    {2, "NHS Westshire", "nhs_body", ""},
    {3, "Westshire Constabulary", "criminal_justice", ""},
    {4, "Westshire Homes", "local_authority", "Type in the earlier file: Housing association"},
    {5, "Age Concern Westshire", "voluntary_community", ""},
    {6, "Westshire Public Health", "local_authority", ""},
    {7, "Organisation missing from the earlier file", "local_authority",
     "The earlier file had members whose organisation was no longer in it. They are kept here: "
     "move each to the right organisation, then delete this one."},
};

// Member 5's organisation (9) no longer existed in the prototype file, so the
// upgrade keeps that member under a placeholder organisation (7); a
// budget_holder of 2 counts as yes.
const std::vector<MemberRow> kMigratedMembers = {
    {1, 1, "Amy Shah", "Director of Adult Social Care", 1},
    {2, 1, "Tom Reed", "Finance lead", 0},
    {3, 2, "Dr Ravi Patel", "Clinical lead", 1},
    {4, 4, "Jo Baker", "", 0},
    {5, 7, "Sam Old", "Left with a partner since removed", 1},
};

const std::string kName = "Westshire Joint Commissioning Board";
const std::string kAims = "Commission health and social care for older people together, so that "
                          "fewer people wait in hospital for care at home.";

} // namespace

TEST_CASE("the prototype fixture is a format 0 Jointly file", "[migration]") {
    jointly::testing::RawSqlite raw(kFixture, true);
    CHECK(raw.queryInt("PRAGMA user_version") == 0);
    CHECK(raw.queryInt("PRAGMA application_id") == project::kApplicationId);
    CHECK(raw.queryInt("SELECT count(*) FROM partner") == 6);
    CHECK(raw.queryInt("SELECT count(*) FROM member") == 5);
}

TEST_CASE("opening a prototype file keeps a copy, then upgrades it", "[migration]") {
    TempDir dir;
    const auto path = copyFixture(dir, "Westshire board.jointly");
    const auto original = jointly::testing::readBytes(kFixture);
    const auto backup = dir.file("Westshire board (before upgrade from format 0).jointly");
    {
        auto opened = project::Project::open(path);
        INFO(jointly::testing::describe(opened));
        REQUIRE(opened.ok());
        auto& project = *opened.value();
        CHECK_FALSE(project.isReadOnly());
        CHECK(project.upgradeBackupPath() == backup);
        CHECK_FALSE(project.canUndo()); // the upgrade is not an edit to undo

        auto& db = project.database();
        CHECK(project::schemaVersionOf(db) == project::kCurrentSchemaVersion);
        CHECK(db.queryInt64("PRAGMA application_id") == project::kApplicationId);
        CHECK(partners(db) == kMigratedPartners);
        CHECK(members(db) == kMigratedMembers);
        auto row = records::findRecord(db, kinds::profile(), kinds::kPartnershipId);
        REQUIRE(row.has_value());
        CHECK(row->text(kinds::profile(), "name") == kName);
        CHECK(row->text(kinds::profile(), "aims") == kAims);
        CHECK(row->text(kinds::profile(), "group_kind") == "decision_making");
        CHECK(db.queryInt64("SELECT count(*) FROM partnership") == 1);
        for (const char* gone : {"partner", "v0_partner", "v0_member", "v0_partnership"}) {
            INFO(gone);
            CHECK_FALSE(db.tableExists(gone));
        }
        CHECK_FALSE(db.prepare("PRAGMA foreign_key_check").step());
        auto memberRecord = records::findRecord(db, kinds::member(), 1);
        REQUIRE(memberRecord.has_value());
        CHECK(memberRecord->isEmpty(kinds::member(), "budget_limit_pence"));
        CHECK(memberRecord->text(kinds::member(), "email").empty());

        // The copy kept before upgrading is the file as it was: every page the
        // same, still format 0, the member the upgrade left out still there.
        REQUIRE(fs::exists(backup));
        CHECK(jointly::testing::readBytes(backup) == original); // an exact copy
        jointly::testing::RawSqlite copy(backup, true);
        CHECK(copy.queryInt("PRAGMA user_version") == 0);
        CHECK(copy.queryInt("PRAGMA application_id") == project::kApplicationId);
        CHECK(copy.queryInt("SELECT count(*) FROM member") == 5);
        CHECK(copy.queryInt("SELECT count(*) FROM partner") == 6);
        CHECK((fs::status(backup).permissions() & fs::perms::all) ==
              (fs::perms::owner_read | fs::perms::owner_write));
    }
    // The upgrade was committed to the file itself.
    {
        jointly::testing::RawSqlite raw(path, true);
        CHECK(raw.queryInt("PRAGMA user_version") == project::kCurrentSchemaVersion);
        CHECK(raw.queryInt("SELECT count(*) FROM partner_organisation") == 7);
    }
    CHECK(dir.entries() == std::set<std::string>{"Westshire board.jointly",
                                                 "Westshire board (before upgrade from format "
                                                 "0).jointly"});
    // Opening it again upgrades nothing and keeps no second copy.
    auto again = project::Project::open(path);
    REQUIRE(again.ok());
    CHECK(again.value()->upgradeBackupPath().empty());
    CHECK(members(again.value()->database()) == kMigratedMembers);
    CHECK(dir.entries() == std::set<std::string>{"Westshire board.jointly",
                                                 "Westshire board (before upgrade from format "
                                                 "0).jointly",
                                                 ".Westshire board.jointly.lock"});
}

TEST_CASE("an existing copy is not overwritten: the next copy gets a number", "[migration]") {
    TempDir dir;
    const auto path = copyFixture(dir, "Board.jointly");
    jointly::testing::writeBytes(dir.file("Board (before upgrade from format 0).jointly"),
                                 "an older copy");
    auto opened = project::Project::open(path);
    REQUIRE(opened.ok());
    CHECK(opened.value()->upgradeBackupPath() ==
          dir.file("Board (before upgrade from format 0) 2.jointly"));
    CHECK(jointly::testing::hasBytes(dir.file("Board (before upgrade from format 0).jointly"),
                                     "an older copy"));
    CHECK(jointly::testing::readBytes(dir.file("Board (before upgrade from format 0) 2.jointly")) ==
          jointly::testing::readBytes(kFixture));
}

TEST_CASE("summarising a prototype file reports the upgrade and counts without changing it",
          "[migration]") {
    TempDir dir;
    const auto path = copyFixture(dir, "Board.jointly");
    const auto original = jointly::testing::readBytes(path);
    auto summary = stages::summariseProjectFile(path);
    INFO(jointly::testing::describe(summary));
    REQUIRE(summary.ok());
    CHECK(summary.value().schemaVersion == 0);
    CHECK(summary.value().needsUpgrade);
    CHECK(summary.value().integrity == "ok");
    CHECK(summary.value().partnershipName == kName);
    const std::vector<std::pair<std::string, std::int64_t>> counts = {
        {"objectives", 0},
        {"localities", 0},
        {"partner organisations", 7},
        {"members", 5},
        {"declared interests", 0},
        {"linked groups", 0},
        {"care groups", 0},
        {"plans", 0},
        {"quorum rules", 0},
        {"areas", 0},
        {"indicators", 0},
        {"population figures", 0},
        {"services", 0},
        {"funding shares", 0},
        {"assets", 0},
        {"engagement evidence", 0},
        {"needs statements", 0},
        {"evidence", 0},
        {"indicator values", 0},
        {"indicator imports", 0},
        {"outcomes", 0},
        {"measures", 0},
        {"yearly targets", 0},
        {"priorities", 0},
        {"options appraisals", 0},
        {"options", 0},
        {"criteria", 0},
        {"proposals", 0},
        {"contributions", 0},
        {"allocations", 0},
        {"forecasts", 0},
        {"savings targets", 0},
        {"savings schemes", 0},
        {"years of savings", 0},
        {"risks", 0},
        {"actions", 0},
        {"baselines", 0},
        {"workshops", 0},
        {"attendees", 0},
        {"agenda items", 0},
        {"providers concerned", 0},
        {"actions on interests", 0},
        {"rounds", 0},
        {"choices", 0},
        {"votes", 0},
        {"agreed values", 0},
        {"decisions", 0},
        {"Better Care Fund years", 0},
        {"lines of Better Care Fund income", 0},
        {"Better Care Fund schemes", 0},
        {"lines of Better Care Fund spending", 0},
        {"appraisal scores", 0},
        {"specifications", 0},
        {"outcomes served", 0},
        {"budget envelope lines", 0},
        {"procurements", 0},
        {"milestones", 0},
        {"conflicts assessment entries", 0},
        {"market engagement", 0},
        {"lots", 0},
        {"award criteria", 0},
        {"bids", 0},
        {"years of bids' prices", 0},
        {"evaluators", 0},
        {"evaluators' interests", 0},
        {"score descriptors", 0},
        {"contracts", 0},
        {"years of contracts' values", 0},
        {"co-funders", 0},
        {"services delivered", 0},
        {"specifications covered", 0},
        {"KPIs", 0},
        {"evaluators' scores", 0},
        {"consensus scores", 0},
        {"KPI figures", 0},
        {"target changes", 0},
        {"annotations", 0},
        {"rebases", 0},
        {"cycle years", 0},
        {"carried items", 0},
        {"performance notices", 0},
        {"remedial milestones", 0},
        {"contract assessments", 0},
        {"KPI ratings", 0},
    };
    CHECK(summary.value().counts == counts);
    CHECK(jointly::testing::hasBytes(path, original));
    CHECK(dir.entries() == std::set<std::string>{"Board.jointly"});
}

TEST_CASE("opening a prototype file read-only upgrades a copy in memory only", "[migration]") {
    TempDir dir;
    const auto path = copyFixture(dir, "Board.jointly");
    const auto original = jointly::testing::readBytes(path);
    project::OpenOptions options;
    options.readOnly = true;
    auto opened = project::Project::open(path, options);
    REQUIRE(opened.ok());
    auto& project = *opened.value();
    CHECK(project.isReadOnly());
    CHECK(project.upgradeBackupPath().empty());
    CHECK(project::schemaVersionOf(project.database()) == project::kCurrentSchemaVersion);
    CHECK(partners(project.database()) == kMigratedPartners);
    CHECK(members(project.database()) == kMigratedMembers);
    CHECK(jointly::testing::hasBytes(path, original));
    CHECK(dir.entries() == std::set<std::string>{"Board.jointly"});
}

TEST_CASE("an upgrade step that fails leaves the file at its old version, unchanged",
          "[migration]") {
    TempDir dir;
    const auto path = dir.file("Broken.jointly");
    {
        // The prototype's tables plus a "locality" table of its own: version 1
        // creates a table of that name, so step 1 fails half-way, after it has
        // renamed the prototype's tables.
        jointly::testing::RawSqlite raw(path);
        raw.exec(jointly::testing::readBytes(kFixtureScript));
        raw.exec("CREATE TABLE locality (id INTEGER PRIMARY KEY, name TEXT)");
        raw.exec("INSERT INTO locality (name) VALUES ('Northtown')");
    }
    const auto before = jointly::testing::readBytes(path);

    // Found when the file is looked at (the upgrade is tried on a copy in
    // memory first), so nothing is written, not even the copy kept before an
    // upgrade.
    auto opened = project::Project::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::Damaged);
    CHECK(opened.error().message ==
          "Broken.jointly has been changed by another program and no longer holds what Jointly "
          "needs: it cannot be upgraded to this version's format (table locality already "
          "exists). Jointly has not changed it. Open a backup copy of the project.");
    CHECK(jointly::testing::hasBytes(path, before));
    {
        jointly::testing::RawSqlite raw(path, true);
        CHECK(raw.queryInt("PRAGMA user_version") == 0);
        CHECK(raw.queryInt("SELECT count(*) FROM partner") == 6);
        CHECK(raw.queryInt("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'v0_%'") == 0);
    }
    // No copy, journal or lock file is left.
    CHECK(dir.entries() == std::set<std::string>{"Broken.jointly"});

    // The same through the schema code directly: it throws, and the version
    // and the file stay as they were.
    {
        storage::Database db(path, storage::OpenMode::ReadWrite);
        CHECK_THROWS_AS(project::migrateToCurrent(db), storage::StorageError);
        CHECK(project::schemaVersionOf(db) == 0);
        CHECK(db.tableExists("partner"));
        CHECK_FALSE(db.tableExists("v0_partner"));
    }
    CHECK(jointly::testing::hasBytes(path, before));
}

TEST_CASE("a format 3 project gains each indicator's decimal places, empty, when upgraded",
          "[migration]") {
    TempDir dir;
    const auto path = dir.file("Three.jointly");
    {
        storage::Database db(path, storage::OpenMode::Create);
        db.execute("PRAGMA application_id = " + std::to_string(project::kApplicationId));
        project::migrateTo(db, 3);
        db.execute("INSERT INTO indicator (id, name, unit) VALUES (7, 'Falls', 'per 100,000')");
    }
    auto opened = project::Project::open(path);
    REQUIRE(opened.ok());
    auto& db = opened.value()->database();
    CHECK(project::schemaVersionOf(db) == project::kCurrentSchemaVersion);
    auto row = db.prepare("SELECT name, unit, decimals FROM indicator WHERE id = 7");
    REQUIRE(row.step());
    CHECK(row.text(0) == "Falls");
    CHECK(row.text(1) == "per 100,000");
    CHECK(row.isNull(2)); // Jointly chooses until the user sets it
    // Only 0 to 6 places can be stored.
    CHECK_THROWS_AS(db.execute("UPDATE indicator SET decimals = 7 WHERE id = 7"),
                    storage::StorageError);
    CHECK(dir.entries().count("Three (before upgrade from format 3).jointly") == 1);
}

TEST_CASE("an upgrade keeps the undo history: edits made in an older format undo as they did",
          "[migration][undo]") {
    TempDir dir;
    const auto path = dir.file("Eight.jointly");
    {
        storage::Database db(path, storage::OpenMode::Create);
        db.execute("PRAGMA application_id = " + std::to_string(project::kApplicationId));
        project::migrateTo(db, 8);
        // Four edits kept in format 8. Format 9 adds five columns to the
        // procurement (with defaults such as 'relative' and 4); 12 and 13
        // rebuild or drop other tables.
        history::EditHistory edits(
            db, [&] { return db.queryInt64("SELECT coalesce(max(id), 0) + 1 FROM edit_step"); });
        for (const auto& [label, sql] : std::vector<std::pair<std::string, std::string>>{
                 {"Add a partner", "INSERT INTO partner_organisation (id, name) VALUES (3, "
                                   "'Westshire County Council')"},
                 {"Add a procurement",
                  "INSERT INTO procurement (id, name) VALUES (5, 'Home care 2027')"},
                 {"Rename the procurement",
                  "UPDATE procurement SET name = 'Home care 2027-30' WHERE id = 5"},
                 {"Rename the partner",
                  "UPDATE partner_organisation SET name = 'Westshire Council' WHERE id = 3"}}) {
            REQUIRE(
                edits.record(label, [&](storage::Database& inside) { inside.execute(sql); }).ok());
        }
    }
    auto opened = project::Project::open(path);
    REQUIRE(opened.ok());
    auto& project = *opened.value();
    auto& db = project.database();
    CHECK(project::schemaVersionOf(db) == project::kCurrentSchemaVersion);
    CHECK(db.queryInt64("SELECT count(*) FROM edit_step") == 4);
    REQUIRE(project.canUndo());
    CHECK(project.undoLabel() == "Rename the partner");
    REQUIRE(project.undo().ok());
    CHECK(db.queryInt64("SELECT count(*) FROM partner_organisation WHERE name = 'Westshire County "
                        "Council'") == 1);
    auto procurementName = [&] {
        auto row = db.prepare("SELECT name FROM procurement WHERE id = 5");
        return row.step() ? row.text(0) : std::string("(none)");
    };
    REQUIRE(project.undo().ok());
    CHECK(procurementName() == "Home care 2027");
    // Removing the procurement again matches every column of the row as it
    // is now, those format 9 added with their defaults included.
    CHECK(project.undoLabel() == "Add a procurement");
    REQUIRE(project.undo().ok());
    CHECK(procurementName() == "(none)");
    REQUIRE(project.undo().ok());
    CHECK(db.queryInt64("SELECT count(*) FROM partner_organisation") == 0);
    CHECK_FALSE(project.canUndo());
    // And they are done again, in the new format.
    for (int i = 0; i < 4; ++i) {
        REQUIRE(project.redo().ok());
    }
    CHECK(procurementName() == "Home care 2027-30");
    // The copy kept before the upgrade holds the edits as they were.
    storage::Database before(dir.file("Eight (before upgrade from format 8).jointly"),
                             storage::OpenMode::ReadOnly);
    CHECK(before.queryInt64("SELECT count(*) FROM edit_step") == 4);
}

TEST_CASE("a file without page checksums gains them when upgraded, holding the same as before",
          "[migration]") {
    TempDir dir;
    const auto path = copyFixture(dir, "Westshire board.jointly");
    // The prototype file was made without room for checksums.
    REQUIRE(static_cast<unsigned char>(jointly::testing::readBytes(path)[20]) == 0);
    // What it holds, upgraded in memory from a read-only open.
    auto dump = [](project::Project& project) {
        return std::make_pair(partners(project.database()), members(project.database()));
    };
    std::pair<std::vector<PartnerRow>, std::vector<MemberRow>> before;
    {
        project::OpenOptions readOnly;
        readOnly.readOnly = true;
        auto opened = project::Project::open(path, readOnly);
        REQUIRE(opened.ok());
        CHECK_FALSE(opened.value()->database().hasPageChecksums());
        before = dump(*opened.value());
    }
    {
        auto opened = project::Project::open(path);
        REQUIRE(opened.ok());
        CHECK(opened.value()->database().hasPageChecksums());
        CHECK(dump(*opened.value()) == before);
    }
    const auto bytes = jointly::testing::readBytes(path);
    CHECK(static_cast<unsigned char>(bytes[20]) == storage::kChecksumBytes);
    // Every page is now checked: a flipped bit in a name is refused.
    auto flipped = bytes;
    const auto at = flipped.find("Westshire");
    REQUIRE(at != std::string::npos);
    flipped[at] ^= 0x01;
    jointly::testing::writeBytes(path, flipped);
    auto refused = project::Project::open(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.find("its checksum does not match") != std::string::npos);
}
