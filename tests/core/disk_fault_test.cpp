#include "core/FaultyDisk.h"
#include "core/IndicatorTestSupport.h"
#include "core/TestSupport.h"

#include "partnership/PartnershipKinds.h"
#include "project/Project.h"
#include "project/ProjectLock.h"
#include "project/Schema.h"
#include "records/RecordStore.h"
#include "storage/Database.h"

#include "storage/PageChecksums.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <iostream>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace jointly;
using jointly::testing::FaultyDisk;
using jointly::testing::TempDir;

namespace {

// Every row of every table, as text, read through a connection of its own:
// what anyone opening the file would find. A write that failed half way
// through a commit leaves SQLite's journal beside the file; the next
// connection to open it (this one, Jointly's own, or the app next time) puts
// the old pages back from the journal before reading, so this opens the file
// for writing, as Jointly does, to let it.
std::string contents(const std::string& path) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE,
                            storage::checkedFileSystem()) == SQLITE_OK);
    std::string text;
    auto each = [&](const std::string& sql, const std::function<void(sqlite3_stmt*)>& row) {
        sqlite3_stmt* statement = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK);
        int rc = SQLITE_OK;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            row(statement);
        }
        CHECK(rc == SQLITE_DONE);
        sqlite3_finalize(statement);
    };
    std::vector<std::string> tables;
    each("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name", [&](sqlite3_stmt* s) {
        tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
    });
    for (const auto& table : tables) {
        text += "[" + table + "]\n";
        each("SELECT * FROM \"" + table + "\" ORDER BY rowid", [&](sqlite3_stmt* s) {
            for (int i = 0; i < sqlite3_column_count(s); ++i) {
                const auto* value = sqlite3_column_text(s, i);
                text += value ? reinterpret_cast<const char*>(value) : "NULL";
                text += "|";
            }
            text += "\n";
        });
    }
    std::string integrity;
    each("PRAGMA integrity_check", [&](sqlite3_stmt* s) {
        integrity += reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
    });
    sqlite3_close(db);
    CHECK(integrity == "ok");
    return text;
}

std::string expectedSentence(int code, const std::string& fileName) {
    return code == SQLITE_FULL
               ? "The disk holding " + fileName +
                     " is full, so the change was not saved. Free some space and try again."
               : "Could not write to " + fileName +
                     " (an input/output error). The change was not saved. Check the drive or "
                     "network share and try again.";
}

struct Fault {
    int code;
    bool once;
};
const Fault kFaults[] = {
    {SQLITE_FULL, true},
    {SQLITE_FULL, false},
    {SQLITE_IOERR_WRITE, true},
    {SQLITE_IOERR_WRITE, false},
};

} // namespace

TEST_CASE("a full disk or an I/O error at any write of an edit leaves the file as it was, "
          "and says so",
          "[faults]") {
    FaultyDisk disk; // before any connection opens, so every one goes through it
    TempDir dir;
    const auto path = dir.file("Westshire.jointly");
    auto created = project::Project::create(path, "Westshire");
    REQUIRE(created.ok());
    auto& project = *created.value();
    const auto& partner = partnership::partnerOrganisation();
    auto id = records::addRecord(project, partner, {{"name", std::string("Westshire CC")}});
    REQUIRE(id.ok());

    // How many writes one edit makes, so a fault can be put at each of them.
    disk.failAfter(1'000'000, SQLITE_FULL, true);
    REQUIRE(records::setField(project, partner, id.value(), "name", std::string("Counted")).ok());
    const int writes = disk.writesDone();
    disk.heal();
    INFO("one edit makes " << writes << " writes");
    REQUIRE(writes >= 3); // the journal, the page, the journal's header at least

    int refused = 0;
    int value = 0;
    for (const auto& fault : kFaults) {
        for (int at = 0; at <= writes; ++at) {
            INFO("fault " << fault.code << (fault.once ? " once" : " until healed") << " at write "
                          << at);
            const auto before = contents(path);
            const auto undoBefore = project.undoLabel();
            const std::string name = "Name " + std::to_string(++value);
            disk.failAfter(at, fault.code, fault.once);
            auto status = records::setField(project, partner, id.value(), "name", name);
            const bool faultHit = disk.writesFailed() > 0;
            disk.heal();
            if (!faultHit) {
                // The fault came after the edit's last write: it landed in full.
                REQUIRE(status.ok());
                CHECK(contents(path).find(name) != std::string::npos);
                continue;
            }
            ++refused;
            REQUIRE_FALSE(status.ok());
            CHECK(status.error().kind == ErrorKind::Storage);
            CHECK(status.error().message == expectedSentence(fault.code, "Westshire.jointly"));
            // Nothing of the edit reached the file, and the undo list did not
            // gain an edit that did not happen.
            CHECK(contents(path) == before);
            CHECK(project.undoLabel() == undoBefore);
            // The project carries on: the same edit succeeds on a healthy disk.
            REQUIRE(records::setField(project, partner, id.value(), "name", name).ok());
            CHECK(contents(path).find(name) != std::string::npos);
        }
    }
    // Every write of the edit was failed in each of the four ways.
    CHECK(refused == 4 * writes);
}

