#include <catch2/catch.hpp>

#include "MnemonicCheck.h"
#include "ReadabilityCheck.h"
#include "UiTestSupport.h"

#include "partnership/PartnershipKinds.h"
#include "planning/PlanningKinds.h"
#include "records/RecordStore.h"
#include "stages/Stage.h"
#include "ui/common/ProjectDocument.h"
#include "ui/shell/CycleNavigator.h"
#include "ui/shell/MainWindow.h"

#include <QStackedWidget>
#include <QTabWidget>

#include <functional>

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

namespace {

// Walks every tab of every stage of the example in a window of the given
// size, checking each screen: the window stays within the screen, no
// Alt+letter clashes, nothing is cut short (see ReadabilityCheck.h).
void walkEveryScreen(int width, int height, const std::function<void(ui::MainWindow&)>& change = {},
                     const QString& shotName = QStringLiteral("screen")) {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    if (change) {
        change(window);
    }
    window.resize(width, height);
    QApplication::processEvents();
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
            // Tabs within the page (the appraisal's parts, the needs charts)
            // are each looked at too.
            QList<QTabWidget*> nested;
            if (tabs) {
                for (auto* inner : tabs->currentWidget()->findChildren<QTabWidget*>()) {
                    if (inner->isVisible()) {
                        nested << inner;
                    }
                }
            }
            auto checkScreen = [&](const std::string& part) {
                INFO(std::string(stage.name)
                     << " tab " << tab << part << " at " << width << " x " << height);
                CHECK(window.width() <= width);
                const auto mnemonics = test::checkMnemonics(window);
                CHECK(mnemonics.clashes.join(QStringLiteral("\n")).toStdString() == "");
                CHECK(mnemonics.literalAmpersands.join(QStringLiteral("\n")).toStdString() == "");
                const auto readable = test::checkReadability(window);
                CHECK(readable.clippedNumbers.join(QStringLiteral("\n")).toStdString() == "");
                CHECK(readable.clippedWithoutTip.join(QStringLiteral("\n")).toStdString() == "");
                CHECK(readable.cutHeadings.join(QStringLiteral("\n")).toStdString() == "");
                CHECK(readable.cutControls.join(QStringLiteral("\n")).toStdString() == "");
            };
            checkScreen("");
            for (auto* inner : nested) {
                const int shown = inner->currentIndex();
                for (int part = 0; part < inner->count(); ++part) {
                    inner->setCurrentIndex(part);
                    QApplication::processEvents();
                    checkScreen(" part " + std::to_string(part));
                }
                inner->setCurrentIndex(shown);
                QApplication::processEvents();
            }
            test::screenshot(window,
                             QStringLiteral("%1-%2-%3-%4")
                                 .arg(shotName)
                                 .arg(QString::fromUtf8(stage.key.data(),
                                                        static_cast<qsizetype>(stage.key.size())))
                                 .arg(tab)
                                 .arg(width));
        }
    }
}

} // namespace

TEST_CASE("every page of the example reads whole on a 1366 x 768 laptop screen", "[ui][screens]") {
    walkEveryScreen(1366, 768);
}

TEST_CASE("every page of the example reads on a 1024-wide projector", "[ui][screens]") {
    walkEveryScreen(1024, 768);
}

TEST_CASE("the longest figures and texts a partnership types read whole, or with their tip",
          "[ui][screens]") {
    // The example with a ten-year plan, a billion-pound contribution and
    // investment, and an objective and an action of a paragraph each.
    auto extremes = [](ui::MainWindow& window) {
        auto& project = window.document()->project();
        auto& db = window.document()->database();
        const auto partners = records::listRecords(db, partnership::partnerOrganisation());
        REQUIRE_FALSE(partners.empty());
        const std::string paragraph =
            "Reduce emergency admissions for falls among people aged 65 and over in every "
            "locality, by working with primary care, the ambulance service, housing and the "
            "voluntary sector on one shared pathway that people and carers helped to design.";
        const std::int64_t billion = 100'000'000'000; // £1,000,000,000.00 in pence
        REQUIRE(records::addRecord(project, partnership::planDocument(),
                                   {{"title", std::string("Ten-year strategy")},
                                    {"horizon_years", std::int64_t{10}}})
                    .ok());
        REQUIRE(records::addRecord(project, planning::contribution(),
                                   {{"partner_id", partners.front().id},
                                    {"year", std::int64_t{2026}},
                                    {"line", std::string("Capital programme")},
                                    {"amount_pence", billion}})
                    .ok());
        REQUIRE(records::addRecord(project, planning::proposal(),
                                   {{"name", std::string("New community hospital")},
                                    {"kind", std::string("invest")},
                                    {"amount_pence", billion}})
                    .ok());
        REQUIRE(records::addRecord(project, partnership::objective(), {{"text", paragraph}}).ok());
        REQUIRE(
            records::addRecord(project, planning::planAction(), {{"description", paragraph}}).ok());
    };
    walkEveryScreen(1366, 768, extremes, QStringLiteral("extremes"));
    walkEveryScreen(1024, 768, extremes, QStringLiteral("extremes"));
}
