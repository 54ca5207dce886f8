#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "needs/NeedsKinds.h"
#include "partnership/PartnershipKinds.h"
#include "planning/PlanningKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "ui/common/LazyTabWidget.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTableView.h"
#include "ui/plan/AppraisalChart.h"
#include "ui/plan/AppraisalPanel.h"
#include "ui/plan/AppraisalResultsView.h"
#include "ui/plan/BudgetPanel.h"
#include "ui/plan/PbmaPanel.h"
#include "ui/plan/PlanPage.h"
#include "ui/plan/RiskHeatMap.h"
#include "ui/plan/ScoringGridModel.h"
#include "ui/shell/CycleNavigator.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace jointly;

namespace {

std::int64_t add(ui::MainWindow& window, const records::RecordKind& kind,
                 const records::FieldValues& values) {
    auto id = records::addRecord(window.document()->project(), kind, values);
    REQUIRE(id.ok());
    return id.value();
}

QString cellText(QTableWidget& table, int row, int column) {
    auto* item = table.item(row, column);
    return item ? item->text() : QString();
}

} // namespace

TEST_CASE("an appraisal is scored through the grid, ranked with its sensitivity, and undone",
          "[ui][plan]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    REQUIRE(test::showActive(window));
    REQUIRE(window.createProject(folder.filePath(QStringLiteral("p.jointly")),
                                 QStringLiteral("Northvale")));
    // A new plan has filled in none of PlanningProgress's 14 parts.
    CHECK(window.navigator().item(2)->text() == QStringLiteral("Plan\n0% complete, 14 to do"));

    const auto priority = add(window, planning::priority(), {{"name", std::string("Falls")}});
    const auto appraisal = add(window, planning::appraisal(),
                               {{"priority_id", priority}, {"name", std::string("Falls options")}});
    add(window, planning::appraisalOption(),
        {{"appraisal_id", appraisal}, {"name", std::string("Home care hub")}});
    add(window, planning::appraisalOption(),
        {{"appraisal_id", appraisal}, {"name", std::string("Day centre")}});
    add(window, planning::appraisalOption(),
        {{"appraisal_id", appraisal},
         {"name", std::string("Hospital ward")},
         {"short_listed", std::int64_t{0}},
         {"drop_reason", std::string("No beds")}});
    add(window, planning::appraisalCriterion(),
        {{"appraisal_id", appraisal},
         {"name", std::string("Cost")},
         {"weight_bp", std::int64_t{6000}}});
    add(window, planning::appraisalCriterion(),
        {{"appraisal_id", appraisal},
         {"name", std::string("Access")},
         {"weight_bp", std::int64_t{4000}}});

    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("plan"));
    REQUIRE(window.page<jointly::ui::PlanPage>("plan") != nullptr);
    auto& page = *window.page<jointly::ui::PlanPage>("plan");
    auto& panel = page.appraisal();
    page.tabs().setCurrentWidget(&panel);
    auto& appraisals = panel.appraisals();
    REQUIRE(appraisals.model().rowCount() == 1);
    appraisals.table().setCurrentIndex(appraisals.model().index(0, 0));

    // The long list has all three options plus doing nothing; the grid has
    // the short list: doing nothing first (it was added with the appraisal),
    // then the two short-listed options. The dropped ward is not scored.
    CHECK(panel.options().model().rowCount() == 4);
    auto& grid = panel.grid();
    REQUIRE(grid.model()->rowCount() == 3);
    // Two criteria, then the weighted score and the rank, worked out.
    REQUIRE(grid.model()->columnCount() == 4);
    CHECK(grid.model()->headerData(2, Qt::Horizontal).toString() ==
          QStringLiteral("Weighted\nscore"));
    CHECK(grid.model()->headerData(3, Qt::Horizontal).toString() == QStringLiteral("Rank"));
    CHECK_FALSE(grid.model()->flags(grid.model()->index(0, 2)).testFlag(Qt::ItemIsEditable));
    CHECK(grid.model()->headerData(0, Qt::Vertical).toString() ==
          QStringLiteral("Do nothing / business as usual (baseline)"));
    CHECK(grid.model()->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Cost\n60.00%"));

    // Scores by hand (0 to 10), weights Cost 60% and Access 40%:
    //   Do nothing     8, 2: 0.6 x 8 + 0.4 x 2 = 5.60
    //   Home care hub  5, 9: 0.6 x 5 + 0.4 x 9 = 6.60
    //   Day centre     6, 6: 0.6 x 6 + 0.4 x 6 = 6.00
    test::typeIntoCell(grid, 0, 0, QStringLiteral("8"));
    test::typeIntoCell(grid, 0, 1, QStringLiteral("2"));
    test::typeIntoCell(grid, 1, 0, QStringLiteral("5"));
    test::typeIntoCell(grid, 1, 1, QStringLiteral("9"));
    test::typeIntoCell(grid, 2, 0, QStringLiteral("6"));
    test::typeIntoCell(grid, 2, 1, QStringLiteral("6"));
    CHECK(grid.model()->data(grid.model()->index(1, 1)).toString() == QStringLiteral("9"));
    // Beside the scores, each option's total and rank follow as they are typed.
    CHECK(grid.model()->data(grid.model()->index(0, 2)).toString() == QStringLiteral("5.60"));
    CHECK(grid.model()->data(grid.model()->index(0, 3)).toString() == QStringLiteral("3"));
    CHECK(grid.model()->data(grid.model()->index(1, 2)).toString() == QStringLiteral("6.60"));
    CHECK(grid.model()->data(grid.model()->index(1, 3)).toString() == QStringLiteral("1"));
    CHECK(grid.model()->data(grid.model()->index(2, 2)).toString() == QStringLiteral("6.00"));
    CHECK(grid.model()->data(grid.model()->index(2, 3)).toString() == QStringLiteral("2"));
    // Typing on a worked-out total changes nothing.
    grid.setCurrentIndex(grid.model()->index(1, 2));
    QTest::keyClicks(&grid, QStringLiteral("4"));
    QApplication::processEvents();
    CHECK(grid.model()->data(grid.model()->index(1, 2)).toString() == QStringLiteral("6.60"));

    auto& ranking = panel.results().ranking();
    REQUIRE(ranking.rowCount() == 3);
    CHECK(cellText(ranking, 0, 1) == QStringLiteral("Home care hub"));
    CHECK(cellText(ranking, 0, 2) == QStringLiteral("6.60"));
    CHECK(cellText(ranking, 1, 1) == QStringLiteral("Day centre"));
    CHECK(cellText(ranking, 1, 2) == QStringLiteral("6.00"));
    CHECK(cellText(ranking, 2, 1) == QStringLiteral("Do nothing / business as usual"));
    CHECK(cellText(ranking, 2, 2) == QStringLiteral("5.60"));
    CHECK(panel.results().status().text().startsWith(QStringLiteral("Final:")));

    // Sensitivity: raising Cost by d moves each total by d x (cost - access):
    // the hub by -4d, doing nothing by +6d, so doing nothing overtakes once
    // d > (6.60 - 5.60) / 10 = 10 points; the day centre (slope 0) would
    // need 15. Lowering Cost only helps the hub: robust. Access mirrors Cost.
    auto& sensitivity = panel.results().sensitivity();
    REQUIRE(sensitivity.rowCount() == 2);
    CHECK(cellText(sensitivity, 0, 0) == QStringLiteral("Cost"));
    CHECK(cellText(sensitivity, 0, 2) ==
          QStringLiteral("10.00 points: Do nothing / business as usual"));
    CHECK(cellText(sensitivity, 0, 3) == QStringLiteral("Robust"));
    CHECK(cellText(sensitivity, 1, 2) == QStringLiteral("Robust"));
    CHECK(cellText(sensitivity, 1, 3) ==
          QStringLiteral("10.00 points: Do nothing / business as usual"));
    CHECK(panel.chart().description().contains(QStringLiteral("Home care hub is top with 6.60")));
    test::screenshot(window, QStringLiteral("plan-appraisal"));

    // Undo the last score: the day centre drops out of the ranking.
    CHECK(window.undoAction().text() ==
          QStringLiteral("&Undo Score \u201CDay centre\u201D on \u201CAccess\u201D"));
    window.undoAction().trigger();
    CHECK(grid.model()->data(grid.model()->index(2, 1)).toString().isEmpty());
    REQUIRE(ranking.rowCount() == 3);
    CHECK(cellText(ranking, 2, 0) == QStringLiteral("Unranked"));
    CHECK(cellText(ranking, 2, 1) == QStringLiteral("Day centre"));
    CHECK(panel.results().status().text().startsWith(QStringLiteral("Not final yet.")));
    // And redo puts it back.
    CHECK(grid.model()->data(grid.model()->index(2, 3)).toString() == QStringLiteral("Unranked"));
    CHECK(grid.model()
              ->data(grid.model()->index(2, 3), Qt::ToolTipRole)
              .toString()
              .startsWith(QStringLiteral("Day centre is not ranked: ")));
    window.redoAction().trigger();
    CHECK(grid.model()->data(grid.model()->index(2, 1)).toString() == QStringLiteral("6"));
    CHECK(cellText(ranking, 1, 2) == QStringLiteral("6.00"));
}

