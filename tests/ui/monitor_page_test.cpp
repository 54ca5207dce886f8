#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "procurement/ContractKinds.h"
#include "records/RecordStore.h"
#include "storage/Database.h"

#include "ui/common/LazyTabWidget.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTableView.h"
#include "ui/monitor/ContractPerformancePanel.h"
#include "ui/monitor/DashboardPanel.h"
#include "ui/monitor/DeliveryPanel.h"
#include "ui/monitor/KpisPanel.h"
#include "ui/monitor/MonitorPage.h"
#include "ui/monitor/OutcomesPanel.h"
#include "ui/monitor/SpcCanvas.h"
#include "ui/monitor/SpcChartView.h"
#include "ui/shell/CycleNavigator.h"
#include "ui/shell/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace jointly;

namespace {

ui::MonitorPage& monitorPage(ui::MainWindow& window) {
    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("monitor"));
    QApplication::processEvents();
    auto* page = window.page<ui::MonitorPage>("monitor");
    REQUIRE(page);
    return *page;
}

int rowNamed(QTableWidget& table, const QString& start) {
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.item(row, 0)->text().startsWith(start)) {
            return row;
        }
    }
    return -1;
}

} // namespace

TEST_CASE("the dashboard shows each KPI's RAG beside its SPC icons, in words as well as colour",
          "[ui][monitor]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    window.resize(1366, 768);
    REQUIRE(test::showActive(window));
    test::openExampleCopy(window, folder);
    auto& page = monitorPage(window);
    auto& dashboard = page.dashboard();
    auto& table = dashboard.table();
    REQUIRE(table.rowCount() == 10);
    CHECK(dashboard.summary().text() ==
          QStringLiteral("10 KPIs: 1 green, 0 amber, 2 red; 1 showing special cause concern."));
    const int home = rowNamed(table, QStringLiteral("Still at home 91 days"));
    REQUIRE(home >= 0);
    CHECK(table.item(home, 1)->text() == QStringLiteral("2026-11: 84.60%"));
    CHECK(table.item(home, 2)->text() == QStringLiteral("82.00%"));
    CHECK(table.item(home, 3)->text() == QStringLiteral("\u25CF Green"));
    CHECK(table.item(home, 3)->toolTip() ==
          QStringLiteral("Green: 84.60% is above the target of 82.00%."));
    CHECK(table.item(home, 4)->text() == QStringLiteral("Improvement, higher"));
    CHECK(table.item(home, 5)->text() == QStringLiteral("Hit and miss"));
    const int placements = rowNamed(table, QStringLiteral("Out-of-area"));
    CHECK(table.item(placements, 3)->text() == QStringLiteral("\u25A0 Red"));
    CHECK(table.item(placements, 4)->text() == QStringLiteral("Concern, higher"));
    CHECK(table.item(placements, 5)->text() == QStringLiteral("Fail"));
    // A KPI whose contract has not started has no figures, and says so.
    CHECK(table.item(0, 1)->text() == QStringLiteral("No figures"));

    // Below the table, the year at a glance: the two open risks scoring 15
    // or more (4 x 4 and 3 x 5), highest first.
    const auto glance = dashboard.glance().text();
    CHECK(glance.contains(QStringLiteral("Savings realised")));
    CHECK(glance.contains(QStringLiteral("Open risks scoring 15 or more")));
    CHECK(glance.indexOf(QStringLiteral("Score 16 (likelihood 4 x impact 4, open): Care home "
                                        "fees rise faster than the budget")) >= 0);
    CHECK(glance.indexOf(QStringLiteral("Score 16")) <
          glance.indexOf(QStringLiteral("Score 15 (likelihood 3 x impact 5, mitigating)")));
    // Delivery: the plan's eight actions (two agreed at the board workshop)
    // and the falls procurement's 25 milestones.
    CHECK(page.delivery().table().rowCount() == 8 + 25 + 3); // and the remedial milestones
    // The outcome review: three outcomes, five measures, three KPIs.
    CHECK(page.outcomes().table().rowCount() == 3 + 5 + 3);

    // Large type for a projector makes the table's type larger.
    const auto before = table.font().pointSizeF();
    dashboard.largeType().setChecked(true);
    CHECK(table.font().pointSizeF() > before);

    // Enter on a KPI opens its chart on the KPIs tab.
    table.setFocus();
    table.setCurrentCell(home, 0);
    QTest::keyClick(&table, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(page.tabs().currentIndex() == 1);
    auto& chart = page.kpis().chart();
    CHECK(chart.heading().text() == QStringLiteral("Still at home 91 days after reablement: "
                                                   "higher is better; 24 periods, 2024-12 to "
                                                   "2026-11"));
    CHECK(chart.canvas().chart().chart.points.size() == 24);
    CHECK(chart.words().text().contains(
        QStringLiteral("Special cause variation of an improving nature: higher")));
    CHECK(chart.words().text().contains(
        QStringLiteral("2026-02: The seven-day reablement service began on 2 February.")));
    test::screenshot(window, QStringLiteral("monitor-chart"));
}

TEST_CASE("pasted figures with a bad row change nothing; good ones go in as one undoable step",
          "[ui][monitor]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    window.resize(1366, 768);
    REQUIRE(test::showActive(window));
    test::openExampleCopy(window, folder);
    auto& kpis = monitorPage(window).kpis();
    auto& document = *window.document();
    QString problem;
    QString notice;
    QObject::connect(&document, &ui::ProjectDocument::problem,
                     [&](const QString& message) { problem = message; });
    QObject::connect(&document, &ui::ProjectDocument::notice,
                     [&](const QString& message) { notice = message; });
    // The first KPI: falls admissions, quarterly, no figures yet.
    kpis.showKpi(1);
    QApplication::processEvents();
    REQUIRE(kpis.kpis().selectedId() == 1);
    CHECK(kpis.figures().model().rowCount() == 0);
    CHECK(kpis.importButton().isEnabled());

    kpis.importPasted(QStringLiteral("2027-Q3\t2,110.5\n2027-Q4\tlots\n"));
    CHECK(problem == QStringLiteral("the pasted cells, row 2: \u201Clots\u201D (2027-Q4) is not a "
                                    "number. Write it like 12.5, or leave it empty for a missing "
                                    "value. Nothing was imported."));
    CHECK(kpis.figures().model().rowCount() == 0);

    kpis.importPasted(QStringLiteral("2027-Q3\t2,110.5\n2028-Q1\t2,080\tWinter\n"));
    CHECK(notice.startsWith(QStringLiteral(
        "Imported 2 figures for \u201CEmergency admissions for falls, 65 and over\u201D from the "
        "pasted cells: 2 new, 0 replaced. 2027-Q4 is missing and recorded so")));
    CHECK(kpis.figures().model().rowCount() == 3);
    CHECK(kpis.chart().canvas().chart().missing == std::vector<std::string>{"2027-Q4"});

    window.document()->undo();
    QApplication::processEvents();
    CHECK(kpis.figures().model().rowCount() == 0);
    CHECK(kpis.chart().canvas().chart().periods.empty());
}

TEST_CASE("starting the next cycle year asks first, saying what it will do, then does it as one "
          "step",
          "[ui][monitor]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    window.resize(1366, 768);
    REQUIRE(test::showActive(window));
    test::openExampleCopy(window, folder);
    auto& dashboard = monitorPage(window).dashboard();
    auto& document = *window.document();
    QString notice;
    QObject::connect(&document, &ui::ProjectDocument::notice,
                     [&](const QString& message) { notice = message; });
    const auto statements = [&] {
        return document.database().queryInt64("SELECT count(*) FROM needs_statement");
    };
    const auto before = statements();

    // Cancelled: nothing changes.
    QString asked;
    test::whenDialogOpens([&](QWidget* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        REQUIRE(box);
        asked = box->informativeText();
        box->reject();
    });
    dashboard.nextCycleButton().click();
    CHECK(asked.contains(QStringLiteral("7 plans rolled forward a year; 4 open actions and 5 "
                                        "open risks carried; 1 KPI showing special cause concern "
                                        "and 3 outcome measures not on track made draft needs "
                                        "statements")));
    CHECK(statements() == before);

    test::whenDialogOpens([&](QWidget* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        REQUIRE(box);
        for (auto* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole) {
                button->click();
            }
        }
    });
    dashboard.nextCycleButton().click();
    CHECK(notice.startsWith(QStringLiteral("Started the ")));
    CHECK(statements() == before + 4);
    CHECK(document.database().queryInt64("SELECT count(*) FROM needs_statement WHERE draft = 1") ==
          4);
    document.undo();
    CHECK(statements() == before);
    CHECK(document.database().queryInt64("SELECT count(*) FROM cycle_year") == 0);
}

