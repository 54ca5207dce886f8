#include "project/Schema.h"

#include "history/LayoutChange.h"
#include "project/SchemaScripts.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "util/Text.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

namespace jointly::project {

namespace {

// Version 0 was the prototype's layout (partnership, partner, member). Its
// tables are set aside before version 1's are made, and its rows moved into
// them after (project/schema/from-prototype-*.sql).
void apply(storage::Database& db, int toVersion) {
    const bool fromPrototype = toVersion == 1 && db.tableExists("partner");
    if (fromPrototype) {
        db.executeTrustedScript(kFromPrototypeBefore);
    }
    db.executeTrustedScript(kMigrations[toVersion - 1]);
    if (fromPrototype) {
        db.executeTrustedScript(kFromPrototypeAfter);
    }
}

} // namespace

int schemaVersionOf(storage::Database& db) {
    return static_cast<int>(db.queryInt64("PRAGMA user_version"));
}

void migrateToCurrent(storage::Database& db) {
    migrateTo(db, kCurrentSchemaVersion);
}

void migrateTo(storage::Database& db, int targetVersion) {
    static_assert(std::size(kMigrations) == kCurrentSchemaVersion);
    for (int toVersion = 1; toVersion <= kCurrentSchemaVersion; ++toVersion) {
        if (schemaVersionOf(db) >= toVersion || toVersion > targetVersion) {
            continue;
        }
        if (toVersion == kFirstChecksummedVersion) {
            // Rewrites the file with room for a checksum on every page; a
            // transaction of its own, as VACUUM cannot run inside another.
            db.addPageChecksums();
        }
        // One transaction per step: the step's changes and its version bump
        // land together or not at all.
        storage::Transaction transaction(db);
        // The kept edits name columns by their place: they are rewritten
        // for the layout the step leaves, in the same transaction.
        const bool keptEdits = db.tableExists("edit_step") &&
                               db.queryInt64("SELECT EXISTS (SELECT 1 FROM edit_step)") != 0;
        const auto layouts = keptEdits ? history::tableLayouts(db) : history::TableLayouts{};
        apply(db, toVersion);
        db.execute("PRAGMA user_version = " + std::to_string(toVersion));
        if (keptEdits) {
            history::carryKeptEdits(db, layouts);
        }
        auto problems = db.prepare("PRAGMA foreign_key_check");
        if (problems.step()) {
            throw storage::StorageError(
                19, "Upgrading to file format " + std::to_string(toVersion) +
                        " left links to missing rows in table " + problems.text(0));
        }
        transaction.commit();
    }
}

std::int64_t removeUndoneImports(storage::Database& db) {
    if (!db.tableExists("indicator_import") ||
        db.queryInt64("SELECT EXISTS (SELECT 1 FROM indicator_import WHERE active = 0)") == 0) {
        return 0; // nothing to remove: no write, no wait for the disk
    }
    storage::Transaction transaction(db);
    db.execute("DELETE FROM indicator_import WHERE active = 0");
    auto removed = db.queryInt64("SELECT changes()");
    transaction.commit();
    return removed;
}

namespace {

// Each table of the current schema with its columns, read once from a
// freshly made schema in memory.
const std::vector<std::pair<std::string, std::vector<std::string>>>& expectedTables() {
    static const auto tables = [] {
        std::vector<std::pair<std::string, std::vector<std::string>>> result;
        storage::Database fresh("", storage::OpenMode::Memory);
        initialiseNewProject(fresh);
        auto names = fresh.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                   "name NOT LIKE 'sqlite_%' ORDER BY name");
        while (names.step()) {
            result.emplace_back(names.text(0), std::vector<std::string>{});
        }
        for (auto& [table, columns] : result) {
            auto info = fresh.prepare("SELECT name FROM pragma_table_info(?1)");
            info.bind(1, table);
            while (info.step()) {
                columns.push_back(info.text(0));
            }
        }
        return result;
    }();
    return tables;
}

} // namespace

std::string missingSchemaParts(storage::Database& db) {
    for (const auto& [table, columns] : expectedTables()) {
        auto info = db.prepare("SELECT name FROM pragma_table_info(?1)");
        info.bind(1, table);
        std::vector<std::string> present;
        while (info.step()) {
            present.push_back(info.text(0));
        }
        if (present.empty()) {
            return "its table " + util::curlyQuoted(table) + " is missing";
        }
        for (const auto& column : columns) {
            if (std::find(present.begin(), present.end(), column) == present.end()) {
                return "its table " + util::curlyQuoted(table) + " has no column " +
                       util::curlyQuoted(column);
            }
        }
    }
    const auto rows = db.queryInt64("SELECT count(*) FROM partnership");
    if (rows != 1) {
        return "it should hold one row of partnership details and holds " + std::to_string(rows);
    }
    return {};
}

void initialiseNewProject(storage::Database& db) {
    // 8 KB pages rather than SQLite's 4 KB: a needs assessment can hold
    // millions of indicator values, and with bigger pages a large import of
    // many areas writes about 5% faster (bench/import_speed: median 5.44 s
    // against 5.74 s over 7 runs of 1,000,000 rows for 20,000 areas; 16 KB
    // gained 8% but made an empty project four times the size, 1 MB). Set
    // before the first table is made.
    db.execute("PRAGMA page_size = 8192");
    db.execute("PRAGMA application_id = " + std::to_string(kApplicationId));
    migrateToCurrent(db);
}

} // namespace jointly::project