TEST_CASE("a twelve-option appraisal is scored and read without scrolling sideways at 1366 x 768",
          "[ui][plan]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    window.resize(1366, 768);
    REQUIRE(test::showActive(window));
    REQUIRE(window.createProject(folder.filePath(QStringLiteral("p.jointly")),
                                 QStringLiteral("Northvale")));
    const auto priority = add(window, planning::priority(), {{"name", std::string("Falls")}});
    const auto appraisal =
        add(window, planning::appraisal(),
            {{"priority_id", priority}, {"name", std::string("Falls prevention options")}});
    // Doing nothing comes with the appraisal; eleven more make twelve.
    const char* options[] = {"Community falls service with strength and balance classes",
                             "Telecare and home adaptations",
                             "Falls response car with a paramedic and a therapist",
                             "Medication review in care homes",
                             "Home hazard assessment after discharge",
                             "Exercise classes in leisure centres",
                             "Vision screening for people over 75",
                             "Fracture liaison service",
                             "Falls champions in every care home",
                             "Digital falls risk screening in general practice",
                             "Extended hours for the community rehabilitation team"};
    for (const char* name : options) {
        add(window, planning::appraisalOption(),
            {{"appraisal_id", appraisal}, {"name", std::string(name)}});
    }
    // Six criteria, weights 25 + 20 + 20 + 15 + 10 + 10 = 100%.
    const std::pair<const char*, std::int64_t> criteria[] = {{"Benefit to people", 2500},
                                                             {"Cost", 2000},
                                                             {"Deliverability", 2000},
                                                             {"Fit with community assets", 1500},
                                                             {"Reduces health inequalities", 1000},
                                                             {"Workforce available", 1000}};
    for (const auto& [name, weight] : criteria) {
        add(window, planning::appraisalCriterion(),
            {{"appraisal_id", appraisal}, {"name", std::string(name)}, {"weight_bp", weight}});
    }
    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("plan"));
    auto& panel = window.page<jointly::ui::PlanPage>("plan")->appraisal();
    // The tab holds the panel in the container it was built into.
    auto& tabs = window.page<jointly::ui::PlanPage>("plan")->tabs();
    tabs.setCurrentIndex(tabs.indexOf(panel.parentWidget()));
    REQUIRE(panel.isVisible());
    panel.appraisals().table().setCurrentIndex(panel.appraisals().model().index(0, 0));
    panel.parts().setCurrentIndex(1);
    QApplication::processEvents();
    CHECK(window.width() <= 1366);

    // Every option scored from the keyboard, in the grid as shown.
    auto& grid = panel.grid();
    REQUIRE(grid.model()->rowCount() == 12);
    REQUIRE(grid.model()->columnCount() == 6 + 2);
    for (int row = 0; row < 12; ++row) {
        for (int column = 0; column < 6; ++column) {
            test::typeIntoCell(grid, row, column, QString::number((row + column) % 11));
        }
    }
    QApplication::processEvents();
    // All six criteria and all twelve options are in view at once: nothing
    // to scroll, either way.
    CHECK(grid.horizontalScrollBar()->maximum() == 0);
    CHECK(grid.verticalScrollBar()->maximum() == 0);
    test::screenshot(window, QStringLiteral("plan-appraisal-twelve-options-score"));
    // The ranking reads whole too: all twelve ranked, none scrolled away,
    // and beside it the sensitivity of all six weights.
    panel.parts().setCurrentIndex(2);
    QApplication::processEvents();
    auto& ranking = panel.results().ranking();
    REQUIRE(ranking.rowCount() == 12);
    CHECK(ranking.horizontalScrollBar()->maximum() == 0);
    CHECK(ranking.verticalScrollBar()->maximum() == 0);
    auto& sensitivity = panel.results().sensitivity();
    REQUIRE(sensitivity.rowCount() == 6);
    CHECK(sensitivity.horizontalScrollBar()->maximum() == 0);
    CHECK(sensitivity.verticalScrollBar()->maximum() == 0);
    CHECK(panel.results().status().text().startsWith(QStringLiteral("Final")));
    test::screenshot(window, QStringLiteral("plan-appraisal-twelve-options-ranking"));
    panel.parts().setCurrentIndex(3);
    QApplication::processEvents();
    test::screenshot(window, QStringLiteral("plan-appraisal-twelve-options-chart"));
}

