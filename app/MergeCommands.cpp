#include "MergeCommands.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "merge/Merging.h"
#include "merge/OfflineCopy.h"
#include "project/Project.h"
#include "util/Text.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace jointly::app {

namespace {

using Json = nlohmann::ordered_json;

std::string_view kindWord(merge::ConflictKind kind) {
    switch (kind) {
    case merge::ConflictKind::BothChanged:
        return "changed on both sides";
    case merge::ConflictKind::ChangedHereRemovedThere:
        return "deleted there, changed or linked to here";
    case merge::ConflictKind::RemovedHereChangedThere:
        return "changed there, deleted here";
    case merge::ConflictKind::BreaksRule:
        return "breaks a rule";
    case merge::ConflictKind::LinksToRemovedHere:
        return "links to a record deleted here";
    }
    return "";
}

Json summaryJson(const merge::MergeSummary& summary) {
    Json conflicts = Json::array();
    for (const auto& conflict : summary.merged ? summary.conflicts : summary.unanswered) {
        conflicts.push_back({{"key", conflict.key},
                             {"kind", kindWord(conflict.kind)},
                             {"record", conflict.record},
                             {"field", conflict.field},
                             {"mine", conflict.mine},
                             {"mineBy", conflict.mineBy},
                             {"mineAt", conflict.mineAt},
                             {"theirs", conflict.theirs},
                             {"theirsBy", conflict.theirsBy},
                             {"theirsAt", conflict.theirsAt},
                             {"canTakeTheirs", conflict.canTakeTheirs},
                             {"sentence", conflict.sentence}});
    }
    return Json{{"merged", summary.merged},
                {"source", summary.source},
                {"editsMerged", summary.editsMerged},
                {"editsTakenBack", summary.editsTakenBack},
                {"recordsAdded", summary.added},
                {"recordsChanged", summary.changed},
                {"recordsDeleted", summary.removed},
                {summary.merged ? "conflictsSettled" : "conflicts", conflicts}};
}

std::string counted(std::size_t count, const std::string& one, const std::string& many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

} // namespace

int copyForOfflineCommand(const Invocation& call) {
    const auto& out = call.positional[1];
    std::error_code ec;
    if (std::filesystem::exists(out, ec)) {
        return fail(call.err, Error{ErrorKind::Invalid,
                                    out + " exists already. Choose a new name for the copy, or "
                                          "move the old file away first."});
    }
    auto opened = openForEditing(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    const auto taken = merge::takeOfflineCopy(project, out, {});
    if (!taken.ok()) {
        return fail(call.err, taken.error());
    }
    call.out << "Took a copy of " << util::fileNameOf(project.path()) << " to work offline: " << out
             << ". Work in it anywhere; then 'jointly changes " << out
             << " OUT.jointly-changes' writes what was changed, to merge back with 'jointly "
                "merge'.\n";
    return kOk;
}

int changesCommand(const Invocation& call) {
    auto opened = openForReading(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& copy = *opened.value();
    const auto& out = call.positional[1];
    const auto sent = merge::sendChanges(copy, out, {});
    if (!sent.ok()) {
        return fail(call.err, sent.error());
    }
    call.out << "Wrote the changes made in " << util::fileNameOf(copy.path()) << " to " << out
             << ".\n";
    return kOk;
}

int mergeCommand(const Invocation& call) {
    const auto prefer = call.value("--prefer");
    if (prefer && *prefer != "mine" && *prefer != "theirs") {
        return usage(call.err, "--prefer takes mine or theirs, not \u201C" + *prefer + "\u201D",
                     call.verb);
    }
    auto changes = merge::readChanges(call.positional[1]);
    if (!changes.ok()) {
        return fail(call.err, changes.error());
    }
    auto opened = openForEditing(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    const auto name = util::fileNameOf(call.positional[1]);
    auto result = prefer ? merge::mergePreferring(project, changes.value(), name,
                                                  *prefer == "mine" ? merge::Choice::Mine
                                                                    : merge::Choice::Theirs)
                         : merge::mergeChanges(project, changes.value(), name, {});
    if (!result.ok()) {
        return fail(call.err, result.error());
    }
    const auto& summary = result.value();
    if (call.flag("--json")) {
        call.out << summaryJson(summary).dump(2) << "\n";
    } else if (summary.merged) {
        call.out << "Merged " << summary.source << ": "
                 << counted(summary.editsMerged, "edit", "edits") << " ("
                 << counted(summary.added, "record", "records") << " added, "
                 << counted(summary.changed, "changed", "changed") << ", "
                 << counted(summary.removed, "deleted", "deleted") << ")";
        if (summary.editsTakenBack > 0) {
            call.out << "; " << counted(summary.editsTakenBack, "edit", "edits")
                     << " undone there since taken back";
        }
        call.out << ".\n";
        for (const auto& conflict : summary.conflicts) {
            call.out << "  " << conflict.sentence << " Kept: "
                     << (prefer && *prefer == "theirs" && conflict.canTakeTheirs ? "theirs"
                                                                                 : "this file's")
                     << ".\n";
        }
        call.out << "Undo it in the window with Edit > Undo, as one step.\n";
    }
    if (!summary.merged) {
        if (!call.flag("--json")) {
            for (const auto& conflict : summary.unanswered) {
                call.out << "  " << conflict.sentence << "\n";
            }
        }
        call.err << "jointly: "
                 << counted(summary.unanswered.size(), "conflict needs", "conflicts need")
                 << " an answer, so nothing was merged. Merge again with --prefer mine or "
                    "--prefer theirs, or answer them one by one in the window (File > Merge "
                    "changes).\n";
        return kConflicts;
    }
    return kOk;
}

} // namespace jointly::app
