#include "core/TestSupport.h"

#include "history/EditHistory.h"
#include "history/LayoutChange.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <string>

using namespace jointly;
using jointly::testing::TempDir;

namespace {

// A file with the undo history's table and one table of services, three
// edits kept: two services added, one changed, one removed.
struct KeptEdits {
    TempDir dir;
    storage::Database db{dir.file("services.db"), storage::OpenMode::Create};

    KeptEdits() {
        db.executeTrustedScript(
            "CREATE TABLE edit_step (id INTEGER PRIMARY KEY, label TEXT NOT NULL, made_at TEXT "
            "NOT NULL, made_by TEXT NOT NULL DEFAULT '', changes BLOB NOT NULL, undone INTEGER "
            "NOT NULL DEFAULT 0);"
            "CREATE TABLE service (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '', "
            "cost_pence INTEGER, retired_code TEXT);"
            "CREATE TABLE old_list (id INTEGER PRIMARY KEY, name TEXT);");
    }

    history::EditHistory history() {
        return history::EditHistory(
            db, [this] { return db.queryInt64("SELECT coalesce(max(id), 0) + 1 FROM edit_step"); });
    }

    void record(history::EditHistory& edits, const std::string& label, const std::string& sql) {
        REQUIRE(edits.record(label, [&](storage::Database& inside) { inside.execute(sql); }).ok());
    }

    void recordTheServices() {
        auto edits = history();
        record(edits, "Add day centre",
               "INSERT INTO service (id, name, cost_pence, retired_code) VALUES (1, 'Day "
               "centre', 50000, 'DC1')");
        record(edits, "Add meals",
               "INSERT INTO service (id, name, cost_pence) VALUES (2, 'Meals', 30000)");
        record(edits, "Change day centre",
               "UPDATE service SET name = 'Day centre (north)', cost_pence = 65000 WHERE id = 1");
        record(edits, "Remove meals", "DELETE FROM service WHERE id = 2");
    }

    // The services, one line each, in the order of their ids.
    std::string services() {
        std::string all;
        auto rows = db.prepare("SELECT id, name, coalesce(cost_pence, -1), hours, note FROM "
                               "service ORDER BY id");
        while (rows.step()) {
            all += std::to_string(rows.int64(0)) + " " + rows.text(1) + " " +
                   std::to_string(rows.int64(2)) + " " + std::to_string(rows.int64(3)) + " " +
                   rows.text(4) + "\n";
        }
        return all;
    }

    // A later format's layout: the table rebuilt with its columns in
    // another order, one dropped and two added with defaults.
    void relayOut() {
        db.executeTrustedScript(
            "CREATE TABLE service_new (cost_pence INTEGER, hours INTEGER NOT NULL DEFAULT 7, id "
            "INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT "
            "'it''s new');"
            "INSERT INTO service_new (cost_pence, id, name) SELECT cost_pence, id, name FROM "
            "service;"
            "DROP TABLE service;"
            "ALTER TABLE service_new RENAME TO service;");
    }
};

} // namespace

TEST_CASE("kept edits are rewritten for a table's new layout and undo as they did before",
          "[undo][migration]") {
    KeptEdits file;
    file.recordTheServices();
    const auto before = history::tableLayouts(file.db);
    REQUIRE(before.at("service").size() == 4);
    CHECK(before.at("service")[0].key == 1); // id, the primary key
    CHECK(before.at("service")[1].key == 0);
    {
        storage::Transaction step(file.db);
        file.relayOut();
        CHECK(history::carryKeptEdits(file.db, before) == 0);
        step.commit();
    }
    // Meals (removed) is not there; the day centre got the new columns'
    // defaults when the table was rebuilt.
    REQUIRE(file.services() == "1 Day centre (north) 65000 7 it's new\n");

    auto edits = file.history();
    edits.load();
    REQUIRE(edits.undoCount() == 4);
    CHECK(edits.undoLabel() == "Remove meals");
    // Meals comes back with the new columns' defaults: 7 hours, "it's new"
    // (the declared 'it''s new', its doubled quote read as one).
    REQUIRE(edits.undo().ok());
    CHECK(file.services() == "1 Day centre (north) 65000 7 it's new\n"
                             "2 Meals 30000 7 it's new\n");
    // The change had named the name and the cost, now the fourth and first
    // columns.
    REQUIRE(edits.undo().ok());
    CHECK(file.services() == "1 Day centre 50000 7 it's new\n"
                             "2 Meals 30000 7 it's new\n");
    REQUIRE(edits.undo().ok());
    REQUIRE(edits.undo().ok());
    CHECK(file.services().empty());
    // And each can be done again.
    for (int i = 0; i < 4; ++i) {
        REQUIRE(edits.redo().ok());
    }
    CHECK(file.services() == "1 Day centre (north) 65000 7 it's new\n");
}

