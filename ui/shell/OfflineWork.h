#pragma once

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

} // namespace jointly::ui
