#include "merge/Merger.h"

#include "merge/MergeHelpers.h"

#include "audit/ChangeHistory.h"
#include "interchange/ConstraintWords.h"
#include "interchange/SchemaCatalogue.h"
#include "merge/TotalRules.h"
#include "records/RecordKind.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "util/Text.h"

#include <sqlite3.h>

#include <algorithm>
#include <stdexcept>

namespace jointly::merge {

using namespace detail;

namespace {

using history::RowOp;
using history::StoredValue;

// Edits looked through, newest first, for the values of a record deleted
// here, to bring it back.
constexpr int kEditsSearched = 5'000;
// The latest edits, and rows of each, looked through for who made this
// file's side of a conflict.
constexpr int kEditsAttributed = 2'000;
constexpr std::size_t kRowsAttributed = 20'000;
// Writing statements kept for reuse by one merge.
constexpr std::size_t kStatementsKept = 256;

// Tables that describe this file, not the project: never merged.
bool belongsToFile(const std::string& table) {
    return table == "copy_site" || table == "project_identity" || table == "offline_origin" ||
           table == "edit_step";
}

StoredValue columnValue(storage::Statement& row, int column) {
    switch (row.columnType(column)) {
    case SQLITE_INTEGER:
        return row.int64(column);
    case SQLITE_FLOAT:
        return row.real(column);
    case SQLITE_TEXT:
        return row.text(column);
    case SQLITE_BLOB:
        return row.blob(column);
    default:
        break;
    }
    return {};
}

void bindValue(storage::Statement& statement, int index, const StoredValue& value) {
    if (const auto* whole = std::get_if<std::int64_t>(&value)) {
        statement.bind(index, *whole);
    } else if (const auto* real = std::get_if<double>(&value)) {
        statement.bindDouble(index, *real);
    } else if (const auto* text = std::get_if<std::string>(&value)) {
        statement.bind(index, *text);
    } else if (const auto* bytes = std::get_if<std::vector<unsigned char>>(&value)) {
        statement.bindBlob(index, bytes->data(), bytes->size());
    } else {
        statement.bindNull(index);
    }
}

// A table a merge may change, with its columns, read from the schema; nothing
// for a table the file does not have or that describes the file itself.
std::optional<interchange::Table> mergeableTable(storage::Database& db, const std::string& name) {
    if (belongsToFile(name) || name.rfind("sqlite_", 0) == 0 || !db.tableExists(name)) {
        return std::nullopt;
    }
    interchange::Table table;
    table.name = name;
    auto columns = db.prepare("SELECT name, \"notnull\", pk FROM pragma_table_info(?1)");
    columns.bind(1, name);
    while (columns.step()) {
        interchange::Column column;
        column.name = columns.text(0);
        column.notNull = columns.int64(1) != 0;
        column.primaryKey = columns.int64(2) != 0;
        if (column.primaryKey) {
            table.primaryKey = table.columns.size();
        }
        table.columns.push_back(std::move(column));
    }
    return table;
}

} // namespace

Merger::Merger(storage::Database& db, const Answers& answers,
               std::map<std::pair<std::string, std::int64_t>, std::int64_t> theirTotals)
    : db_(db), answers_(answers), words_(std::make_unique<audit::ChangeWords>(db)),
      theirTotals_(std::move(theirTotals)) {
    for (const auto& rule : totalRules()) {
        totalsBefore_.push_back(totalsOf(db_, rule));
    }
    for (const auto& link : brokenLinks(db_)) {
        brokenBefore_.insert(linkKey(link));
    }
}

Merger::~Merger() = default;

std::vector<Conflict> Merger::unanswered() const {
    std::vector<Conflict> open;
    for (const auto& conflict : conflicts_) {
        if (answers_.count(conflict.key) == 0) {
            open.push_back(conflict);
        }
    }
    return open;
}

void Merger::checkKnown(const RowEdit& row) {
    auto found = tables_.find(row.table);
    if (found == tables_.end()) {
        if (auto table = mergeableTable(db_, row.table)) {
            found = tables_.emplace(row.table, std::move(*table)).first;
        }
    }
    if (found == tables_.end()) {
        throw std::invalid_argument(
            "they hold a kind of record this version of Jointly does not have (“" + row.table +
            "”): merge them with the version of Jointly that made them");
    }
    for (const auto* values : {&row.before, &row.after}) {
        for (const auto& field : *values) {
            if (!found->second.find(field.first) || field.first == "id") {
                throw std::invalid_argument("they hold a field this version of Jointly does "
                                            "not have (“" +
                                            field.first + "” of “" + row.table +
                                            "”): merge them with the version of Jointly that "
                                            "made them");
            }
        }
    }
}

std::optional<FieldValues> Merger::current(const std::string& table, std::int64_t id) {
    auto read = db_.cached("SELECT * FROM " + quotedName(table) + " WHERE id = ?1");
    read->bind(1, id);
    if (!read->step()) {
        return std::nullopt;
    }
    FieldValues values;
    for (int column = 0; column < read->columnCount(); ++column) {
        auto name = read->columnName(column);
        if (name != "id") {
            values.emplace(std::move(name), columnValue(*read, column));
        }
    }
    return values;
}

std::optional<FieldValues> Merger::removedHere(const std::string& table, std::int64_t id) {
    if (!db_.tableExists("edit_step")) {
        return std::nullopt;
    }
    const auto& names = words_->columns(table);
    auto steps = db_.prepare("SELECT changes FROM edit_step WHERE undone = 0 ORDER BY id DESC "
                             "LIMIT ?1");
    steps.bind(1, kEditsSearched);
    while (steps.step()) {
        const auto rows = history::decodeChanges(steps.blob(0), 2'000'000);
        if (!rows) {
            continue;
        }
        for (const auto& row : *rows) {
            if (row.table != table || row.id != id || row.op != RowOp::Removed) {
                continue;
            }
            FieldValues values;
            for (const auto& column : row.columns) {
                if (column.column >= 0 && static_cast<std::size_t>(column.column) < names.size() &&
                    names[static_cast<std::size_t>(column.column)] != "id") {
                    values.emplace(names[static_cast<std::size_t>(column.column)], column.before);
                }
            }
            return values;
        }
    }
    return std::nullopt;
}

std::string Merger::recordWords(const std::string& table, std::int64_t id,
                                const FieldValues& values, RowOp op) {
    history::RowChange row;
    row.table = table;
    row.id = id;
    row.op = op;
    const auto& names = words_->columns(table);
    for (std::size_t i = 0; i < names.size(); ++i) {
        auto found = values.find(names[i]);
        if (found != values.end()) {
            history::ColumnChange column;
            column.column = static_cast<int>(i);
            (op == RowOp::Removed ? column.before : column.after) = found->second;
            row.columns.push_back(std::move(column));
        }
    }
    const auto change = words_->describe(row);
    return change.record.empty() ? "the " + change.kind
                                 : change.kind + " " + util::curlyQuoted(change.record);
}

void Merger::noteMine(Conflict& conflict) {
    if (!lastEdits_) {
        // Who last changed each record here, read once from the latest
        // edits the file keeps, newest first.
        lastEdits_.emplace();
        if (db_.tableExists("edit_step")) {
            auto steps = db_.prepare("SELECT made_by, made_at, changes FROM edit_step WHERE "
                                     "undone = 0 ORDER BY id DESC LIMIT ?1");
            steps.bind(1, kEditsAttributed);
            while (steps.step()) {
                const auto rows = history::decodeChanges(steps.blob(2), kRowsAttributed);
                if (!rows) {
                    continue;
                }
                for (const auto& row : *rows) {
                    lastEdits_->emplace(RecordKey{row.table, row.id},
                                        std::make_pair(steps.text(0), steps.text(1)));
                }
            }
        }
    }
    auto found = lastEdits_->find({conflict.table, conflict.id});
    if (found != lastEdits_->end()) {
        conflict.mineBy = found->second.first;
        conflict.mineAt = found->second.second;
    }
}

Answer Merger::answer(Conflict conflict) {
    const auto key = conflict.key;
    if (keys_.insert(key).second) {
        noteMine(conflict);
        conflicts_.push_back(std::move(conflict));
    }
    const auto found = answers_.find(key);
    return found == answers_.end() ? Answer{} : found->second;
}

void Merger::runWrite(const std::string& sql, std::int64_t id, const FieldValues& values) {
    auto bindAll = [&](storage::Statement& write) {
        write.bind(1, id);
        int at = 1;
        for (const auto& field : values) {
            bindValue(write, ++at, field.second);
        }
        write.run();
    };
    // Each set of fields makes its own statement: a few hundred are kept
    // for reuse, and a change file with more (a crafted one, say) has the
    // rest prepared each time rather than filling the connection's cache.
    if (statementsKept_.count(sql) != 0 || statementsKept_.size() < kStatementsKept) {
        statementsKept_.insert(sql);
        auto write = db_.cached(sql);
        bindAll(*write);
    } else {
        auto write = db_.prepare(sql);
        bindAll(write);
    }
}

bool Merger::insert(const std::string& table, std::int64_t id, const FieldValues& values,
                    const RowEdit* row) {
    std::string columns = "id";
    std::string places = "?1";
    int index = 1;
    for (const auto& field : values) {
        columns += ", " + quotedName(field.first);
        places += ", ?" + std::to_string(++index);
    }
    const auto sql =
        "INSERT INTO " + quotedName(table) + " (" + columns + ") VALUES (" + places + ")";
    auto attempt = [&](const FieldValues& tried) {
        runWrite(sql, id, tried);
    };
    try {
        attempt(values);
        written_.insert({table, id});
        return true;
    } catch (const storage::StorageError& error) {
        if (error.primaryCode() != SQLITE_CONSTRAINT || row == nullptr) {
            throw;
        }
        auto [conflict, why] = refusedByRule(error, table, id, values, RowOp::Added, *row);
        conflict.mine = "left out";
        conflict.sentence = util::capitalised(conflict.record) + " from " + whoseCopy(row->madeBy) +
                            " cannot be added as it is: " + why + ".";
        const auto given = answer(conflict);
        if (given.choice == Choice::Edited && !conflict.column.empty()) {
            auto edited = values;
            edited[conflict.column] = given.value;
            try {
                attempt(edited);
                written_.insert({table, id});
                return true;
            } catch (const storage::StorageError& again) {
                if (again.primaryCode() != SQLITE_CONSTRAINT) {
                    throw;
                }
            }
        }
        leftOut_.insert({table, id});
        return false;
    }
}

std::pair<Conflict, std::string> Merger::refusedByRule(const storage::StorageError& error,
                                                       const std::string& table, std::int64_t id,
                                                       const FieldValues& values, RowOp op,
                                                       const RowEdit& row) {
    const auto refusal = interchange::explainRefusedRow(error, tables_.at(table));
    Conflict conflict;
    conflict.key = keyOf(table, id) + "!rule";
    conflict.kind = ConflictKind::BreaksRule;
    conflict.table = table;
    conflict.id = id;
    conflict.record = recordWords(table, id, op == RowOp::Added ? values : FieldValues{}, op);
    conflict.theirsBy = row.madeBy;
    conflict.theirsAt = row.madeAt;
    conflict.canTakeTheirs = false;
    std::string why = refusal ? refusal->reason : "it breaks a rule of the project file";
    if (refusal && refusal->column) {
        conflict.column = *refusal->column;
        conflict.field = words_->fieldLabel(table, conflict.column);
        why = why.rfind("another row of ", 0) == 0
                  ? "another record here has the same " + util::lowercaseFirst(conflict.field)
                  : "its " + util::lowercaseFirst(conflict.field) + " " + why;
        if (op == RowOp::Added) {
            auto theirs = values.find(conflict.column);
            conflict.theirs = theirs == values.end()
                                  ? std::string()
                                  : words_->valueWords(table, conflict.column, theirs->second);
            conflict.canEdit = true;
        }
    }
    return {std::move(conflict), why};
}

bool Merger::update(const std::string& table, std::int64_t id, const FieldValues& values,
                    const RowEdit& row) {
    if (values.empty()) {
        return true;
    }
    std::string sets;
    int index = 1;
    for (const auto& field : values) {
        sets +=
            (sets.empty() ? "" : ", ") + quotedName(field.first) + " = ?" + std::to_string(++index);
    }
    try {
        runWrite("UPDATE " + quotedName(table) + " SET " + sets + " WHERE id = ?1", id, values);
        written_.insert({table, id});
        return true;
    } catch (const storage::StorageError& error) {
        if (error.primaryCode() != SQLITE_CONSTRAINT) {
            throw;
        }
        auto [conflict, why] = refusedByRule(error, table, id, values, RowOp::Changed, row);
        conflict.mine = "kept as it is here";
        conflict.sentence = "The changes to " + conflict.record + " from " + whoseCopy(row.madeBy) +
                            " cannot be made: " + why + ".";
        answer(conflict);
        return false;
    }
}

void Merger::remove(const std::string& table, std::int64_t id) {
    if (auto values = current(table, id)) {
        removedByMerge_.emplace(RecordKey{table, id}, std::move(*values));
    }
    auto write = db_.cached("DELETE FROM " + quotedName(table) + " WHERE id = ?1");
    write->bind(1, id);
    write->run();
}

void Merger::applyAdded(const RowEdit& row) {
    const auto here = current(row.table, row.id);
    if (!here) {
        if (insert(row.table, row.id, row.after, &row)) {
            ++added_;
        }
        return;
    }
    // Added here too (the same changes merged before, then edited): each
    // field that differs is a field changed on both sides, from no value
    // known to both.
    takeFields(row, *here, false);
}

void Merger::applyChanged(const RowEdit& row) {
    const auto here = current(row.table, row.id);
    if (!here) {
        const auto removed = removedHere(row.table, row.id);
        Conflict conflict;
        conflict.key = keyOf(row.table, row.id);
        conflict.kind = ConflictKind::RemovedHereChangedThere;
        conflict.table = row.table;
        conflict.id = row.id;
        conflict.record =
            recordWords(row.table, row.id, removed ? *removed : row.after, RowOp::Removed);
        std::vector<std::string> changes;
        for (const auto& [field, value] : row.after) {
            auto before = row.before.find(field);
            changes.push_back(
                util::lowercaseFirst(words_->fieldLabel(row.table, field)) + " from " +
                orNothing(before == row.before.end()
                              ? std::string()
                              : words_->valueWords(row.table, field, before->second)) +
                " to " + orNothing(words_->valueWords(row.table, field, value)));
        }
        conflict.mine = "stays deleted";
        conflict.theirs = removed ? "brought back, with their changes" : "cannot be brought back";
        conflict.canTakeTheirs = removed.has_value();
        conflict.theirsBy = row.madeBy;
        conflict.theirsAt = row.madeAt;
        conflict.sentence = util::capitalised(conflict.record) + " was deleted here, but " +
                            (row.madeBy.empty() ? "the other copy" : row.madeBy) + " changed it (" +
                            util::joinedWithAnd(changes) + ").";
        const auto given = answer(conflict);
        if (given.choice == Choice::Theirs && removed) {
            auto values = *removed;
            for (const auto& [field, value] : row.after) {
                values[field] = value;
            }
            if (insert(row.table, row.id, values, &row)) {
                ++added_;
            }
        }
        return;
    }
    takeFields(row, *here, true);
}

void Merger::takeFields(const RowEdit& row, const FieldValues& here, bool baseKnown) {
    FieldValues taken;
    for (const auto& [field, theirs] : row.after) {
        auto mineAt = here.find(field);
        const StoredValue mine = mineAt == here.end() ? StoredValue{} : mineAt->second;
        auto baseAt = row.before.find(field);
        const StoredValue base = baseAt == row.before.end() ? StoredValue{} : baseAt->second;
        // An added record knows the value a field was added with when it
        // was changed after (fold()): that is the base both sides share.
        const bool known = baseKnown || baseAt != row.before.end();
        if (mine == theirs) {
            continue; // both made the same change, or it was merged before
        }
        if (known && mine == base) {
            taken[field] = theirs; // changed there only
            continue;
        }
        Conflict conflict;
        conflict.key = keyOf(row.table, row.id, field);
        conflict.kind = ConflictKind::BothChanged;
        conflict.table = row.table;
        conflict.id = row.id;
        conflict.column = field;
        conflict.record = recordWords(row.table, row.id, here, RowOp::Changed);
        conflict.field = words_->fieldLabel(row.table, field);
        conflict.mine = words_->valueWords(row.table, field, mine);
        conflict.theirs = words_->valueWords(row.table, field, theirs);
        conflict.theirsBy = row.madeBy;
        conflict.theirsAt = row.madeAt;
        conflict.canEdit = true;
        const auto was = known ? " was " + orNothing(words_->valueWords(row.table, field, base)) +
                                     "; it was changed to "
                               : " is ";
        conflict.sentence = util::capitalised(util::lowercaseFirst(conflict.field)) + " of " +
                            conflict.record + was + orNothing(conflict.mine) + " here and " +
                            (known ? "to " : "") + orNothing(conflict.theirs) + " in " +
                            whoseCopy(row.madeBy) + ".";
        const auto given = answer(conflict);
        if (given.choice == Choice::Theirs) {
            taken[field] = theirs;
        } else if (given.choice == Choice::Edited) {
            taken[field] = given.value;
        }
    }
    if (!taken.empty()) {
        beforeMerge_.emplace(RecordKey{row.table, row.id}, here);
        if (update(row.table, row.id, taken, row)) {
            ++changed_;
        }
    }
}

void Merger::applyRemoved(const RowEdit& row) {
    const auto here = current(row.table, row.id);
    if (!here) {
        return; // deleted here too, or merged before
    }
    std::vector<std::string> changedHere;
    for (const auto& [field, base] : row.before) {
        auto mine = here->find(field);
        if (mine != here->end() && !(mine->second == base)) {
            changedHere.push_back(util::lowercaseFirst(words_->fieldLabel(row.table, field)) +
                                  " from " + orNothing(words_->valueWords(row.table, field, base)) +
                                  " to " +
                                  orNothing(words_->valueWords(row.table, field, mine->second)));
        }
    }
    if (!changedHere.empty()) {
        Conflict conflict;
        conflict.key = keyOf(row.table, row.id);
        conflict.kind = ConflictKind::ChangedHereRemovedThere;
        conflict.table = row.table;
        conflict.id = row.id;
        conflict.record = recordWords(row.table, row.id, *here, RowOp::Changed);
        conflict.mine = "kept, as changed here";
        conflict.theirs = "deleted";
        conflict.theirsBy = row.madeBy;
        conflict.theirsAt = row.madeAt;
        conflict.sentence = util::capitalised(conflict.record) + " was deleted in " +
                            whoseCopy(row.madeBy) + ", but changed here (" +
                            util::joinedWithAnd(changedHere) + ").";
        if (answer(conflict).choice != Choice::Theirs) {
            keptAgainstRemoval_.insert({row.table, row.id});
            return;
        }
    }
    remove(row.table, row.id);
    ++removed_;
}

void Merger::apply(const std::vector<RowEdit>& rows, const MergeProgress& progress) {
    for (const auto& row : rows) {
        if (row.table != "merged_edit") {
            checkKnown(row);
        }
    }
    findImportsHeld(rows);
    // Told every 256 rows: often enough for a bar that moves and a Cancel
    // that answers at once, rarely enough to cost nothing.
    constexpr std::size_t kRowsBetweenReports = 256;
    std::size_t done = 0;
    for (const auto& row : rows) {
        if (progress && done++ % kRowsBetweenReports == 0 && !progress(done - 1, rows.size())) {
            throw MergeStopped{};
        }
        if (row.table == "merged_edit") {
            applyBookkeeping(row);
            continue;
        }
        if (partOfImportHeld(row)) {
            ++rowsOfImportsHeld_;
            continue;
        }
        if (row.table == "indicator" && sameIndicator_.count(row.id) != 0) {
            continue; // the indicator held here stands for it
        }
        const RowEdit* edit = &row;
        if (!sameIndicator_.empty()) {
            auto link = row.after.find("indicator_id");
            const auto* id =
                link == row.after.end() ? nullptr : std::get_if<std::int64_t>(&link->second);
            if (id != nullptr && sameIndicator_.count(*id) != 0) {
                remapped_.push_back(row);
                remapped_.back().after["indicator_id"] = sameIndicator_.at(*id);
                edit = &remapped_.back();
            }
        }
        if (periodHeldHere(*edit) || markOnValueNotHere(*edit)) {
            continue;
        }
        incoming_[{edit->table, edit->id}] = edit;
        switch (edit->op) {
        case RowOp::Added:
            applyAdded(*edit);
            break;
        case RowOp::Changed:
            applyChanged(*edit);
            break;
        case RowOp::Removed:
            applyRemoved(*edit);
            break;
        }
    }
    keepRules();
    keepTotals();
    settleLinks();
    if (progress && !progress(rows.size(), rows.size())) {
        throw MergeStopped{};
    }
}

} // namespace jointly::merge