namespace {

// The fault each kind of call meets, as the unix VFS reports it.
int faultFor(FaultyDisk::Call call) {
    switch (call) {
    case FaultyDisk::Call::Write:
        return SQLITE_IOERR_WRITE;
    case FaultyDisk::Call::Read:
        return SQLITE_IOERR_READ;
    case FaultyDisk::Call::Sync:
        return SQLITE_IOERR_FSYNC;
    case FaultyDisk::Call::Truncate:
        return SQLITE_IOERR_TRUNCATE;
    case FaultyDisk::Call::OpenJournal:
        return SQLITE_CANTOPEN;
    case FaultyDisk::Call::Delete:
        return SQLITE_IOERR_DELETE;
    }
    return SQLITE_IOERR;
}

std::string sentenceFor(FaultyDisk::Call call, const std::string& fileName) {
    switch (call) {
    case FaultyDisk::Call::Read:
        return "Could not read " + fileName +
               " (an input/output error). The change was not saved. Check the drive or network "
               "share and try again.";
    case FaultyDisk::Call::OpenJournal:
        return "Could not write " + fileName + ": Jointly could not make a file in its folder " +
               "(while saving a change it keeps " + fileName +
               "-journal there). Nothing was changed. Check that the folder can be written to "
               "and that the drive has space, then try again.";
    default:
        return expectedSentence(SQLITE_IOERR, fileName);
    }
}

} // namespace

TEST_CASE("a fault in any kind of disk call during an edit leaves the project, in the window and "
          "in the file, as it was, and says so",
          "[faults]") {
    FaultyDisk disk;
    TempDir dir;
    const auto path = dir.file("Westshire.jointly");
    auto created = project::Project::create(path, "Westshire");
    REQUIRE(created.ok());
    auto& project = *created.value();
    const auto& partner = partnership::partnerOrganisation();
    auto id = records::addRecord(project, partner, {{"name", std::string("Westshire CC")}});
    REQUIRE(id.ok());
    // What the project's own connection shows: the window reads through it.
    auto shown = [&] {
        auto record = records::findRecord(project.database(), partner, id.value());
        REQUIRE(record.has_value());
        return record->text(partner, "name");
    };

    // How many calls of each kind one edit makes, with the rollback journal
    // and synchronous EXTRA: the header read that checks for changes by
    // others, then the journal's and the page's reads; the journal synced
    // twice (its content, then its header) and the project once; the journal
    // made once and deleted once; never a truncation.
    const std::pair<FaultyDisk::Call, int> kCalls[] = {
        {FaultyDisk::Call::Read, 3},     {FaultyDisk::Call::Sync, 3},
        {FaultyDisk::Call::Truncate, 0}, {FaultyDisk::Call::OpenJournal, 1},
        {FaultyDisk::Call::Delete, 1},
    };
    int value = 0;
    for (const auto& [call, expectedCalls] : kCalls) {
        INFO("a fault in " << jointly::testing::describe(call));
        const int code = faultFor(call);
        disk.failAfter(call, 1'000'000, code, true);
        REQUIRE(records::setField(project, partner, id.value(), "name",
                                  "Counted " + std::to_string(++value))
                    .ok());
        const int calls = disk.writesDone();
        disk.heal();
        CHECK(calls == expectedCalls);
        int refused = 0;
        for (int at = 0; at <= calls; ++at) {
            for (const bool once : {true, false}) {
                INFO("at call " << at << " of " << calls << (once ? ", once" : ", until healed"));
                const auto before = contents(path);
                const auto nameBefore = shown();
                const auto undoBefore = project.undoLabel();
                const std::string name = "Name " + std::to_string(++value);
                disk.failAfter(call, at, code, once);
                auto status = records::setField(project, partner, id.value(), "name", name);
                const bool faultHit = disk.writesFailed() > 0;
                disk.heal();
                if (!faultHit) {
                    REQUIRE(status.ok());
                    CHECK(shown() == name);
                    continue;
                }
                ++refused;
                REQUIRE_FALSE(status.ok());
                CHECK(status.error().kind == ErrorKind::Storage);
                CHECK(status.error().message == sentenceFor(call, "Westshire.jointly"));
                // The window's connection and a fresh one both show the
                // project as it was.
                CHECK(shown() == nameBefore);
                CHECK(contents(path) == before);
                CHECK(project.undoLabel() == undoBefore);
                REQUIRE(records::setField(project, partner, id.value(), "name", name).ok());
                CHECK(shown() == name);
            }
        }
        std::cout << "disk faults: an edit makes " << calls << " calls of "
                  << jointly::testing::describe(call) << "; " << refused
                  << " faults refused the edit\n";
        // Every call of this kind in an edit was failed once and until healed,
        // and each refused the edit.
        CHECK(refused == 2 * calls);
    }
}