TEST_CASE("a score off the scale is refused with a sentence and nothing changes", "[ui][plan]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    REQUIRE(test::showActive(window));
    REQUIRE(window.createProject(folder.filePath(QStringLiteral("p.jointly")),
                                 QStringLiteral("Northvale")));
    const auto priority = add(window, planning::priority(), {{"name", std::string("Falls")}});
    const auto appraisal = add(window, planning::appraisal(), {{"priority_id", priority}});
    add(window, planning::appraisalCriterion(),
        {{"appraisal_id", appraisal},
         {"name", std::string("Cost")},
         {"weight_bp", std::int64_t{10000}}});
    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("plan"));
    auto& panel = window.page<jointly::ui::PlanPage>("plan")->appraisal();
    window.page<jointly::ui::PlanPage>("plan")->tabs().setCurrentWidget(&panel);
    panel.appraisals().table().setCurrentIndex(panel.appraisals().model().index(0, 0));
    const auto before = window.undoAction().text();
    test::typeIntoCell(panel.grid(), 0, 0, QStringLiteral("11"));
    CHECK(panel.grid().model()->data(panel.grid().model()->index(0, 0)).toString().isEmpty());
    CHECK(window.undoAction().text() == before);
    test::typeIntoCell(panel.grid(), 0, 0, QStringLiteral("seven"));
    CHECK(panel.grid().model()->data(panel.grid().model()->index(0, 0)).toString().isEmpty());
    CHECK(window.undoAction().text() == before);
}

