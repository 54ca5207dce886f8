// Fuzzes the change history's reading of what an edit changed: the bytes are
// put in place of an edit's recorded change (an SQLite session changeset) in
// a project with records of several kinds, as a file changed behind
// Jointly's back might hold, and the history is read and put into words as
// the window and 'jointly history' do.
//
// Checked on every input, aborting if broken:
//   - the history lists every edit, whether or not its change can be read;
//   - an edit whose change cannot be read is marked so and lists nothing;
//   - a change that can be read names each record changed and says it in
//     sentences, and a record's own history is a part of the whole;
//   - a change rewritten for the same layout (as an upgrade does) is well
//     formed, and rewritten for the columns in reverse order and back again
//     it is exactly as it was.

#include "FuzzSupport.h"

#include "audit/ChangeHistory.h"
#include "history/ChangeDecoder.h"
#include "history/LayoutChange.h"
#include "partnership/PartnershipKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "storage/Database.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

using namespace jointly;

namespace {

using fuzz::broken;

// A project of one partner with a member, made once: three edits in its
// history, the last of which each input replaces.
project::Project& sharedProject() {
    static std::unique_ptr<project::Project> made = [] {
        auto created = fuzz::projectWithPartner("History.jointly");
        if (!records::setField(*created, partnership::partnerOrganisation(), 1,
                               "annual_contribution_pence", std::int64_t{100})
                 .ok()) {
            broken("cannot make the project's edits");
        }
        return created;
    }();
    return *made;
}

// The change rewritten as an upgrade would, for the same layout, then for
// every table's columns in reverse order and back.
void checkRewriting(storage::Database& db, const std::uint8_t* data, std::size_t size) {
    static const auto layouts = history::tableLayouts(db);
    static const auto reversed = [] {
        auto turned = layouts;
        for (auto& [table, columns] : turned) {
            std::reverse(columns.begin(), columns.end());
        }
        return turned;
    }();
    const std::vector<unsigned char> bytes(data, data + size);
    const auto same = history::relayoutChanges(bytes, layouts, layouts);
    if (!same) {
        return;
    }
    if (!history::isWellFormed(*same)) {
        broken("a rewritten change is not well formed");
    }
    const auto turned = history::relayoutChanges(*same, layouts, reversed);
    const auto back = turned ? history::relayoutChanges(*turned, reversed, layouts) : std::nullopt;
    if (!back || *back != *same) {
        broken("a change rewritten for another order of columns and back is not as it was");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& db = sharedProject().database();
    checkRewriting(db, data, size);
    auto put = db.prepare("UPDATE edit_step SET changes = ?1 WHERE id = (SELECT max(id) FROM "
                          "edit_step)");
    put.bindBlob(1, data, size);
    put.run();
    const auto all = audit::loadHistory(db, {});
    if (all.size() != 3) {
        broken("an edit is missing from the history");
    }
    for (const auto& entry : all) {
        if (entry.unreadable && (!entry.records.empty() || !entry.stages.empty())) {
            broken("an unreadable edit lists changes");
        }
        for (const auto& change : entry.records) {
            if (change.kind.empty() || audit::describe(change).empty()) {
                broken("a change is not put into words");
            }
        }
    }
    audit::HistoryFilter partner;
    partner.table = "partner_organisation";
    partner.id = 1;
    if (audit::loadHistory(db, partner).size() > all.size()) {
        broken("a record's history is longer than the project's");
    }
    return 0;
}