TEST_CASE("the Contracts tab shows a contract's performance, logs notices and assesses a year as "
          "one undoable step",
          "[ui][monitor]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    window.resize(1366, 768);
    REQUIRE(test::showActive(window));
    test::openExampleCopy(window, folder);
    auto& page = monitorPage(window);
    auto& panel = page.contracts();
    page.tabs().setCurrentWidget(&panel);
    auto& document = *window.document();
    const int reablement = panel.contract().findData(3LL);
    REQUIRE(reablement >= 0);
    panel.contract().setCurrentIndex(reablement);
    CHECK(panel.summary().text().startsWith(QStringLiteral("3 KPIs: 1 red, 1 in breach.")));
    REQUIRE(panel.kpis().rowCount() == 3);
    CHECK(panel.kpis().item(1, 5)->text().contains(QStringLiteral("In breach: 78.90%")));
    // The notice, and its plan's milestones once it is chosen.
    REQUIRE(panel.notices().model().rowCount() == 1);
    panel.notices().table().selectRow(0);
    CHECK(panel.milestones().model().rowCount() == 3);
    test::screenshot(window, QStringLiteral("monitor-contracts"));

    // Another contract shows its own (none).
    const int other = panel.contract().findData(1LL);
    REQUIRE(other >= 0);
    panel.contract().setCurrentIndex(other);
    CHECK(panel.notices().model().rowCount() == 0);
    panel.contract().setCurrentIndex(reablement);

    // Assess 2026/27: shown first, then recorded as one step.
    const int year = panel.year().findData(2026);
    REQUIRE(year >= 0);
    panel.year().setCurrentIndex(year);
    QString asked;
    test::whenDialogOpens([&](QWidget* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        REQUIRE(box);
        asked = box->informativeText();
        for (auto* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole) {
                button->click();
            }
        }
    });
    panel.assessButton().click();
    CHECK(asked.startsWith(QStringLiteral("The figures suggest 2026/27: 1 good, 1 inadequate, 1 "
                                          "other.")));
    const auto ratings = [&] {
        return document.database().queryInt64("SELECT count(*) FROM kpi_rating");
    };
    CHECK(ratings() == 6);
    CHECK(panel.assessments().model().rowCount() == 2);
    CHECK(panel.summary().text().endsWith(
        QStringLiteral("Assessed for 2026/27: 1 good, 1 inadequate, 1 other.")));
    document.undo();
    CHECK(ratings() == 3);
    CHECK(panel.assessments().model().rowCount() == 1);
}

