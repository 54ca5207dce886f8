#pragma once

#include "Outcome.h"
#include "history/EditHistory.h"
#include "storage/StorageError.h"

#include <functional>
#include <memory>
#include <string>

namespace jointly::storage {
class Database;
}

namespace jointly::project {

class ProjectLock;

struct OpenOptions {
    bool readOnly = false; // open without writing; no lock is taken
    bool breakStaleLock = false;
    // Whether edits are written to the file's change history. Only the
    // benchmark of what keeping it costs (bench/edit_latency) turns it off;
    // undo and redo work for the session either way.
    bool keepHistory = true;
};

// One open partnership project: the SQLite file, its lock and its undo
// history. Every edit goes through edit(), which commits it at once.
class Project {
public:
    ~Project();
    Project(const Project&) = delete;
    Project& operator=(const Project&) = delete;

    // Creates a new project file (refusing to overwrite one) named `name`.
    static Outcome<std::unique_ptr<Project>> create(const std::string& path,
                                                    const std::string& name);
    // Opens an existing project: inspects it without writing, takes the lock,
    // keeps a copy and upgrades it if it is from an older version.
    static Outcome<std::unique_ptr<Project>> open(const std::string& path,
                                                  const OpenOptions& options = {});

    const std::string& path() const { return path_; }
    bool isReadOnly() const;
    // Why the project is read-only, as a sentence; empty when it is not.
    const std::string& readOnlyReason() const { return readOnlyReason_; }
    // Where the copy made before an upgrade was kept; empty if none was made.
    const std::string& upgradeBackupPath() const { return upgradeBackup_; }

    storage::Database& database() { return *db_; }

    // Runs step(), which reads the project before changing it (finding the
    // record, checking its links), turning a failure to read (a disk error, a
    // page whose checksum does not match) into an Error naming the file, as
    // edit() does for a failure to write. A core function that reads and then
    // edits runs through this, so no storage failure escapes as an exception.
    template <class Result> Result guarded(const std::function<Result()>& step) const {
        try {
            return step();
        } catch (const storage::StorageError& error) {
            return failure(error);
        }
    }
    // A storage failure on this project, as an Error naming the file.
    Error failure(const storage::StorageError& error) const;

    // Runs change() as one committed, undoable edit called label.
    Status edit(const std::string& label, const std::function<void(storage::Database&)>& change,
                history::LinkActions links = history::LinkActions::Run);
    Status undo();
    Status redo();
    bool canUndo() const { return history_->canUndo(); }
    bool canRedo() const { return history_->canRedo(); }
    std::string undoLabel() const { return history_->undoLabel(); }
    std::string redoLabel() const { return history_->redoLabel(); }
    // Who the change history says made the edits from now on (the name set
    // in Preferences); empty for the operating system's user name.
    void setAuthor(const std::string& author) { history_->setAuthor(author); }

    // Called after every edit, undo and redo with the tables it touched.
    using Listener = std::function<void(const history::TouchedTables&)>;
    void setListener(Listener listener) { listener_ = std::move(listener); }

    // Writes a complete copy of the project to destination (SQLite backup).
    Status saveCopyAs(const std::string& destination);

private:
    Project() = default;
    // Makes the undo history, with the edits the file keeps that can still be undone.
    void startHistory(bool keep = true);
    Status finish(Outcome<history::TouchedTables> result);

    std::string path_;
    std::unique_ptr<storage::Database> db_;
    std::unique_ptr<ProjectLock> lock_;
    std::unique_ptr<history::EditHistory> history_;
    std::string readOnlyReason_;
    std::string upgradeBackup_;
    Listener listener_;
};

} // namespace jointly::project
