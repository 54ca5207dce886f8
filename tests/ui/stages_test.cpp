#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "needs/IndicatorSeries.h"
#include "partnership/PartnershipKinds.h"
#include "planning/PlanningKinds.h"
#include "records/RecordStore.h"
#include "stages/Stage.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTableView.h"
#include "ui/needs/IndicatorChart.h"
#include "ui/needs/IndicatorValuesModel.h"
#include "ui/needs/NeedsPage.h"
#include "ui/plan/AppraisalChart.h"
#include "ui/shell/CycleNavigator.h"
#include "ui/shell/GuideWindow.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/StagePlaceholder.h"
#include "ui/shell/StillToDoList.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

#include <algorithm>
#include <utility>
#include <vector>

using namespace jointly;

namespace {

QString str(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString stillToDo(ui::MainWindow& window) {
    auto* list = window.findChild<ui::StillToDoList*>(QStringLiteral("stage_missing"));
    REQUIRE(list);
    return list->text();
}

// What the list under the navigator should say for a stage's progress and
// the gaps in the chain from the evidence to the result it keeps.
QString expectedList(const StageProgress& progress,
                     const std::vector<std::pair<QString, QString>>& gaps = {}) {
    QString text;
    if (progress.missing.empty()) {
        text = gaps.empty() ? QStringLiteral("This stage is complete.")
                            : QStringLiteral("This stage is complete, but the chain from the "
                                             "evidence to the result has gaps:");
    } else {
        text = QStringLiteral("Still to do:");
        for (const auto& line : progress.missing) {
            text += QStringLiteral("\n\u2022 ") + QString::fromStdString(line);
        }
        if (!gaps.empty()) {
            text += QStringLiteral("\nGaps in the chain from the evidence to the result:");
        }
    }
    for (const auto& gap : gaps) {
        text += QStringLiteral("\n\u26A0 ") + gap.first;
    }
    return text;
}

} // namespace

TEST_CASE("the navigator has a row for each stage in core's list, in its order", "[ui][stages]") {
    ui::MainWindow window;
    auto& navigator = window.navigator();
    const auto all = stages::all();
    REQUIRE(navigator.count() == static_cast<int>(all.size()));
    // The cycle's order: partnership, needs, plan, procure, monitor.
    CHECK(ui::CycleNavigator::rowOf("partnership") == 0);
    CHECK(ui::CycleNavigator::rowOf("needs") == 1);
    CHECK(ui::CycleNavigator::rowOf("plan") == 2);
    CHECK(ui::CycleNavigator::rowOf("procure") == 3);
    CHECK(ui::CycleNavigator::rowOf("monitor") == 4);
    CHECK(ui::CycleNavigator::rowOf("nonsense") == -1);
    for (const auto& stage : all) {
        CHECK(ui::CycleNavigator::stageAt(ui::CycleNavigator::rowOf(stage.key)).key == stage.key);
    }
    for (int row = 0; row < navigator.count(); ++row) {
        CHECK(navigator.item(row)->text().startsWith(str(all[static_cast<std::size_t>(row)].name)));
    }
}

TEST_CASE("every built stage shows its still-to-do list when chosen, and stages not built say so",
          "[ui][stages]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    window.resize(1366, 768);
    REQUIRE(test::showActive(window));
    REQUIRE(window.createProject(folder.filePath(QStringLiteral("new.jointly")),
                                 QStringLiteral("New partnership")));
    auto* pages = window.findChild<QStackedWidget*>();
    REQUIRE(pages);
    int built = 0;
    for (int row = 0; row < window.navigator().count(); ++row) {
        const auto& stage = ui::CycleNavigator::stageAt(row);
        INFO(std::string(stage.name));
        window.navigator().setCurrentRow(row);
        if (stage.built()) {
            ++built;
            const auto progress = window.navigator().progressOf(row);
            // A new partnership has something to do in every built stage.
            CHECK_FALSE(progress.missing.empty());
            CHECK(stillToDo(window) == expectedList(progress));
            CHECK(progress.missing == stage.progress(window.document()->database()).missing);
        } else {
            CHECK(stillToDo(window).isEmpty());
            CHECK(window.navigator().item(row)->text() ==
                  str(stage.name) + QStringLiteral("\nNot built yet"));
            CHECK(window.findChildren<ui::StagePlaceholder*>().size() >= 1);
        }
    }
    CHECK(built == 5);
}

TEST_CASE("the example shows every built stage at least 90% complete, with what is left",
          "[ui][stages]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    for (int row = 0; row < window.navigator().count(); ++row) {
        const auto& stage = ui::CycleNavigator::stageAt(row);
        if (!stage.built()) {
            continue;
        }
        INFO(std::string(stage.name));
        window.navigator().setCurrentRow(row);
        const auto progress = window.navigator().progressOf(row);
        CHECK(progress.percent() >= 90);
        CHECK(stillToDo(window) == expectedList(progress, window.navigator().gapsOf(row)));
    }
    // The example's one gap in the chain: a KPI of the reablement contract
    // serving no outcome, listed under Procure, which keeps the KPIs.
    CHECK(window.navigator().gapsOf(ui::CycleNavigator::rowOf("procure")).size() == 1);
    // The plan's one gap is real: its allocations for a year are more than
    // the partners put in, which the budget's reconciliation shows.
    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("plan"));
    CHECK(stillToDo(window) ==
          QStringLiteral("Still to do:\n\u2022 Allocations exceed contributions in 1 year: see "
                         "the reconciliation under Budget."));
    test::screenshot(window, QStringLiteral("example-plan-still-to-do"));
}

