#include "ui/common/MnemonicKeeper.h"

#include "ui/common/Mnemonics.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace jointly::ui {

MnemonicKeeper::MnemonicKeeper(QWidget& window) : QObject(&window), window_(window) {
}

bool MnemonicKeeper::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Show && !pending_) {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && widget->window() == &window_) {
            pending_ = true;
            QTimer::singleShot(0, this, [this] {
                pending_ = false;
                resolveMnemonics(window_);
            });
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace jointly::ui
