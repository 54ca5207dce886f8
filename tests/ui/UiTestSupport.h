#pragma once

#include <catch2/catch.hpp>

#include "project/Project.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace jointly::test {

// Shows a window and makes it the active one, so keyboard focus works.
inline bool showActive(QWidget& window) {
    window.show();
    QApplication::setActiveWindow(&window);
    return QTest::qWaitForWindowExposed(&window) && QTest::qWaitForWindowActive(&window);
}

// Runs `act` on the next modal dialog to open (so a test can fill it in and
// press its buttons), then returns; call before the code that opens it.
inline void whenDialogOpens(std::function<void(QWidget*)> act) {
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (auto* dialog = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

// Saves a picture of a widget when JOINTLY_SCREENSHOTS names a folder, so a
// person can look at what the tests drove.
inline void screenshot(QWidget& widget, const QString& name) {
    const QString folder = qEnvironmentVariable("JOINTLY_SCREENSHOTS");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        widget.grab().save(folder + QStringLiteral("/") + name + QStringLiteral(".png"));
    }
}

// Opens a copy of the example partnership (made in `folder`) in `window`,
// sized as a 1366 x 768 laptop screen and shown.
inline void openExampleCopy(ui::MainWindow& window, const QTemporaryDir& folder) {
    const QString copy = folder.filePath(QStringLiteral("Westshire.jointly"));
    {
        project::OpenOptions options;
        options.readOnly = true;
        auto example = project::Project::open(JOINTLY_EXAMPLE_FILE, options);
        REQUIRE(example.ok());
        REQUIRE(example.value()->saveCopyAs(copy.toStdString()).ok());
    }
    window.resize(1366, 768);
    REQUIRE(showActive(window));
    QString problem;
    INFO(problem.toStdString());
    REQUIRE(window.openFileQuietly(copy, false, false, &problem));
}

} // namespace jointly::test
