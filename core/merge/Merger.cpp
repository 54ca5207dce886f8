#include "merge/Merger.h"

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
// Rounds of settling links (a record brought back may itself link to one
// deleted here); the schema's chains of links are far shorter.
constexpr int kLinkRounds = 32;
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

std::string quotedName(const std::string& name) {
    return "\"" + name + "\""; // names checked against the schema first
}

std::string keyOf(const std::string& table, std::int64_t id, const std::string& column = {}) {
    return table + "#" + std::to_string(id) + (column.empty() ? "" : "." + column);
}

std::string orNothing(const std::string& words) {
    return words.empty() ? "nothing" : words;
}

std::string whoseCopy(const std::string& who) {
    return who.empty() ? "the other copy" : who + "’s copy";
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

struct BrokenLink {
    std::string table;
    std::int64_t id = 0;
    int link = 0; // the foreign key's number in pragma_foreign_key_list
};

std::vector<BrokenLink> brokenLinks(storage::Database& db) {
    std::vector<BrokenLink> links;
    auto check = db.prepare("PRAGMA foreign_key_check");
    while (check.step()) {
        links.push_back({check.text(0), check.int64(1), static_cast<int>(check.int64(3))});
    }
    return links;
}

std::string linkKey(const BrokenLink& link) {
    return link.table + " " + std::to_string(link.id) + " " + std::to_string(link.link);
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
        const auto refusal = interchange::explainRefusedRow(error, tables_.at(table));
        Conflict conflict;
        conflict.key = keyOf(table, id) + "!rule";
        conflict.kind = ConflictKind::BreaksRule;
        conflict.table = table;
        conflict.id = id;
        conflict.record = recordWords(table, id, values, RowOp::Added);
        conflict.theirsBy = row->madeBy;
        conflict.theirsAt = row->madeAt;
        std::string why = refusal ? refusal->reason : "it breaks a rule of the project file";
        if (refusal && refusal->column) {
            conflict.column = *refusal->column;
            conflict.field = words_->fieldLabel(table, conflict.column);
            if (why.rfind("another row of ", 0) == 0) {
                why = "another record here has the same " + util::lowercaseFirst(conflict.field);
            } else {
                why = "its " + util::lowercaseFirst(conflict.field) + " " + why;
            }
            auto theirs = values.find(conflict.column);
            conflict.theirs = theirs == values.end()
                                  ? std::string()
                                  : words_->valueWords(table, conflict.column, theirs->second);
            conflict.canEdit = true;
        }
        conflict.mine = "left out";
        conflict.canTakeTheirs = false;
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
        const auto refusal = interchange::explainRefusedRow(error, tables_.at(table));
        Conflict conflict;
        conflict.key = keyOf(table, id) + "!rule";
        conflict.kind = ConflictKind::BreaksRule;
        conflict.table = table;
        conflict.id = id;
        conflict.record = recordWords(table, id, {}, RowOp::Changed);
        conflict.theirsBy = row.madeBy;
        conflict.theirsAt = row.madeAt;
        std::string why = refusal ? refusal->reason : "it breaks a rule of the project file";
        if (refusal && refusal->column) {
            conflict.column = *refusal->column;
            conflict.field = words_->fieldLabel(table, conflict.column);
            why = why.rfind("another row of ", 0) == 0
                      ? "another record here has the same " + util::lowercaseFirst(conflict.field)
                      : "its " + util::lowercaseFirst(conflict.field) + " " + why;
        }
        conflict.mine = "kept as it is here";
        conflict.canTakeTheirs = false;
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
        if (mine == theirs) {
            continue; // both made the same change, or it was merged before
        }
        if (baseKnown && mine == base) {
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
        const auto was = baseKnown
                             ? " was " + orNothing(words_->valueWords(row.table, field, base)) +
                                   "; it was changed to "
                             : " is ";
        conflict.sentence = util::capitalised(util::lowercaseFirst(conflict.field)) + " of " +
                            conflict.record + was + orNothing(conflict.mine) + " here and " +
                            (baseKnown ? "to " : "") + orNothing(conflict.theirs) + " in " +
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

void Merger::applyBookkeeping(const RowEdit& row) {
    // Which edits of other copies the sender had merged: kept here too, so
    // they are not merged a second time by another way round.
    if (row.op == RowOp::Removed) {
        auto write = db_.cached("DELETE FROM merged_edit WHERE id = ?1");
        write->bind(1, row.id);
        write->run();
        return;
    }
    if (row.op != RowOp::Added) {
        return;
    }
    auto textOf = [&](const char* field) {
        auto found = row.after.find(field);
        const auto* text =
            found == row.after.end() ? nullptr : std::get_if<std::string>(&found->second);
        return text ? *text : std::string();
    };
    auto write = db_.cached("INSERT OR IGNORE INTO merged_edit (id, label, made_at, made_by, "
                            "merged_from) VALUES (?1, ?2, ?3, ?4, ?5)");
    write->bind(1, row.id)
        .bind(2, textOf("label"))
        .bind(3, textOf("made_at"))
        .bind(4, textOf("made_by"))
        .bind(5, textOf("merged_from"));
    write->run();
}

bool Merger::settleLink(const std::string& child, std::int64_t childId, int link) {
    auto foreignKey = db_.prepare("SELECT \"from\", \"table\", on_delete FROM "
                                  "pragma_foreign_key_list(?1) WHERE id = ?2");
    foreignKey.bind(1, child).bind(2, link);
    if (!foreignKey.step()) {
        return false;
    }
    const auto column = foreignKey.text(0);
    const auto parent = foreignKey.text(1);
    const auto onDelete = foreignKey.text(2);
    const auto childValues = current(child, childId);
    if (!childValues || childValues->count(column) == 0) {
        return false;
    }
    const auto* parentId = std::get_if<std::int64_t>(&childValues->at(column));
    if (parentId == nullptr) {
        return false;
    }
    const RecordKey childKey{child, childId};
    const RecordKey parentKey{parent, *parentId};

    // Leaves out what the merge brought of the child: an added record
    // goes, a changed link goes back to what it was here.
    auto leaveOutChild = [&] {
        auto before = beforeMerge_.find(childKey);
        if (before == beforeMerge_.end()) {
            remove(child, childId);
            removedByMerge_.erase(childKey);
            leftOut_.insert(childKey);
            if (added_ > 0) {
                --added_;
            }
        } else {
            linksGivenBack_.insert(keyOf(child, childId, column));
            auto was = before->second.find(column);
            update(child, childId,
                   {{column, was == before->second.end() ? StoredValue{} : was->second}},
                   RowEdit{});
        }
        return true;
    };

    // Whether the link is one the merge made (an added or restored record,
    // or a link changed there), or this file's own.
    auto incomingChild = incoming_.find(childKey);
    // A link given back its value here that still finds nothing is this
    // file's own link to a record the merge removed.
    const bool linkFromMerge =
        written_.count(childKey) != 0 &&
        linksGivenBack_.count(keyOf(child, childId, column)) == 0 &&
        (incomingChild == incoming_.end() || incomingChild->second->op == RowOp::Added ||
         incomingChild->second->after.count(column) != 0);
    if (linkFromMerge) {
        if (leftOut_.count(parentKey) != 0 || removedByMerge_.count(parentKey) != 0) {
            return leaveOutChild(); // follows what was decided about the record it links to
        }
        const auto removed = removedHere(parent, *parentId);
        Conflict conflict;
        conflict.key = keyOf(child, childId, column);
        conflict.kind = ConflictKind::LinksToRemovedHere;
        conflict.table = child;
        conflict.id = childId;
        conflict.column = column;
        conflict.record = recordWords(child, childId, *childValues, RowOp::Changed);
        conflict.field = words_->fieldLabel(child, column);
        const auto parentWords =
            recordWords(parent, *parentId, removed ? *removed : FieldValues{}, RowOp::Removed);
        auto incoming = incoming_.find(childKey);
        if (incoming != incoming_.end()) {
            conflict.theirsBy = incoming->second->madeBy;
            conflict.theirsAt = incoming->second->madeAt;
        }
        conflict.mine = "left out";
        conflict.theirs = removed ? parentWords + " brought back" : "cannot be kept";
        conflict.canTakeTheirs = removed.has_value();
        conflict.linkedTable = parent;
        conflict.linkedId = *parentId;
        conflict.sentence = util::capitalised(conflict.record) + " from " +
                            whoseCopy(conflict.theirsBy) + " links to " + parentWords +
                            ", which was deleted here.";
        if (answer(conflict).choice == Choice::Theirs && removed) {
            try {
                insert(parent, *parentId, *removed, nullptr);
                return true;
            } catch (const storage::StorageError& error) {
                if (error.primaryCode() != SQLITE_CONSTRAINT) {
                    throw;
                }
            }
        }
        return leaveOutChild();
    }

    // A record of this file links to one the merge removed.
    auto removedValues = removedByMerge_.find(parentKey);
    if (removedValues == removedByMerge_.end()) {
        return false;
    }
    auto followRemoval = [&] {
        if (onDelete == "CASCADE") {
            remove(child, childId);
            cascaded_.insert(childKey);
        } else {
            auto write = db_.cached("UPDATE " + quotedName(child) + " SET " + quotedName(column) +
                                    " = NULL WHERE id = ?1");
            write->bind(1, childId);
            write->run();
        }
        return true;
    };
    if (cascaded_.count(parentKey) != 0) {
        return followRemoval();
    }
    auto keepParent = [&] {
        const auto values = removedValues->second;
        removedByMerge_.erase(removedValues);
        insert(parent, *parentId, values, nullptr);
        keptAgainstRemoval_.insert(parentKey);
        if (removed_ > 0) {
            --removed_;
        }
        return true;
    };
    if (keptAgainstRemoval_.count(childKey) != 0) {
        // The child was kept against their deleting it: what it belongs to
        // stays too, without asking again.
        return keepParent();
    }
    const bool canRemove = onDelete == "CASCADE" || onDelete == "SET NULL";
    Conflict conflict;
    conflict.key = keyOf(parent, *parentId);
    conflict.kind = ConflictKind::ChangedHereRemovedThere;
    conflict.table = parent;
    conflict.id = *parentId;
    conflict.record = recordWords(parent, *parentId, removedValues->second, RowOp::Removed);
    auto incoming = incoming_.find(parentKey);
    if (incoming != incoming_.end()) {
        conflict.theirsBy = incoming->second->madeBy;
        conflict.theirsAt = incoming->second->madeAt;
    }
    const auto childWords = recordWords(child, childId, *childValues, RowOp::Changed);
    conflict.mine = "kept";
    conflict.theirs = onDelete == "CASCADE" ? "deleted, with " + childWords : "deleted";
    conflict.canTakeTheirs = canRemove;
    conflict.sentence = util::capitalised(conflict.record) + " was deleted in " +
                        whoseCopy(conflict.theirsBy) + ", but " + childWords + " here links to it.";
    if (answer(conflict).choice == Choice::Theirs && canRemove) {
        return followRemoval();
    }
    return keepParent(); // kept: the removal is taken back
}

bool Merger::onlyLinksCleared(const RecordKey& key) {
    // What the schema did when a linked record went (a link set to nothing)
    // is not an edit of the record: the stages' rules never ran on it.
    auto incoming = incoming_.find(key);
    if (incoming == incoming_.end() || incoming->second->op != RowOp::Changed) {
        return false;
    }
    auto links = db_.prepare("SELECT \"from\" FROM pragma_foreign_key_list(?1)");
    links.bind(1, key.first);
    std::set<std::string> linkColumns;
    while (links.step()) {
        linkColumns.insert(links.text(0));
    }
    for (const auto& [field, value] : incoming->second->after) {
        if (linkColumns.count(field) == 0 || !std::holds_alternative<std::monostate>(value)) {
            return false;
        }
    }
    return true;
}

void Merger::keepRules() {
    for (const auto& key : std::set<RecordKey>(written_)) {
        const auto* kind = records::kindForTable(key.first);
        if (kind == nullptr || kind->refuseChange == nullptr || leftOut_.count(key) != 0 ||
            onlyLinksCleared(key)) {
            continue;
        }
        const auto why = kind->refuseChange(db_, key.second);
        if (why.empty()) {
            continue;
        }
        const auto here = current(key.first, key.second);
        auto incoming = incoming_.find(key);
        Conflict conflict;
        conflict.key = keyOf(key.first, key.second) + "!rule";
        conflict.kind = ConflictKind::BreaksRule;
        conflict.table = key.first;
        conflict.id = key.second;
        conflict.record =
            recordWords(key.first, key.second, here ? *here : FieldValues{}, RowOp::Changed);
        if (incoming != incoming_.end()) {
            conflict.theirsBy = incoming->second->madeBy;
            conflict.theirsAt = incoming->second->madeAt;
        }
        auto before = beforeMerge_.find(key);
        conflict.mine = before == beforeMerge_.end() ? "left out" : "kept as it is here";
        conflict.theirs = "cannot be had: " + why;
        conflict.canTakeTheirs = false;
        conflict.sentence = "What " + whoseCopy(conflict.theirsBy) + " did to " + conflict.record +
                            " breaks a rule here: " + why;
        answer(conflict);
        // Taken back: an added record goes, a changed one gets its fields back.
        if (before == beforeMerge_.end()) {
            remove(key.first, key.second);
            removedByMerge_.erase(key);
            leftOut_.insert(key);
            if (added_ > 0) {
                --added_;
            }
        } else {
            const auto values = before->second;
            update(key.first, key.second, values, RowEdit{});
            if (changed_ > 0) {
                --changed_;
            }
        }
    }
}

void Merger::keepTotals() {
    const auto& rules = totalRules();
    for (std::size_t index = 0; index < rules.size(); ++index) {
        const auto& rule = rules[index];
        // The groups the merge touched, and which of their records.
        std::map<std::int64_t, std::set<RecordKey>> touched;
        auto note = [&](const RecordKey& key, const FieldValues& values) {
            if (key.first != rule.table) {
                return;
            }
            std::map<std::string, std::int64_t> links;
            for (const auto& [field, value] : values) {
                if (const auto* whole = std::get_if<std::int64_t>(&value)) {
                    links[field] = *whole;
                }
            }
            touched[groupOf(rule, links)].insert(key);
        };
        for (const auto& key : written_) {
            if (leftOut_.count(key) == 0) {
                if (auto here = current(key.first, key.second)) {
                    note(key, *here);
                }
            }
            if (auto before = beforeMerge_.find(key); before != beforeMerge_.end()) {
                note(key, before->second); // a record moved from one group to another
            }
        }
        for (const auto& [key, values] : removedByMerge_) {
            note(key, values);
        }
        if (touched.empty()) {
            continue;
        }
        const auto after = totalsOf(db_, rule);
        auto totalIn = [](const std::map<std::int64_t, std::int64_t>& totals, std::int64_t group) {
            auto found = totals.find(group);
            return found == totals.end() ? std::int64_t{0} : found->second;
        };
        for (const auto& [group, keys] : touched) {
            const auto was = totalIn(totalsBefore_[index], group);
            const auto now = totalIn(after, group);
            // As it stands in their copy; unknown, taken to be as merged.
            auto reported = theirTotals_.find({std::string(rule.table), group});
            const auto theirs = reported == theirTotals_.end() ? now : reported->second;
            const bool gone = !rule.groupTable.empty() &&
                              !current(std::string(rule.groupTable), group).has_value();
            if (group < 0 || gone || !breaksTogether(was, theirs, now)) {
                continue; // kept by neither side alone, or what it belonged to is gone
            }
            Conflict conflict;
            conflict.key = "total:" + std::string(rule.table) + "#" + std::to_string(group);
            conflict.kind = ConflictKind::BreaksRule;
            conflict.table =
                rule.groupTable.empty() ? std::string(rule.table) : std::string(rule.groupTable);
            conflict.id = group;
            conflict.record = rule.groupTable.empty() ? std::string()
                                                      : recordWords(std::string(rule.groupTable),
                                                                    group, {}, RowOp::Changed);
            conflict.field = std::string(rule.what);
            for (const auto& key : keys) {
                if (auto incoming = incoming_.find(key); incoming != incoming_.end()) {
                    conflict.theirsBy = incoming->second->madeBy;
                    conflict.theirsAt = incoming->second->madeAt;
                }
            }
            conflict.mine = "kept at " + percentWords(was);
            conflict.theirs = percentWords(now);
            const auto what =
                std::string(rule.what) + (conflict.record.empty() ? "" : " " + conflict.record);
            conflict.sentence = "With the changes from " + whoseCopy(conflict.theirsBy) + ", " +
                                what + " would add up to " + percentWords(now) +
                                (was == 10'000 ? ", not 100%." : ", over 100%.");
            if (answer(conflict).choice == Choice::Theirs) {
                continue;
            }
            // Kept as here: what the merge did to the group's records goes back.
            for (const auto& key : keys) {
                if (auto removed = removedByMerge_.find(key); removed != removedByMerge_.end()) {
                    const auto values = removed->second;
                    removedByMerge_.erase(removed);
                    insert(key.first, key.second, values, nullptr);
                    removed_ -= removed_ > 0 ? 1 : 0;
                } else if (auto before = beforeMerge_.find(key); before != beforeMerge_.end()) {
                    update(key.first, key.second, before->second, RowEdit{});
                    changed_ -= changed_ > 0 ? 1 : 0;
                } else if (leftOut_.count(key) == 0) {
                    remove(key.first, key.second);
                    removedByMerge_.erase(key);
                    leftOut_.insert(key);
                    added_ -= added_ > 0 ? 1 : 0;
                }
            }
        }
    }
}

void Merger::settleLinks() {
    for (int round = 0; round < kLinkRounds; ++round) {
        bool settled = false;
        // Records kept here against their deletion there come last: when a
        // record added here links to the same deleted record, its question
        // is asked whatever order SQLite lists the links in.
        auto links = brokenLinks(db_);
        std::stable_partition(links.begin(), links.end(), [&](const BrokenLink& link) {
            return keptAgainstRemoval_.count({link.table, link.id}) == 0;
        });
        for (const auto& link : links) {
            if (brokenBefore_.count(linkKey(link)) == 0) {
                settled = settleLink(link.table, link.id, link.link) || settled;
            }
        }
        if (!settled) {
            break;
        }
    }
    for (const auto& link : brokenLinks(db_)) {
        if (brokenBefore_.count(linkKey(link)) == 0) {
            throw std::invalid_argument("they would leave a " + link.table +
                                        " record linked to a record that is not there");
        }
    }
}

void Merger::findImportsHeld(const std::vector<RowEdit>& rows) {
    // An import travels whole, with its provenance (the file's name and
    // SHA-256): one of a file this project has imported already is here, and
    // its rows are not added a second time.
    for (const auto& row : rows) {
        if (row.table != "indicator_import" || row.op != RowOp::Added) {
            continue;
        }
        auto hash = row.after.find("sha256");
        const auto* text =
            hash == row.after.end() ? nullptr : std::get_if<std::string>(&hash->second);
        if (text == nullptr) {
            continue;
        }
        auto held = db_.cached("SELECT 1 FROM indicator_import WHERE sha256 = ?1 AND active = 1");
        held->bind(1, *text);
        if (held->step()) {
            importsHeld_.insert(row.id);
        }
    }
    // An indicator an import adds that this project holds already (the same
    // source code, added by its own import of another file) is the one held:
    // the incoming values are given to it.
    for (const auto& row : rows) {
        if (row.table != "indicator" || row.op != RowOp::Added) {
            continue;
        }
        auto code = row.after.find("source_code");
        const auto* text =
            code == row.after.end() ? nullptr : std::get_if<std::string>(&code->second);
        if (text == nullptr || text->empty()) {
            continue;
        }
        auto held = db_.cached("SELECT id FROM indicator WHERE source_code = ?1 AND id <> ?2");
        held->bind(1, *text).bind(2, row.id);
        if (held->step()) {
            sameIndicator_[row.id] = held->int64(0);
        }
    }
}

bool Merger::partOfImportHeld(const RowEdit& row) const {
    if (importsHeld_.empty()) {
        return false;
    }
    if (row.table == "indicator_import") {
        return importsHeld_.count(row.id) != 0;
    }
    for (const char* link : {"import_id", "created_by_import", "replaced_by"}) {
        for (const auto* values : {&row.after, &row.before}) {
            auto found = values->find(link);
            const auto* id =
                found == values->end() ? nullptr : std::get_if<std::int64_t>(&found->second);
            if (id != nullptr && importsHeld_.count(*id) != 0) {
                return true;
            }
        }
    }
    return false;
}

void Merger::apply(const std::vector<RowEdit>& rows) {
    for (const auto& row : rows) {
        if (row.table != "merged_edit") {
            checkKnown(row);
        }
    }
    findImportsHeld(rows);
    for (const auto& row : rows) {
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
}

} // namespace jointly::merge
