#pragma once

#include "history/ChangeDecoder.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace jointly::storage {
class Database;
}

// The project's change history in the users' words: every committed edit
// the file keeps (when, by whom, its undo label, whether it was undone) and
// what it did to each record, field by field, with values shown as the
// window shows them (money in pounds, choices by their labels, links by the
// linked record's name). Read from the edits' own recorded changes, so it
// never disagrees with the data. The window's history, 'History of this
// record' and 'jointly history' all read it from here.
namespace jointly::audit {

struct FieldChange {
    std::string field;  // "Annual contribution"
    std::string before; // "£1,200,000.00"; empty when it had no value
    std::string after;
};

struct RecordChange {
    std::string table;
    std::int64_t id = 0;
    std::string kind;   // "partner organisation"
    std::string record; // "Westshire County Council"; empty for the partnership's settings
    history::RowOp op = history::RowOp::Changed;
    // Changed: each field changed. Added: each field given a value.
    // Removed: none (the record's name says what went).
    std::vector<FieldChange> fields;
};

struct HistoryEntry {
    std::int64_t step = 0;
    std::string madeAt; // UTC, "2026-12-02T16:55:42Z"
    std::string madeBy;
    std::string label; // the undo label: "Change name of Westshire CC"
    bool undone = false;
    std::vector<std::string> stages; // the stages it touched, by name, in the cycle's order
    std::vector<RecordChange> records;
    // Rows beyond those listed, or of things kept without a kind of record,
    // counted: "1,000 indicator values added".
    std::vector<std::string> others;
    bool unreadable = false; // its recorded change could not be read
};

struct HistoryFilter {
    std::string table; // with id: only edits that changed that record
    std::int64_t id = 0;
    std::string stage;  // a stage's key ("plan"): only edits touching it
    std::string person; // only edits made by this name
    std::string since;  // YYYY-MM-DD: only edits made on or after that day
    std::size_t limit = 500;
};

// The edits the filter keeps, newest first, at most filter.limit of them.
std::vector<HistoryEntry> loadHistory(storage::Database& db, const HistoryFilter& filter);

// Everyone who has made an edit, in alphabetical order.
std::vector<std::string> historyPeople(storage::Database& db);

// One record's change as a sentence: "Changed Annual contribution of
// “Westshire County Council” from £1.00 to £2.00", "Added member
// “Dr Amy Shah”", "Deleted member “Dr Amy Shah”".
std::vector<std::string> describe(const RecordChange& change);

// Puts single row changes into words as the history does, for changes not
// yet in this file (a merge's incoming edits and their conflicts): values
// and linked records' names are read from db as it is now.
class ChangeWords {
public:
    explicit ChangeWords(storage::Database& db);
    ~ChangeWords();
    ChangeWords(const ChangeWords&) = delete;
    ChangeWords& operator=(const ChangeWords&) = delete;

    // The row change in words: its kind and record's name, and each of its
    // columns that the window shows as a field, with its label and values.
    // A row of a table no kind describes is named by its table and id.
    RecordChange describe(const history::RowChange& row);
    // A column's label, as the record's kind names it ("Annual
    // contribution"), else the column's own name in words.
    std::string fieldLabel(const std::string& table, const std::string& column);
    // A value of the column in words, as the window would show it.
    std::string valueWords(const std::string& table, const std::string& column,
                           const history::StoredValue& value);
    // The position of each of the table's columns, by name.
    const std::vector<std::string>& columns(const std::string& table);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace jointly::audit
