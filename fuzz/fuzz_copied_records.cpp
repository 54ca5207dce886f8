// Fuzzes pasting records copied from another project: what arrives on the
// clipboard (or in a file for 'jointly paste-records') is untrusted. The
// first byte chooses how the rest is used:
//   'w' the rest is the Boost.Serialization payload, wrapped here in a
//       correct header, so the fuzzer reaches the records themselves;
//   anything else: the rest is the whole archive, header and all.
// It is pasted into a small project holding a partner organisation with a
// member, a priority and a service, so links by name can be found.
//
// Checked on every input, aborting if broken:
//   - a refused paste leaves every kind's count and the undo history as
//     they were, and says why in a sentence;
//   - a paste is one edit, labelled "Paste ...", that undo takes back whole
//     and the project passes SQLite's integrity and foreign-key checks.

#include "FuzzSupport.h"

#include "baseline/ArchiveEnvelope.h"
#include "partnership/PartnershipKinds.h"
#include "planning/PlanningKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "transfer/RecordTransfer.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

using namespace jointly;

namespace {

using fuzz::broken;

project::Project& sharedProject() {
    static std::unique_ptr<project::Project> made = [] {
        auto created = fuzz::projectWithPartner("Pasted into.jointly");
        if (!records::addRecord(*created, planning::priority(),
                                {{"name", std::string("Prevent falls among older people")}})
                 .ok()) {
            broken("cannot add the priority");
        }
        return created;
    }();
    return *made;
}

std::vector<std::int64_t> counts(storage::Database& db) {
    std::vector<std::int64_t> all;
    for (const auto* kind : records::everyKind()) {
        if (!kind->oneRow) {
            all.push_back(records::countRecords(db, *kind));
        }
    }
    auto scores = db.prepare("SELECT count(*) FROM appraisal_score");
    scores.step();
    all.push_back(scores.int64(0));
    return all;
}

bool sound(storage::Database& db) {
    auto integrity = db.prepare("PRAGMA integrity_check");
    if (!integrity.step() || integrity.text(0) != "ok") {
        return false;
    }
    auto keys = db.prepare("PRAGMA foreign_key_check");
    return !keys.step();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    auto& project = sharedProject();
    auto& db = project.database();
    const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    const std::string archive = data[0] == 'w'
                                    ? baseline::wrapArchive(baseline::ArchiveContent::Records, rest)
                                    : std::string(rest);
    const auto before = counts(db);
    const auto label = project.undoLabel();
    const auto pasted = transfer::pasteRecords(project, archive);
    if (!pasted.ok()) {
        if (pasted.error().message.empty()) {
            broken("a refusal says nothing");
        }
        if (counts(db) != before || project.undoLabel() != label) {
            broken("a refused paste changed the project");
        }
        return 0;
    }
    if (project.undoLabel() != pasted.value().label ||
        pasted.value().label.rfind("Paste ", 0) != 0) {
        broken("a paste is not one edit labelled as a paste");
    }
    if (!sound(db)) {
        broken("a paste broke the project's integrity or links");
    }
    if (!project.undo().ok() || counts(db) != before) {
        broken("undo did not take the paste back whole");
    }
    return 0;
}
