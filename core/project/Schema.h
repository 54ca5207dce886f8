#pragma once

#include "project/SchemaVersion.h"

#include <cstdint>
#include <string>

namespace jointly::storage {
class Database;
}

namespace jointly::project {

// "JNTL" in ASCII: marks an SQLite file as a Jointly project.
inline constexpr std::int32_t kApplicationId = 0x4A4E544C;

// The schema version this build writes, kept in PRAGMA user_version.
// Version 0 is the prototype's layout (partnership, partner, member), kept
// readable so early files still open. Version 1 added the partnership stage,
// version 2 the needs assessment stage, version 3 the planning stage, version
// 4 each indicator's number of decimal places, version 5 a checksum on every
// page (storage/PageChecksums.h; no table changed), version 6 the block of
// sites whose ids a copy of the file may use (project/Ids.h). Each step is a
// file in project/schema/, and the build counts them.
inline constexpr int kCurrentSchemaVersion = kSchemaSteps;

// From this version on every page of a project file carries a checksum, and
// a file whose header no longer reserves room for them is damaged.
inline constexpr int kFirstChecksummedVersion = 5;

// Brings a database from its user_version up to kCurrentSchemaVersion. Each
// step and its version bump commit in one transaction, so a failure leaves the
// file at the last version it fully reached. Throws StorageError on failure.
void migrateToCurrent(storage::Database& db);
// The same, stopping at targetVersion (used to load data written for an
// older schema, such as the example partnership's script, before upgrading).
void migrateTo(storage::Database& db, int targetVersion);

// Marks a brand-new, empty database as a Jointly project and creates the
// current schema with its single partnership row.
void initialiseNewProject(storage::Database& db);

int schemaVersionOf(storage::Database& db);

// What a file at the current format lacks of the schema Jointly relies on:
// a missing table, a table missing one of its columns, or a partnership
// table without exactly one row. Tables, columns, views and triggers added
// by someone else are not problems (triggers and views never run). Returns
// an empty string when nothing is missing, otherwise a phrase such as
// 'its table "risk" is missing'.
std::string missingSchemaParts(storage::Database& db);

// Removes what undone imports left behind: an import that is not live can no
// longer be redone once the project is closed, so its rows go when it is next
// opened for writing. Returns the number of imports removed.
std::int64_t removeUndoneImports(storage::Database& db);

} // namespace jointly::project
