#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "ui/common/LazyTabWidget.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordTableView.h"
#include "ui/plan/PlanPage.h"
#include "ui/shell/CycleNavigator.h"
#include "ui/shell/MainWindow.h"
#include "ui/workshop/AudienceView.h"
#include "ui/workshop/BallotGrid.h"
#include "ui/workshop/WorkshopWindow.h"
#include "ui/workshop/WorkshopsPanel.h"
#include "workshop/DecisionLog.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <algorithm>

using namespace jointly;

namespace {

ui::WorkshopWindow& runExampleWorkshop(ui::MainWindow& window) {
    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("plan"));
    QApplication::processEvents();
    auto* page = window.page<ui::PlanPage>("plan");
    REQUIRE(page);
    auto& panel = page->workshops();
    panel.workshops().table().selectRow(0);
    QApplication::processEvents();
    panel.runButton().click();
    QApplication::processEvents();
    REQUIRE(panel.window());
    return *panel.window();
}

bool anyLineContains(const QStringList& lines, const QString& part) {
    for (const auto& line : lines) {
        if (line.contains(part)) {
            return true;
        }
    }
    return false;
}

void type(QTableWidget& table, int row, int column, const QString& text) {
    auto* item = table.item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        table.setItem(row, column, item);
    }
    item->setText(text);
}

} // namespace