TEST_CASE("a full disk during an indicator import leaves none of its rows", "[faults]") {
    FaultyDisk disk;
    TempDir dir;
    const auto path = dir.file("Westshire.jointly");
    auto created = project::Project::create(path, "Westshire");
    REQUIRE(created.ok());
    auto& project = *created.value();
    const auto csv = jointly::testing::fixture("fingertips-small.csv");

    // Count the writes of a whole import (staging and making it live) in a
    // second project, so this one starts empty.
    {
        auto other = project::Project::create(dir.file("Count.jointly"), "Count");
        REQUIRE(other.ok());
        disk.failAfter(1'000'000, SQLITE_FULL, true);
        REQUIRE(needs::importIndicators(*other.value(), csv, {}).ok());
    }
    const int writes = disk.writesDone();
    disk.heal();
    REQUIRE(writes > 3);

    const auto empty = contents(path);
    // Faults spread over the import's writes (every write would take long
    // in a debug build; every third covers staging, activation and both
    // kinds of fault).
    int refused = 0;
    for (const auto& fault : kFaults) {
        for (int at = 0; at < writes; at += 3) {
            INFO("fault " << fault.code << (fault.once ? " once" : " until healed") << " at write "
                          << at << " of " << writes);
            disk.failAfter(at, fault.code, fault.once);
            auto report = needs::importIndicators(project, csv, {});
            const bool faultHit = disk.writesFailed() > 0;
            disk.heal();
            if (!faultHit) {
                continue;
            }
            REQUIRE_FALSE(report.ok());
            INFO(report.error().message);
            CHECK(report.error().kind == ErrorKind::Storage);
            ++refused;
            // Removing what an interrupted import staged (as the next open
            // does) leaves the project exactly as it was.
            project::removeUndoneImports(project.database());
            CHECK(contents(path) == empty);
        }
    }
    CHECK(refused > 8);
    // And on a healthy disk the import goes through whole.
    auto report = needs::importIndicators(project, csv, {});
    INFO(jointly::testing::describe(report));
    REQUIRE(report.ok());
    CHECK(report.value().rowsImported == report.value().rowsRead);
}

TEST_CASE("a project file the user may not change opens read-only, says why and is not touched",
          "[faults]") {
    TempDir dir;
    const auto path = dir.file("Shared.jointly");
    {
        auto created = project::Project::create(path, "Shared");
        REQUIRE(created.ok());
        REQUIRE(records::addRecord(*created.value(), partnership::objective(), {}).ok());
    }
    REQUIRE(::chmod(path.c_str(), 0444) == 0);
    REQUIRE(::chmod(dir.path().c_str(), 0555) == 0);
    const auto original = jointly::testing::readBytes(path);

    // Root may write to any file, so as root the check runs as "nobody".
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) {
            ::_exit(10);
        }
        auto opened = project::Project::open(path);
        if (!opened.ok()) {
            ::_exit(11);
        }
        auto& project = *opened.value();
        if (!project.isReadOnly()) {
            ::_exit(12);
        }
        if (project.readOnlyReason() !=
            "Shared.jointly is read-only on this computer (you may not have permission to change "
            "it, or it is on a read-only drive). Save a copy to make changes.") {
            ::_exit(13);
        }
        auto edit = records::addRecord(project, partnership::objective(), {});
        if (edit.ok() || edit.error().kind != ErrorKind::ReadOnly) {
            ::_exit(14);
        }
        if (records::countRecords(project.database(), partnership::objective()) != 1) {
            ::_exit(15);
        }
        ::_exit(0);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    ::chmod(dir.path().c_str(), 0755);
    CHECK(jointly::testing::readBytes(path) == original);
    CHECK(dir.entries() == std::set<std::string>{"Shared.jointly"}); // no lock file, no journal
}
