#include "audit/ChangeHistory.h"

#include "records/FieldInput.h"
#include "records/RecordKind.h"
#include "records/RecordStore.h"
#include "stages/Stage.h"
#include "storage/Database.h"
#include "util/Text.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

namespace jointly::audit {

namespace {

// The rows of one edit put into words; more than this are counted instead.
constexpr std::size_t kRecordsListed = 50;
// The rows of one edit read at all: an import of a million values is
// counted as "more than" this rather than read every time.
constexpr std::size_t kRowsRead = 20'000;
// The rows of one edit looked through for one record's history.
constexpr std::size_t kRowsSearched = 2'000'000;

std::string withCommas(std::size_t number) {
    auto digits = std::to_string(number);
    for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) {
        digits.insert(static_cast<std::size_t>(at), ",");
    }
    return digits;
}

std::string spaced(std::string_view name) {
    std::string words(name);
    std::replace(words.begin(), words.end(), '_', ' ');
    return words;
}

std::string opWord(history::RowOp op) {
    switch (op) {
    case history::RowOp::Added:
        return "added";
    case history::RowOp::Removed:
        return "deleted";
    case history::RowOp::Changed:
        break;
    }
    return "changed";
}

records::FieldValue asField(const history::StoredValue& value) {
    if (const auto* whole = std::get_if<std::int64_t>(&value)) {
        return *whole;
    }
    if (const auto* text = std::get_if<std::string>(&value)) {
        return *text;
    }
    if (const auto* real = std::get_if<double>(&value)) {
        return std::to_string(*real);
    }
    if (std::holds_alternative<std::vector<unsigned char>>(value)) {
        return std::string("(data)");
    }
    return std::monostate{};
}

// The field of the kind kept in this column, or -1 for a column the kind
// does not show (a round's state, an import's marker).
int fieldAt(const records::RecordKind& kind, std::string_view column) {
    for (std::size_t i = 0; i < kind.fields.size(); ++i) {
        if (kind.fields[i].column == column) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

// A value of a column the kinds do not describe, as it is stored.
std::string rawWords(const history::StoredValue& value) {
    const auto stored = asField(value);
    if (const auto* whole = std::get_if<std::int64_t>(&stored)) {
        return std::to_string(*whole);
    }
    if (const auto* text = std::get_if<std::string>(&stored)) {
        return *text;
    }
    return {};
}

// Reads the schema's column names and the kinds' words once per history.
class Words {
public:
    explicit Words(storage::Database& db) : db_(db) {
        for (const auto& stage : stages::all()) {
            if (stage.kinds == nullptr) {
                continue;
            }
            for (const auto* kind : stage.kinds()) {
                // The partnership's single row is viewed by several stages'
                // kinds: its changes are placed by the kind they touch.
                if (!kind->oneRow) {
                    stageOf_.emplace(std::string(kind->table), std::string(stage.name));
                }
                kindStage_.emplace(kind, std::string(stage.name));
            }
        }
    }

    const std::vector<std::string>& columns(const std::string& table) {
        read(table);
        return columns_.at(table);
    }

    // Whether the value is the column's default, which an addition does not
    // need to mention.
    bool isDefault(const std::string& table, int column, const history::StoredValue& value) {
        read(table);
        const auto& defaults = defaults_.at(table);
        return column >= 0 && static_cast<std::size_t>(column) < defaults.size() &&
               defaults[static_cast<std::size_t>(column)] == value;
    }

    std::string stageOf(const records::RecordKind& kind) const {
        auto found = kindStage_.find(&kind);
        return found == kindStage_.end() ? std::string() : found->second;
    }

    std::string stageOf(const std::string& table) const {
        auto found = stageOf_.find(table);
        return found == stageOf_.end() ? std::string() : found->second;
    }

    // A linked record's name, as it is now.
    std::string linkedName(const records::RecordKind& kind, std::int64_t id) {
        const auto key = std::string(kind.table) + "#" + std::to_string(id);
        auto found = names_.find(key);
        if (found != names_.end()) {
            return found->second;
        }
        auto record = records::findRecord(db_, kind, id);
        auto name =
            record ? nameOf(kind, *record) : "a " + std::string(kind.singular) + " since deleted";
        return names_.emplace(key, name).first->second;
    }

    std::string valueWords(const records::FieldSpec& field, const history::StoredValue& value) {
        const auto stored = asField(value);
        if (std::holds_alternative<std::monostate>(stored)) {
            return {};
        }
        if (field.type == records::FieldType::Link) {
            const auto* linked = records::linkedKind(field);
            const auto* id = std::get_if<std::int64_t>(&stored);
            return linked && id ? linkedName(*linked, *id) : records::formatValue(field, stored);
        }
        return records::formatValue(field, stored);
    }

    // A record's name: from the values the change holds, else as it is now.
    std::string nameOf(const records::RecordKind& kind, const records::Record& record) {
        const auto at = fieldAt(kind, kind.nameColumn);
        if (at >= 0) {
            const auto& field = kind.fields[static_cast<std::size_t>(at)];
            if (field.type == records::FieldType::Link) {
                const auto* linked = records::linkedKind(field);
                const auto* id =
                    std::get_if<std::int64_t>(&record.values[static_cast<std::size_t>(at)]);
                if (linked && id) {
                    return linkedName(*linked, *id);
                }
            }
        }
        return records::nameOf(kind, record);
    }

private:
    void read(const std::string& table) {
        if (columns_.count(table) != 0) {
            return;
        }
        std::vector<std::string> names;
        std::vector<history::StoredValue> defaults;
        auto rows = db_.prepare("SELECT name, dflt_value FROM pragma_table_info(?1) ORDER BY cid");
        rows.bind(1, table);
        while (rows.step()) {
            names.push_back(rows.text(0));
            defaults.push_back(defaultOf(rows.isNull(1) ? std::string() : rows.text(1)));
        }
        columns_.emplace(table, std::move(names));
        defaults_.emplace(table, std::move(defaults));
    }

    // A column's default as the schema writes it: NULL, a whole number or
    // quoted text ('financial', '' for empty).
    static history::StoredValue defaultOf(const std::string& written) {
        if (written.empty() || written == "NULL") {
            return {};
        }
        if (written.size() >= 2 && written.front() == '\'' && written.back() == '\'') {
            std::string text;
            for (std::size_t i = 1; i + 1 < written.size(); ++i) {
                text += written[i];
                if (written[i] == '\'' && written[i + 1] == '\'') {
                    ++i; // '' stands for one quote
                }
            }
            return text;
        }
        std::int64_t whole = 0;
        const auto [end, ec] =
            std::from_chars(written.data(), written.data() + written.size(), whole);
        if (ec == std::errc() && end == written.data() + written.size()) {
            return whole;
        }
        return written; // an expression: never equal to a stored value
    }

    storage::Database& db_;
    std::map<std::string, std::vector<std::string>> columns_;
    std::map<std::string, std::vector<history::StoredValue>> defaults_;
    std::map<std::string, std::string> stageOf_;
    std::map<const records::RecordKind*, std::string> kindStage_;
    std::map<std::string, std::string> names_;
};

RecordChange inWords(Words& words, const records::RecordKind& kind, const history::RowChange& row) {
    RecordChange change;
    change.table = row.table;
    change.id = row.id;
    change.kind = std::string(kind.singular);
    change.op = row.op;
    const auto& columns = words.columns(row.table);
    records::Record record;
    record.id = row.id;
    record.values.resize(kind.fields.size());
    bool nameHeld = false;
    for (const auto& column : row.columns) {
        const auto name =
            column.column >= 0 && static_cast<std::size_t>(column.column) < columns.size()
                ? columns[static_cast<std::size_t>(column.column)]
                : "column " + std::to_string(column.column + 1);
        if (name == "id") {
            continue;
        }
        const auto at = fieldAt(kind, name);
        const auto& shown = row.op == history::RowOp::Removed ? column.before : column.after;
        if (at >= 0) {
            record.values[static_cast<std::size_t>(at)] = asField(shown);
            nameHeld = nameHeld || name == kind.nameColumn;
        }
        if (row.op == history::RowOp::Removed ||
            (row.op == history::RowOp::Added &&
             words.isDefault(row.table, column.column, column.after))) {
            continue; // a removal names the record; an addition its own choices
        }
        FieldChange field;
        if (at >= 0) {
            const auto& spec = kind.fields[static_cast<std::size_t>(at)];
            field.field = std::string(spec.label);
            field.before = words.valueWords(spec, column.before);
            field.after = words.valueWords(spec, column.after);
        } else {
            // A column the window does not show as a field (a round's state):
            // named as the file names it.
            field.field = util::capitalised(spaced(name));
            field.before = rawWords(column.before);
            field.after = rawWords(column.after);
        }
        if (row.op == history::RowOp::Added && field.after.empty()) {
            continue; // left at its default: nothing to say
        }
        change.fields.push_back(std::move(field));
    }
    if (nameHeld) {
        change.record = words.nameOf(kind, record);
    } else {
        change.record = words.linkedName(kind, row.id);
    }
    return change;
}

// A change to the partnership's single row, which several kinds view
// (the profile, the budget settings, ...): one change per kind it touched,
// named after the kind. Columns no kind shows are left out.
std::vector<RecordChange> singleRowChanges(Words& words, const history::RowChange& row,
                                           std::set<std::string>& stagesTouched) {
    std::vector<RecordChange> changes;
    const auto& columns = words.columns(row.table);
    for (const auto* kind : records::everyKind()) {
        if (!kind->oneRow || kind->table != row.table) {
            continue;
        }
        RecordChange change;
        change.table = row.table;
        change.id = row.id;
        change.kind = std::string(kind->singular);
        change.op = row.op;
        for (const auto& column : row.columns) {
            if (column.column < 0 || static_cast<std::size_t>(column.column) >= columns.size()) {
                continue;
            }
            const auto at = fieldAt(*kind, columns[static_cast<std::size_t>(column.column)]);
            if (at < 0) {
                continue;
            }
            const auto& spec = kind->fields[static_cast<std::size_t>(at)];
            change.fields.push_back({std::string(spec.label), words.valueWords(spec, column.before),
                                     words.valueWords(spec, column.after)});
        }
        if (!change.fields.empty()) {
            stagesTouched.insert(words.stageOf(*kind));
            changes.push_back(std::move(change));
        }
    }
    return changes;
}

// Puts the edit's changes into words: every row, or with `table` set only
// that record's rows (however many others the edit changed).
void readChanges(Words& words, const std::vector<unsigned char>& changes, HistoryEntry& entry,
                 const std::string& table = {}, std::int64_t id = 0) {
    bool more = false;
    const auto rows =
        history::decodeChanges(changes, table.empty() ? kRowsRead : kRowsSearched, &more);
    if (!rows) {
        entry.unreadable = true;
        return;
    }
    std::set<std::string> stagesTouched;
    // Rows not put into words, counted by what they are and what happened.
    std::map<std::pair<std::string, history::RowOp>, std::size_t> counted;
    for (const auto& row : *rows) {
        const auto stage = words.stageOf(row.table);
        if (!stage.empty()) {
            stagesTouched.insert(stage);
        }
        const auto* kind = records::kindForTable(row.table);
        auto single = kind == nullptr && row.op == history::RowOp::Changed
                          ? singleRowChanges(words, row, stagesTouched)
                          : std::vector<RecordChange>{};
        if (!table.empty()) {
            if (kind != nullptr && row.table == table && row.id == id) {
                entry.records.push_back(inWords(words, *kind, row));
            }
            continue;
        }
        if (kind != nullptr && entry.records.size() < kRecordsListed) {
            entry.records.push_back(inWords(words, *kind, row));
        } else if (!single.empty()) {
            for (auto& change : single) {
                entry.records.push_back(std::move(change));
            }
        } else {
            ++counted[{kind ? std::string(kind->plural) : spaced(row.table) + "s", row.op}];
        }
    }
    for (const auto& [what, count] : counted) {
        entry.others.push_back(withCommas(count) + " " + what.first + " " + opWord(what.second));
    }
    if (more && table.empty()) {
        entry.others.push_back("and more: the edit changed over " + withCommas(kRowsRead) +
                               " rows");
    }
    for (const auto& stage : stages::all()) {
        if (stagesTouched.count(std::string(stage.name)) != 0) {
            entry.stages.emplace_back(stage.name);
        }
    }
}

bool touchesRecord(const std::vector<unsigned char>& changes, const std::string& table,
                   std::int64_t id) {
    const auto rows = history::decodeChanges(changes, kRowsSearched);
    return rows && std::any_of(rows->begin(), rows->end(), [&](const history::RowChange& row) {
               return row.table == table && row.id == id;
           });
}

} // namespace

std::vector<HistoryEntry> loadHistory(storage::Database& db, const HistoryFilter& filter) {
    std::vector<HistoryEntry> entries;
    if (!db.tableExists("edit_step") || filter.limit == 0) {
        return entries;
    }
    Words words(db);
    const stages::Stage* stage = filter.stage.empty() ? nullptr : stages::find(filter.stage);
    if (!filter.stage.empty() && stage == nullptr) {
        return entries;
    }
    auto steps = db.prepare("SELECT id, made_at, made_by, label, undone, changes FROM edit_step "
                            "WHERE (?1 = '' OR made_at >= ?1) AND (?2 = '' OR made_by = ?2) "
                            "ORDER BY made_at DESC, id DESC");
    steps.bind(1, filter.since);
    steps.bind(2, filter.person);
    while (entries.size() < filter.limit && steps.step()) {
        const auto changes = steps.blob(5);
        if (!filter.table.empty() && !touchesRecord(changes, filter.table, filter.id)) {
            continue;
        }
        HistoryEntry entry;
        entry.step = steps.int64(0);
        entry.madeAt = steps.text(1);
        entry.madeBy = steps.text(2);
        entry.label = steps.text(3);
        entry.undone = steps.int64(4) != 0;
        readChanges(words, changes, entry, filter.table, filter.id);
        if (stage != nullptr && std::find(entry.stages.begin(), entry.stages.end(),
                                          std::string(stage->name)) == entry.stages.end()) {
            continue;
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

std::vector<std::string> historyPeople(storage::Database& db) {
    std::vector<std::string> people;
    if (!db.tableExists("edit_step")) {
        return people;
    }
    auto rows = db.prepare("SELECT DISTINCT made_by FROM edit_step WHERE made_by <> '' ORDER BY "
                           "made_by");
    while (rows.step()) {
        people.push_back(rows.text(0));
    }
    return people;
}

struct ChangeWords::Impl {
    explicit Impl(storage::Database& db) : words(db) {}
    Words words;
};

ChangeWords::ChangeWords(storage::Database& db) : impl_(std::make_unique<Impl>(db)) {
}
ChangeWords::~ChangeWords() = default;

RecordChange ChangeWords::describe(const history::RowChange& row) {
    if (const auto* kind = records::kindForTable(row.table)) {
        return inWords(impl_->words, *kind, row);
    }
    std::set<std::string> stagesTouched;
    auto single = singleRowChanges(impl_->words, row, stagesTouched);
    if (!single.empty()) {
        auto change = std::move(single.front());
        for (std::size_t i = 1; i < single.size(); ++i) {
            for (auto& field : single[i].fields) {
                change.fields.push_back(std::move(field));
            }
        }
        return change;
    }
    RecordChange change;
    change.table = row.table;
    change.id = row.id;
    change.kind = spaced(row.table);
    change.record = "number " + std::to_string(row.id);
    change.op = row.op;
    return change;
}

std::string ChangeWords::fieldLabel(const std::string& table, const std::string& column) {
    for (const auto* kind : records::everyKind()) {
        if (kind->table != table) {
            continue;
        }
        const auto at = fieldAt(*kind, column);
        if (at >= 0) {
            return std::string(kind->fields[static_cast<std::size_t>(at)].label);
        }
    }
    return util::capitalised(spaced(column));
}

std::string ChangeWords::valueWords(const std::string& table, const std::string& column,
                                    const history::StoredValue& value) {
    for (const auto* kind : records::everyKind()) {
        if (kind->table != table) {
            continue;
        }
        const auto at = fieldAt(*kind, column);
        if (at >= 0) {
            return impl_->words.valueWords(kind->fields[static_cast<std::size_t>(at)], value);
        }
    }
    return rawWords(value);
}

const std::vector<std::string>& ChangeWords::columns(const std::string& table) {
    return impl_->words.columns(table);
}

std::vector<std::string> describe(const RecordChange& change) {
    // The partnership's settings are one of a kind: "the budget settings".
    const auto named = change.record.empty() ? "the " + change.kind
                                             : change.kind + " " + util::curlyQuoted(change.record);
    if (change.op == history::RowOp::Removed) {
        return {"Deleted " + named};
    }
    if (change.op == history::RowOp::Added) {
        std::vector<std::string> given;
        for (const auto& field : change.fields) {
            if (field.after != change.record) { // the name is said already
                given.push_back(util::lowercaseFirst(field.field) + " " + field.after);
            }
        }
        return {"Added " + named + (given.empty() ? "" : ": " + util::joinedWithAnd(given))};
    }
    std::vector<std::string> lines;
    for (const auto& field : change.fields) {
        lines.push_back("Changed " + util::lowercaseFirst(field.field) + " of " + named + " from " +
                        (field.before.empty() ? "nothing" : field.before) + " to " +
                        (field.after.empty() ? "nothing" : field.after));
    }
    if (lines.empty()) {
        lines.push_back("Changed " + named);
    }
    return lines;
}

} // namespace jointly::audit