TEST_CASE("a round runs through both views, and the audience sees no result before the reveal",
          "[ui][workshop]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    auto& workshop = runExampleWorkshop(window);
    REQUIRE(workshop.agenda().count() == 3);
    // The agenda says which item is inquorate, in words.
    CHECK(workshop.agenda().item(0)->text().endsWith(QStringLiteral("quorate")));
    CHECK(workshop.agenda().item(2)->text().contains(QStringLiteral("INQUORATE")));
    workshop.agenda().setCurrentRow(2);
    CHECK(workshop.quorum().text().startsWith(QStringLiteral("Inquorate for this item")));

    // The priorities item: re-run the ranking, which starts as a draft.
    workshop.agenda().setCurrentRow(0);
    QApplication::processEvents();
    REQUIRE(workshop.rounds().count() == 1);
    workshop.showAudience();
    REQUIRE(workshop.audience());
    auto& audience = *workshop.audience();
    audience.resize(1366, 768);
    // The first run was revealed at the workshop: the room sees its result.
    CHECK(anyLineContains(audience.shownText(), QStringLiteral("2.67")));

    REQUIRE(workshop.rerunButton().isEnabled());
    workshop.rerunButton().click();
    QApplication::processEvents();
    REQUIRE(workshop.rounds().count() == 2);
    CHECK(workshop.rounds().currentText().contains(QStringLiteral("run 2")));
    workshop.openButton().click();
    QApplication::processEvents();

    // Ten members may vote; the facilitator types two ballots. Places for
    // (falls, crisis care, young people).
    auto& grid = workshop.ballots().table();
    REQUIRE(grid.rowCount() == 10);
    REQUIRE(grid.columnCount() == 4);
    type(grid, 0, 1, QStringLiteral("3"));
    type(grid, 0, 2, QStringLiteral("1"));
    type(grid, 0, 3, QStringLiteral("2"));
    CHECK(workshop.ballots().enterRow(0));
    type(grid, 1, 1, QStringLiteral("3"));
    type(grid, 1, 2, QStringLiteral("2"));
    type(grid, 1, 3, QStringLiteral("1"));
    CHECK(workshop.ballots().enterRow(1));
    QApplication::processEvents();
    CHECK(grid.item(1, 0)->text().endsWith(QStringLiteral("(entered)")));
    // Anonymous: what was typed does not stay on the screen.
    CHECK((grid.item(1, 1) == nullptr || grid.item(1, 1)->text().isEmpty()));
    // A ballot undone and redone, each from the keyboard's shortcuts' slots.
    window.document()->undo();
    QApplication::processEvents();
    CHECK_FALSE(grid.item(1, 0)->text().endsWith(QStringLiteral("(entered)")));
    CHECK(anyLineContains(audience.shownText(), QStringLiteral("1 of 10 members")));
    window.document()->redo();
    QApplication::processEvents();
    CHECK(grid.item(1, 0)->text().endsWith(QStringLiteral("(entered)")));

    // Open: the room sees who has voted, no result; nor does the operator.
    CHECK(anyLineContains(audience.shownText(), QStringLiteral("2 of 10 members")));
    CHECK_FALSE(anyLineContains(audience.shownText(), QStringLiteral("2.50")));
    CHECK(workshop.results().rowCount() == 0);

    // Closed: still hidden, from the facilitator as from the room.
    workshop.closeButton().click();
    QApplication::processEvents();
    CHECK(workshop.results().rowCount() == 0);
    CHECK_FALSE(anyLineContains(audience.shownText(), QStringLiteral("2.50")));
    CHECK(anyLineContains(audience.shownText(), QStringLiteral("Voting has closed")));
    test::screenshot(audience, QStringLiteral("audience-closed"));

    // Revealed: now both see it, with ranks and figures in words. Borda
    // points (3 for first): crisis care 3 + 2 = 5, young people 2 + 3 = 5,
    // falls 1 + 1 = 2; averaged over the 2 members: 2.50, 2.50, 1.00.
    workshop.revealButton().click();
    QApplication::processEvents();
    REQUIRE(workshop.results().rowCount() == 3);
    CHECK(workshop.results().item(0, 2)->text() == QStringLiteral("2.50"));
    CHECK(workshop.results().item(0, 0)->text() == QStringLiteral("1="));
    CHECK(anyLineContains(audience.shownText(), QStringLiteral("2.50")));
    CHECK(anyLineContains(audience.shownText(), QStringLiteral("1=. Bring mental health")));
    // No member's name reaches the room.
    for (const auto* name : {"Whitfield", "Nadia Karim", "Priya Raman", "Margaret Ellison"}) {
        CHECK_FALSE(anyLineContains(audience.shownText(), QString::fromLatin1(name)));
    }
    test::screenshot(audience, QStringLiteral("audience-revealed"));

    // The decision, recorded from the round: its result is the tally.
    test::whenDialogOpens([](QWidget* dialog) {
        auto* decision = dialog->findChild<QLineEdit*>();
        REQUIRE(decision);
        decision->setText(QStringLiteral("Crisis care and young people share first place"));
        qobject_cast<QDialog*>(dialog)->accept();
    });
    workshop.decisionButton().click();
    QApplication::processEvents();
    const auto log = workshop::loadDecisionLog(window.document()->database());
    REQUIRE(log.size() == 4);
    const auto added = std::find_if(log.begin(), log.end(), [](const auto& d) {
        return d.decision == "Crisis care and young people share first place";
    });
    REQUIRE(added != log.end());
    CHECK(added->tally.find("Ranked by 2 members") == 0);
    window.document()->undo(); // the decision
    test::screenshot(workshop, QStringLiteral("workshop-operator"));

    // Undo takes back the reveal, and the room's view follows.
    window.document()->undo();
    QApplication::processEvents();
    CHECK_FALSE(anyLineContains(audience.shownText(), QStringLiteral("2.50")));
}

TEST_CASE("private entry shows only one member's row, and an excluded member has no row",
          "[ui][workshop]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    auto& workshop = runExampleWorkshop(window);
    // The falls item: Dr Whitfield is excluded and Mark Pennington left the
    // room, so 8 of the 10 present may score.
    workshop.agenda().setCurrentRow(1);
    QApplication::processEvents();
    workshop.rerunButton().click();
    QApplication::processEvents();
    workshop.openButton().click();
    QApplication::processEvents();
    auto& grid = workshop.ballots().table();
    CHECK(grid.rowCount() == 8);
    // Three options by four criteria.
    CHECK(grid.columnCount() == 1 + 3 * 4);
    for (int row = 0; row < grid.rowCount(); ++row) {
        CHECK_FALSE(grid.item(row, 0)->text().contains(QStringLiteral("Whitfield")));
    }
    auto& only = workshop.ballots().privateMember();
    only.setCurrentIndex(2);
    int visible = 0;
    for (int row = 0; row < grid.rowCount(); ++row) {
        visible += grid.isRowHidden(row) ? 0 : 1;
    }
    CHECK(visible == 1);
}

