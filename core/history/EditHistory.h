#pragma once

#include "Outcome.h"

#include <functional>
#include <set>
#include <string>
#include <vector>

namespace jointly::storage {
class Database;
}

namespace jointly::history {

// The tables an edit, undo or redo touched, so views know what to reload.
using TouchedTables = std::set<std::string>;

// Undo and redo for every edit, built on SQLite's session extension: each
// edit runs in one transaction while a session records every row it changes
// (including rows removed or altered by foreign-key actions, such as the
// members deleted with their partner organisation). Undo applies the inverse
// of that record in one transaction; redo applies the record again. Rows come
// back with their own ids, so links to them are as they were.
class EditHistory {
public:
    explicit EditHistory(storage::Database& db) : db_(db) {}

    // Runs change() in one transaction and remembers it under label. If
    // change() throws, nothing is kept and the error is returned.
    Outcome<TouchedTables> record(const std::string& label,
                                  const std::function<void(storage::Database&)>& change);
    Outcome<TouchedTables> undo();
    Outcome<TouchedTables> redo();

    bool canUndo() const { return !undo_.empty(); }
    bool canRedo() const { return !redo_.empty(); }
    std::string undoLabel() const { return canUndo() ? undo_.back().label : std::string(); }
    std::string redoLabel() const { return canRedo() ? redo_.back().label : std::string(); }
    std::size_t undoCount() const { return undo_.size(); }
    void clear();

private:
    struct Step {
        std::string label;
        std::vector<unsigned char> changes;
        TouchedTables tables;
    };
    Outcome<TouchedTables> apply(const std::vector<unsigned char>& changes, bool inverse);

    storage::Database& db_;
    std::vector<Step> undo_;
    std::vector<Step> redo_;
};

} // namespace jointly::history
