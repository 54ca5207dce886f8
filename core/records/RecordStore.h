#pragma once

#include "Outcome.h"
#include "records/RecordKind.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace jointly::storage {
class Database;
}
namespace jointly::project {
class Project;
}

// Reading and editing records of any kind. Reads take the database; edits take
// the project, so each one is committed at once and can be undone.
namespace jointly::records {

std::vector<Record> listRecords(storage::Database& db, const RecordKind& kind);
// The same, one at a time, for tables of any length read in bounded memory;
// the record passed is reused for the next. `each` returns false to stop.
void forEachRecord(storage::Database& db, const RecordKind& kind,
                   const std::function<bool(const Record&)>& each);
std::optional<Record> findRecord(storage::Database& db, const RecordKind& kind, std::int64_t id);
std::int64_t countRecords(storage::Database& db, const RecordKind& kind);

// The record's name for messages and lists, e.g. "Westshire County Council",
// or "unnamed partner organisation" when it has none yet.
std::string nameOf(const RecordKind& kind, const Record& record);

// What a Link field may point at: each record's id and name, in order.
std::vector<std::pair<std::int64_t, std::string>> linkChoices(storage::Database& db,
                                                              const RecordKind& linked);

using FieldValues = std::vector<std::pair<std::string_view, FieldValue>>;

// Adds a record, with the given fields set and the rest at their defaults.
// Undo label: "Add partner organisation".
Outcome<std::int64_t> addRecord(project::Project& project, const RecordKind& kind,
                                const FieldValues& initial = {});

// Inside an edit: inserts a record of this kind with these fields (column
// names checked by the caller against the kind), under a new id from this
// copy's site, with the records its kind adds alongside (an appraisal's
// "do nothing" option) when `also` says so, and keeps the kind's rule,
// throwing the sentence that refuses it. Returns the new id.
enum class AlsoOnAdd { No, Yes };
std::int64_t insertRecord(storage::Database& db, const RecordKind& kind, const FieldValues& values,
                          AlsoOnAdd also);

// Changes one field. Undo label: "Change annual contribution of Westshire CC".
Status setField(project::Project& project, const RecordKind& kind, std::int64_t id,
                std::string_view column, const FieldValue& value);

// Changes several fields in one edit, undone as one step: all are checked
// first, and nothing changes if any is refused. Undo label: "Change name and
// role of Dr Amy Shah".
Status setFields(project::Project& project, const RecordKind& kind, std::int64_t id,
                 const FieldValues& values);

// Deletes a record with everything that belongs to it (a partner
// organisation's members and their declared interests, its contributions).
// Undo brings all of it back with the same links. The label says what goes:
// "Delete “NHS Westshire” with its 3 members and 15 contributions worth
// £394,800,000.00 (lead commissioner of 2 care groups)".
Status deleteRecord(project::Project& project, const RecordKind& kind, std::int64_t id);

// The label deleteRecord() would use, for confirmations.
std::string deletionDescription(storage::Database& db, const RecordKind& kind, std::int64_t id);

} // namespace jointly::records
