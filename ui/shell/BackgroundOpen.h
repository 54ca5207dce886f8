#pragma once

#include "project/Project.h"

#include <QString>

class QWidget;

namespace jointly::ui {

// Opens a project on a worker thread: checking a large file (quick_check reads
// all of it) or upgrading an old one can take seconds, and the window must
// keep painting meanwhile. Shows a busy progress dialog over `window` if it
// takes more than a moment. The Project is used only by the GUI thread
// afterwards, never by two threads at once.
Outcome<std::unique_ptr<project::Project>>
openInBackground(const QString& path, const project::OpenOptions& options, QWidget* window);

} // namespace jointly::ui
