#include "storage/Database.h"

#include "storage/PageChecksums.h"
#include "storage/StorageError.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace jointly::storage {

namespace {

// Creates an empty file readable and writable by its owner only, so a new
// project (or a copy) is never readable by other users of the machine.
void createPrivateFile(const std::string& path) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        if (errno == EEXIST) {
            return;
        }
        throw StorageError(SQLITE_CANTOPEN, "Cannot create " + path);
    }
    ::close(fd);
}

void configure(sqlite3* db, const std::string& path) {
    int defensiveWas = 0;
    int triggersWere = 0;
    int viewsWere = 0;
    // A project file may come from another organisation: forbid writes to the
    // schema through ordinary SQL, never run functions named in the schema,
    // and ignore any triggers or views someone may have added to the file
    // (Jointly's own schema uses neither).
    if (sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, &defensiveWas) != SQLITE_OK ||
        sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &triggersWere) != SQLITE_OK ||
        sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &viewsWere) != SQLITE_OK ||
        sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr) != SQLITE_OK) {
        throw StorageError(SQLITE_ERROR, "Cannot apply the safe settings to " + path);
    }
    sqlite3_busy_timeout(db, 2000);
    // Caps on what one value may be, so a crafted file cannot make us
    // allocate without limit.
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 64 * 1024 * 1024);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 1024 * 1024);
}

// SQLite keeps statistics of its memory use unless told not to, taking a
// process-wide lock on every allocation; Jointly reads none of them, and a
// large import allocates for every row. This must be set before SQLite first
// starts, so it is set as the program loads.
[[maybe_unused]] const int kNoMemoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);

} // namespace

Database::Database(const std::string& path, OpenMode mode) : path_(path) {
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        readOnly_ = true;
        break;
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::Create:
        createPrivateFile(path);
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::Memory:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY;
        break;
    }
    // Files go through the VFS that checks each page's checksum as it is
    // read (storage/PageChecksums.h); a database in memory has no disk to
    // damage it.
    const bool inMemory = mode == OpenMode::Memory;
    memory_ = inMemory;
    int rc = sqlite3_open_v2(inMemory ? ":memory:" : path.c_str(), &db_, flags,
                             inMemory ? nullptr : checkedFileSystem());
    if (rc != SQLITE_OK) {
        std::string message = db_ ? sqlite3_errmsg(db_) : "cannot open";
        sqlite3_close(db_);
        db_ = nullptr;
        throw StorageError(rc, message);
    }
    try {
        configure(db_, path);
        execute("PRAGMA trusted_schema = OFF");
        execute("PRAGMA cell_size_check = ON");
        execute("PRAGMA foreign_keys = ON");
        if ((mode == OpenMode::Create || inMemory) && queryInt64("PRAGMA page_count") == 0) {
            // Room for each page's checksum, set before the first page is
            // written. A copy made in memory keeps it, so files made from
            // one (copies, upgrades) are checked too.
            setReservedBytes(kChecksumBytes);
        }
        if (!readOnly_ && mode != OpenMode::Memory) {
            // The rollback journal (DELETE mode), not WAL, on purpose: between
            // transactions every committed edit is inside the one .jointly file
            // and no -wal or -shm file exists beside it. A user who copies or
            // e-mails the file after closing Jointly, or who copies it while
            // Jointly is open and idle, always gets a complete project. WAL
            // would keep committed edits in a side file until a checkpoint and
            // also needs shared memory, which network drives do not provide.
            execute("PRAGMA journal_mode = DELETE");
            // EXTRA, not FULL. With the rollback journal a transaction is
            // committed at the moment its -journal file is deleted. FULL
            // syncs the journal and the project before that, but not the
            // folder after it, so a power cut just after an edit returned can
            // bring the journal back, and the next open rolls the edit away.
            // EXTRA also syncs the folder after deleting the journal, so an
            // edit the user saw saved survives a power cut.
            // tests/core/power_cut_test.cpp cuts the power at every sync of
            // an edit, an import and an undo (and shows that FULL loses
            // edits); bench/edit_latency measures what the extra sync costs.
            execute("PRAGMA synchronous = EXTRA");
        }
    } catch (...) {
        sqlite3_close(db_);
        db_ = nullptr;
        throw;
    }
}

Database::~Database() {
    reusable_.clear(); // finalized before the connection closes
    sqlite3_close(db_);
}

Statement Database::prepare(std::string_view sql) {
    return Statement(db_, sql);
}

CachedStatement Database::cached(std::string_view sql) {
    if (auto kept = reusable_.find(sql); kept != reusable_.end()) {
        auto statement = std::move(kept->second);
        reusable_.erase(kept);
        return CachedStatement(*this, std::string(sql), std::move(statement));
    }
    return CachedStatement(*this, std::string(sql), std::make_unique<Statement>(db_, sql));
}

void Database::keepForReuse(std::string sql, std::unique_ptr<Statement> statement) {
    reusable_.emplace(std::move(sql), std::move(statement));
}

void Database::execute(std::string_view sql) {
    prepare(sql).run();
}

