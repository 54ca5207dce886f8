#include "merge/ChangeFile.h"

#include "merge/TotalRules.h"
#include "project/Ids.h"
#include "project/ProjectIdentity.h"
#include "project/Schema.h"
#include "storage/Database.h"
#include "util/Text.h"

#include <iterator>
#include <map>
#include <set>

namespace jointly::merge {

namespace {

// The columns' names of a table, in their order, read once.
class ColumnNames {
public:
    explicit ColumnNames(storage::Database& db) : db_(db) {}

    const std::vector<std::string>& of(const std::string& table) {
        auto found = names_.find(table);
        if (found != names_.end()) {
            return found->second;
        }
        std::vector<std::string> names;
        auto read = db_.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid");
        read.bind(1, table);
        while (read.step()) {
            names.push_back(read.text(0));
        }
        return names_.emplace(table, std::move(names)).first->second;
    }

private:
    storage::Database& db_;
    std::map<std::string, std::vector<std::string>> names_;
};

FieldValues named(const std::vector<std::string>& names,
                  const std::vector<history::ColumnChange>& columns, bool after) {
    FieldValues values;
    for (const auto& column : columns) {
        if (column.column < 0 || static_cast<std::size_t>(column.column) >= names.size()) {
            continue;
        }
        const auto& name = names[static_cast<std::size_t>(column.column)];
        if (name != "id") {
            values.emplace(name, after ? column.after : column.before);
        }
    }
    return values;
}

// Every row of a table matching `where` (our own constant SQL, with ?1 the
// import's id), as added rows.
void addRowsOf(storage::Database& db, ColumnNames& columns, const std::string& table,
               const std::string& where, std::int64_t import, const SentEdit& edit,
               std::vector<RowEdit>& rows) {
    const auto& names = columns.of(table);
    auto read = db.prepare("SELECT * FROM " + table + " WHERE " + where + " ORDER BY id");
    read.bind(1, import);
    while (read.step()) {
        RowEdit row;
        row.table = table;
        row.op = history::RowOp::Added;
        row.madeBy = edit.madeBy;
        row.madeAt = edit.madeAt;
        for (int column = 0;
             column < read.columnCount() && static_cast<std::size_t>(column) < names.size();
             ++column) {
            history::StoredValue value;
            switch (read.columnType(column)) {
            case 1: // SQLITE_INTEGER
                value = read.int64(column);
                break;
            case 2: // SQLITE_FLOAT
                value = read.real(column);
                break;
            case 3: // SQLITE_TEXT
                value = read.text(column);
                break;
            case 4: // SQLITE_BLOB
                value = read.blob(column);
                break;
            default:
                break;
            }
            const auto& name = names[static_cast<std::size_t>(column)];
            if (name == "id") {
                row.id = std::get<std::int64_t>(value);
            } else {
                row.after.emplace(name, std::move(value));
            }
        }
        rows.push_back(std::move(row));
    }
}

// The values an import replaced (imported with the rule that an imported
// row replaces the one held): marked replaced where they are merged too, so
// only the import's own stay live there as here.
void markReplaced(storage::Database& db, std::int64_t import, const SentEdit& edit,
                  std::vector<RowEdit>& rows) {
    auto read = db.prepare("SELECT id FROM indicator_value WHERE replaced_by = ?1 AND "
                           "(import_id IS NULL OR import_id <> ?1) ORDER BY id");
    read.bind(1, import);
    while (read.step()) {
        RowEdit row;
        row.table = "indicator_value";
        row.op = history::RowOp::Changed;
        row.id = read.int64(0);
        row.madeBy = edit.madeBy;
        row.madeAt = edit.madeAt;
        row.before.emplace("replaced_by", history::StoredValue{});
        row.after.emplace("replaced_by", import);
        rows.push_back(std::move(row));
    }
}

// An indicator import is staged outside the undo history and made live by
// one small edit; what travels is the whole import, with its provenance (the
// file's name and SHA-256): the import, the indicators it added, its values
// and the values it replaced, before the edit that makes it live.
std::vector<RowEdit> importsMadeLive(storage::Database& db, ColumnNames& columns,
                                     const SentEdit& edit) {
    std::vector<RowEdit> rows;
    for (const auto& row : edit.rows) {
        auto active = row.after.find("active");
        if (row.table != "indicator_import" || row.op != history::RowOp::Changed ||
            active == row.after.end() || active->second != history::StoredValue{std::int64_t{1}}) {
            continue;
        }
        addRowsOf(db, columns, "indicator_import", "id = ?1", row.id, edit, rows);
        if (!rows.empty() && rows.back().table == "indicator_import") {
            rows.back().after["active"] = std::int64_t{0}; // made live by the edit itself
        }
        addRowsOf(db, columns, "indicator", "created_by_import = ?1", row.id, edit, rows);
        addRowsOf(db, columns, "indicator_value", "import_id = ?1", row.id, edit, rows);
        markReplaced(db, row.id, edit, rows);
    }
    return rows;
}

} // namespace

Outcome<ChangeFile> editsMadeIn(storage::Database& copy, const std::string& fileName,
                                const std::string& sentBy) {
    ChangeFile changes;
    changes.project = project::projectIdentity(copy);
    changes.format = project::schemaVersionOf(copy);
    changes.from = fileName;
    changes.sentBy = sentBy.empty() ? util::systemUserName() : sentBy;
    changes.sentAt = util::nowUtc();
    if (!copy.tableExists("edit_step")) {
        return changes;
    }
    const std::int64_t site = project::siteBlock(copy).first;
    const std::int64_t first = site << project::kSerialBits;
    const std::int64_t last = first + ((std::int64_t{1} << project::kSerialBits) - 1);
    ColumnNames columns(copy);
    auto steps = copy.prepare("SELECT id, label, made_at, made_by, undone, changes FROM "
                              "edit_step WHERE id BETWEEN ?1 AND ?2 ORDER BY id");
    steps.bind(1, first).bind(2, last);
    while (steps.step()) {
        SentEdit edit;
        edit.id = steps.int64(0);
        edit.label = steps.text(1);
        edit.madeAt = steps.text(2);
        edit.madeBy = steps.text(3);
        edit.undone = steps.int64(4) != 0;
        const auto rows = history::decodeChanges(steps.blob(5), kMostRows);
        if (!rows) {
            return Error{ErrorKind::Damaged,
                         fileName + " holds an edit that cannot be read (“" + edit.label +
                             "”, made " + edit.madeAt +
                             "): the file may be damaged. No change file was written."};
        }
        for (const auto& row : *rows) {
            const auto& names = columns.of(row.table);
            RowEdit namedRow;
            namedRow.table = row.table;
            namedRow.op = row.op;
            namedRow.id = row.id;
            namedRow.before = named(names, row.columns, false);
            namedRow.after = named(names, row.columns, true);
            if (row.op == history::RowOp::Added) {
                namedRow.before.clear();
            } else if (row.op == history::RowOp::Removed) {
                namedRow.after.clear();
            }
            namedRow.madeBy = edit.madeBy;
            namedRow.madeAt = edit.madeAt;
            edit.rows.push_back(std::move(namedRow));
        }
        auto imported = importsMadeLive(copy, columns, edit);
        if (!imported.empty()) {
            imported.insert(imported.end(), std::make_move_iterator(edit.rows.begin()),
                            std::make_move_iterator(edit.rows.end()));
            edit.rows = std::move(imported);
        }
        changes.edits.push_back(std::move(edit));
    }
    // The totals kept at 100% in the groups the edits touched, as they
    // stand in this copy.
    for (const auto& rule : totalRules()) {
        std::set<std::int64_t> groups;
        for (const auto& edit : changes.edits) {
            for (const auto& row : edit.rows) {
                if (row.table != rule.table) {
                    continue;
                }
                for (const auto* values : {&row.before, &row.after}) {
                    std::map<std::string, std::int64_t> links;
                    for (const auto& [field, value] : *values) {
                        if (const auto* whole = std::get_if<std::int64_t>(&value)) {
                            links[field] = *whole;
                        }
                    }
                    if (const auto group = groupOf(rule, links); group >= 0) {
                        groups.insert(group);
                    }
                }
            }
        }
        if (groups.empty()) {
            continue;
        }
        const auto totals = totalsOf(copy, rule);
        for (const auto group : groups) {
            auto found = totals.find(group);
            changes.totals.push_back(
                {std::string(rule.table), group, found == totals.end() ? 0 : found->second});
        }
    }
    return changes;
}

} // namespace jointly::merge