TEST_CASE("risks fill the heat map and overdue actions stand out", "[ui][plan]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    REQUIRE(test::showActive(window));
    REQUIRE(window.createProject(folder.filePath(QStringLiteral("p.jointly")),
                                 QStringLiteral("Northvale")));
    add(window, planning::risk(),
        {{"description", std::string("Provider fails")},
         {"likelihood", std::int64_t{4}},
         {"impact", std::int64_t{5}}});
    add(window, planning::risk(),
        {{"description", std::string("Data late")},
         {"likelihood", std::int64_t{4}},
         {"impact", std::int64_t{5}}});
    add(window, planning::risk(),
        {{"description", std::string("Old worry")},
         {"likelihood", std::int64_t{1}},
         {"impact", std::int64_t{1}},
         {"status", std::string("closed")}});
    add(window, planning::risk(), {{"description", std::string("Not scored yet")}});
    add(window, planning::planAction(),
        {{"description", std::string("Sign the contract")}, {"due_on", std::string("2020-01-31")}});
    add(window, planning::planAction(),
        {{"description", std::string("Done long ago")},
         {"due_on", std::string("2020-01-31")},
         {"status", std::string("done")}});
    add(window, planning::planAction(),
        {{"description", std::string("Review")}, {"due_on", std::string("2199-12-31")}});

    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("plan"));
    auto& page = *window.page<jointly::ui::PlanPage>("plan");
    auto& map = page.heatMap();
    CHECK(map.countAt(4, 5) == 2);
    CHECK(map.countAt(1, 1) == 0); // closed risks are left off
    CHECK(map.unscored() == 1);
    CHECK(map.accessibleDescription().contains(QStringLiteral("Provider fails, Data late")));
    // Undoing the three actions and then the unscored risk updates the map.
    window.document()->undo();
    window.document()->undo();
    window.document()->undo();
    window.document()->undo();
    CHECK(map.unscored() == 0);
    window.document()->redo();
    window.document()->redo();
    window.document()->redo();
    window.document()->redo();

    auto& actions = page.actions();
    page.tabs().setCurrentWidget(actions.parentWidget());
    REQUIRE(actions.model().rowCount() == 3);
    const auto overdue = actions.model().data(actions.model().index(0, 0), Qt::ToolTipRole);
    CHECK(overdue.toString().startsWith(QStringLiteral("Overdue: it was due on")));
    CHECK(actions.model().data(actions.model().index(0, 0), Qt::BackgroundRole).isValid());
    CHECK_FALSE(actions.model().data(actions.model().index(1, 0), Qt::BackgroundRole).isValid());
    CHECK_FALSE(actions.model().data(actions.model().index(2, 0), Qt::BackgroundRole).isValid());
    test::screenshot(window, QStringLiteral("plan-actions"));
}

