#include "ui/common/InputHold.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>
#include <QWindow>

namespace jointly::ui {

namespace {

bool fromTheUser(QEvent::Type type) {
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::Shortcut:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::ContextMenu:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::Drop:
    case QEvent::InputMethod:
    case QEvent::Close:
        return true;
    default:
        return false;
    }
}

} // namespace

InputHold::InputHold(QWidget* allowed) : allowed_(allowed) {
    qApp->installEventFilter(this);
}

InputHold::~InputHold() {
    qApp->removeEventFilter(this);
}

bool InputHold::eventFilter(QObject* watched, QEvent* event) {
    if (!fromTheUser(event->type())) {
        return false;
    }
    if (allowed_) {
        // Input reaches a window first, then the widget under it: both are
        // let through for the allowed dialog.
        // A shortcut or action belongs to the widget it is made on (the
        // dialog's own Escape is a QShortcut on it).
        QObject* owner = watched;
        while (owner != nullptr && !owner->isWidgetType()) {
            owner = owner->parent();
        }
        auto* widget = static_cast<QWidget*>(owner);
        if (widget != nullptr && (widget == allowed_ || allowed_->isAncestorOf(widget))) {
            return false;
        }
        auto* window = qobject_cast<QWindow*>(watched);
        if (window != nullptr && window == allowed_->window()->windowHandle()) {
            return false;
        }
    }
    // A window asked to close stays open; anything else simply goes unheard.
    event->ignore();
    return true;
}

} // namespace jointly::ui