TEST_CASE("the dashboard exports for the board as a document a user can print", "[ui][monitor]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    window.resize(1366, 768);
    REQUIRE(test::showActive(window));
    test::openExampleCopy(window, folder);
    auto& dashboard = monitorPage(window).dashboard();
    QString written;
    QObject::connect(window.document(), &ui::ProjectDocument::written,
                     [&](const QString& message, const QString&) { written = message; });
    const QString html = folder.filePath(QStringLiteral("dashboard.html"));
    dashboard.exportForBoard(html);
    CHECK(written.startsWith(QStringLiteral("The dashboard was written to ")));
    QFile file(html);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("Reablement starting within 2 days of discharge")));
    CHECK(text.contains(QStringLiteral("Contract performance")));
    const QString pdf = folder.filePath(QStringLiteral("dashboard.pdf"));
    dashboard.exportForBoard(pdf);
    QFile printable(pdf);
    REQUIRE(printable.open(QIODevice::ReadOnly));
    CHECK(printable.read(5) == QByteArray("%PDF-"));
}

TEST_CASE("the navigator flags a stage with what to act on, in a symbol and words",
          "[ui][monitor]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    window.resize(1366, 768);
    REQUIRE(test::showActive(window));
    test::openExampleCopy(window, folder);
    auto& navigator = window.navigator();
    auto* monitor = navigator.item(ui::CycleNavigator::rowOf("monitor"));
    auto* procure = navigator.item(ui::CycleNavigator::rowOf("procure"));
    // The example's reablement KPI in breach and its overdue remedial
    // milestone (as at today: the milestone was due on 30 September 2026).
    CHECK(monitor->text().endsWith(QStringLiteral("\n\u26A0 2 to act on")));
    CHECK(monitor->toolTip().contains(QStringLiteral("To act on:\n\u26A0 \u201cReablement "
                                                     "starting within 2 days of discharge\u201d")));
    CHECK(monitor->data(Qt::AccessibleTextRole)
              .toString()
              .endsWith(QStringLiteral(": \u26A0 2 to act on")));
    // Procure keeps the KPIs: the example's one gap in the chain from the
    // evidence to the result, a KPI serving no outcome, flags it.
    CHECK(procure->text().endsWith(QStringLiteral("\n\u26A0 1 to act on")));
    CHECK(procure->toolTip().contains(QStringLiteral("\u26A0 KPI \u201CReferrals to "
                                                     "reablement\u201D serves no outcome")));
    // A contract whose notice is due within six months flags it too.
    auto& document = *window.document();
    const auto soon = QDate::currentDate().addMonths(3).addMonths(6).toString(Qt::ISODate);
    REQUIRE(document.check(records::setField(document.project(), procurement::contract(), 3,
                                             "ends_on", soon.toStdString())));
    CHECK(procure->text().endsWith(QStringLiteral("\n\u26A0 2 to act on")));
    CHECK(procure->toolTip().contains(QStringLiteral("Notice on \u201cHome-based reablement "
                                                     "2023-2028\u201d must be given by")));
    document.undo();
    CHECK(procure->text().endsWith(QStringLiteral("\n\u26A0 1 to act on")));
    // The gap mended, nothing is left to act on.
    REQUIRE(document.check(records::setField(document.project(), procurement::contractKpi(), 10,
                                             "outcome_id", std::int64_t{1})));
    CHECK_FALSE(procure->text().contains(QStringLiteral("act on")));
}
