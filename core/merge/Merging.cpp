#include "merge/Merging.h"

#include "baseline/ArchiveEnvelope.h"
#include "merge/Merger.h"
#include "project/Ids.h"
#include "project/Project.h"
#include "project/ProjectIdentity.h"
#include "project/Schema.h"
#include "records/RecordKind.h"
#include "records/TypedInput.h"
#include "storage/Database.h"
#include "storage/ForeignKeysOff.h"
#include "storage/StorageError.h"
#include "util/PartialFile.h"
#include "util/Text.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>

namespace jointly::merge {

namespace {

// The edits a merge takes, and their rows folded into one change each.
struct Selection {
    std::vector<const SentEdit*> toMerge;    // oldest first
    std::vector<const SentEdit*> toTakeBack; // newest first
    std::vector<RowEdit> rows;
};

std::string sourceOf(const ChangeFile& changes, const std::string& fileName) {
    return (changes.sentBy.empty() ? std::string("Changes") : changes.sentBy + "’s changes") +
           " (" + fileName + ")";
}

Outcome<Selection> select(storage::Database& db, const ChangeFile& changes,
                          const std::string& fileName) {
    const auto identity = project::projectIdentity(db);
    if (changes.project.empty() || identity != changes.project) {
        return Error{ErrorKind::Invalid,
                     fileName + " holds changes to another project, not to a copy of " +
                         util::fileNameOf(db.path()) +
                         ". Nothing was merged: check that you chose the right file."};
    }
    if (changes.format > project::kCurrentSchemaVersion) {
        return Error{ErrorKind::NewerVersion,
                     fileName + " was made by a newer version of Jointly (file format " +
                         std::to_string(changes.format) +
                         "). Nothing was merged: install the newer version to merge it."};
    }
    std::set<std::int64_t> merged;
    if (db.tableExists("merged_edit")) {
        auto read = db.prepare("SELECT id FROM merged_edit");
        while (read.step()) {
            merged.insert(read.int64(0));
        }
    }
    const auto ownSite = project::siteBlock(db).first;
    Selection selection;
    for (const auto& edit : changes.edits) {
        if (project::siteOf(edit.id) == ownSite) {
            continue; // made here, and come back
        }
        const bool wasMerged = merged.count(edit.id) != 0;
        if (!edit.undone && !wasMerged) {
            selection.toMerge.push_back(&edit);
        } else if (edit.undone && wasMerged) {
            selection.toTakeBack.push_back(&edit);
        }
    }
    std::sort(selection.toMerge.begin(), selection.toMerge.end(),
              [](const SentEdit* a, const SentEdit* b) { return a->id < b->id; });
    std::sort(selection.toTakeBack.begin(), selection.toTakeBack.end(),
              [](const SentEdit* a, const SentEdit* b) { return a->id > b->id; });
    if (selection.toMerge.empty() && selection.toTakeBack.empty()) {
        return Error{ErrorKind::Invalid, "Every change in " + fileName + " is in " +
                                             util::fileNameOf(db.path()) +
                                             " already: merging it again would change nothing."};
    }
    std::vector<std::vector<RowEdit>> edits;
    for (const auto* edit : selection.toTakeBack) {
        std::vector<RowEdit> back;
        for (auto it = edit->rows.rbegin(); it != edit->rows.rend(); ++it) {
            back.push_back(inverse(*it));
        }
        edits.push_back(std::move(back));
    }
    for (const auto* edit : selection.toMerge) {
        edits.push_back(edit->rows);
    }
    selection.rows = fold(std::move(edits));
    return selection;
}

void keepTrack(storage::Database& db, const Selection& selection, const std::string& source) {
    auto add = db.prepare("INSERT OR REPLACE INTO merged_edit (id, label, made_at, made_by, "
                          "merged_from) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const auto* edit : selection.toMerge) {
        add.bind(1, edit->id)
            .bind(2, edit->label)
            .bind(3, edit->madeAt)
            .bind(4, edit->madeBy)
            .bind(5, source);
        add.run();
        add.reset();
    }
    auto forget = db.prepare("DELETE FROM merged_edit WHERE id = ?1");
    for (const auto* edit : selection.toTakeBack) {
        forget.bind(1, edit->id);
        forget.run();
        forget.reset();
    }
}

void summarise(MergeSummary& summary, const Merger& merger) {
    summary.added = merger.added();
    summary.changed = merger.changed();
    summary.removed = merger.removed();
    summary.rowsAlreadyImported = merger.rowsOfImportsHeld();
    summary.conflicts = merger.conflicts();
    summary.unanswered = merger.unanswered();
}

std::map<std::pair<std::string, std::int64_t>, std::int64_t>
theirTotals(const ChangeFile& changes) {
    std::map<std::pair<std::string, std::int64_t>, std::int64_t> totals;
    for (const auto& total : changes.totals) {
        totals[{total.table, total.group}] = total.basisPoints;
    }
    return totals;
}

Error cancelled(const std::string& fileName) {
    return Error{ErrorKind::Cancelled,
                 "Merging " + fileName + " was cancelled. Nothing was merged."};
}

Error cannotMerge(const std::string& fileName, const std::string& why) {
    return Error{ErrorKind::Invalid, "The changes in " + fileName + " cannot be merged: " + why +
                                         ". Nothing was merged."};
}

// Thrown inside the merge's edit to leave it undone when a conflict has no
// answer yet.
struct StillToAnswer : std::exception {
    const char* what() const noexcept override { return "conflicts still to answer"; }
};

} // namespace

namespace {

// The trial of a selection: the merge run and rolled back, saying what it
// would do.
Outcome<MergeSummary> trial(project::Project& project, const ChangeFile& changes,
                            const std::string& fileName, const Answers& answers,
                            const MergeProgress& progress, const Selection& selection) {
    auto& db = project.database();
    try {
        MergeSummary summary;
        summary.source = sourceOf(changes, fileName);
        summary.editsMerged = selection.toMerge.size();
        summary.editsTakenBack = selection.toTakeBack.size();
        storage::ForeignKeysOff noActions(db);
        storage::Transaction trial(db); // rolled back: a preview changes nothing
        Merger merger(db, answers, theirTotals(changes));
        merger.apply(selection.rows, progress);
        summarise(summary, merger);
        return summary;
    } catch (const MergeStopped&) {
        return cancelled(fileName);
    } catch (const std::invalid_argument& error) {
        return cannotMerge(fileName, error.what());
    } catch (const storage::StorageError& error) {
        return project.failure(error);
    }
}

// The edits the changes bring that are still to merge, refusing those of
// another project, a newer version, or all merged already.
Outcome<Selection> selectFor(project::Project& project, const ChangeFile& changes,
                             const std::string& fileName) {
    if (project.isReadOnly()) {
        return Error{ErrorKind::ReadOnly,
                     util::fileNameOf(project.path()) +
                         " is open read-only, so nothing can be merged into it. Open it "
                         "normally first."};
    }
    try {
        return select(project.database(), changes, fileName);
    } catch (const storage::StorageError& error) {
        return project.failure(error);
    }
}

} // namespace

Outcome<MergeSummary> previewMerge(project::Project& project, const ChangeFile& changes,
                                   const std::string& fileName, const Answers& answers,
                                   const MergeProgress& progress) {
    auto selection = selectFor(project, changes, fileName);
    if (!selection.ok()) {
        return selection.error();
    }
    return trial(project, changes, fileName, answers, progress, selection.value());
}

Outcome<MergeSummary> mergeChanges(project::Project& project, const ChangeFile& changes,
                                   const std::string& fileName, const Answers& answers,
                                   const MergeProgress& progress) {
    // The trial is the first half of the way, the merge the second.
    auto firstHalf = progress ? MergeProgress([&](std::size_t done, std::size_t total) {
        return progress(done, 2 * total);
    })
                              : MergeProgress();
    auto secondHalf = progress ? MergeProgress([&](std::size_t done, std::size_t total) {
        return progress(total + done, 2 * total);
    })
                               : MergeProgress();
    auto selection = selectFor(project, changes, fileName);
    if (!selection.ok()) {
        return selection.error();
    }
    auto preview = trial(project, changes, fileName, answers, firstHalf, selection.value());
    if (!preview.ok() || !preview.value().unanswered.empty()) {
        return preview;
    }
    MergeSummary summary = preview.value();
    std::string problem;
    bool stopped = false;
    const auto label =
        "Merge " + (changes.sentBy.empty() ? util::lowercaseFirst(summary.source) : summary.source);
    const auto done = project.edit(
        label,
        [&](storage::Database& inside) {
            try {
                Merger merger(inside, answers, theirTotals(changes));
                merger.apply(selection.value().rows, secondHalf);
                summarise(summary, merger);
            } catch (const MergeStopped&) {
                stopped = true;
                throw;
            } catch (const std::invalid_argument& error) {
                problem = error.what();
                throw;
            }
            if (!summary.unanswered.empty()) {
                throw StillToAnswer{};
            }
            keepTrack(inside, selection.value(), summary.source);
        },
        history::LinkActions::Skip);
    if (stopped) {
        return cancelled(fileName);
    }
    if (!summary.unanswered.empty()) {
        return summary; // an answer raised another question: nothing was changed
    }
    if (!problem.empty()) {
        return cannotMerge(fileName, problem);
    }
    if (!done.ok()) {
        return done.error();
    }
    summary.merged = true;
    return summary;
}

Answers preferring(const std::vector<Conflict>& conflicts, Choice choice, Answers answers) {
    for (const auto& conflict : conflicts) {
        if (answers.count(conflict.key) == 0) {
            answers[conflict.key] = Answer{
                choice == Choice::Theirs && conflict.canTakeTheirs ? Choice::Theirs : Choice::Mine,
                {}};
        }
    }
    return answers;
}

Outcome<MergeSummary> mergePreferring(project::Project& project, const ChangeFile& changes,
                                      const std::string& fileName, Choice choice) {
    Answers answers;
    // Each round answers the questions the last answers raised (a record
    // brought back that links to another deleted here); the chains of links
    // are short, so a few rounds settle them.
    for (int round = 0; round < 8; ++round) {
        auto preview = previewMerge(project, changes, fileName, answers);
        if (!preview.ok()) {
            return preview;
        }
        if (preview.value().unanswered.empty()) {
            auto merged = mergeChanges(project, changes, fileName, answers);
            if (!merged.ok() || merged.value().merged) {
                return merged;
            }
        }
        answers = preferring(preview.value().unanswered, choice, std::move(answers));
    }
    return cannotMerge(fileName, "its conflicts could not all be settled one way");
}

Outcome<Answer> typedAnswer(storage::Database& db, const Conflict& conflict,
                            const std::string& typed) {
    const auto* kind = records::kindForTable(conflict.table);
    const records::FieldSpec* field = nullptr;
    if (kind != nullptr) {
        for (const auto& candidate : kind->fields) {
            if (candidate.column == conflict.column) {
                field = &candidate;
            }
        }
    }
    if (!conflict.canEdit || field == nullptr) {
        return Error{ErrorKind::Invalid, "A value of your own cannot be given for this conflict: "
                                         "keep this file's side or take the incoming one."};
    }
    auto value = records::readTyped(db, *field, typed);
    if (!value.ok()) {
        return value.error();
    }
    Answer answer{Choice::Edited, {}};
    if (const auto* whole = std::get_if<std::int64_t>(&value.value())) {
        answer.value = *whole;
    } else if (const auto* text = std::get_if<std::string>(&value.value())) {
        answer.value = *text;
    }
    return answer;
}

Outcome<ChangeFile> readChanges(const std::string& path) {
    const auto name = util::fileNameOf(path);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        return Error{ErrorKind::NotFound,
                     "There is no file " + path + ". Check the name and where it was saved."};
    }
    const auto size = std::filesystem::file_size(path, ec);
    std::ifstream in(path, std::ios::binary);
    char start[16] = {};
    in.read(start, sizeof start);
    if (in.gcount() == 16 &&
        std::string_view(start, 16) == std::string_view("SQLite format 3\0", 16)) {
        in.close();
        project::OpenOptions options;
        options.readOnly = true;
        auto copy = project::Project::open(path, options);
        if (!copy.ok()) {
            return copy.error();
        }
        return copy.value()->guarded<Outcome<ChangeFile>>(
            [&] { return editsMadeIn(copy.value()->database(), name, {}); });
    }
    if (ec || size > baseline::kLargestArchive + 1024) {
        return Error{ErrorKind::Damaged, "The file " + name +
                                             " is too large to be a change file. Nothing was "
                                             "merged."};
    }
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.seekg(0);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!in && !in.eof()) {
        return Error{ErrorKind::NotReadable, "The file " + name + " could not be read."};
    }
    bytes.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    return readChangeFile(bytes, name);
}

