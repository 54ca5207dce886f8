#pragma once

#include "storage/Database.h"

#include <sqlite3.h>

namespace jointly::storage {

// Turns foreign-key enforcement off for the life of this object, for
// applying changes that already hold every row the schema's link actions
// changed (an undo, a redo, a merge of another copy's edits): the actions
// must not run a second time. SQLite 3.40 has no apply flag for that
// (SQLITE_CHANGESETAPPLY_FKNOACTION came in 3.42). Whoever uses it checks
// the links with foreign_key_check before committing. Make it before the
// transaction begins: inside one, SQLite ignores the setting.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(Database& db) : db_(db) { db_.execute("PRAGMA foreign_keys = OFF"); }
    ~ForeignKeysOff() {
        sqlite3_exec(db_.handle(), "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    Database& db_;
};

} // namespace jointly::storage