void Database::executeTrustedScript(std::string_view sql) {
    std::string copy(sql);
    char* error = nullptr;
    int rc = sqlite3_exec(db_, copy.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        std::string message = error ? error : sqlite3_errmsg(db_);
        sqlite3_free(error);
        throw StorageError(rc, message);
    }
}

std::int64_t Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(db_);
}

std::int64_t Database::queryInt64(std::string_view sql) {
    auto statement = prepare(sql);
    if (!statement.step()) {
        throw StorageError(SQLITE_ERROR, "No result from: " + std::string(sql));
    }
    return statement.int64(0);
}

bool Database::tableExists(std::string_view name) {
    auto statement = cached("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    statement->bind(1, name);
    return statement->step();
}

void Database::backupTo(const std::string& destinationPath,
                        const std::function<void(Database&)>& finishCopy) {
    // Write to a temporary file beside the destination, then rename it into
    // place, so a failure (a full disk) never leaves half a copy behind.
    std::string temporary = destinationPath + ".partial";
    std::filesystem::remove(temporary);
    try {
        Database destination(temporary, OpenMode::Create);
        sqlite3_backup* backup = sqlite3_backup_init(destination.handle(), "main", db_, "main");
        if (backup == nullptr) {
            throw StorageError(sqlite3_errcode(destination.handle()),
                               sqlite3_errmsg(destination.handle()));
        }
        int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) {
            throw StorageError(rc, sqlite3_errstr(rc));
        }
        if (finishCopy) {
            finishCopy(destination);
        }
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw;
    }
    std::error_code ec;
    std::filesystem::rename(temporary, destinationPath, ec);
    if (ec) {
        std::filesystem::remove(temporary, ec);
        throw StorageError(SQLITE_CANTOPEN, "Cannot write " + destinationPath);
    }
}

void Database::copyFrom(Database& source) {
    sqlite3_backup* backup = sqlite3_backup_init(db_, "main", source.handle(), "main");
    if (backup == nullptr) {
        throw StorageError(sqlite3_errcode(db_), sqlite3_errmsg(db_));
    }
    int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        throw StorageError(rc, sqlite3_errstr(rc));
    }
}

int Database::setReservedBytes(int bytes) {
    int value = bytes;
    if (sqlite3_file_control(db_, "main", SQLITE_FCNTL_RESERVE_BYTES, &value) != SQLITE_OK) {
        throw StorageError(SQLITE_ERROR, "Cannot set the reserved space of " + path_);
    }
    return value;
}

bool Database::hasPageChecksums() {
    return !memory_ && setReservedBytes(-1) == kChecksumBytes;
}

void Database::addPageChecksums() {
    if (memory_ || hasPageChecksums()) {
        return;
    }
    // VACUUM rewrites every page with the room now asked for; it is one
    // transaction, so a failure or a power cut leaves the file as it was.
    setReservedBytes(kChecksumBytes);
    execute("VACUUM");
    if (!hasPageChecksums()) {
        throw StorageError(SQLITE_ERROR, "Could not add page checksums to " + path_);
    }
}

void Database::makeReadOnly() {
    execute("PRAGMA query_only = ON");
    readOnly_ = true;
}

Transaction::Transaction(Database& db) : db_(db) {
    db_.execute("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (open_) {
        sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit() {
    db_.execute("COMMIT");
    open_ = false;
}

std::string describeDamagedPage(const std::string& fileName, std::uint64_t page) {
    return fileName + " is damaged: page " + std::to_string(page) +
           " no longer holds what Jointly wrote there (its checksum does not match), perhaps "
           "because of a failing disk or a program other than Jointly. Jointly has not changed "
           "it. Open a backup copy of the project.";
}

std::string describeStorageFailure(const StorageError& error, const std::string& fileName) {
    switch (error.primaryCode()) {
    case SQLITE_FULL:
        return "The disk holding " + fileName +
               " is full, so the change was not saved. Free some space and try again.";
    case SQLITE_IOERR:
        if (error.sqliteCode() == SQLITE_IOERR_DATA) {
            return describeDamagedPage(fileName, lastDamagedPage());
        }
        if (error.sqliteCode() == SQLITE_IOERR_READ ||
            error.sqliteCode() == SQLITE_IOERR_SHORT_READ) {
            return "Could not read " + fileName +
                   " (an input/output error). The change was not saved. Check the drive or "
                   "network share and try again.";
        }
        return "Could not write to " + fileName +
               " (an input/output error). The change was not saved. Check the drive or network "
               "share and try again.";
    case SQLITE_READONLY:
        return fileName + " is open read-only, so it cannot be changed.";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return fileName + " is being used by another program. Close it there and try again.";
    case SQLITE_CANTOPEN:
        return "Could not write " + fileName + ": Jointly could not make a file in its folder " +
               "(while saving a change it keeps " + fileName +
               "-journal there). Nothing was changed. Check that the folder can be written to "
               "and that the drive has space, then try again.";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return fileName + " is damaged. Open the copy Jointly kept, or a backup.";
    case SQLITE_CONSTRAINT:
        return "That change does not fit the rest of the project: " + std::string(error.what());
    default:
        return "Jointly could not use " + fileName + ": " + error.what();
    }
}

} // namespace jointly::storage
