#include "project/Schema.h"
#include "util/Text.h"

#include "project/SchemaV1.sql.h"
#include "project/SchemaV2.sql.h"
#include "project/SchemaV3.sql.h"
#include "project/SchemaV4.sql.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

namespace jointly::project {

namespace {

// Version 0 was the prototype: partnership(name, aims), partner(name, type)
// and member(partner_id, name, role, budget_holder). Its rows move into the
// version 1 tables; a partner type the prototype stored as free text is
// mapped where it is recognised and otherwise kept in the partner's notes.
// Members whose organisation had gone from the prototype file are kept under
// a placeholder organisation rather than dropped.
constexpr const char* kFromPrototype = R"SQL(
ALTER TABLE partnership RENAME TO v0_partnership;
ALTER TABLE member RENAME TO v0_member;
ALTER TABLE partner RENAME TO v0_partner;
)SQL";

constexpr const char* kCopyPrototypeRows = R"SQL(
INSERT INTO partner_organisation (id, name, org_type, notes)
SELECT id, coalesce(name, ''),
       CASE lower(trim(coalesce(type, '')))
           WHEN 'local authority' THEN 'local_authority'
           WHEN 'council' THEN 'local_authority'
           WHEN 'nhs' THEN 'nhs_body'
           WHEN 'nhs body' THEN 'nhs_body'
           WHEN 'ccg' THEN 'nhs_body'
           WHEN 'public health' THEN 'public_health'
           WHEN 'police' THEN 'criminal_justice'
           WHEN 'probation' THEN 'criminal_justice'
           WHEN 'voluntary' THEN 'voluntary_community'
           WHEN 'provider' THEN 'provider'
           ELSE 'local_authority'
       END,
       CASE WHEN lower(trim(coalesce(type, ''))) IN ('local authority', 'council', 'nhs',
                 'nhs body', 'ccg', 'public health', 'police', 'probation', 'voluntary',
                 'provider', '')
            THEN ''
            ELSE 'Type in the earlier file: ' || type
       END
FROM v0_partner;

INSERT INTO partner_organisation (id, name, notes)
SELECT (SELECT coalesce(max(id), 0) + 1 FROM partner_organisation),
       'Organisation missing from the earlier file',
       'The earlier file had members whose organisation was no longer in it. They are kept ' ||
       'here: move each to the right organisation, then delete this one.'
WHERE EXISTS (SELECT 1 FROM v0_member
              WHERE partner_id IS NULL OR partner_id NOT IN (SELECT id FROM v0_partner));

INSERT INTO member (id, partner_id, name, role, can_commit_budget)
SELECT m.id,
       coalesce((SELECT p.id FROM v0_partner p WHERE p.id = m.partner_id),
                (SELECT max(id) FROM partner_organisation)),
       coalesce(m.name, ''), coalesce(m.role, ''),
       CASE WHEN coalesce(m.budget_holder, 0) <> 0 THEN 1 ELSE 0 END
FROM v0_member m;

UPDATE partnership SET
    name = coalesce((SELECT name FROM v0_partnership ORDER BY id LIMIT 1), ''),
    aims = coalesce((SELECT aims FROM v0_partnership ORDER BY id LIMIT 1), '');

DROP TABLE v0_member;
DROP TABLE v0_partner;
DROP TABLE v0_partnership;
)SQL";

void toVersion1(storage::Database& db) {
    bool fromPrototype = db.tableExists("partner");
    if (fromPrototype) {
        db.executeTrustedScript(kFromPrototype);
    }
    db.executeTrustedScript(kSchemaV1);
    db.execute("INSERT INTO partnership (id) VALUES (1)");
    if (fromPrototype) {
        db.executeTrustedScript(kCopyPrototypeRows);
    }
}

void toVersion2(storage::Database& db) {
    db.executeTrustedScript(kSchemaV2);
}

void toVersion3(storage::Database& db) {
    db.executeTrustedScript(kSchemaV3);
}

void toVersion4(storage::Database& db) {
    db.executeTrustedScript(kSchemaV4);
}

// Version 5 changes no table: the step before it gave every page a checksum.
void toVersion5(storage::Database&) {
}

struct Step {
    int toVersion;
    std::function<void(storage::Database&)> apply;
};

const std::vector<Step>& steps() {
    static const std::vector<Step> all = {
        {1, toVersion1}, {2, toVersion2}, {3, toVersion3}, {4, toVersion4}, {5, toVersion5},
    };
    return all;
}

} // namespace

int schemaVersionOf(storage::Database& db) {
    return static_cast<int>(db.queryInt64("PRAGMA user_version"));
}

void migrateToCurrent(storage::Database& db) {
    migrateTo(db, kCurrentSchemaVersion);
}

void migrateTo(storage::Database& db, int targetVersion) {
    for (const auto& step : steps()) {
        if (schemaVersionOf(db) >= step.toVersion || step.toVersion > targetVersion) {
            continue;
        }
        if (step.toVersion == kFirstChecksummedVersion) {
            // Rewrites the file with room for a checksum on every page; a
            // transaction of its own, as VACUUM cannot run inside another.
            db.addPageChecksums();
        }
        // One transaction per step: the step's changes and its version bump
        // land together or not at all.
        storage::Transaction transaction(db);
        step.apply(db);
        db.execute("PRAGMA user_version = " + std::to_string(step.toVersion));
        auto problems = db.prepare("PRAGMA foreign_key_check");
        if (problems.step()) {
            throw storage::StorageError(
                19, "Upgrading to file format " + std::to_string(step.toVersion) +
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
