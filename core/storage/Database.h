#pragma once

#include "storage/CachedStatement.h"
#include "storage/Statement.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;

namespace jointly::storage {

enum class OpenMode {
    ReadOnly,  // never writes, never creates
    ReadWrite, // the file must exist
    Create,    // creates the file (readable by its owner only) if missing
    Memory,    // a private in-memory database, gone when closed
};

// The owner of one SQLite connection. Every connection is opened with the
// defensive settings for files that may come from another organisation.
class Database {
public:
    Database(const std::string& path, OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const { return db_; }
    const std::string& path() const { return path_; }
    bool isReadOnly() const { return readOnly_; }

    // Prepares exactly one statement; more than one is refused.
    Statement prepare(std::string_view sql);
    // The same, prepared once and used again: for statements of our own run
    // on every edit. Never pass user text.
    CachedStatement cached(std::string_view sql);
    // Runs one statement that takes no parameters.
    void execute(std::string_view sql);
    // Runs several statements of our own (schema scripts). Never pass user text.
    void executeTrustedScript(std::string_view sql);

    std::int64_t lastInsertId() const;
    std::int64_t queryInt64(std::string_view sql);
    bool tableExists(std::string_view name);

    // Copies the whole database to a new file with SQLite's backup API.
    // finishCopy, if given, runs on the copy before it takes its name.
    void backupTo(const std::string& destinationPath,
                  const std::function<void(Database&)>& finishCopy = {});
    // Replaces this database's content with a copy of source's.
    void copyFrom(Database& source);
    // From now on refuse every write on this connection.
    void makeReadOnly();

    // Whether every page of this file carries a checksum (PageChecksums.h).
    bool hasPageChecksums();
    // Gives every page a checksum, rewriting the file (VACUUM) if it has none.
    // Does nothing for a database in memory.
    void addPageChecksums();

private:
    friend class CachedStatement;
    void keepForReuse(std::string sql, std::unique_ptr<Statement> statement);

    // Asks for `bytes` of reserved space at the end of each page (a negative
    // number only asks) and returns what was reserved before.
    int setReservedBytes(int bytes);

    sqlite3* db_ = nullptr;
    std::string path_;
    bool readOnly_ = false;
    bool memory_ = false;
    // Statements kept for cached(), by their text; one in use is not here.
    std::map<std::string, std::unique_ptr<Statement>, std::less<>> reusable_;
};

// Begins an immediate transaction and rolls it back unless commit() is called.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& db_;
    bool open_ = true;
};

} // namespace jointly::storage
