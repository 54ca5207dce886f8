#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "partnership/PartnershipKinds.h"
#include "records/RecordStore.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordTableView.h"
#include "ui/common/SearchDialog.h"
#include "ui/shell/CycleNavigator.h"
#include "ui/shell/MainWindow.h"

#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace jointly;

namespace {

QTreeWidgetItem* hitStartingWith(QTreeWidget& results, const QString& start) {
    for (int g = 0; g < results.topLevelItemCount(); ++g) {
        auto* group = results.topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            if (group->child(c)->text(0).startsWith(start)) {
                return group->child(c);
            }
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("Ctrl+F finds records in every stage as the words are typed, follows edits and opens "
          "the chosen record",
          "[ui][search]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    REQUIRE(window.findAction().isEnabled());
    window.findAction().trigger();
    auto* search = window.searchDialog();
    REQUIRE(search);
    // The index is built on a thread of its own; the dialog says so and can
    // be typed in meanwhile. An edit made while it is built is not missed.
    REQUIRE(records::setField(window.document()->project(), partnership::partnerOrganisation(), 2,
                              "name", std::string("Renamed while the index was built"))
                .ok());
    for (int wait = 0; wait < 1000 && search->isBuilding(); ++wait) {
        QTest::qWait(10);
    }
    REQUIRE_FALSE(search->isBuilding());
    search->words().setText(QStringLiteral("renamed whil"));
    CHECK(hitStartingWith(search->results(),
                          QStringLiteral("Partner organisation: Renamed while the index")));
    search->words().setText(QStringLiteral("falls"));
    auto& results = search->results();
    // The example's falls work spans the cycle: more than one stage.
    REQUIRE(results.topLevelItemCount() >= 2);
    auto* priority = hitStartingWith(results, QStringLiteral("Priority: Prevent falls"));
    REQUIRE(priority);
    test::screenshot(*search, QStringLiteral("search-falls"));

    // Enter opens it: the Plan page, its priorities, that priority chosen.
    results.setCurrentItem(priority);
    QTest::keyClick(&results, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(window.navigator().currentRow() == ui::CycleNavigator::rowOf("plan"));
    ui::RecordTableView* view = nullptr;
    for (auto* w = window.focusWidget(); w && !view; w = w->parentWidget()) {
        view = qobject_cast<ui::RecordTableView*>(w);
    }
    REQUIRE(view);
    CHECK(view->selectedId() == 1);

    // A renamed partner is found by its new name at once.
    REQUIRE(records::setField(window.document()->project(), partnership::partnerOrganisation(), 1,
                              "name", std::string("Westshire Unitary Authority"))
                .ok());
    QApplication::processEvents();
    search->words().setText(QStringLiteral("unitary"));
    CHECK(hitStartingWith(results, QStringLiteral("Partner organisation: Westshire Unitary")));
    search->words().setText(QStringLiteral("zzzz"));
    CHECK(results.topLevelItemCount() == 0);
}
