#pragma once

#include <QObject>

namespace jointly::ui {

// Ctrl+Z and Ctrl+Shift+Z where the user types: a text field takes them for
// its own undo history even when it has nothing to undo, so Edit > Undo (the
// project's) never ran while the cursor was in a field. This lets the field
// have the keys only while it has something of its own to undo or redo;
// otherwise they reach the project's Undo and Redo. Installed on the
// application by the main window.
class UndoKeyRouter : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace jointly::ui
