#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "planning/PlanningKinds.h"
#include "procurement/ContractKinds.h"
#include "procurement/OcdsProcess.h"
#include "procurement/ProcurementKinds.h"
#include "procurement/TenderKinds.h"
#include "records/RecordStore.h"
#include "ui/common/LazyTabWidget.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTableView.h"
#include "ui/procure/ContractsPanel.h"
#include "ui/procure/EvaluationPanel.h"
#include "ui/procure/OcdsExportFlow.h"
#include "ui/procure/ProcurePage.h"
#include "ui/procure/TenderGrid.h"
#include "ui/procure/TimelinePanel.h"
#include "ui/shell/CycleNavigator.h"
#include "ui/shell/MainWindow.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
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
    test::typeIntoCell(milestones.table(), row, dateColumn, QStringLiteral("8/9/2026"));
    CHECK(milestones.model().index(row, dateColumn).data(Qt::EditRole).toString() ==
          QStringLiteral("2026-09-08"));
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

TEST_CASE("two evaluators score from the keyboard, each seeing only their own scores; the "
          "panel moderates and undoes",
          "[ui][procure]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    window.resize(1366, 768);
    REQUIRE(test::showActive(window));
    REQUIRE(window.createProject(folder.filePath(QStringLiteral("new.jointly")),
                                 QStringLiteral("Eastvale")));
    auto& project = window.document()->project();
    auto add = [&](const records::RecordKind& kind, const records::FieldValues& fields) {
        auto id = records::addRecord(project, kind, fields);
        REQUIRE(id.ok());
        return id.value();
    };
    const auto tender = add(procurement::procurement(), {{"name", std::string("Falls")}});
    add(procurement::awardCriterion(), {{"procurement_id", tender},
                                        {"name", std::string("Quality")},
                                        {"weight_bp", std::int64_t{7000}}});
    add(procurement::awardCriterion(), {{"procurement_id", tender},
                                        {"name", std::string("Price")},
                                        {"category", std::string("price")},
                                        {"weight_bp", std::int64_t{3000}}});
    for (const char* name : {"North bid", "South bid"}) {
        const auto bid =
            add(procurement::bid(), {{"procurement_id", tender}, {"name", std::string(name)}});
        add(procurement::bidPrice(), {{"bid_id", bid},
                                      {"year", std::int64_t{2027}},
                                      {"amount_pence", std::int64_t{100'000'00}}});
    }
    std::vector<std::int64_t> evaluators;
    for (const char* name : {"Jo Ellis", "Raj Patel"}) {
        evaluators.push_back(
            add(procurement::evaluator(), {{"procurement_id", tender},
                                           {"name", std::string(name)},
                                           {"declared_on", std::string("2026-05-01")}}));
    }
    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("procure"));
    auto* page = window.page<ui::ProcurePage>("procure");
    REQUIRE(page);
    auto& panel = page->evaluation();
    page->tabs().setCurrentIndex(3);
    panel.parts().setCurrentIndex(2);
    QApplication::processEvents();
    REQUIRE(panel.procurementChoice().currentText() == QStringLiteral("Falls"));
    auto& grid = panel.scoring();
    REQUIRE(grid.rowCount() == 2);
    REQUIRE(grid.columnCount() == 1); // price is the formula's, so not in the grid

    // Jo Ellis scores 3 and 2; Raj Patel sees none of them and scores 4 and 2.
    panel.evaluatorChoice().setCurrentIndex(0);
    test::typeIntoCell(grid, 0, 0, QStringLiteral("3"));
    test::typeIntoCell(grid, 1, 0, QStringLiteral("2"));
    CHECK(grid.item(0, 0)->text() == QStringLiteral("3"));
    panel.evaluatorChoice().setCurrentIndex(1);
    QApplication::processEvents();
    CHECK(grid.item(0, 0)->text().isEmpty());
    CHECK(grid.item(1, 0)->text().isEmpty());
    test::typeIntoCell(grid, 0, 0, QStringLiteral("4"));
    test::typeIntoCell(grid, 1, 0, QStringLiteral("2"));
    // A score off the scale is refused and not kept.
    test::typeIntoCell(grid, 1, 0, QStringLiteral("7"));
    CHECK(grid.item(1, 0)->text() == QStringLiteral("2"));

    panel.parts().setCurrentIndex(3);
    QApplication::processEvents();
    CHECK(panel.moderationState().text().startsWith(
        QStringLiteral("Moderation opens when every evaluator has finished")));
    CHECK_FALSE(panel.moderation().item(0, 0)->flags().testFlag(Qt::ItemIsEditable));
    // Before both have finished, the results show no totals, and the prices
    // on Criteria and bids stay sealed until shown on purpose.
    panel.parts().setCurrentIndex(4);
    QApplication::processEvents();
    CHECK(panel.rankings().columnCount() == 0); // no formula's ranking to show
    REQUIRE(panel.findings().count() >= 1);
    CHECK(panel.findings().item(0)->text().startsWith(
        QStringLiteral("The results are shown when every evaluator has finished")));
    panel.parts().setCurrentIndex(0);
    QApplication::processEvents();
    CHECK(panel.prices().currentIndex() == 0);
    auto* sealed = panel.findChild<QLabel*>(QStringLiteral("prices_sealed"));
    REQUIRE(sealed);
    CHECK(sealed->text().startsWith(
        QStringLiteral("The prices are sealed while the quality evaluators score")));
    auto* show = panel.findChild<QPushButton*>(QStringLiteral("show_prices"));
    REQUIRE(show);
    show->click();
    CHECK(panel.prices().currentIndex() == 1);
    // Choosing someone else to score seals them again.
    REQUIRE(panel.evaluatorChoice().currentIndex() == 1);
    panel.evaluatorChoice().setCurrentIndex(0);
    QApplication::processEvents();
    CHECK(panel.prices().currentIndex() == 0);
    panel.parts().setCurrentIndex(3);
    QApplication::processEvents();
    for (auto id : evaluators) {
        REQUIRE(
            records::setField(project, procurement::evaluator(), id, "finished", std::int64_t{1})
                .ok());
    }
    QApplication::processEvents();
    CHECK(panel.moderationState().text() == QStringLiteral("Moderation is open."));
    // North: 3 and 4, a mean of 3.50 and a spread of 1, not flagged at 2.
    CHECK(panel.moderation().item(0, 0)->text() == QStringLiteral("(mean 3.50)"));
    panel.moderation().setCurrentCell(0, 0);
    CHECK(panel.originals().text() ==
          QStringLiteral("Evaluators' scores, kept as given: Jo Ellis 3; Raj Patel 4. Spread 1."));
    test::screenshot(window, QStringLiteral("procure-moderation"));

    // A consensus needs its reason; then it is kept beside the originals.
    auto& moderation = panel.moderation();
    test::typeIntoCell(moderation, 0, 0, QStringLiteral("4"));
    CHECK(moderation.item(0, 0)->text() == QStringLiteral("(mean 3.50)"));
    panel.reason().setText(QStringLiteral("Strong evidence on every locality"));
    test::typeIntoCell(moderation, 0, 0, QStringLiteral("4"));
    CHECK(moderation.item(0, 0)->text() == QStringLiteral("4"));
    CHECK(project.undoLabel() == "Moderate \u201cNorth bid\u201d on \u201cQuality\u201d");
    panel.parts().setCurrentIndex(4);
    QApplication::processEvents();
    // North: 4/4 x 70 + 30 = 100.00; South: mean 2 of 4 x 70 + 30 = 65.00.
    CHECK(panel.rankings().item(0, 0)->text() == QStringLiteral("100.00 points, rank 1"));
    CHECK(panel.rankings().item(1, 0)->text() == QStringLiteral("65.00 points, rank 2"));
    test::screenshot(window, QStringLiteral("procure-results"));

    window.document()->undo();
    QApplication::processEvents();
    CHECK(moderation.item(0, 0)->text() == QStringLiteral("(mean 3.50)"));
    // Each evaluator's own scores were never touched.
    panel.evaluatorChoice().setCurrentIndex(0);
    QApplication::processEvents();
    CHECK(grid.item(0, 0)->text() == QStringLiteral("3"));
}