TEST_CASE("an interest declared on the day keeps the member from voting at once, and the chair's "
          "action is recorded from the facilitator's window",
          "[ui][workshop]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    auto& workshop = runExampleWorkshop(window);
    // The falls item concerns the community trust.
    workshop.agenda().setCurrentRow(1);
    QApplication::processEvents();
    auto& present = workshop.present();
    int row = -1;
    for (int r = 0; r < present.rowCount() && row < 0; ++r) {
        if (present.item(r, 2)->text() == QStringLiteral("Yes")) {
            row = r;
        }
    }
    REQUIRE(row >= 0);
    const auto name = present.item(row, 0)->text();
    const auto rowOf = [&] {
        for (int r = 0; r < present.rowCount(); ++r) {
            if (present.item(r, 0)->text() == name) {
                return r;
            }
        }
        return -1;
    };
    CHECK_FALSE(workshop.chairActionButton().isEnabled());
    present.selectRow(row);
    REQUIRE(workshop.declareButton().isEnabled());
    CHECK(workshop.chairActionButton().isEnabled());

    // Declared in the room, about the trust (the item's provider, offered
    // first): no vote until the chair acts.
    test::whenDialogOpens([&](QWidget* dialog) {
        auto* member = dialog->findChild<QComboBox*>(QStringLiteral("interest_member"));
        REQUIRE(member);
        CHECK(member->currentText() == name);
        auto* provider = dialog->findChild<QComboBox*>(QStringLiteral("interest_provider"));
        REQUIRE(provider);
        CHECK(provider->currentText().contains(QStringLiteral("Community Health")));
        auto* description = dialog->findChild<QLineEdit*>(QStringLiteral("interest_description"));
        REQUIRE(description);
        description->setText(QStringLiteral("Son works for the trust's falls team."));
        qobject_cast<QDialog*>(dialog)->accept();
    });
    workshop.declareButton().click();
    QApplication::processEvents();
    REQUIRE(rowOf() >= 0);
    CHECK(present.item(rowOf(), 2)->text() ==
          QStringLiteral("No: An interest in Westshire Community Health NHS Trust: no vote until "
                         "the chair decides how it is managed."));

    // The chair notes it: they take full part.
    present.selectRow(rowOf());
    test::whenDialogOpens([](QWidget* dialog) {
        auto* action = dialog->findChild<QComboBox*>(QStringLiteral("chair_action"));
        REQUIRE(action);
        action->setCurrentIndex(action->findData(QStringLiteral("noted")));
        qobject_cast<QDialog*>(dialog)->accept();
    });
    workshop.chairActionButton().click();
    QApplication::processEvents();
    CHECK(present.item(rowOf(), 2)->text() ==
          QStringLiteral("Yes: An interest in Westshire Community Health NHS Trust: noted; takes "
                         "full part."));

    // Asked again, the dialog shows what the chair recorded; cancelled, it
    // changes nothing.
    present.selectRow(rowOf());
    test::whenDialogOpens([](QWidget* dialog) {
        auto* action = dialog->findChild<QComboBox*>(QStringLiteral("chair_action"));
        REQUIRE(action);
        CHECK(action->currentData().toString() == QStringLiteral("noted"));
        qobject_cast<QDialog*>(dialog)->reject();
    });
    workshop.chairActionButton().click();
    QApplication::processEvents();

    // Both undone, one step each.
    window.document()->undo();
    QApplication::processEvents();
    CHECK(present.item(rowOf(), 2)->text().startsWith(QStringLiteral("No:")));
    window.document()->undo();
    QApplication::processEvents();
    CHECK(present.item(rowOf(), 2)->text() == QStringLiteral("Yes"));
}
