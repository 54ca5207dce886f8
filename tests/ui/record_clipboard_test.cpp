#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "partnership/PartnershipKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "transfer/RecordTransfer.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTableView.h"
#include "ui/partnership/PartnershipPage.h"
#include "ui/procure/ContractsPanel.h"
#include "ui/procure/ProcurePage.h"
#include "ui/shell/CycleNavigator.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace jointly;

TEST_CASE("a partner organisation is copied with Ctrl+C in one window and pasted with Ctrl+V in "
          "another project's, members and all, and the paste undone",
          "[ui][transfer]") {
    QTemporaryDir folder;
    ui::MainWindow westshire;
    test::openExampleCopy(westshire, folder);
    westshire.navigator().setCurrentRow(ui::CycleNavigator::rowOf("partnership"));
    auto& partners = westshire.page<jointly::ui::PartnershipPage>("partnership")->partners();
    REQUIRE(partners.copyAction());
    REQUIRE(partners.selectId(1));
    partners.table().setFocus();
    QTest::keyClick(&partners.table(), Qt::Key_C, Qt::ControlModifier);
    const auto* data = QApplication::clipboard()->mimeData();
    REQUIRE(data);
    REQUIRE(data->hasFormat(QStringLiteral("application/x-jointly-records")));
    CHECK(data->text() == QStringLiteral("partner organisation “Westshire County Council” with 4 "
                                         "members, from Westshire Joint Commissioning Unit"));
    CHECK(westshire.messageBar().message().startsWith(QStringLiteral("Copied the partner")));

    ui::MainWindow eastvale;
    eastvale.resize(1366, 768);
    REQUIRE(test::showActive(eastvale));
    REQUIRE(eastvale.createProject(folder.filePath(QStringLiteral("Eastvale.jointly")),
                                   QStringLiteral("Eastvale")));
    eastvale.navigator().setCurrentRow(ui::CycleNavigator::rowOf("partnership"));
    auto& theirs = eastvale.page<jointly::ui::PartnershipPage>("partnership")->partners();
    REQUIRE(theirs.model().rowCount() == 0);
    theirs.table().setFocus();
    QTest::keyClick(&theirs.table(), Qt::Key_V, Qt::ControlModifier);
    REQUIRE(theirs.model().rowCount() == 1);
    CHECK(theirs.selectedId() != 0);
    auto& db = eastvale.document()->database();
    CHECK(records::countRecords(db, partnership::member()) == 4);
    CHECK(eastvale.document()->project().undoLabel() ==
          "Paste partner organisation \u201CWestshire County Council\u201D with 4 members");
    test::screenshot(eastvale, QStringLiteral("partnership-pasted-partner"));

    // One undo takes the whole paste back.
    eastvale.document()->undo();
    CHECK(theirs.model().rowCount() == 0);
    CHECK(records::countRecords(db, partnership::member()) == 0);

    // Pasted into a table of another kind (the contract register), the
    // partner goes where partners are kept, and the window shows it there.
    QTest::keyClick(&partners.table(), Qt::Key_C, Qt::ControlModifier);
    eastvale.navigator().setCurrentRow(ui::CycleNavigator::rowOf("procure"));
    auto& contracts = eastvale.page<ui::ProcurePage>("procure")->contracts().contracts();
    contracts.table().setFocus();
    QTest::keyClick(&contracts.table(), Qt::Key_V, Qt::ControlModifier);
    QApplication::processEvents();
    CHECK(contracts.model().rowCount() == 0);
    CHECK(eastvale.navigator().currentRow() == ui::CycleNavigator::rowOf("partnership"));
    REQUIRE(theirs.model().rowCount() == 1);
    CHECK(theirs.selectedId() != 0);
    eastvale.document()->undo();
    REQUIRE(theirs.model().rowCount() == 0);

    // Plain text on the clipboard is not pasted as records.
    QApplication::clipboard()->setText(QStringLiteral("Westshire County Council"));
    theirs.pasteAction()->trigger();
    CHECK(theirs.model().rowCount() == 0);
    CHECK(eastvale.messageBar().isProblem());
    CHECK(eastvale.messageBar().message().contains(QStringLiteral("nothing Jointly can paste")));
    // A member cannot be copied alone: its table has no Copy.
    CHECK(westshire.page<jointly::ui::PartnershipPage>("partnership")->members().copyAction() ==
          nullptr);
}
