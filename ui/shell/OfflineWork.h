#pragma once

#include "Outcome.h"
#include "merge/Merger.h"

#include <functional>

class QWidget;

// Drafting offline together from the File menu: take a copy to work on
// offline, send the changes made in it as a small file, and merge changes
// (or a whole copy) back, through the same core as 'jointly
// copy-for-offline', 'jointly changes' and 'jointly merge'.
namespace jointly::ui {

class ProjectDocument;

void takeCopyToWorkOffline(ProjectDocument& document, QWidget* window);
void sendMyChanges(ProjectDocument& document, QWidget* window);
void mergeChangesFromFile(ProjectDocument& document, QWidget* window);

// A merge's progress as the percentage a progress dialog shows, from `from`
// to 100; it stops the merge once Cancel has been pressed.
merge::MergeProgress mergeProgress(const std::function<bool(int)>& report, int from);
// Says why changes were not merged: a cancelled merge as a notice, anything
// else as a problem.
void reportUnmerged(ProjectDocument& document, const Error& error);

} // namespace jointly::ui
