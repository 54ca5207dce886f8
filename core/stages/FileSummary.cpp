#include "stages/FileSummary.h"

#include "project/FileInspection.h"
#include "project/Schema.h"
#include "records/RecordKind.h"
#include "records/RecordStore.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

namespace jointly::stages {

Outcome<FileSummary> summariseProjectFile(const std::string& path) {
    auto facts = project::inspectProjectFile(path);
    if (!facts.ok()) {
        return facts.error();
    }
    FileSummary summary;
    summary.schemaVersion = facts.value().schemaVersion;
    summary.integrity = facts.value().integrity;
    summary.needsUpgrade = summary.schemaVersion < project::kCurrentSchemaVersion;
    try {
        storage::Database file(path, storage::OpenMode::ReadOnly);
        storage::Database copy(path, storage::OpenMode::Memory);
        copy.copyFrom(file);
        project::migrateToCurrent(copy);
        readStages(copy, summary);
    } catch (const storage::StorageError& error) {
        return unreadable(path, error.what());
    }
    return summary;
}

void readStages(storage::Database& db, FileSummary& summary) {
    auto name = db.prepare("SELECT name FROM partnership WHERE id = 1");
    summary.partnershipName = name.step() ? name.text(0) : std::string();
    for (const auto& stage : all()) {
        StageStatus status{&stage, {}};
        if (stage.built()) {
            status.progress = stage.progress(db);
        }
        summary.stages.push_back(std::move(status));
        if (stage.kinds) {
            for (const auto* kind : stage.kinds()) {
                if (kind->oneRow) {
                    continue; // the partnership's own row, edited in place
                }
                summary.counts.emplace_back(std::string(kind->plural),
                                            records::countRecords(db, *kind));
            }
        }
        if (stage.countOthers) {
            stage.countOthers(db, summary.counts);
        }
    }
}

Error unreadable(const std::string& path, const std::string& why) {
    return Error{ErrorKind::Damaged, project::displayName(path) + " could not be read in full (" +
                                         why + "). Open a backup copy of the project."};
}

} // namespace jointly::stages
