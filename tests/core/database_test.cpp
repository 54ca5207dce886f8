#include "core/TestSupport.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <filesystem>
#include <string>

using namespace jointly;
using jointly::testing::TempDir;
using storage::Database;
using storage::OpenMode;
using storage::StorageError;
namespace fs = std::filesystem;

namespace {

// The SQLite error code a call failed with, or SQLITE_OK if it did not throw.
template <class F> int failureCode(F&& call) {
    try {
        call();
    } catch (const StorageError& error) {
        return error.sqliteCode();
    }
    return SQLITE_OK;
}

constexpr const char* kFamily = R"SQL(
CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE child (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER NOT NULL REFERENCES parent(id) ON DELETE CASCADE,
    name TEXT NOT NULL
);
CREATE TABLE pointer (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES parent(id) ON DELETE SET NULL
);
CREATE TABLE audit (what TEXT);
CREATE TRIGGER parent_deleted AFTER DELETE ON parent BEGIN
    INSERT INTO audit (what) VALUES ('deleted ' || old.name);
END;
CREATE VIEW parent_names AS SELECT name FROM parent;
INSERT INTO parent (id, name) VALUES (1, 'NHS Westshire'), (2, 'Westshire County Council');
INSERT INTO child (parent_id, name) VALUES (1, 'Ann'), (1, 'Bob'), (1, 'Cat'), (2, 'Dan');
INSERT INTO pointer (id, parent_id) VALUES (1, 1), (2, 2);
)SQL";

} // namespace

TEST_CASE("prepare takes exactly one statement", "[database]") {
    Database db("", OpenMode::Memory);
    db.execute("CREATE TABLE t (x INTEGER)");

    try {
        db.prepare("SELECT 1; SELECT 2");
        FAIL("two statements were prepared");
    } catch (const StorageError& error) {
        CHECK(error.sqliteCode() == SQLITE_MISUSE);
        CHECK(std::string(error.what()) == "More than one SQL statement given to prepare()");
    }
    // Neither half of a two-statement string runs.
    CHECK(failureCode([&] { db.execute("INSERT INTO t VALUES (1); INSERT INTO t VALUES (2)"); }) ==
          SQLITE_MISUSE);
    CHECK(failureCode([&] { db.execute("INSERT INTO t VALUES (1); DROP TABLE t"); }) ==
          SQLITE_MISUSE);
    CHECK(db.tableExists("t"));
    CHECK(db.queryInt64("SELECT count(*) FROM t") == 0);

    // A trailing semicolon, spaces or a line comment are not a second statement.
    CHECK(db.queryInt64("SELECT 7;") == 7);
    CHECK(db.queryInt64("SELECT 8;  \n\t") == 8);
    CHECK(db.queryInt64("SELECT 9; -- the answer") == 9);
    // Nothing at all is refused too.
    CHECK(failureCode([&] { db.prepare(""); }) == SQLITE_MISUSE);
    CHECK(failureCode([&] { db.prepare("-- only a comment"); }) == SQLITE_MISUSE);
    CHECK(failureCode([&] { db.prepare("SELEKT 1"); }) == SQLITE_ERROR);
}

TEST_CASE("statements bind values and read them back by type", "[database]") {
    Database db("", OpenMode::Memory);
    db.execute("CREATE TABLE t (a INTEGER, b TEXT, c BLOB)");
    auto insert = db.prepare("INSERT INTO t (a, b, c) VALUES (?1, ?2, ?3)");
    insert.bind(1, std::int64_t{9007199254740993}).bind(2, "Westshire \u2014 £").bindNull(3);
    insert.run();
    insert.reset();
    insert.bind(1, std::optional<std::int64_t>{}).bind(2, std::optional<std::string>{"x"});
    insert.bindBlob(3, "\0\1\2", 3);
    insert.run();

    auto select = db.prepare("SELECT a, b, length(c) FROM t ORDER BY rowid");
    REQUIRE(select.step());
    CHECK(select.columnCount() == 3);
    CHECK(select.int64(0) == 9007199254740993);
    CHECK(select.text(1) == "Westshire \u2014 £");
    CHECK(select.isNull(2));
    CHECK(select.optionalInt64(2) == std::nullopt);
    REQUIRE(select.step());
    CHECK(select.optionalInt64(0) == std::nullopt);
    CHECK(select.optionalText(1) == std::optional<std::string>("x"));
    CHECK(select.int64(2) == 3);
    CHECK_FALSE(select.step());
}

TEST_CASE("foreign-key actions work although triggers and views are switched off", "[database]") {
    TempDir dir;
    Database db(dir.file("family.db"), OpenMode::Create);
    db.executeTrustedScript(kFamily);
    CHECK(db.queryInt64("PRAGMA foreign_keys") == 1);

    db.execute("DELETE FROM parent WHERE id = 1");
    // ON DELETE CASCADE removed the children, ON DELETE SET NULL cleared the link.
    CHECK(db.queryInt64("SELECT count(*) FROM child") == 1);
    CHECK(db.queryInt64("SELECT count(*) FROM child WHERE parent_id = 1") == 0);
    CHECK(db.queryInt64("SELECT count(*) FROM pointer WHERE id = 1 AND parent_id IS NULL") == 1);
    CHECK(db.queryInt64("SELECT parent_id FROM pointer WHERE id = 2") == 2);
    // The trigger that came with the file did not run.
    CHECK(db.queryInt64("SELECT count(*) FROM audit") == 0);
    // A view that came with the file cannot be used.
    CHECK(failureCode([&] { db.prepare("SELECT name FROM parent_names"); }) == SQLITE_ERROR);

    // And foreign keys are enforced: a child of no parent is refused.
    auto code =
        failureCode([&] { db.execute("INSERT INTO child (parent_id, name) VALUES (9, 'Eve')"); });
    CHECK((code & 0xff) == SQLITE_CONSTRAINT);
    CHECK(code == SQLITE_CONSTRAINT_FOREIGNKEY);
}