TEST_CASE("the options appraisal's chart names every criterion and option in full",
          "[ui][stages]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("plan"));
    auto* tabs = window.findChild<QStackedWidget*>(QStringLiteral("stage_pages"))
                     ->currentWidget()
                     ->findChild<QTabWidget*>();
    REQUIRE(tabs);
    tabs->setCurrentIndex(2);
    auto* chart = window.findChild<ui::AppraisalChart*>();
    REQUIRE(chart);
    CHECK(chart->key() ==
          QStringLiteral("Benefit to people; Cost; Deliverability; Fit with community assets"));
    // Weighted totals, weights 40/30/20/10: the falls service 8, 6, 7, 9 ->
    // 3.2 + 1.8 + 1.4 + 0.9 = 7.30; telecare 6, 5, 8, 4 -> 2.4 + 1.5 + 1.6 +
    // 0.4 = 5.90; doing nothing 2, 9, 10, 3 -> 0.8 + 2.7 + 2.0 + 0.3 = 5.80.
    CHECK(chart->optionsKey() ==
          QStringLiteral("1: Community falls service with strength and balance classes (7.30); "
                         "2: Telecare and home adaptations (5.90); 3: Do nothing / business as "
                         "usual (5.80)"));
    test::screenshot(window, QStringLiteral("example-appraisal"));
}

TEST_CASE("the example's needs assessment shows its indicators charted and what is worse and "
          "getting worse",
          "[ui][stages]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("needs"));
    REQUIRE(window.page<jointly::ui::NeedsPage>("needs"));
    auto& page = *window.page<jointly::ui::NeedsPage>("needs");
    CHECK(page.indicators().model().rowCount() == 10);

    // Falls among people aged 65 and over: Westshire's 2023/24 rate of
    // 2,263 per 100,000 has a 95% interval (about 2,195 to 2,332) wholly above
    // England's 1,984, and it rose over the last five years with a chi-squared
    // statistic for trend of about 19.4 (over 9.5495): worse and getting worse.
    // Saltmere Coast's 2,730 is worse and rising too.
    page.tabs().setCurrentIndex(1);
    auto& concerns = page.concerns();
    QStringList found;
    for (int row = 0; row < concerns.rowCount(); ++row) {
        found << concerns.item(row, 0)->text() + QStringLiteral(" / ") +
                     concerns.item(row, 1)->text();
    }
    found.sort();
    CHECK(found ==
          QStringList{QStringLiteral("Emergency hospital admissions due to falls in people aged "
                                     "65 and over / Saltmere Coast"),
                      QStringLiteral("Emergency hospital admissions due to falls in people aged "
                                     "65 and over / Westshire")});

    page.tabs().setCurrentIndex(0);
    page.indicators().table().setCurrentIndex(page.indicators().model().index(0, 0));

    // Figures to the indicator's precision: the export carries six places
    // (2263.138309 = 4,318 falls / 190,797 people x 100,000), more than
    // three, so they are shown to one place as Fingertips shows them, with
    // the exact figure in the tip.
    auto& values = page.values();
    int westshire = -1;
    for (int row = 0; row < values.rowCount(); ++row) {
        if (values.valueAt(row)->areaCode == "E10000991" &&
            values.valueAt(row)->period == "2023/24") {
            westshire = row;
        }
    }
    REQUIRE(westshire >= 0);
    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return values.data(values.index(westshire, column), role).toString();
    };
    CHECK(cell(ui::IndicatorValuesModel::Value) == QStringLiteral("2,263.1"));
    CHECK(cell(ui::IndicatorValuesModel::Interval) == QStringLiteral("2,196.1 to 2,331.7"));
    CHECK(cell(ui::IndicatorValuesModel::Count) == QStringLiteral("4,318"));
    CHECK(cell(ui::IndicatorValuesModel::Denominator) == QStringLiteral("190,797"));
    CHECK(cell(ui::IndicatorValuesModel::Comparator) == QStringLiteral("1,984.0"));
    CHECK(cell(ui::IndicatorValuesModel::Significance) == QStringLiteral("\u25BC Worse"));
    CHECK(cell(ui::IndicatorValuesModel::Value, Qt::ToolTipRole) ==
          QStringLiteral("2,263.138309 as imported"));
    CHECK(page.chart().trendDescription().contains(QStringLiteral("over 8 periods")));
    CHECK(page.chart().areasDescription().startsWith(QStringLiteral("Bars for 7 areas in")));
    // Every period fits or is left out; the latest is always labelled.
    CHECK(page.chart().periodLabels().last() == QStringLiteral("2023/24"));
    CHECK(page.chart().trendKey() ==
          QStringLiteral("Saltmere Coast; 95% confidence interval; Comparator (England)"));
    test::screenshot(window, QStringLiteral("example-needs"));
    page.chart().findChild<QTabWidget*>()->setCurrentIndex(1);
    // Only the comparisons present are keyed: England, the comparator, is not
    // compared with itself.
    CHECK(page.chart().areasKey() == QStringLiteral("\u25CF Similar; \u25BC Worse; Not compared; "
                                                    "Comparator: 1,984.0"));
    test::screenshot(window, QStringLiteral("example-needs-by-area"));
    page.tabs().setCurrentIndex(1);
    test::screenshot(window, QStringLiteral("example-worse-and-getting-worse"));
}

