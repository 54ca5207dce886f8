#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "SafeApplication.h"

#include <QEvent>
#include <QMessageBox>
#include <QTimer>

#include <stdexcept>

namespace {

// An object whose event handler fails, as a view might when a read from the
// project file meets a disk error.
class FailingObject : public QObject {
protected:
    bool event(QEvent* event) override {
        if (event->type() == QEvent::User) {
            throw std::runtime_error("disk I/O error");
        }
        return QObject::event(event);
    }
};

} // namespace

TEST_CASE("an exception from an event handler becomes a message, not the end of Jointly", "[app]") {
    QString shown;
    // Close the message box once it opens, remembering what it said.
    QTimer closer;
    closer.setInterval(10);
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    closer.start();

    FailingObject failing;
    QCoreApplication::postEvent(&failing, new QEvent(QEvent::User));
    QCoreApplication::processEvents(); // the handler throws; notify() catches it
    for (int i = 0; i < 50 && shown.isEmpty(); ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    CHECK(shown.startsWith(
        QStringLiteral("Jointly could not finish what it was doing: disk I/O error")));
    CHECK(shown.contains(QStringLiteral("Everything saved before it is safe.")));
}

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    jointly::app::SafeApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