TEST_CASE("connections use the safe settings for files from elsewhere", "[database]") {
    TempDir dir;
    const auto path = dir.file("settings.db");
    Database db(path, OpenMode::Create);
    CHECK((fs::status(path).permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write));
    CHECK(db.queryInt64("PRAGMA trusted_schema") == 0);
    CHECK(db.queryInt64("PRAGMA cell_size_check") == 1);
    // EXTRA (3): the folder is synced after the journal is deleted, so a
    // committed edit survives a power cut (see power_cut_test.cpp).
    CHECK(db.queryInt64("PRAGMA synchronous") == 3);
    // A new file reserves 8 bytes of each page for its checksum.
    CHECK(db.hasPageChecksums());
    auto journal = db.prepare("PRAGMA journal_mode");
    REQUIRE(journal.step());
    CHECK(journal.text(0) == "delete");

    int defensive = -1;
    REQUIRE(sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive) == SQLITE_OK);
    CHECK(defensive == 1);
    int triggers = -1;
    REQUIRE(sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, -1, &triggers) ==
            SQLITE_OK);
    CHECK(triggers == 0);

    // Defensive mode: the schema cannot be rewritten through ordinary SQL.
    db.execute("CREATE TABLE t (x INTEGER)");
    db.execute("PRAGMA writable_schema = ON");
    CHECK(failureCode([&] {
              db.execute("UPDATE sqlite_schema SET sql = 'CREATE TABLE t (y)' WHERE name = 't'");
          }) != SQLITE_OK);
}

TEST_CASE("a transaction not committed is rolled back", "[database]") {
    Database db("", OpenMode::Memory);
    db.execute("CREATE TABLE t (x INTEGER)");
    {
        storage::Transaction transaction(db);
        db.execute("INSERT INTO t VALUES (1)");
    }
    CHECK(db.queryInt64("SELECT count(*) FROM t") == 0);
    {
        storage::Transaction transaction(db);
        db.execute("INSERT INTO t VALUES (2)");
        transaction.commit();
    }
    CHECK(db.queryInt64("SELECT sum(x) FROM t") == 2);
}

TEST_CASE("read-only connections never write and never create", "[database]") {
    TempDir dir;
    const auto missing = dir.file("missing.db");
    CHECK((failureCode([&] { Database db(missing, OpenMode::ReadOnly); }) & 0xff) ==
          SQLITE_CANTOPEN);
    CHECK((failureCode([&] { Database db(missing, OpenMode::ReadWrite); }) & 0xff) ==
          SQLITE_CANTOPEN);
    CHECK_FALSE(fs::exists(missing));

    const auto path = dir.file("data.db");
    {
        Database db(path, OpenMode::Create);
        db.execute("CREATE TABLE t (x INTEGER)");
    }
    Database readOnly(path, OpenMode::ReadOnly);
    CHECK(readOnly.isReadOnly());
    CHECK((failureCode([&] { readOnly.execute("INSERT INTO t VALUES (1)"); }) & 0xff) ==
          SQLITE_READONLY);

    Database writable(path, OpenMode::ReadWrite);
    CHECK_FALSE(writable.isReadOnly());
    writable.makeReadOnly();
    CHECK(writable.isReadOnly());
    CHECK((failureCode([&] { writable.execute("INSERT INTO t VALUES (1)"); }) & 0xff) ==
          SQLITE_READONLY);
    CHECK(writable.queryInt64("SELECT count(*) FROM t") == 0);
}

TEST_CASE("storage failures are described as sentences naming the file", "[database]") {
    using storage::describeStorageFailure;
    CHECK(describeStorageFailure(StorageError(SQLITE_FULL, "disk full"), "Board.jointly") ==
          "The disk holding Board.jointly is full, so the change was not saved. Free some space "
          "and try again.");
    CHECK(describeStorageFailure(StorageError(SQLITE_IOERR_WRITE, "disk I/O error"),
                                 "Board.jointly") ==
          "Could not write to Board.jointly (an input/output error). The change was not saved. "
          "Check the drive or network share and try again.");
    CHECK(describeStorageFailure(StorageError(SQLITE_CORRUPT, "malformed"), "Board.jointly") ==
          "Board.jointly is damaged. Open the copy Jointly kept, or a backup.");
    CHECK(describeStorageFailure(StorageError(SQLITE_BUSY, "busy"), "Board.jointly") ==
          "Board.jointly is being used by another program. Close it there and try again.");
    CHECK(describeStorageFailure(StorageError(SQLITE_MISMATCH, "datatype mismatch"),
                                 "Board.jointly") ==
          "Jointly could not use Board.jointly: datatype mismatch");
}