namespace {

// The place a widget, or the form or table around it, is marked with.
QString placeAround(QWidget* widget) {
    for (; widget; widget = widget->parentWidget()) {
        const QString place = widget->property("jointlyPlace").toString();
        if (!place.isEmpty()) {
            return place;
        }
    }
    return {};
}

// Chooses every item of the still-to-do list of the stage in `row`, the
// first from the keyboard and the rest with the mouse, and checks that each
// puts the keyboard, visibly, where that item is done.
void visitEveryItem(ui::MainWindow& window, int row) {
    window.navigator().setCurrentRow(row);
    QApplication::processEvents();
    auto* list = window.findChild<ui::StillToDoList*>(QStringLiteral("stage_missing"));
    REQUIRE(list);
    auto& items = list->items();
    const auto progress = window.navigator().progressOf(row);
    // Then any gaps in the chain, each going to its record (trace_dialog_test).
    REQUIRE(items.count() ==
            static_cast<int>(progress.missing.size() + window.navigator().gapsOf(row).size()));
    REQUIRE(progress.places.size() == progress.missing.size());
    for (int item = 0; item < static_cast<int>(progress.missing.size()); ++item) {
        const QString place =
            QString::fromStdString(progress.places[static_cast<std::size_t>(item)]);
        INFO(progress.missing[static_cast<std::size_t>(item)] << " -> " << place.toStdString());
        if (item == 0) {
            items.setFocus();
            items.setCurrentRow(0);
            QTest::keyClick(&items, Qt::Key_Return);
        } else {
            items.scrollToItem(items.item(item));
            const QRect where = items.visualItemRect(items.item(item));
            QTest::mouseClick(items.viewport(), Qt::LeftButton, {}, where.center());
        }
        QApplication::processEvents();
        auto* focus = QApplication::focusWidget();
        REQUIRE(focus != nullptr);
        CHECK(focus->isVisible());
        CHECK(focus->window() == &window);
        CHECK(placeAround(focus) == place.section(QLatin1Char('/'), 0, 0));
        // A place naming a field puts the keyboard in that field.
        if (place.contains(QLatin1Char('/'))) {
            CHECK(focus->objectName().endsWith(place.section(QLatin1Char('/'), 1)));
        }
    }
}

} // namespace

