#include "history/EditHistory.h"

#include "history/ChangeDecoder.h"
#include "storage/Database.h"
#include "storage/ForeignKeysOff.h"
#include "storage/StorageError.h"
#include "util/Text.h"

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <string_view>

namespace jointly::history {

namespace {

struct SessionDeleter {
    void operator()(sqlite3_session* session) const { sqlite3session_delete(session); }
};

TouchedTables tablesIn(const std::vector<unsigned char>& changes) {
    TouchedTables tables;
    sqlite3_changeset_iter* it = nullptr;
    if (sqlite3changeset_start(&it, static_cast<int>(changes.size()),
                               const_cast<unsigned char*>(changes.data())) != SQLITE_OK) {
        return tables;
    }
    while (sqlite3changeset_next(it) == SQLITE_ROW) {
        const char* table = nullptr;
        int columns = 0;
        int op = 0;
        int indirect = 0;
        if (sqlite3changeset_op(it, &table, &columns, &op, &indirect) == SQLITE_OK && table) {
            tables.insert(table);
        }
    }
    sqlite3changeset_finalize(it);
    return tables;
}

// Any conflict means the file no longer matches the history (it was changed
// behind our back); stop rather than apply half of a step.
int abortOnConflict(void*, int, sqlite3_changeset_iter*) {
    return SQLITE_CHANGESET_ABORT;
}

// Every link to a missing row, as "table rowid parent constraint".
std::set<std::string> brokenLinks(storage::Database& db) {
    std::set<std::string> links;
    auto check = db.prepare("PRAGMA foreign_key_check");
    while (check.step()) {
        links.insert(check.text(0) + " " + check.text(1) + " " + check.text(2) + " " +
                     check.text(3));
    }
    return links;
}

Error storageError(const storage::StorageError& error, storage::Database& db) {
    return Error{ErrorKind::Storage,
                 storage::describeStorageFailure(error, util::fileNameOf(db.path()))};
}

// The undo history's own table is never part of what an edit records.
int leaveOutHistory(void*, const char* table) {
    return std::string_view(table) == "edit_step" ? 0 : 1;
}

} // namespace

bool EditHistory::keptInFile() {
    if (!kept_) {
        kept_ = db_.tableExists("edit_step");
    }
    return *kept_;
}

void EditHistory::load() {
    undo_.clear();
    redo_.clear();
    if (db_.isReadOnly() || !keptInFile()) {
        return; // nothing can be undone in a file open read-only
    }
    auto steps =
        db_.prepare("SELECT id, label, changes FROM edit_step WHERE undone = 0 ORDER BY id");
    while (steps.step()) {
        Step step;
        step.id = steps.int64(0);
        step.label = steps.text(1);
        step.changes = steps.blob(2);
        if (step.changes.empty() || !isWellFormed(step.changes)) {
            // A damaged or crafted step: SQLite must not read it, and no
            // step before it can be undone past it.
            undo_.clear();
            continue;
        }
        step.tables = tablesIn(step.changes);
        undo_.push_back(std::move(step));
    }
}

Outcome<TouchedTables> EditHistory::record(const std::string& label,
                                           const std::function<void(storage::Database&)>& change,
                                           LinkActions links) {
    if (db_.isReadOnly()) {
        return Error{ErrorKind::ReadOnly,
                     util::fileNameOf(db_.path()) +
                         " is open read-only, so it cannot be changed. Open it normally, or "
                         "save a copy and edit that."};
    }
    std::vector<unsigned char> changes;
    std::int64_t stepId = 0;
    try {
        std::optional<storage::ForeignKeysOff> noActions;
        if (links == LinkActions::Skip) {
            noActions.emplace(db_);
        }
        storage::Transaction transaction(db_);
        sqlite3_session* raw = nullptr;
        int rc = sqlite3session_create(db_.handle(), "main", &raw);
        std::unique_ptr<sqlite3_session, SessionDeleter> session(raw);
        if (rc != SQLITE_OK || sqlite3session_attach(raw, nullptr) != SQLITE_OK) {
            throw storage::StorageError(rc, "cannot record the change for undo");
        }
        sqlite3session_table_filter(raw, leaveOutHistory, nullptr);
        change(db_);
        int size = 0;
        void* buffer = nullptr;
        rc = sqlite3session_changeset(raw, &size, &buffer);
        if (rc != SQLITE_OK) {
            throw storage::StorageError(rc, "cannot record the change for undo");
        }
        auto* bytes = static_cast<unsigned char*>(buffer);
        changes.assign(bytes, bytes + size);
        sqlite3_free(buffer);
        session.reset();
        if (!changes.empty() && keptInFile()) {
            // Kept with the edit itself: both land, or neither does.
            stepId = nextStepId_ ? nextStepId_() : 0;
            auto keep = db_.cached("INSERT INTO edit_step (id, label, made_at, made_by, changes) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5)");
            if (stepId != 0) {
                keep->bind(1, stepId);
            } else {
                keep->bindNull(1);
            }
            keep->bind(2, label)
                .bind(3, util::nowUtc())
                .bind(4, author_.empty() ? util::systemUserName() : author_)
                .bindBlob(5, changes.data(), changes.size());
            keep->run();
            stepId = db_.lastInsertId();
        }
        transaction.commit();
    } catch (const storage::StorageError& error) {
        return storageError(error, db_);
    } catch (const std::exception& error) {
        return Error{ErrorKind::Invalid, error.what()};
    }
    if (changes.empty()) {
        return TouchedTables{};
    }
    auto tables = tablesIn(changes);
    undo_.push_back(Step{stepId, label, std::move(changes), tables});
    redo_.clear();
    return tables;
}

Outcome<TouchedTables> EditHistory::apply(const Step& step, bool inverse) {
    const auto& changes = step.changes;
    if (db_.isReadOnly()) {
        return Error{ErrorKind::ReadOnly,
                     util::fileNameOf(db_.path()) + " is open read-only, so it cannot be changed."};
    }
    std::vector<unsigned char> toApply = changes;
    if (inverse) {
        int size = 0;
        void* buffer = nullptr;
        if (sqlite3changeset_invert(static_cast<int>(changes.size()), changes.data(), &size,
                                    &buffer) != SQLITE_OK) {
            return Error{ErrorKind::Storage, "Jointly could not work out how to undo that."};
        }
        auto* bytes = static_cast<unsigned char*>(buffer);
        toApply.assign(bytes, bytes + size);
        sqlite3_free(buffer);
    }
    // Applies the step in a transaction; commits it when `allowed` holds
    // every broken link afterwards, and returns the broken links found.
    auto attempt = [&](const std::set<std::string>* allowed) {
        storage::ForeignKeysOff noActions(db_);
        storage::Transaction transaction(db_);
        int rc = sqlite3changeset_apply(db_.handle(), static_cast<int>(toApply.size()),
                                        toApply.data(), nullptr, abortOnConflict, nullptr);
        if (rc != SQLITE_OK) {
            throw storage::StorageError(rc, rc == SQLITE_ABORT
                                                ? "the project was changed outside Jointly"
                                                : sqlite3_errstr(rc));
        }
        auto broken = brokenLinks(db_);
        if (allowed &&
            std::includes(allowed->begin(), allowed->end(), broken.begin(), broken.end())) {
            if (step.id != 0) {
                // Undone or done again in the same transaction as the data.
                auto mark = db_.prepare("UPDATE edit_step SET undone = ?1 WHERE id = ?2");
                mark.bind(1, std::int64_t{inverse ? 1 : 0}).bind(2, step.id);
                mark.run();
            }
            transaction.commit();
        }
        return broken;
    };
    try {
        static const std::set<std::string> none;
        if (!attempt(&none).empty()) {
            // The step left links to missing rows. A file another program
            // changed may have had those already; the step is applied only if
            // it breaks no link that was whole before it.
            const auto before = brokenLinks(db_);
            const auto after = attempt(&before);
            if (!std::includes(before.begin(), before.end(), after.begin(), after.end())) {
                throw storage::StorageError(SQLITE_CONSTRAINT_FOREIGNKEY,
                                            "the project was changed outside Jointly");
            }
        }
    } catch (const storage::StorageError& error) {
        return storageError(error, db_);
    }
    return tablesIn(changes);
}

Outcome<TouchedTables> EditHistory::undo() {
    if (undo_.empty()) {
        return Error{ErrorKind::NothingToUndo, "There is nothing to undo."};
    }
    auto result = apply(undo_.back(), true);
    if (result.ok()) {
        redo_.push_back(std::move(undo_.back()));
        undo_.pop_back();
    }
    return result;
}

Outcome<TouchedTables> EditHistory::redo() {
    if (redo_.empty()) {
        return Error{ErrorKind::NothingToUndo, "There is nothing to redo."};
    }
    auto result = apply(redo_.back(), false);
    if (result.ok()) {
        undo_.push_back(std::move(redo_.back()));
        redo_.pop_back();
    }
    return result;
}

void EditHistory::forget(storage::Database& db) {
    if (db.tableExists("edit_step")) {
        db.execute("DELETE FROM edit_step");
    }
}

void EditHistory::clear() {
    undo_.clear();
    redo_.clear();
}

} // namespace jointly::history
