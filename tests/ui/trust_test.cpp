#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "partnership/PartnershipKinds.h"
#include "records/RecordStore.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "ui/common/FocusRing.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordForm.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTableView.h"
#include "ui/partnership/PartnershipPage.h"
#include "ui/shell/CycleNavigator.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>

using namespace jointly;
namespace kinds = jointly::partnership;

namespace {

// The agreement's start date as the file holds it.
std::string savedStart(ui::MainWindow& window) {
    auto deal = records::findRecord(window.document()->database(), kinds::agreement(),
                                    kinds::kPartnershipId);
    REQUIRE(deal);
    return deal->text(kinds::agreement(), "agreement_starts_on");
}

QLineEdit* startsField(ui::MainWindow& window) {
    auto& tabs = window.page<jointly::ui::PartnershipPage>("partnership")->tabs();
    for (int tab = 0; tab < tabs.count(); ++tab) {
        if (tabs.tabText(tab).remove(QLatin1Char('&')) == QStringLiteral("Agreement")) {
            tabs.setCurrentIndex(tab);
        }
    }
    auto* field = window.findChild<QLineEdit*>(QStringLiteral("agreement_starts_on"));
    REQUIRE(field);
    return field;
}

} // namespace

TEST_CASE("a date the form refuses is not left on the screen", "[ui][trust]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    auto* starts = startsField(window);
    REQUIRE(starts->text() == QStringLiteral("2026-04-01"));

    starts->setFocus();
    starts->selectAll();
    QTest::keyClicks(starts, QStringLiteral("31/02/2027"));
    QTest::keyClick(starts, Qt::Key_Tab);

    // The field shows what the file holds, and the sentence says both what
    // was wrong and what is still saved.
    CHECK(starts->text() == QStringLiteral("2026-04-01"));
    CHECK(savedStart(window) == "2026-04-01");
    const QString said = window.messageBar().message();
    CHECK(said.contains(QStringLiteral("31/02/2027")));
    CHECK(said.endsWith(QStringLiteral("Nothing was saved: Starts is still 2026-04-01.")));
    CHECK(window.messageBar().isProblem());

    // Away and back: still what the file holds.
    window.page<jointly::ui::PartnershipPage>("partnership")->tabs().setCurrentIndex(0);
    CHECK(startsField(window)->text() == QStringLiteral("2026-04-01"));

    // Corrected: saved, and the problem goes with it.
    starts->setFocus();
    starts->selectAll();
    QTest::keyClicks(starts, QStringLiteral("1/5/2026"));
    QTest::keyClick(starts, Qt::Key_Tab);
    CHECK(savedStart(window) == "2026-05-01");
    CHECK(starts->text() == QStringLiteral("2026-05-01"));
    CHECK(window.messageBar().message().isEmpty());
}

TEST_CASE("a message goes with the moment and the project that caused it", "[ui][trust]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    auto* bar = &window.messageBar();
    const int barHeight = bar->height();
    auto* stages = window.findChild<QWidget*>(QStringLiteral("stage_pages"));
    REQUIRE(stages);
    const QRect before = stages->geometry();

    // A refused value shows a problem; nothing above the bar moves.
    auto* starts = startsField(window);
    starts->setFocus();
    starts->selectAll();
    QTest::keyClicks(starts, QStringLiteral("not a date"));
    QTest::keyClick(starts, Qt::Key_Tab);
    REQUIRE_FALSE(bar->message().isEmpty());
    QApplication::processEvents();
    CHECK(bar->height() == barHeight);
    CHECK(stages->geometry() == before);

    // Any later change to the project clears it, and so does its undo.
    auto* legal = window.findChild<QLineEdit*>(QStringLiteral("legal_basis"));
    REQUIRE(legal);
    legal->setFocus();
    legal->selectAll();
    QTest::keyClicks(legal, QStringLiteral("Section 75 agreement"));
    QTest::keyClick(legal, Qt::Key_Tab);
    CHECK(bar->message().isEmpty());
    emit window.document()->notice(
        QStringLiteral("Imported something. Edit > Undo takes it back."));
    REQUIRE_FALSE(bar->message().isEmpty());
    window.undoAction().trigger();
    CHECK(bar->message().isEmpty());

    // A message does not follow the user into another project.
    emit window.document()->problem(QStringLiteral("Something about Westshire."));
    REQUIRE_FALSE(bar->message().isEmpty());
    REQUIRE(window.createProject(folder.filePath(QStringLiteral("Other.jointly")),
                                 QStringLiteral("Other")));
    CHECK(bar->message().isEmpty());
    CHECK(bar->height() == barHeight);
}