Status sendChanges(project::Project& copy, const std::string& path, const std::string& sentBy) {
    auto changes = copy.guarded<Outcome<ChangeFile>>(
        [&] { return editsMadeIn(copy.database(), util::fileNameOf(copy.path()), sentBy); });
    if (!changes.ok()) {
        return changes.error();
    }
    if (changes.value().edits.empty()) {
        return Error{ErrorKind::Invalid, "No changes have been made in " +
                                             util::fileNameOf(copy.path()) +
                                             " to send. Nothing was written."};
    }
    const auto text = writeChangeFile(changes.value());
    if (text.size() > baseline::kLargestArchive) {
        // Checked here, not only where it arrives: a file that could never
        // be merged is not sent.
        const auto copyName = util::fileNameOf(copy.path());
        return Error{ErrorKind::Invalid,
                     "The changes made in " + copyName + " come to " +
                         std::to_string((text.size() + (1 << 20) - 1) >> 20) +
                         " MB, more than a change file may hold (" +
                         std::to_string(baseline::kLargestArchive >> 20) +
                         " MB), most likely because of a large import. Nothing was written. "
                         "Send the whole copy, " +
                         copyName +
                         ", instead: it is merged the same way (File > Merge changes, or "
                         "'jointly merge')."};
    }
    util::PartialFile out(path, util::fileNameOf(path));
    if (auto opened = out.opened(); !opened.ok()) {
        return opened.error();
    }
    out.stream() << text;
    return out.commit();
}

} // namespace jointly::merge
