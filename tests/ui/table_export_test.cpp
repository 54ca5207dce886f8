#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "sheets/XlsxReader.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordTableView.h"
#include "ui/partnership/PartnershipPage.h"
#include "ui/shell/CycleNavigator.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QTableView>
#include <QTemporaryDir>

using namespace jointly;

TEST_CASE("File > Export table writes the table last worked in as an Excel workbook, and says "
          "what to do when no table was",
          "[ui][sheets]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    REQUIRE(window.findChild<QAction*>(QStringLiteral("export_table")));
    auto* exportTable = window.findChild<QAction*>(QStringLiteral("export_table"));
    REQUIRE(exportTable->isEnabled());

    // No table yet: a sentence, no dialog.
    exportTable->trigger();
    CHECK(window.messageBar().message().startsWith(
        QStringLiteral("Click in the table you want to export")));

    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("partnership"));
    auto* page = window.page<ui::PartnershipPage>("partnership");
    page->tabs().setCurrentIndex(2); // Partner organisations
    QApplication::processEvents();
    auto& partners = page->partners();
    REQUIRE(partners.isVisible());
    // Also on the table's right-click menu.
    CHECK(partners.table().actions().contains(&partners.exportAction()));
    partners.table().setFocus();
    QApplication::processEvents();

    QString path;
    test::whenDialogOpens([&](QWidget* dialog) {
        auto* files = qobject_cast<QFileDialog*>(dialog);
        REQUIRE(files != nullptr);
        const auto selected = files->selectedFiles();
        REQUIRE_FALSE(selected.isEmpty());
        path = selected.front(); // as offered
        QMetaObject::invokeMethod(files, "accept");
    });
    exportTable->trigger();
    INFO(window.messageBar().message().toStdString());
    // Named after the partnership and the table, an Excel workbook first.
    CHECK(QFileInfo(path).fileName() ==
          QStringLiteral("Westshire Joint Commissioning Unit – Partner organisations.xlsx"));
    REQUIRE(QFileInfo::exists(path));
    CHECK(window.messageBar().message().startsWith(
        QStringLiteral("9 partner organisations written to")));
    const auto book = sheets::readXlsx(path.toStdString());
    REQUIRE(book.ok());
    REQUIRE(book.value().size() == 1);
    CHECK(book.value()[0].rows.size() == 10);
    CHECK(book.value()[0].rows[1][0].text == "Westshire County Council");
    QFile::remove(path);
}

TEST_CASE("File > Export the calendar writes the partnership's dates as iCalendar and says how "
          "many",
          "[ui][calendar]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    auto* action = window.findChild<QAction*>(QStringLiteral("export_calendar"));
    REQUIRE(action);
    CHECK(action->isEnabled());
    const auto path = folder.filePath(QStringLiteral("dates.ics"));
    REQUIRE(window.exportCalendarTo(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto ics = QString::fromUtf8(file.readAll());
    CHECK(ics.startsWith(QStringLiteral("BEGIN:VCALENDAR")));
    const auto events = ics.count(QStringLiteral("BEGIN:VEVENT"));
    CHECK(events > 10);
    CHECK(window.messageBar().message().startsWith(
        QStringLiteral("%1 dates written to").arg(events)));
}
