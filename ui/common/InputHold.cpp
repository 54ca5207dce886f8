#include "ui/common/InputHold.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

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
    auto* widget = qobject_cast<QWidget*>(watched);
    if (widget != nullptr && allowed_ && (widget == allowed_ || allowed_->isAncestorOf(widget))) {
        return false;
    }
    // A window asked to close stays open; anything else simply goes unheard.
    event->ignore();
    return true;
}

} // namespace jointly::ui
