#include "project/Project.h"

#include "project/FileInspection.h"
#include "project/FileSystemCheck.h"
#include "project/Ids.h"
#include "project/ProjectLock.h"
#include "project/Schema.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <sqlite3.h>

#include <filesystem>
#include <memory>
#include <unistd.h>

namespace jointly::project {

namespace {

Error storageFailure(const storage::StorageError& error, const std::string& path) {
    return Error{ErrorKind::Storage, storage::describeStorageFailure(error, displayName(path))};
}

bool canWrite(const std::string& path) {
    auto folder = std::filesystem::path(path).parent_path();
    if (folder.empty()) {
        folder = ".";
    }
    // SQLite writes a journal beside the file, so the folder must be writable too.
    return ::access(path.c_str(), W_OK) == 0 && ::access(folder.c_str(), W_OK) == 0;
}

std::string backupPathFor(const std::string& path, int version) {
    std::filesystem::path original(path);
    auto stem = original.stem().string();
    auto folder = original.parent_path();
    std::string candidate;
    for (int n = 1;; ++n) {
        std::string suffix = n == 1 ? "" : " " + std::to_string(n);
        candidate = (folder / (stem + " (before upgrade from format " + std::to_string(version) +
                               ")" + suffix + original.extension().string()))
                        .string();
        if (!std::filesystem::exists(candidate)) {
            return candidate;
        }
    }
}

// Copies the file byte for byte (it is locked by us and, in rollback-journal
// mode, complete on disk). If a journal from an interrupted session is beside
// it, the bytes alone are not a consistent project, so SQLite's backup API
// makes the copy instead.
void keepExactCopy(const std::string& path, const std::string& copy) {
    std::error_code ec;
    if (std::filesystem::exists(path + "-journal", ec) ||
        std::filesystem::exists(path + "-wal", ec)) {
        storage::Database original(path, storage::OpenMode::ReadOnly);
        original.backupTo(copy);
        return;
    }
    const std::string partial = copy + ".partial";
    std::filesystem::copy_file(path, partial, std::filesystem::copy_options::overwrite_existing,
                               ec);
    if (!ec) {
        std::filesystem::permissions(
            partial, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write, ec);
    }
    if (!ec) {
        std::filesystem::rename(partial, copy, ec);
    }
    if (ec) {
        std::filesystem::remove(partial, ec);
        throw storage::StorageError(SQLITE_CANTOPEN, "cannot write " + copy);
    }
}

} // namespace

Project::~Project() = default;

void Project::startHistory(bool keep) {
    auto* db = db_.get();
    history_ =
        std::make_unique<history::EditHistory>(*db, [db] { return newId(*db, "edit_step"); });
    if (!keep) {
        history_->keepNothingInFile();
    }
    history_->load();
}

bool Project::isReadOnly() const {
    return db_->isReadOnly();
}

Outcome<std::unique_ptr<Project>> Project::create(const std::string& path,
                                                  const std::string& name) {
    if (std::filesystem::exists(path)) {
        return Error{ErrorKind::Invalid, displayName(path) +
                                             " already exists. Choose another name, or open "
                                             "that file instead."};
    }
    std::unique_ptr<Project> project(new Project());
    project->path_ = path;
    try {
        project->db_ = std::make_unique<storage::Database>(path, storage::OpenMode::Create);
        initialiseNewProject(*project->db_);
        auto rename = project->db_->prepare("UPDATE partnership SET name = ?1 WHERE id = 1");
        rename.bind(1, name).run();
    } catch (const storage::StorageError& error) {
        project->db_.reset();
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
        return storageFailure(error, path);
    }
    auto lock = ProjectLock::acquire(path, true);
    if (lock.ok()) {
        project->lock_ = std::move(lock.value());
    }
    project->startHistory();
    return project;
}

namespace {

// A journal left beside the file by a program that stopped part way through
// a change: opening the file for writing lets SQLite put back the pages the
// change had overwritten (or drop a journal that is not a real one), so the
// project is exactly as it was after its last saved change. SQLite only does
// this when no other connection is in the middle of a change. Failures are
// left for inspectProjectFile() to describe.
void finishInterruptedChange(const std::string& path) {
    std::error_code ec;
    const auto journal = path + "-journal";
    if (!std::filesystem::exists(journal, ec) || std::filesystem::file_size(journal, ec) == 0 ||
        !canWrite(path)) {
        return;
    }
    try {
        storage::Database db(path, storage::OpenMode::ReadWrite);
        (void)db.queryInt64("SELECT count(*) FROM sqlite_schema");
    } catch (const storage::StorageError&) {
    }
}

} // namespace

Outcome<std::unique_ptr<Project>> Project::open(const std::string& path,
                                                const OpenOptions& options) {
    if (!options.readOnly) {
        finishInterruptedChange(path);
    }
    auto facts = inspectProjectFile(path);
    if (!facts.ok()) {
        return facts.error();
    }
    std::unique_ptr<Project> project(new Project());
    project->path_ = path;
    const std::string name = displayName(path);
    bool readOnly = options.readOnly;
    if (readOnly) {
        project->readOnlyReason_ = "You opened " + name + " read-only.";
    } else if (!canWrite(path)) {
        readOnly = true;
        project->readOnlyReason_ = name +
                                   " is read-only on this computer (you may not have permission "
                                   "to change it, or it is on a read-only drive). Save a copy "
                                   "to make changes.";
    } else if (const auto share = networkShareHolding(path)) {
        // SQLite's locks are not reliable on network file systems: two people
        // saving at once could damage the file, so it is never edited there.
        readOnly = true;
        project->readOnlyReason_ =
            name + " is on " + *share +
            ", where file locking cannot be trusted: if two people changed it at once it could "
            "be damaged. It is open read-only. To make changes, save a copy to your own disk "
            "(File > Save a copy as), work on that, and put it back when you have finished.";
    }
    if (!readOnly) {
        auto lock = ProjectLock::acquire(path, options.breakStaleLock);
        if (!lock.ok()) {
            if (lock.error().kind != ErrorKind::Storage) {
                return lock.error();
            }
            readOnly = true;
            project->readOnlyReason_ = lock.error().message + " It is open read-only.";
        } else {
            project->lock_ = std::move(lock.value());
        }
    }
    const int version = facts.value().schemaVersion;
    try {
        if (version < kCurrentSchemaVersion && readOnly) {
            // Upgrade a private copy in memory, leaving the file as it is.
            storage::Database original(path, storage::OpenMode::ReadOnly);
            project->db_ = std::make_unique<storage::Database>(path, storage::OpenMode::Memory);
            project->db_->copyFrom(original);
            migrateToCurrent(*project->db_);
            project->db_->makeReadOnly();
        } else {
            if (version < kCurrentSchemaVersion) {
                project->upgradeBackup_ = backupPathFor(path, version);
                try {
                    keepExactCopy(path, project->upgradeBackup_);
                } catch (const storage::StorageError& error) {
                    return Error{ErrorKind::Storage,
                                 "Jointly could not keep a copy of " + name +
                                     " before upgrading it, so it has not been changed: " +
                                     storageFailure(error, project->upgradeBackup_).message};
                }
            }
            project->db_ = std::make_unique<storage::Database>(
                path, readOnly ? storage::OpenMode::ReadOnly : storage::OpenMode::ReadWrite);
            if (version < kCurrentSchemaVersion) {
                migrateToCurrent(*project->db_);
            }
            if (!readOnly) {
                removeUndoneImports(*project->db_);
            }
        }
    } catch (const storage::StorageError& error) {
        return storageFailure(error, path);
    }
    project->startHistory(options.keepHistory);
    return project;
}

Error Project::failure(const storage::StorageError& error) const {
    return storageFailure(error, path_);
}

Status Project::finish(Outcome<history::TouchedTables> result) {
    if (!result.ok()) {
        return result.error();
    }
    if (listener_ && !result.value().empty()) {
        listener_(result.value());
    }
    return success();
}

Status Project::edit(const std::string& label,
                     const std::function<void(storage::Database&)>& change,
                     history::LinkActions links) {
    return finish(history_->record(label, change, links));
}

Status Project::undo() {
    return finish(history_->undo());
}

Status Project::redo() {
    return finish(history_->redo());
}

Status Project::saveCopyAs(const std::string& destination) {
    std::error_code ec;
    if (std::filesystem::equivalent(destination, path_, ec)) {
        return Error{ErrorKind::Invalid,
                     "That is the project's own file. Choose a different name for the copy."};
    }
    try {
        // A copy starts with no undo history: its edits are its own.
        db_->backupTo(destination,
                      [](storage::Database& copy) { history::EditHistory::forget(copy); });
    } catch (const storage::StorageError& error) {
        return storageFailure(error, destination);
    }
    return success();
}

} // namespace jointly::project