TEST_CASE("a kept edit to a table an upgrade removed is forgotten, with every edit before it",
          "[undo][migration]") {
    KeptEdits file;
    {
        auto edits = file.history();
        file.record(edits, "Add day centre", "INSERT INTO service (id, name) VALUES (1, 'Day')");
        file.record(edits, "Add to the old list",
                    "INSERT INTO old_list (id, name) VALUES (1, 'x')");
        file.record(edits, "Add meals", "INSERT INTO service (id, name) VALUES (2, 'Meals')");
        // A change only to a column the upgrade drops: nothing is left of it.
        file.record(edits, "Code the meals", "UPDATE service SET retired_code = 'M' WHERE id = 2");
        file.record(edits, "Rename meals", "UPDATE service SET name = 'Hot meals' WHERE id = 2");
    }
    const auto before = history::tableLayouts(file.db);
    file.db.execute("DROP TABLE old_list");
    file.relayOut();
    // Newest first: "Rename meals" is carried; "Code the meals" is left
    // with nothing, so it goes alone; "Add meals" is carried; "Add to the
    // old list" cannot be, so it goes with "Add day centre" before it.
    CHECK(history::carryKeptEdits(file.db, before) == 3);
    auto edits = file.history();
    edits.load();
    REQUIRE(edits.undoCount() == 2);
    CHECK(edits.undoLabel() == "Rename meals");
    REQUIRE(edits.undo().ok());
    CHECK(file.services() == "1 Day -1 7 it's new\n2 Meals -1 7 it's new\n");
    CHECK(edits.undoLabel() == "Add meals");
    REQUIRE(edits.undo().ok());
    CHECK(file.services() == "1 Day -1 7 it's new\n");
    CHECK_FALSE(edits.canUndo());
}

TEST_CASE("an undone edit to a table an upgrade removed is forgotten alone", "[undo][migration]") {
    KeptEdits file;
    {
        auto edits = file.history();
        file.record(edits, "Add day centre", "INSERT INTO service (id, name) VALUES (1, 'Day')");
        file.record(edits, "Add to the old list",
                    "INSERT INTO old_list (id, name) VALUES (1, 'x')");
        REQUIRE(edits.undo().ok());
        file.record(edits, "Add meals", "INSERT INTO service (id, name) VALUES (2, 'Meals')");
    }
    const auto before = history::tableLayouts(file.db);
    file.db.execute("DROP TABLE old_list");
    file.relayOut();
    CHECK(history::carryKeptEdits(file.db, before) == 1);
    auto edits = file.history();
    edits.load();
    REQUIRE(edits.undoCount() == 2);
    REQUIRE(edits.undo().ok());
    REQUIRE(edits.undo().ok());
    CHECK(file.services().empty());
}

TEST_CASE("a kept edit is not rewritten for a table whose key changed", "[undo][migration]") {
    KeptEdits file;
    {
        auto edits = file.history();
        file.record(edits, "Add day centre", "INSERT INTO service (id, name) VALUES (1, 'Day')");
    }
    const auto before = history::tableLayouts(file.db);
    auto after = before;
    after.at("service")[0].key = 0; // id no longer the key,
    after.at("service")[1].key = 1; // name is
    auto kept = file.db.prepare("SELECT changes FROM edit_step");
    REQUIRE(kept.step());
    CHECK_FALSE(history::relayoutChanges(kept.blob(0), before, after));
    CHECK(history::relayoutChanges(kept.blob(0), before, before) == kept.blob(0));
}

TEST_CASE("bytes that are not a changeset are not rewritten", "[undo][migration]") {
    KeptEdits file;
    const auto layouts = history::tableLayouts(file.db);
    CHECK_FALSE(history::relayoutChanges({0x54, 0x02, 0x01}, layouts, layouts));
    CHECK_FALSE(history::relayoutChanges({0x12, 0x00}, layouts, layouts));
    // An empty changeset stays empty.
    CHECK(history::relayoutChanges({}, layouts, layouts) == std::vector<unsigned char>{});
}
