#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordTableView.h"
#include "ui/common/TraceDialog.h"
#include "ui/shell/CycleNavigator.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/StillToDoList.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace jointly;

namespace {

ui::RecordTableView* focusedTable(ui::MainWindow& window) {
    for (auto* w = window.focusWidget(); w; w = w->parentWidget()) {
        if (auto* view = qobject_cast<ui::RecordTableView*>(w)) {
            return view;
        }
    }
    return nullptr;
}

QTreeWidgetItem* stepStartingWith(QTreeWidgetItem* top, const QString& start) {
    for (int i = 0; i < top->childCount(); ++i) {
        auto* child = top->child(i);
        if (child->text(0).startsWith(start)) {
            return child;
        }
        if (auto* found = stepStartingWith(child, start)) {
            return found;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("a priority's chain from its table's menu: back to the evidence, on to the contract, "
          "each record opened from it, traced from another and back",
          "[ui][trace]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    REQUIRE(window.openRecord(QStringLiteral("plan"), QStringLiteral("priority"), 1));
    auto* priorities = focusedTable(window);
    REQUIRE(priorities);
    REQUIRE(priorities->selectedId() == 1);
    REQUIRE(priorities->traceAction().isEnabled());
    priorities->traceAction().trigger();
    QApplication::processEvents();
    const auto dialogs = priorities->findChildren<ui::TraceDialog*>();
    REQUIRE(dialogs.size() == 1);
    auto& dialog = *dialogs.front();
    CHECK(dialog.heading().text() ==
          QStringLiteral("Priority \u201CPrevent falls among older people\u201D (Plan)"));
    auto& chain = dialog.chain();
    REQUIRE(chain.topLevelItemCount() == 2);
    auto* from = chain.topLevelItem(0);
    auto* to = chain.topLevelItem(1);
    REQUIRE(from->childCount() == 1);
    CHECK(from->child(0)->text(0).startsWith(QStringLiteral("needs statement \u201CEmergency")));
    CHECK(from->child(0)->text(0).endsWith(QStringLiteral(", which is the need behind it")));
    CHECK(from->child(0)->childCount() == 4); // the indicator, service, asset and engagement
    auto* contract = stepStartingWith(to, QStringLiteral("was awarded as contract"));
    REQUIRE(contract);
    CHECK(contract->text(0) ==
          QStringLiteral("was awarded as contract \u201CCommunity falls and frailty service "
                         "2027-2030\u201D"));
    CHECK(contract->childCount() == 3); // its three KPIs
    test::screenshot(dialog, QStringLiteral("trace-priority"));

    // Enter on the contract opens it on the Procure page.
    chain.setCurrentItem(contract);
    QTest::keyClick(&chain, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(window.navigator().currentRow() == ui::CycleNavigator::rowOf("procure"));
    auto* contracts = focusedTable(window);
    REQUIRE(contracts);
    CHECK(contracts->selectedId() == 1);
    CHECK(dialog.isVisible());

    // Traced from the option, then back to the priority.
    auto* option = stepStartingWith(to, QStringLiteral("chose option"));
    REQUIRE(option);
    chain.setCurrentItem(option);
    dialog.traceChosen();
    CHECK(dialog.heading().text().startsWith(QStringLiteral("Option \u201CCommunity falls")));
    auto* back = dialog.findChild<QPushButton*>();
    REQUIRE(back);
    for (auto* button : dialog.findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("&Back")) {
            back = button;
        }
    }
    REQUIRE(back->isEnabled());
    back->click();
    CHECK(dialog.heading().text().startsWith(QStringLiteral("Priority")));
    CHECK_FALSE(back->isEnabled());
}

TEST_CASE("the gaps in the chain are flagged in the navigator and listed under it, each going to "
          "its record; the matrix is exported",
          "[ui][trace]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    // The example's one gap: KPI 10, referrals to reablement, serves no
    // outcome. KPIs are kept by the Procure stage.
    const int procure = ui::CycleNavigator::rowOf("procure");
    const auto alerts = window.navigator().alertsOf(procure);
    bool flagged = false;
    for (const auto& alert : alerts) {
        flagged = flagged || alert.find("Referrals to reablement") != std::string::npos;
    }
    CHECK(flagged);
    window.navigator().setCurrentRow(procure);
    QApplication::processEvents();
    auto* list = window.findChild<ui::StillToDoList*>(QStringLiteral("stage_missing"));
    REQUIRE(list);
    QListWidgetItem* gap = nullptr;
    for (int row = 0; row < list->items().count(); ++row) {
        if (list->items().item(row)->text().startsWith(QStringLiteral("\u26A0 KPI"))) {
            gap = list->items().item(row);
        }
    }
    REQUIRE(gap);
    list->items().setCurrentItem(gap);
    QTest::keyClick(&list->items(), Qt::Key_Return);
    QApplication::processEvents();
    auto* kpis = focusedTable(window);
    REQUIRE(kpis);
    CHECK(kpis->selectedId() == 10);

    const QString csv = folder.filePath(QStringLiteral("matrix.csv"));
    REQUIRE(window.exportTraceMatrixTo(csv));
    QFile written(csv);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readLine().startsWith("Indicator,Needs statement,Priority,"));
    CHECK_FALSE(window.exportTraceMatrixTo(folder.filePath(QStringLiteral("matrix.txt"))));
}
