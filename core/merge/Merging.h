#pragma once

#include "Outcome.h"
#include "merge/ChangeFile.h"
#include "merge/Conflict.h"
#include "merge/Merger.h"

#include <cstddef>
#include <string>
#include <vector>

namespace jointly::project {
class Project;
}
namespace jointly::storage {
class Database;
}

// Merging another copy's edits into this project: what it would do, and
// doing it as one undoable edit. The window's Merge changes and 'jointly
// merge' both come here.
namespace jointly::merge {

struct MergeSummary {
    std::string source;             // "Bob Smith’s changes (Westshire.jointly-changes)"
    std::size_t editsMerged = 0;    // edits made there, merged now
    std::size_t editsTakenBack = 0; // merged before and undone there since
    std::size_t added = 0;          // records added, changed and deleted here
    std::size_t changed = 0;
    std::size_t removed = 0;
    // Rows of imports of files imported here already, left out.
    std::size_t rowsAlreadyImported = 0;
    std::vector<Conflict> conflicts;  // every conflict met, answered or not
    std::vector<Conflict> unanswered; // those still to answer
    bool merged = false;              // whether the project was changed
};

// What merging the changes would do, without changing the project: the
// conflicts to answer (with answers, those they still leave). Refuses, with
// a sentence, changes to another project, from a newer version of Jointly,
// and changes every one of which is merged already. progress, if given, is
// told how far the trial has come and may cancel it (ErrorKind::Cancelled).
Outcome<MergeSummary> previewMerge(project::Project& project, const ChangeFile& changes,
                                   const std::string& fileName, const Answers& answers = {},
                                   const MergeProgress& progress = {});

// Merges the changes as one undoable edit, recorded in the change history
// with where they came from, when every conflict has an answer. Otherwise
// changes nothing and returns the conflicts still to answer (merged false).
// progress, if given, is told how far it has come (a trial first, then the
// merge itself) and may cancel it, leaving the project as it was.
Outcome<MergeSummary> mergeChanges(project::Project& project, const ChangeFile& changes,
                                   const std::string& fileName, const Answers& answers,
                                   const MergeProgress& progress = {});

// Answers every conflict the same way: mine, or theirs where theirs can be
// had (a record that breaks a rule is left out either way).
Answers preferring(const std::vector<Conflict>& conflicts, Choice choice, Answers answers = {});

// Merges preferring one side in every conflict, asking again while an
// answer leads to another question (a record brought back that links to
// one deleted here): what 'jointly merge --prefer' does.
Outcome<MergeSummary> mergePreferring(project::Project& project, const ChangeFile& changes,
                                      const std::string& fileName, Choice choice);

// The answer "keep this value instead" for a conflict that can be edited,
// from the text a user typed for it ("£1,350,000.00", a date, a choice's
// label, a linked record's name), read as the window reads that field.
// Refuses, with a sentence naming the field, what the field cannot hold.
Outcome<Answer> typedAnswer(storage::Database& db, const Conflict& conflict,
                            const std::string& typed);

// The changes in a file: a change file, or a whole copy of the project
// (every edit made in it). Refuses, with a sentence naming the file, a
// file that is neither, a damaged one and one over the size cap.
Outcome<ChangeFile> readChanges(const std::string& path);

// Writes the edits made in this copy to a change file at path (replacing
// any file there only once the new one is whole). Refuses when there are
// none to send.
Status sendChanges(project::Project& copy, const std::string& path, const std::string& sentBy);

} // namespace jointly::merge
