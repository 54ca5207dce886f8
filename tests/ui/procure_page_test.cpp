#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "procurement/ProcurementKinds.h"
#include "records/RecordStore.h"
#include "ui/common/LazyTabWidget.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTableView.h"
#include "ui/procure/ProcurePage.h"
#include "ui/procure/TimelinePanel.h"
#include "ui/shell/CycleNavigator.h"
#include "ui/shell/MainWindow.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace jointly;

namespace {

QStringList checksOf(ui::TimelinePanel& panel) {
    QStringList lines;
    for (int row = 0; row < panel.checks().count(); ++row) {
        lines << panel.checks().item(row)->text();
    }
    return lines;
}

// The row of the milestone of a step in the milestones table.
int rowOfStep(ui::RecordTableView& milestones, const char* step) {
    const int column = records::fieldIndex(procurement::milestone(), "step");
    for (int row = 0; row < milestones.model().rowCount(); ++row) {
        if (milestones.model().index(row, column).data(Qt::EditRole).toString() ==
            QLatin1String(step)) {
            return row;
        }
    }
    return -1;
}

} // namespace

TEST_CASE("a procurement's timeline: its checks, a date moved from the keyboard, and undo",
          "[ui][procure]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    window.resize(1366, 768);
    REQUIRE(test::showActive(window));
    test::openExampleCopy(window, folder);
    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("procure"));
    auto* page = window.page<ui::ProcurePage>("procure");
    REQUIRE(page);
    auto& procurements = page->procurements();
    auto& timeline = page->timeline();
    page->tabs().setCurrentIndex(2);
    QApplication::processEvents();
    REQUIRE(procurements.model().rowCount() == 2);
    CHECK(checksOf(timeline) ==
          QStringList{QStringLiteral("Choose a procurement to see its checks.")});
    procurements.table().setCurrentIndex(procurements.model().index(0, 0));
    QApplication::processEvents();
    auto& milestones = timeline.milestones();
    CHECK(milestones.model().rowCount() == 13);
    CHECK(checksOf(timeline) ==
          QStringList{QStringLiteral("Every statutory minimum and the route's order hold.")});
    test::screenshot(window, QStringLiteral("procure-timeline"));

    // The standstill moved a day early, typed as a user types a date.
    const int row = rowOfStep(milestones, "standstill_end");
    REQUIRE(row >= 0);
    const int dateColumn = records::fieldIndex(procurement::milestone(), "due_on");
    test::typeIntoCell(milestones.table(), row, dateColumn, QStringLiteral("31/3/2027"));
    CHECK(milestones.model().index(row, dateColumn).data(Qt::EditRole).toString() ==
          QStringLiteral("2027-03-31"));
    REQUIRE(checksOf(timeline).size() == 1);
    CHECK(checksOf(timeline)[0].startsWith(
        QStringLiteral("Broken: The standstill ends 1 day too early: under the Provider "
                       "Selection Regime")));
    test::screenshot(window, QStringLiteral("procure-timeline-broken"));
    window.document()->undo();
    QApplication::processEvents();
    CHECK(checksOf(timeline) ==
          QStringList{QStringLiteral("Every statutory minimum and the route's order hold.")});
}

TEST_CASE("a new procurement's milestones are laid out from the date chosen, in one undo step",
          "[ui][procure]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    window.resize(1366, 768);
    REQUIRE(test::showActive(window));
    REQUIRE(window.createProject(folder.filePath(QStringLiteral("new.jointly")),
                                 QStringLiteral("Eastvale")));
    auto added = records::addRecord(window.document()->project(), procurement::procurement(),
                                    {{"name", std::string("Falls service")},
                                     {"regime", std::string("act")},
                                     {"value_pence", std::int64_t{300'000'00}}});
    REQUIRE(added.ok());
    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("procure"));
    auto* page = window.page<ui::ProcurePage>("procure");
    REQUIRE(page);
    page->tabs().setCurrentIndex(2);
    auto& procurements = page->procurements();
    auto& timeline = page->timeline();
    CHECK_FALSE(timeline.layOutButton().isEnabled());
    procurements.table().setCurrentIndex(procurements.model().index(0, 0));
    QApplication::processEvents();
    REQUIRE(timeline.layOutButton().isEnabled());
    CHECK(checksOf(timeline).contains(QStringLiteral(
        "No milestones yet: choose the first date and lay out the route's milestones.")));
    timeline.firstDate().setDate(QDate(2026, 1, 5));
    timeline.layOutButton().setFocus();
    QTest::keyClick(&timeline.layOutButton(), Qt::Key_Space);
    QApplication::processEvents();
    CHECK(timeline.milestones().model().rowCount() == 15);
    CHECK(window.document()->project().undoLabel() ==
          "Plan the timeline of \u201cFalls service\u201d");
    CHECK(checksOf(timeline).contains(
        QStringLiteral("Every statutory minimum and the route's order hold.")));
    window.document()->undo();
    QApplication::processEvents();
    CHECK(timeline.milestones().model().rowCount() == 0);
}
