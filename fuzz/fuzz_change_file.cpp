// Fuzzes the reading and merging of a change file (*.jointly-changes): the
// edits another copy of a project sends back by e-mail. The first byte
// chooses how the rest is used:
//   'w' the rest is the JSON document, wrapped here in a correct envelope
//       (magic, format, length, SHA-256), so the fuzzer reaches the JSON;
//   anything else: the rest is the whole file, envelope and all.
//
// Checked on every input, aborting if broken:
//   - a refusal is a sentence naming the file;
//   - a change file that is read is written again, and that reads back to
//     the same bytes when written once more (a round trip loses nothing);
//   - its edits, addressed to a project with a partner and a member, are
//     previewed as a merge and then merged preferring the incoming side:
//     refused with a sentence, or merged leaving every link whole and
//     SQLite's integrity check passing; never a crash.

#include "FuzzSupport.h"

#include "baseline/ArchiveEnvelope.h"
#include "merge/ChangeFile.h"
#include "merge/Merging.h"
#include "project/Project.h"
#include "project/ProjectIdentity.h"
#include "project/Schema.h"
#include "storage/Database.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace jointly;

using fuzz::broken;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    const std::string bytes = data[0] == 'w'
                                  ? baseline::wrapArchive(baseline::ArchiveContent::Changes, rest)
                                  : std::string(rest);
    const std::string name = "fuzzed.jointly-changes";
    auto read = merge::readChangeFile(bytes, name);
    if (!read.ok()) {
        if (read.error().message.find(name) == std::string::npos) {
            broken("a refusal does not name the change file");
        }
        return 0;
    }
    const auto written = merge::writeChangeFile(read.value());
    auto again = merge::readChangeFile(written, name);
    if (!again.ok()) {
        broken("a change file written again cannot be read");
    }
    if (merge::writeChangeFile(again.value()) != written) {
        broken("a change file changes when written and read again");
    }
    const auto path = fuzz::workFile("merged.jointly");
    fuzz::removeProject(path);
    auto project = fuzz::projectWithPartner("merged.jointly");
    auto changes = read.value();
    // Addressed to this project, at its format, so the edits reach the merge.
    changes.project = project::projectIdentity(project->database());
    changes.format = project::kCurrentSchemaVersion;
    auto preview = merge::previewMerge(*project, changes, name);
    if (!preview.ok()) {
        if (preview.error().message.find(name) == std::string::npos &&
            preview.error().message.find("merged.jointly") == std::string::npos) {
            broken("a refused merge does not name a file");
        }
        return 0;
    }
    auto merged = merge::mergePreferring(*project, changes, name, merge::Choice::Theirs);
    if (merged.ok() && merged.value().merged) {
        auto& db = project->database();
        if (db.queryInt64("SELECT count(*) FROM pragma_foreign_key_check") != 0) {
            broken("a merge left a link to a missing record");
        }
        auto integrity = db.prepare("PRAGMA integrity_check");
        if (!integrity.step() || integrity.text(0) != "ok") {
            broken("a merge damaged the file");
        }
        if (!project->undo().ok()) {
            broken("a merge cannot be undone");
        }
    }
    return 0;
}