TEST_CASE("a read-only partnership looks read-only and says why typing does nothing",
          "[ui][trust]") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("Shared.jointly"));
    REQUIRE(project::Project::create(path.toStdString(), "Shared").ok());
    ui::MainWindow window;
    window.resize(1366, 768);
    REQUIRE(test::showActive(window));
    REQUIRE(window.openFileQuietly(path, true, false));
    REQUIRE(window.document()->isReadOnly());

    auto* name = qobject_cast<QLineEdit*>(
        window.page<jointly::ui::PartnershipPage>("partnership")->groupForm().editorFor("name"));
    REQUIRE(name);
    // Not the white of a field to type in.
    CHECK(name->palette().color(QPalette::Base) != QApplication::palette().color(QPalette::Base));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("X"));
    CHECK(name->text() == QStringLiteral("Shared"));
    CHECK(window.messageBar().message().endsWith(QStringLiteral("Nothing typed here is saved.")));

    window.messageBar().clear();
    auto* aims = qobject_cast<QPlainTextEdit*>(
        window.page<jointly::ui::PartnershipPage>("partnership")->groupForm().editorFor("aims"));
    REQUIRE(aims);
    aims->setFocus();
    QTest::keyClicks(aims, QStringLiteral("Y"));
    CHECK(aims->toPlainText().isEmpty());
    CHECK(window.messageBar().message().endsWith(QStringLiteral("Nothing typed here is saved.")));

    // A table: typing into it (which would start editing a cell) says so too.
    window.messageBar().clear();
    window.page<jointly::ui::PartnershipPage>("partnership")->tabs().setCurrentIndex(2);
    auto& table = window.page<jointly::ui::PartnershipPage>("partnership")->partners().table();
    table.setFocus();
    QTest::keyClicks(&table, QStringLiteral("Z"));
    CHECK(window.messageBar().message().endsWith(QStringLiteral("Nothing typed here is saved.")));
}

TEST_CASE("a cell's editor opens on the value it holds", "[ui][keyboard]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    auto& page = *window.page<jointly::ui::PartnershipPage>("partnership");
    page.tabs().setCurrentIndex(2);
    auto& partners = page.partners();
    partners.table().setCurrentIndex(partners.model().index(1, 0)); // the ICB
    auto& members = page.members().table();
    int organisation = -1;
    for (int column = 0; column < members.model()->columnCount(); ++column) {
        if (members.model()->headerData(column, Qt::Horizontal).toString() ==
            QStringLiteral("Organisation")) {
            organisation = column;
        }
    }
    REQUIRE(organisation >= 0);
    members.setFocus();
    members.setCurrentIndex(members.model()->index(0, organisation));
    QTest::keyClick(&members, Qt::Key_F2);
    auto* editor = members.findChild<QComboBox*>();
    REQUIRE(editor);
    // Every partner to choose from, the one it has chosen.
    CHECK(editor->count() == 9);
    CHECK(editor->currentText() == QStringLiteral("NHS Westshire Integrated Care Board"));
    QTest::keyClick(editor, Qt::Key_Escape);
}