TEST_CASE("the contract register shows the selected contract's years split between its "
          "co-funders",
          "[ui][procure]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    window.resize(1366, 768);
    REQUIRE(test::showActive(window));
    test::openExampleCopy(window, folder);
    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("procure"));
    auto* page = window.page<ui::ProcurePage>("procure");
    REQUIRE(page);
    auto& panel = page->contracts();
    page->tabs().setCurrentIndex(4);
    QApplication::processEvents();
    REQUIRE(panel.contracts().model().rowCount() == 3); // falls, home care, reablement
    panel.contracts().table().setCurrentIndex(panel.contracts().model().index(0, 0));
    QApplication::processEvents();
    QStringList lines;
    for (int row = 0; row < panel.split().count(); ++row) {
        lines << panel.split().item(row)->text();
    }
    // From the example: 40% to the council and 60% to the ICB, to the penny.
    CHECK(lines.contains(QStringLiteral("2027/28: \u00a3712,500.00 (Westshire County Council "
                                        "\u00a3285,000.00, NHS Westshire Integrated Care Board "
                                        "\u00a3427,500.00)")));
    CHECK(lines.contains(
        QStringLiteral("At risk on outcomes: \u00a3142,500.00 of \u00a32,850,000.00")));
    test::screenshot(window, QStringLiteral("procure-contracts"));

    // Against the plan: the example's allocations for the contract's first
    // two years match its value, though the plan's money comes from the
    // partners in proportion to what they put in (the council £186,048,000
    // of £336,600,000 in 2027/28: £393,818.18 of £712,500.00) and the
    // contract's by its 40:60 shares.
    auto* parts = page->findChild<QTabWidget*>(QStringLiteral("contract_parts"));
    REQUIRE(parts);
    parts->setCurrentIndex(2);
    QApplication::processEvents();
    auto planLines = [&] {
        QStringList all;
        for (int row = 0; row < panel.plan().count(); ++row) {
            all << panel.plan().item(row)->text();
        }
        return all;
    };
    auto plan = planLines();
    REQUIRE(plan.size() == 14);
    CHECK(plan[0] == QStringLiteral("Matches: In 2027/28 the plan allocates £712,500.00 to "
                                    "“Community falls and frailty service 2027-2030”, "
                                    "exactly what the contract costs, though not in the "
                                    "co-funders' shares."));
    CHECK(plan[1] == QStringLiteral("    Westshire County Council: £393,818.18 in the plan, "
                                    "£285,000.00 by the contract's shares"));
    CHECK(plan[8].startsWith(QStringLiteral("Differs: In 2029/30")));
    test::screenshot(window, QStringLiteral("procure-against-plan"));

    // An allocation cut by £12,500 shows at once, and undo puts it back.
    auto& project = window.document()->project();
    REQUIRE(window.document()->check(
        records::setField(project, planning::allocation(), 43, "amount_pence",
                          records::FieldValue{std::int64_t{70000000}})));
    QApplication::processEvents();
    CHECK(planLines()[0] == QStringLiteral("Differs: In 2027/28 the plan allocates £700,000.00 "
                                           "to “Community falls and frailty service "
                                           "2027-2030”, £12,500.00 less than the "
                                           "contract costs (£712,500.00)."));
    window.document()->undo();
    QApplication::processEvents();
    CHECK(planLines()[0].startsWith(QStringLiteral("Matches:")));

    // Contract alerts, counted from today: none of the example's notice
    // dates or extension decisions falls within six months of it, but a
    // contract ending in four months with a month's notice is flagged, and
    // drops out when the window is narrowed to two months.
    auto alertTexts = [&] {
        QStringList all;
        for (int row = 0; row < panel.alerts().count(); ++row) {
            all << panel.alerts().item(row)->text();
        }
        return all;
    };
    const auto today = QDate::currentDate();
    const bool exampleQuiet =
        today < QDate(2027, 3, 30); // the reablement contract's notice date is 30 September 2027
    if (exampleQuiet) {
        CHECK(alertTexts() == QStringList{QStringLiteral(
                                  "No notice date or extension decision is due within 6 months.")});
    }
    auto added =
        records::addRecord(project, procurement::contract(),
                           {{"name", std::string("Day centre transport")},
                            {"starts_on", today.addYears(-2).toString(Qt::ISODate).toStdString()},
                            {"ends_on", today.addMonths(4).toString(Qt::ISODate).toStdString()},
                            {"notice_months", std::int64_t{1}}});
    REQUIRE(added.ok());
    QApplication::processEvents();
    const auto flagged = alertTexts().filter(QStringLiteral("Day centre transport"));
    REQUIRE(flagged.size() == 1);
    CHECK(flagged[0].startsWith(QStringLiteral("Due: ")));
    auto* months = panel.findChild<QSpinBox*>(QStringLiteral("alert_months"));
    REQUIRE(months);
    months->setValue(2);
    QApplication::processEvents();
    CHECK(alertTexts().filter(QStringLiteral("Day centre transport")).isEmpty());
}

