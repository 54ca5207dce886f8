#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace jointly::ui {

// What the rest of the application may do while the work runs.
enum class Meanwhile {
    OthersCarryOn,  // only `window` waits (the work has a connection of its own)
    EverythingWaits // every window ignores the keyboard and mouse (InputHold)
};

// Runs `work` on a worker thread and returns when it has finished, keeping
// the window painting meanwhile; if it takes more than a moment, a busy
// dialog titled `title` saying `label` is shown over `window`. `work` must
// not touch widgets or anything the GUI thread is using.
void runInBackground(const QString& title, const QString& label, QWidget* window,
                     const std::function<void()>& work,
                     Meanwhile meanwhile = Meanwhile::OthersCarryOn);

// The same for work that can say how far it has come: the dialog shows a
// bar and a Cancel button. `work` is given a function to call with the
// percentage done, which returns false once Cancel has been pressed (the
// work should then stop and leave nothing half done).
void runWithProgress(const QString& title, const QString& label, QWidget* window,
                     const std::function<void(const std::function<bool(int)>& report)>& work,
                     Meanwhile meanwhile = Meanwhile::OthersCarryOn);

} // namespace jointly::ui