TEST_CASE("Ctrl+Z in a field with nothing of its own to undo undoes the last change to the project",
          "[ui][keyboard]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    auto* starts = startsField(window);
    auto* legal = window.findChild<QLineEdit*>(QStringLiteral("legal_basis"));
    REQUIRE(legal);
    const QString before = legal->text();
    legal->setFocus();
    legal->selectAll();
    QTest::keyClicks(legal, QStringLiteral("Section 75"));
    QTest::keyClick(legal, Qt::Key_Tab); // saved as an edit; the focus moves on
    REQUIRE(window.undoAction().text() == QStringLiteral("&Undo Change legal basis"));

    // In the start date, which has nothing of its own to undo.
    starts->setFocus();
    REQUIRE(QApplication::focusWidget() == starts);
    QTest::keyClick(starts, Qt::Key_Z, Qt::ControlModifier);
    CHECK(legal->text() == before);
    CHECK(window.redoAction().text() == QStringLiteral("&Redo Change legal basis"));
    QTest::keyClick(starts, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(legal->text() == QStringLiteral("Section 75"));

    // A field with typing of its own undoes that first, as text fields do.
    starts->selectAll();
    QTest::keyClicks(starts, QStringLiteral("2027"));
    QTest::keyClick(starts, Qt::Key_Z, Qt::ControlModifier);
    CHECK(starts->text() == QStringLiteral("2026-04-01"));
    CHECK(legal->text() == QStringLiteral("Section 75"));
}

TEST_CASE("a thick ring shows where the keyboard is, on the stage list and on an empty table",
          "[ui][keyboard]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    window.resize(1366, 768);
    REQUIRE(test::showActive(window));
    REQUIRE(window.createProject(folder.filePath(QStringLiteral("new.jointly")),
                                 QStringLiteral("New")));
    window.navigator().setFocus();
    QApplication::processEvents();
    CHECK(ui::FocusRing::ringedIn(&window) == &window.navigator());
    auto* ring = window.findChild<ui::FocusRing*>();
    REQUIRE(ring);
    CHECK(ring->isVisible());
    const QRect list(window.navigator().mapTo(&window, QPoint(0, 0)), window.navigator().size());
    CHECK(ring->geometry().contains(list));
    CHECK(ring->testAttribute(Qt::WA_TransparentForMouseEvents));

    // An empty table (a new partnership has no partners).
    window.page<jointly::ui::PartnershipPage>("partnership")->tabs().setCurrentIndex(2);
    auto& partners = window.page<jointly::ui::PartnershipPage>("partnership")->partners().table();
    REQUIRE(partners.model()->rowCount() == 0);
    partners.setFocus();
    QApplication::processEvents();
    CHECK(ui::FocusRing::ringedIn(&window) == &partners);
    const QRect table(partners.mapTo(&window, QPoint(0, 0)), partners.size());
    CHECK(ring->geometry().contains(table));
    test::screenshot(window, QStringLiteral("focus-ring-empty-table"));
}

TEST_CASE("a read that fails inside a view's update is a sentence in the bar, not an unwinding "
          "exception",
          "[ui][trust]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("plan"));
    REQUIRE(window.stagePage("plan") != nullptr);
    auto& document = *window.document();

    // Another program takes a table from under the open project: the next
    // read of the budget, PBMA or savings views meets "no such table". The
    // views' updates run in slots, where an exception would unwind through
    // Qt's event loop; each reports the failure in the bar instead.
    {
        storage::Database other(folder.filePath(QStringLiteral("Westshire.jointly")).toStdString(),
                                storage::OpenMode::ReadWrite);
        other.execute("PRAGMA foreign_keys = OFF");
        other.execute("DROP TABLE contribution");
    }
    emit document.changed(QSet<QString>{QStringLiteral("contribution")});
    QCoreApplication::processEvents();
    const QString said = window.messageBar().message();
    INFO(said.toStdString());
    CHECK(window.messageBar().isProblem());
    CHECK(said.contains(QStringLiteral("Westshire.jointly")));

    // The mechanism itself: a failing read returns false and says why.
    window.messageBar().clear();
    CHECK_FALSE(document.readSafely(
        [] { throw storage::StorageError(11, "database disk image is malformed"); }));
    CHECK(window.messageBar().isProblem());
    CHECK(document.readSafely([] {}));
}