TEST_CASE("the OCDS prefix is typed on the Publishing tab, refused when wrong, undone, and the "
          "procurements exported through it",
          "[ui][procure][ocds]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    window.resize(1366, 768);
    REQUIRE(test::showActive(window));
    test::openExampleCopy(window, folder);
    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("procure"));
    auto* page = window.page<ui::ProcurePage>("procure");
    REQUIRE(page);
    page->procurements();
    page->tabs().setCurrentIndex(2);
    QApplication::processEvents();
    auto* parts = page->findChild<QTabWidget*>(QStringLiteral("procurement_parts"));
    REQUIRE(parts);
    parts->setCurrentIndex(2);
    QApplication::processEvents();
    QLineEdit* prefix = nullptr;
    for (auto* edit : page->findChildren<QLineEdit*>()) {
        if (edit->accessibleName() == QStringLiteral("OCDS prefix")) {
            prefix = edit;
        }
    }
    REQUIRE(prefix);
    auto stored = [&] {
        return procurement::loadPublisher(window.document()->database()).prefix;
    };

    // Nothing to export with before a prefix is set: the sentence says why.
    QString problem;
    QObject::connect(window.document(), &ui::ProjectDocument::problem,
                     [&](const QString& message) { problem = message; });
    const QString out = folder.filePath(QStringLiteral("Westshire OCDS.json"));
    CHECK_FALSE(ui::writeOcdsPackage(*window.document(), out, &window));
    CHECK(problem.contains(QStringLiteral("no OCDS prefix yet")));

    prefix->setFocus();
    prefix->selectAll();
    QTest::keyClicks(prefix, QStringLiteral("OCDS-WEST"));
    QTest::keyClick(prefix, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(stored().empty());
    CHECK(problem.contains(QStringLiteral("is not an OCDS prefix")));

    prefix->selectAll();
    QTest::keyClicks(prefix, QStringLiteral("ocds-wst001"));
    QTest::keyClick(prefix, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(stored() == "ocds-wst001");
    test::screenshot(window, QStringLiteral("procure-publishing"));

    QString written;
    QObject::connect(window.document(), &ui::ProjectDocument::written,
                     [&](const QString& message, const QString&) { written = message; });
    REQUIRE(ui::writeOcdsPackage(*window.document(), out, &window));
    CHECK(written.startsWith(
        QStringLiteral("8 releases of 2 procurements were written as open contracting data to")));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto package = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(package.value(QStringLiteral("releases"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("ocid")) == QStringLiteral("ocds-wst001-1"));

    window.document()->undo();
    QApplication::processEvents();
    CHECK(stored().empty());
    CHECK(prefix->text().isEmpty());
}