TEST_CASE("the example partnership's plan shows its budget, risk shares and savings to the penny",
          "[ui][plan]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("plan"));
    auto& page = *window.page<jointly::ui::PlanPage>("plan");

    // Contributions grow 2% then 4%, allocations 2.5% then 4%, from £330.0m
    // against £329.5m: headroom £500,000, then £336.6m against £337,737,500
    // (a shortfall of £1,137,500.00), then £343.2m against £342.68m.
    auto& budget = page.budget();
    page.tabs().setCurrentWidget(budget.parentWidget()->parentWidget());
    REQUIRE(budget.years().rowCount() == 3);
    CHECK(cellText(budget.years(), 0, 5) == QStringLiteral("Headroom of £500,000.00"));
    CHECK(cellText(budget.years(), 1, 5) == QStringLiteral("Shortfall of £1,137,500.00"));
    CHECK(cellText(budget.years(), 2, 5) == QStringLiteral("Headroom of £520,000.00"));
    // The £1,234,567.89 overspend forecast for 2026/27 under fixed shares of
    // 55%, 40% and 5%: 679,012.3395 / 493,827.156 / 61,728.3945 pounds; the
    // odd penny goes to the largest remainder (the council's .95 of a penny).
    REQUIRE(budget.shares().rowCount() >= 3);
    CHECK(cellText(budget.shares(), 0, 1) == QStringLiteral("£679,012.34"));
    CHECK(cellText(budget.shares(), 1, 1) == QStringLiteral("£493,827.16"));
    CHECK(cellText(budget.shares(), 2, 1) == QStringLiteral("£61,728.39"));
    test::screenshot(window, QStringLiteral("plan-budget"));

    // £4,700,000 of joint savings planned for 2026/27 against a £5,000,000
    // target, shared in proportion to 182.4 : 131.6 : 16.0 (millions):
    // 2,597,818.1818 / 1,874,303.0303 / 227,878.7878 pounds; the odd penny
    // to public health's .78 of a penny.
    page.tabs().setCurrentIndex(5);
    auto* savings = page.findChild<QLabel*>(QStringLiteral("savings_sentence"));
    REQUIRE(savings);
    CHECK(savings->text().startsWith(QStringLiteral(
        "Schemes plan £4,700,000.00 of savings in 2026/27 against a target of £5,000,000.00: "
        "£300,000.00 short.")));
    auto* partners = page.findChild<QTableWidget*>(QStringLiteral("savings_partners"));
    REQUIRE(partners);
    REQUIRE(partners->rowCount() == 3);
    CHECK(cellText(*partners, 0, 1) == QStringLiteral("£2,597,818.18"));
    CHECK(cellText(*partners, 1, 1) == QStringLiteral("£1,874,303.03"));
    CHECK(cellText(*partners, 2, 1) == QStringLiteral("£227,878.79"));
    test::screenshot(window, QStringLiteral("plan-savings"));

    // What if the £330m budget rose 2.5% (£8,250,000)? All four investments
    // (£850k + £1.2m + £250k + £600k = £2.9m a year) fit; a fall of 0.25%
    // (£825,000) takes the least harmful disinvestment first: long-stay
    // placements lose 20 benefit for £900,000 (1 per £45,000), day services
    // 10 for £400,000 (1 per £40,000), so placements go first, and their
    // £900,000 covers the cut: day services are not needed.
    auto& pbma = page.pbma();
    pbma.change().setValue(2.5);
    CHECK(pbma.sentence().text().startsWith(
        QStringLiteral("A rise of 2.50% (£8,250,000.00) funds 4 of 4 investments costing "
                       "£2,900,000.00 a year")));
    pbma.change().setValue(-0.25);
    REQUIRE(pbma.outcome().rowCount() == 6);
    CHECK(cellText(pbma.outcome(), 4, 0) == QStringLiteral("Disinvest"));
    CHECK(cellText(pbma.outcome(), 4, 1) ==
          QStringLiteral("Reduce long-stay residential placements"));
    CHECK(cellText(pbma.outcome(), 5, 0) == QStringLiteral("Not needed"));
    CHECK(cellText(pbma.outcome(), 5, 1) == QStringLiteral("Decommission duplicated day services"));
}

