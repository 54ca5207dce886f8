#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "planning/PlanningKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "ui/common/LazyTabWidget.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTableView.h"
#include "ui/plan/BaselineComparisonDialog.h"
#include "ui/plan/BaselinesPanel.h"
#include "ui/plan/PlanPage.h"
#include "ui/shell/CycleNavigator.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"

#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace jointly;

TEST_CASE("the plan is frozen from the Documents tab, compared with the plan after a change, "
          "exported, and the freezing undone",
          "[ui][plan][baseline]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("plan"));
    auto& page = *window.page<jointly::ui::PlanPage>("plan");
    auto& panel = page.baselines();
    for (int tab = 0; tab < page.tabs().count(); ++tab) {
        if (page.tabs().tabText(tab) == QStringLiteral("&Documents")) {
            page.tabs().setCurrentIndex(tab);
        }
    }
    REQUIRE(panel.isVisible());
    auto& table = panel.baselines();
    CHECK(table.model().rowCount() == 0);
    CHECK(table.addButton().text() == QStringLiteral("&Freeze the plan as approved…"));
    CHECK(table.addButton().accessibleName() == QStringLiteral("Freeze the plan as approved"));
    CHECK_FALSE(panel.compareButton().isEnabled());

    // Insert in the table asks for the name, as the button does.
    test::whenDialogOpens([](QWidget* dialog) {
        auto* input = qobject_cast<QInputDialog*>(dialog);
        REQUIRE(input);
        CHECK(input->textValue().startsWith(QStringLiteral("Approved by the board, ")));
        input->setTextValue(QStringLiteral("Approved <March> & signed"));
        input->accept();
    });
    table.table().setFocus();
    QTest::keyClick(&table.table(), Qt::Key_Insert);
    REQUIRE(table.model().rowCount() == 1);
    CHECK(table.selectedId() != 0);
    CHECK(panel.compareButton().isEnabled());
    CHECK(window.document()->project().undoLabel() ==
          "Freeze the plan as approved: \u201CApproved <March> & signed\u201D");

    // The same name again is refused with a sentence, and nothing is added.
    CHECK_FALSE(panel.freeze(QStringLiteral("approved <march> & SIGNED")));
    CHECK(window.messageBar().isProblem());
    CHECK(window.messageBar().message().contains(QStringLiteral("give this one another name")));
    CHECK(table.model().rowCount() == 1);

    // Allocation 1 (£10,000,000.00) up £0.01 after the plan was frozen.
    REQUIRE(records::setField(window.document()->project(), planning::allocation(), 1,
                              "amount_pence", std::int64_t{1'000'000'001})
                .ok());
    auto* dialog = panel.compareSelected();
    REQUIRE(dialog);
    const auto shown = dialog->page().toPlainText();
    CHECK(shown.contains(QStringLiteral("Approved <March> & signed")));
    CHECK(shown.contains(QStringLiteral("Since the baseline, 1 record changed.")));
    CHECK(shown.contains(QStringLiteral("Allocations in 2026/27: £329,500,000.01 now against "
                                        "£329,500,000.00 in the baseline, £0.01 more.")));
    CHECK(shown.contains(QStringLiteral("£10,000,000.00 \u2192 £10,000,000.01")));
    // The name is shown as typed, never read as markup.
    CHECK(dialog->page().toHtml().contains(QStringLiteral("&lt;March&gt;")));
    test::screenshot(*dialog, QStringLiteral("plan-baseline-comparison"));

    const auto csv = folder.filePath(QStringLiteral("moved.csv"));
    REQUIRE(dialog->exportTo(csv));
    QFile written(csv);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(written.readAll())
              .contains(QStringLiteral(
                  "Allocations,All partners,2026/27,329500000.00,329500000.01,0.01\r\n")));
    CHECK(window.messageBar().message().contains(QStringLiteral("moved.csv")));
    CHECK_FALSE(dialog->exportTo(folder.filePath(QStringLiteral("moved.pdf"))));
    CHECK(window.messageBar().isProblem());
    test::screenshot(window, QStringLiteral("plan-baselines"));

    // Undo takes back the allocation, then the baseline; the open comparison
    // follows each.
    window.document()->undo();
    QApplication::processEvents();
    CHECK(dialog->page().toPlainText().contains(
        QStringLiteral("No record of the plan has been added, removed or changed since the "
                       "baseline.")));
    window.document()->undo();
    QApplication::processEvents();
    CHECK(dialog->page().toPlainText().startsWith(
        QStringLiteral("The baseline “Approved <March> & signed” is no longer in the project")));
    CHECK_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("export_comparison"))->isEnabled());
    dialog->close();
    CHECK(table.model().rowCount() == 0);
    CHECK_FALSE(panel.compareButton().isEnabled());
    CHECK(panel.compareSelected() == nullptr);
}