TEST_CASE("every still-to-do item goes, by mouse or keyboard, to where it is done",
          "[ui][stages]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    window.resize(1366, 768);
    REQUIRE(test::showActive(window));
    SECTION("a new partnership: every part of every built stage") {
        REQUIRE(window.createProject(folder.filePath(QStringLiteral("new.jointly")),
                                     QStringLiteral("New partnership")));
        for (int row = 0; row < window.navigator().count(); ++row) {
            if (ui::CycleNavigator::stageAt(row).built()) {
                visitEveryItem(window, row);
            }
        }
    }
    SECTION("the example: what is left of parts begun") {
        test::openExampleCopy(window, folder);
        // An action without an owner, a partner without a member, an
        // appraisal not fully scored, and the plan's over-allocated year.
        auto& project = window.document()->project();
        REQUIRE(records::addRecord(project, planning::planAction(),
                                   {{"description", std::string("Review the falls pathway")}})
                    .ok());
        REQUIRE(records::addRecord(project, partnership::partnerOrganisation(),
                                   {{"name", std::string("Westshire Hospice")}})
                    .ok());
        const auto priorities =
            records::listRecords(window.document()->database(), planning::priority());
        REQUIRE_FALSE(priorities.empty());
        const auto appraisal = records::addRecord(project, planning::appraisal(),
                                                  {{"priority_id", priorities.front().id}});
        REQUIRE(appraisal.ok());
        REQUIRE(records::addRecord(project, planning::appraisalCriterion(),
                                   {{"appraisal_id", appraisal.value()},
                                    {"name", std::string("Cost")},
                                    {"weight_bp", std::int64_t{10000}}})
                    .ok());
        const auto plan = window.navigator().progressOf(ui::CycleNavigator::rowOf("plan"));
        CHECK(std::count(plan.places.begin(), plan.places.end(), "scores") == 1);
        CHECK(std::count(plan.places.begin(), plan.places.end(), "reconciliation") == 1);
        CHECK(std::count(plan.places.begin(), plan.places.end(), "action") == 1);
        for (int row = 0; row < window.navigator().count(); ++row) {
            if (ui::CycleNavigator::stageAt(row).built()) {
                visitEveryItem(window, row);
            }
        }
        test::screenshot(window, QStringLiteral("still-to-do-went-to-scores"));
    }
}

TEST_CASE("the comparator's code is said in words beside it as it is typed", "[ui][stages]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    window.resize(1366, 768);
    REQUIRE(test::showActive(window));
    REQUIRE(window.createProject(folder.filePath(QStringLiteral("new.jointly")),
                                 QStringLiteral("New partnership")));
    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("needs"));
    auto* code = window.findChild<QLineEdit*>(QStringLiteral("comparator_code"));
    auto* meaning = window.findChild<QLabel*>(QStringLiteral("comparator_meaning"));
    REQUIRE(code);
    REQUIRE(meaning);
    CHECK(meaning->isVisible());
    code->setFocus();
    code->selectAll();
    QTest::keyClicks(code, QStringLiteral("E92000001"));
    CHECK(meaning->text() == QStringLiteral("Compared with England (E92000001)."));
    QTest::keyClick(code, Qt::Key_Backspace);
    CHECK(meaning->text().startsWith(QStringLiteral("No area with the code E9200000 ")));
}

TEST_CASE("F1 opens the built-in guide at the page shown, and the guide covers every page",
          "[ui][stages][guide]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    window.resize(1366, 768);
    REQUIRE(test::showActive(window));
    // Before any partnership is open: the guide's start.
    QTest::keyClick(&window, Qt::Key_F1);
    REQUIRE(window.guideWindow() != nullptr);
    CHECK(window.guideWindow()->isVisible());
    CHECK_FALSE(window.guideWindow()->isModal());
    CHECK(window.guideWindow()->shownAnchor() == QStringLiteral("top"));
    window.guideWindow()->close();

    test::openExampleCopy(window, folder);
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("stage_pages"));
    REQUIRE(pages);
    for (int row = 0; row < window.navigator().count(); ++row) {
        const auto& stage = ui::CycleNavigator::stageAt(row);
        const QString key = str(stage.key);
        INFO(key.toStdString());
        window.navigator().setCurrentRow(row);
        QApplication::processEvents();
        CHECK(ui::GuideWindow::hasAnchor(key));
        auto* tabs =
            pages->currentWidget()->findChild<QTabWidget*>(QString(), Qt::FindDirectChildrenOnly);
        for (int tab = 0; tabs && tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            const QString section = ui::GuideWindow::anchorFor(key, tabs->tabText(tab));
            INFO(section.toStdString());
            CHECK(ui::GuideWindow::hasAnchor(section));
            CHECK(window.guideAnchor() == section);
        }
    }

    // From the keyboard, on the Plan's Budget tab: the guide opens there,
    // scrolled down to it, while the window stays usable.
    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("plan"));
    auto* planTabs =
        pages->currentWidget()->findChild<QTabWidget*>(QString(), Qt::FindDirectChildrenOnly);
    REQUIRE(planTabs);
    for (int tab = 0; tab < planTabs->count(); ++tab) {
        if (planTabs->tabText(tab).remove(QLatin1Char('&')) == QStringLiteral("Budget")) {
            planTabs->setCurrentIndex(tab);
        }
    }
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_F1);
    QApplication::processEvents();
    auto* guide = window.guideWindow();
    CHECK(guide->isVisible());
    CHECK(guide->shownAnchor() == QStringLiteral("plan-budget"));
    CHECK(guide->browser().verticalScrollBar()->value() > 0);
    CHECK(window.isEnabled());
    test::screenshot(*guide, QStringLiteral("guide-plan-budget"));
    guide->close();
}
