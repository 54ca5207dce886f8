#pragma once

#include "Outcome.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace jointly::storage {
class Database;
}

namespace jointly::history {

// The tables an edit, undo or redo touched, so views know what to reload.
using TouchedTables = std::set<std::string>;

// Whether the schema's link actions (delete with, clear the link) run
// during an edit. An edit that brings rows from elsewhere, every action's
// result included (a merge of another copy's edits), skips them and checks
// the links itself before it ends.
enum class LinkActions { Run, Skip };

// Undo and redo for every edit, built on SQLite's session extension: each
// edit runs in one transaction while a session records every row it changes
// (including rows removed or altered by foreign-key actions, such as the
// members deleted with their partner organisation). Undo applies the inverse
// of that record in one transaction; redo applies the record again. Rows come
// back with their own ids, so links to them are as they were.
//
// The history is kept in the file's edit_step table (schema step 0007), in
// the same transaction as each edit, undo and redo, so it survives closing
// the file and never disagrees with the data: load() reads it back. What
// could be redone ends with the session.
class EditHistory {
public:
    // nextStepId gives the id of each new row of edit_step (from this copy's
    // own site, so copies of a file never share one).
    EditHistory(storage::Database& db, std::function<std::int64_t()> nextStepId = {})
        : db_(db), nextStepId_(std::move(nextStepId)) {}

    // Reads the edits that can still be undone from the file, oldest first,
    // so the last one made is the first undone.
    void load();

    // Runs change() in one transaction and remembers it under label. If
    // change() throws, nothing is kept and the error is returned.
    Outcome<TouchedTables> record(const std::string& label,
                                  const std::function<void(storage::Database&)>& change,
                                  LinkActions links = LinkActions::Run);
    Outcome<TouchedTables> undo();
    Outcome<TouchedTables> redo();

    bool canUndo() const { return !undo_.empty(); }
    bool canRedo() const { return !redo_.empty(); }
    std::string undoLabel() const { return canUndo() ? undo_.back().label : std::string(); }
    std::string redoLabel() const { return canRedo() ? redo_.back().label : std::string(); }
    std::size_t undoCount() const { return undo_.size(); }
    // The name the change history gives for who made each edit from now
    // on; empty for the operating system's user name.
    void setAuthor(std::string author) { author_ = std::move(author); }
    // Writes nothing to the file's history from now on (for the benchmark of
    // what keeping it costs); undo and redo still work for the session.
    void keepNothingInFile() { kept_ = false; }
    void clear();

    // Forgets every edit the file keeps, for a file that starts afresh (a
    // copy saved under a new name, the example partnership as shipped).
    static void forget(storage::Database& db);

private:
    struct Step {
        std::int64_t id = 0; // its row in edit_step, or 0 when not kept in the file
        std::string label;
        std::vector<unsigned char> changes;
        TouchedTables tables;
    };
    Outcome<TouchedTables> apply(const Step& step, bool inverse);
    bool keptInFile();

    storage::Database& db_;
    std::function<std::int64_t()> nextStepId_;
    std::optional<bool> kept_; // whether the file has edit_step, once asked
    std::string author_;
    std::vector<Step> undo_;
    std::vector<Step> redo_;
};

} // namespace jointly::history
