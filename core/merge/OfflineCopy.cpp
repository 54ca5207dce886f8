#include "merge/OfflineCopy.h"

#include "history/EditHistory.h"
#include "project/Ids.h"
#include "project/Project.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "util/Text.h"

#include <filesystem>

namespace jointly::merge {

std::optional<OfflineOrigin> offlineOrigin(storage::Database& db) {
    if (!db.tableExists("offline_origin")) {
        return std::nullopt;
    }
    auto read = db.prepare("SELECT original_file, taken_at, taken_by FROM offline_origin WHERE "
                           "id = 1");
    if (!read.step()) {
        return std::nullopt;
    }
    return OfflineOrigin{read.text(0), read.text(1), read.text(2)};
}

Status takeOfflineCopy(project::Project& original, const std::string& destination,
                       const std::string& takenBy) {
    std::error_code ec;
    if (std::filesystem::equivalent(destination, original.path(), ec)) {
        return Error{ErrorKind::Invalid,
                     "That is the project's own file. Choose a different name for the copy."};
    }
    if (original.isReadOnly()) {
        return Error{ErrorKind::ReadOnly,
                     util::fileNameOf(original.path()) +
                         " is open read-only, so a copy to work offline cannot be taken from it "
                         "(the copy's sites are recorded in it). Open it normally first."};
    }
    auto& db = original.database();
    try {
        project::SiteBlock given;
        {
            // The sites are given before the copy is written: if writing it
            // fails, a few sites go unused, and no two files ever share one.
            storage::Transaction transaction(db);
            auto sites = project::giveSitesToCopy(db);
            if (!sites.ok()) {
                return sites.error();
            }
            given = sites.value();
            transaction.commit();
        }
        const auto from = std::filesystem::absolute(original.path(), ec).string();
        const auto who = takenBy.empty() ? util::systemUserName() : takenBy;
        db.backupTo(destination, [&](storage::Database& copy) {
            storage::Transaction transaction(copy);
            project::setSiteBlock(copy, given);
            copy.execute("INSERT OR IGNORE INTO merged_edit (id, label, made_at, made_by, "
                         "merged_from) SELECT id, label, made_at, made_by, 'the file the copy "
                         "was taken from' FROM edit_step WHERE undone = 0");
            history::EditHistory::forget(copy);
            copy.execute("DELETE FROM offline_origin");
            auto origin = copy.prepare("INSERT INTO offline_origin (id, original_file, taken_at, "
                                       "taken_by) VALUES (1, ?1, ?2, ?3)");
            origin.bind(1, from.empty() ? original.path() : from)
                .bind(2, util::nowUtc())
                .bind(3, who);
            origin.run();
            transaction.commit();
        });
    } catch (const storage::StorageError& error) {
        return Error{ErrorKind::Storage,
                     storage::describeStorageFailure(error, util::fileNameOf(destination))};
    }
    return success();
}

} // namespace jointly::merge
