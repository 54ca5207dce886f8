#pragma once

#include <catch2/catch.hpp>

#include "project/Project.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
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

// Opens a table cell's editor from the keyboard (F2), types over what it
// holds and ends with `end`: Return to save, Escape to abandon.
inline void typeIntoCell(QTableView& table, int row, int column, const QString& text,
                         Qt::Key end = Qt::Key_Return) {
    table.setFocus();
    table.setCurrentIndex(table.model()->index(row, column));
    QTest::keyClick(&table, Qt::Key_F2);
    auto* editor = QApplication::focusWidget();
    REQUIRE(editor != nullptr);
    REQUIRE(editor != &table);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->selectAll();
    }
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, end);
    QApplication::processEvents();
}

// Writes a Fingertips export of `rows` values of one indicator, each for its
// own area, for tests that need an import big enough to report progress.
inline void writeFingertipsRows(const QString& path, int rows) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,"
               "Area Type,Sex,Age,Category Type,Category,Time period,Value,"
               "Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,"
               "Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,"
               "Compared to England value or percentiles,"
               "Compared to Region value or percentiles,Time period Sortable,New data,"
               "Compared to goal\n");
    QByteArray lines;
    for (int row = 0; row < rows; ++row) {
        lines += QStringLiteral("1,Indicator,,,E%1,Area,Type,Persons,All ages,,,2020,5,4,6,"
                                "3,7,50,1000,,,,,20200000,,\n")
                     .arg(row, 8, 10, QLatin1Char('0'))
                     .toUtf8();
    }
    file.write(lines);
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