TEST_CASE("candidate needs statements become priorities with one button, keeping their evidence",
          "[ui][plan]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    REQUIRE(test::showActive(window));
    REQUIRE(window.createProject(folder.filePath(QStringLiteral("p.jointly")),
                                 QStringLiteral("Northvale")));
    const auto falls = add(window, needs::needsStatement(),
                           {{"statement", std::string("Falls admissions are rising\nDetails")},
                            {"candidate_priority", std::int64_t{1}}});
    add(window, needs::needsStatement(), {{"statement", std::string("Not a candidate")}});
    add(window, needs::statementEvidence(),
        {{"statement_id", falls}, {"note", std::string("Fingertips: worse than England")}});
    add(window, needs::statementEvidence(),
        {{"statement_id", falls}, {"note", std::string("Carers' survey 2026")}});

    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("plan"));
    auto& page = *window.page<jointly::ui::PlanPage>("plan");
    auto& priorities = page.priorities();
    page.tabs().setCurrentIndex(1);
    auto* promote = page.findChild<QPushButton*>(QStringLiteral("promote_statements"));
    REQUIRE(promote);
    QTest::mouseClick(promote, Qt::LeftButton);
    REQUIRE(priorities.model().rowCount() == 1);
    CHECK(priorities.model().data(priorities.model().index(0, 0), Qt::DisplayRole).toString() ==
          QStringLiteral("Falls admissions are rising"));
    CHECK(window.undoAction().text() ==
          QStringLiteral("&Undo Promote 1 needs statement to a priority"));

    // Choosing the priority shows the evidence behind its statement.
    auto* evidence = page.findChild<ui::RecordTableView*>(QStringLiteral("priority_evidence_view"));
    REQUIRE(evidence);
    CHECK(evidence->model().rowCount() == 0);
    priorities.table().setCurrentIndex(priorities.model().index(0, 0));
    CHECK(evidence->model().rowCount() == 2);

    // Promoting again finds nothing new and says so; undo takes the priority away.
    QTest::mouseClick(promote, Qt::LeftButton);
    CHECK(priorities.model().rowCount() == 1);
    window.undoAction().trigger();
    CHECK(priorities.model().rowCount() == 0);
}

namespace {

// The column of a record table whose heading starts with `label`.
int columnHeaded(QAbstractItemModel& model, const QString& label) {
    for (int column = 0; column < model.columnCount(); ++column) {
        if (model.headerData(column, Qt::Horizontal).toString().startsWith(label)) {
            return column;
        }
    }
    FAIL("no column headed " << label.toStdString());
    return -1;
}

} // namespace

