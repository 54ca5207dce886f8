#include "project/FileSummary.h"

#include "needs/IndicatorImport.h"
#include "needs/NeedsKinds.h"
#include "partnership/PartnershipKinds.h"
#include "planning/PlanningKinds.h"
#include "project/FileInspection.h"
#include "project/Schema.h"
#include "records/RecordStore.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

namespace jointly::project {

Outcome<FileSummary> summariseProjectFile(const std::string& path) {
    auto facts = inspectProjectFile(path);
    if (!facts.ok()) {
        return facts.error();
    }
    FileSummary summary;
    summary.schemaVersion = facts.value().schemaVersion;
    summary.integrity = facts.value().integrity;
    summary.needsUpgrade = summary.schemaVersion < kCurrentSchemaVersion;
    try {
        storage::Database file(path, storage::OpenMode::ReadOnly);
        storage::Database copy(path, storage::OpenMode::Memory);
        copy.copyFrom(file);
        migrateToCurrent(copy);
        auto name = copy.prepare("SELECT name FROM partnership WHERE id = 1");
        summary.partnershipName = name.step() ? name.text(0) : std::string();
        for (const auto* group :
             {&partnership::allKinds(), &needs::allKinds(), &planning::allKinds()}) {
            for (const auto* kind : *group) {
                if (kind->table == "partnership") {
                    continue;
                }
                summary.counts.emplace_back(std::string(kind->plural),
                                            records::countRecords(copy, *kind));
            }
        }
        summary.counts.emplace_back("appraisal scores",
                                    copy.queryInt64("SELECT count(*) FROM appraisal_score"));
        summary.counts.emplace_back(
            "indicator values",
            copy.queryInt64(std::string("SELECT count(*) FROM indicator_value v WHERE ") +
                            needs::kLiveValue));
        summary.counts.emplace_back(
            "indicator imports",
            copy.queryInt64("SELECT count(*) FROM indicator_import WHERE active = 1"));
    } catch (const storage::StorageError& error) {
        return Error{ErrorKind::Damaged, displayName(path) + " could not be read in full (" +
                                             error.what() +
                                             "). Open a backup copy of the project."};
    }
    return summary;
}

} // namespace jointly::project
