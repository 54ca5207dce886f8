#include <catch2/catch.hpp>

#include "MnemonicCheck.h"
#include "UiTestSupport.h"

#include "stages/Stage.h"
#include "ui/CycleNavigator.h"
#include "ui/MainWindow.h"

#include <QStackedWidget>
#include <QTabWidget>

using namespace jointly;

namespace {

// The stage pages' own tab widgets: the first QTabWidget under each page.
QTabWidget* stageTabs(ui::MainWindow& window) {
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("stage_pages"));
    REQUIRE(pages);
    auto* page = pages->currentWidget();
    return page ? page->findChild<QTabWidget*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

} // namespace

TEST_CASE("every page of the example fits a 1366 x 768 laptop screen", "[ui][screens]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    for (int row = 0; row < window.navigator().count(); ++row) {
        const auto& stage = ui::CycleNavigator::stageAt(row);
        window.navigator().setCurrentRow(row);
        QApplication::processEvents();
        auto* tabs = stageTabs(window);
        const int count = tabs ? tabs->count() : 1;
        for (int tab = 0; tab < count; ++tab) {
            if (tabs) {
                tabs->setCurrentIndex(tab);
            }
            QApplication::processEvents();
            INFO(std::string(stage.name) << " tab " << tab);
            CHECK(window.width() <= 1366);
            const auto mnemonics = test::checkMnemonics(window);
            CHECK(mnemonics.clashes.join(QStringLiteral("\n")).toStdString() == "");
            CHECK(mnemonics.literalAmpersands.join(QStringLiteral("\n")).toStdString() == "");
            test::screenshot(window,
                             QStringLiteral("screen-%1-%2")
                                 .arg(QString::fromUtf8(stage.key.data(),
                                                        static_cast<qsizetype>(stage.key.size())))
                                 .arg(tab));
        }
    }
}