TEST_CASE("weights and amounts are typed into the editors; Insert adds, Escape abandons, Ctrl+Z "
          "and Ctrl+Shift+Z undo and redo, all from the keyboard",
          "[ui][plan][keyboard]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    REQUIRE(test::showActive(window));
    REQUIRE(window.createProject(folder.filePath(QStringLiteral("k.jointly")),
                                 QStringLiteral("Keyvale")));
    const auto priority = add(window, planning::priority(), {{"name", std::string("Falls")}});
    add(window, planning::appraisal(),
        {{"priority_id", priority}, {"name", std::string("Falls options")}});
    add(window, partnership::partnerOrganisation(), {{"name", std::string("Keyvale Council")}});

    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("plan"));
    REQUIRE(window.page<jointly::ui::PlanPage>("plan") != nullptr);
    auto& page = *window.page<jointly::ui::PlanPage>("plan");
    auto& panel = page.appraisal();
    page.tabs().setCurrentWidget(&panel);
    panel.appraisals().table().setCurrentIndex(panel.appraisals().model().index(0, 0));
    auto& criteria = panel.criteria().table();
    auto& db = window.document()->database();
    auto weightOf = [&](std::int64_t id) {
        auto record = records::findRecord(db, planning::appraisalCriterion(), id);
        REQUIRE(record.has_value());
        return record->value(planning::appraisalCriterion(), "weight_bp");
    };

    // Insert adds a criterion to the selected appraisal.
    criteria.setFocus();
    QTest::keyClick(&criteria, Qt::Key_Insert);
    QApplication::processEvents();
    auto added = records::listRecords(db, planning::appraisalCriterion());
    REQUIRE(added.size() == 1);
    const auto criterion = added.front().id;
    REQUIRE(criteria.model()->rowCount() == 1);

    // A weight typed as a percentage is kept exactly, in basis points.
    const int weight = columnHeaded(*criteria.model(), QStringLiteral("Weight"));
    test::typeIntoCell(criteria, 0, weight, QStringLiteral("37.5%"), Qt::Key_Return);
    CHECK(weightOf(criterion) == records::FieldValue{std::int64_t{3750}});
    // Escape abandons what was typed.
    test::typeIntoCell(criteria, 0, weight, QStringLiteral("99"), Qt::Key_Escape);
    CHECK(weightOf(criterion) == records::FieldValue{std::int64_t{3750}});
    CHECK(window.undoAction().text() == QStringLiteral("&Undo Change weight of new criterion"));
    // Ctrl+Z on the table undoes the weight; Ctrl+Shift+Z puts it back.
    criteria.setFocus();
    QTest::keyClick(&criteria, Qt::Key_Z, Qt::ControlModifier);
    QApplication::processEvents();
    CHECK(weightOf(criterion) != records::FieldValue{std::int64_t{3750}});
    QTest::keyClick(&criteria, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QApplication::processEvents();
    CHECK(weightOf(criterion) == records::FieldValue{std::int64_t{3750}});

    // An amount of money typed with its pound sign and commas is kept to the
    // penny. With one partner, Insert makes the contribution theirs.
    page.tabs().setCurrentWidget(&page.budget());
    auto* contributions = page.findChild<ui::RecordTableView*>(QStringLiteral("contribution_view"));
    REQUIRE(contributions != nullptr);
    auto& lines = contributions->table();
    lines.setFocus();
    QTest::keyClick(&lines, Qt::Key_Insert);
    QApplication::processEvents();
    auto given = records::listRecords(db, planning::contribution());
    REQUIRE(given.size() == 1);
    const int amount = columnHeaded(*lines.model(), QStringLiteral("Amount"));
    test::typeIntoCell(lines, 0, amount, QStringLiteral("\u00A31,250,000.50"), Qt::Key_Return);
    auto record = records::findRecord(db, planning::contribution(), given.front().id);
    REQUIRE(record.has_value());
    CHECK(record->value(planning::contribution(), "amount_pence") ==
          records::FieldValue{std::int64_t{125000050}});
    CHECK(lines.model()->data(lines.model()->index(0, amount)).toString() ==
          QStringLiteral("\u00A31,250,000.50"));
    // With two partners to choose from, Insert asks for one first.
    add(window, partnership::partnerOrganisation(), {{"name", std::string("Keyvale ICB")}});
    lines.setFocus();
    QTest::keyClick(&lines, Qt::Key_Insert);
    QApplication::processEvents();
    CHECK(records::listRecords(db, planning::contribution()).size() == 1);
    CHECK(window.messageBar().message() ==
          QStringLiteral("A contribution needs Partner to be chosen first."));
}
