#include "SafeApplication.h"

#include <QMessageBox>
#include <QTimer>

#include <exception>

namespace jointly::app {

bool SafeApplication::notify(QObject* receiver, QEvent* event) {
    try {
        return QApplication::notify(receiver, event);
    } catch (const std::exception& error) {
        const QString what = QString::fromUtf8(error.what());
        // Tell the user once the current event is over, not from inside it.
        QTimer::singleShot(0, this, [what] {
            QMessageBox::critical(
                nullptr, QObject::tr("Jointly could not finish that"),
                QObject::tr("Jointly could not finish what it was doing: %1\n\nEverything "
                            "saved before it is safe. If the file is on a network or removable "
                            "drive, check the drive; if the problem comes back, close the "
                            "partnership and run \"jointly check\" on its file.")
                    .arg(what));
        });
    } catch (...) {
        QTimer::singleShot(0, this, [] {
            QMessageBox::critical(nullptr, QObject::tr("Jointly could not finish that"),
                                  QObject::tr("Jointly could not finish what it was doing. "
                                              "Everything saved before it is safe."));
        });
    }
    return false;
}

} // namespace jointly::app
