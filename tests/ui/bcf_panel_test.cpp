#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "bcf/BcfKinds.h"
#include "records/RecordStore.h"
#include "sheets/XlsxReader.h"
#include "ui/common/LazyTabWidget.h"
#include "ui/common/ProjectDocument.h"
#include "ui/plan/BcfPanel.h"
#include "ui/plan/PlanPage.h"
#include "ui/shell/CycleNavigator.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>

using namespace jointly;

TEST_CASE("the Better Care Fund tab checks the year's plan as it is edited, and exports it for "
          "the template",
          "[ui][bcf]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("plan"));
    auto& page = *window.page<ui::PlanPage>("plan");
    // Under Budget, the last of its tabs.
    int tab = -1;
    for (int i = 0; i < page.tabs().count(); ++i) {
        if (page.tabs().tabText(i) == QStringLiteral("&Budget")) {
            tab = i;
        }
    }
    REQUIRE(tab >= 0);
    page.tabs().setCurrentIndex(tab);
    QApplication::processEvents();
    QTabWidget* lines = nullptr;
    for (auto* tabs : page.findChildren<QTabWidget*>()) {
        if (tabs != &page.tabs() && tabs->count() > 0 &&
            tabs->tabText(tabs->count() - 1) == QStringLiteral("Better Care Fund")) {
            lines = tabs;
        }
    }
    REQUIRE(lines != nullptr);
    lines->setCurrentIndex(lines->count() - 1);
    QApplication::processEvents();
    auto* panel = page.findChild<ui::BcfPanel*>();
    REQUIRE(panel != nullptr);
    panel->year().setCurrentIndex(panel->year().findText(QStringLiteral("2026/27")));
    QApplication::processEvents();
    CHECK(panel->totals().text() ==
          QStringLiteral("Income £94,400,000.00, planned spending £94,400,000.00 (7 lines of "
                         "income, 13 of spending). 2 of 2 checks met."));
    REQUIRE(panel->checks().count() == 2);
    CHECK(panel->checks().item(0)->text().startsWith(QStringLiteral("\u2714 Met: Planned "
                                                                    "spending equals income")));

    // £1,000.00 more income from the ICB: neither the total nor the minimum
    // NHS contribution source by source balances any more, said in words;
    // undone, both do again.
    auto& document = *window.document();
    std::int64_t line = 0;
    document.readSafely([&] {
        for (const auto& record : records::listRecords(document.database(), bcf::bcfIncome())) {
            if (record.text(bcf::bcfIncome(), "source") == "Minimum NHS Contribution") {
                line = record.id;
            }
        }
    });
    REQUIRE(line != 0);
    REQUIRE(records::setField(document.project(), bcf::bcfIncome(), line, "amount_pence",
                              std::int64_t{5'840'100'000})
                .ok());
    QApplication::processEvents();
    REQUIRE(panel->checks().count() == 3);
    CHECK(panel->checks().item(0)->text() ==
          QStringLiteral("\u2716 Not met: Planned spending of £94,400,000.00 is £1,000.00 less "
                         "than the income of £94,401,000.00 in 2026/27."));
    CHECK(panel->checks().item(1)->text().startsWith(
        QStringLiteral("\u2716 Not met: Minimum NHS Contribution: planned spending of "
                       "£58,400,000.00 is £1,000.00 less than the £58,401,000.00 it brings in.")));
    document.undo();
    QApplication::processEvents();
    CHECK(panel->checks().count() == 2);
    CHECK(panel->totals().text().endsWith(QStringLiteral("2 of 2 checks met.")));

    const auto path = folder.filePath(QStringLiteral("bcf.xlsx"));
    REQUIRE(panel->exportTo(path));
    CHECK(window.messageBar().message().endsWith(QStringLiteral("; every check is met.")));
    const auto book = sheets::readXlsx(path.toStdString());
    REQUIRE(book.ok());
    REQUIRE(book.value().size() == 3);
    CHECK(book.value()[1].rows.size() == 14); // the heading and 13 lines
    CHECK(book.value()[1].rows[1][0].text == "BCF01");
}
