#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace jointly::ui {

// Runs `work` on a worker thread and returns when it has finished, keeping
// the window painting meanwhile; if it takes more than a moment, a busy
// dialog titled `title` saying `label` is shown over `window`. `work` must
// not touch widgets or anything the GUI thread is using.
void runInBackground(const QString& title, const QString& label, QWidget* window,
                     const std::function<void()>& work);

} // namespace jointly::ui
