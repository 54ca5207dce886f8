#include "ui/shell/UndoKeyRouter.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace jointly::ui {

bool UndoKeyRouter::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::ShortcutOverride) {
        return QObject::eventFilter(watched, event);
    }
    auto* key = static_cast<QKeyEvent*>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo =
        key->matches(QKeySequence::Redo) ||
        QKeySequence(key->keyCombination()) == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!undo && !redo) {
        return QObject::eventFilter(watched, event);
    }
    bool ownHistory = true;
    if (auto* line = qobject_cast<QLineEdit*>(watched)) {
        ownHistory =
            !line->isReadOnly() && (undo ? line->isUndoAvailable() : line->isRedoAvailable());
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(watched)) {
        ownHistory = !plain->isReadOnly() && (undo ? plain->document()->isUndoAvailable()
                                                   : plain->document()->isRedoAvailable());
    } else if (auto* rich = qobject_cast<QTextEdit*>(watched)) {
        ownHistory = !rich->isReadOnly() && (undo ? rich->document()->isUndoAvailable()
                                                  : rich->document()->isRedoAvailable());
    }
    if (ownHistory) {
        return QObject::eventFilter(watched, event);
    }
    // The field does not claim the keys, so the shortcut (Edit > Undo or
    // Redo) takes them.
    event->ignore();
    return true;
}

} // namespace jointly::ui
