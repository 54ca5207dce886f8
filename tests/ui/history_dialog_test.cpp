#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "needs/NeedsKinds.h"
#include "partnership/PartnershipKinds.h"
#include "records/RecordStore.h"
#include "ui/common/HistoryDialog.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordTableView.h"
#include "ui/documents/AuthorName.h"
#include "ui/partnership/PartnershipPage.h"
#include "ui/shell/MainWindow.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace jointly;

namespace {

ui::HistoryDialog* openHistory(QWidget& parent) {
    QApplication::processEvents();
    const auto dialogs = parent.findChildren<ui::HistoryDialog*>();
    return dialogs.isEmpty() ? nullptr : dialogs.back();
}

} // namespace

TEST_CASE("a record's history and the project's show each edit with old and new values, undone "
          "ones marked, under the name set in Preferences",
          "[ui][history]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    auto& document = *window.document();

    // Preferences: the name the history gives.
    test::whenDialogOpens([](QWidget* dialog) {
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("author_name"));
        REQUIRE(name);
        name->setText(QStringLiteral("  Sam Field "));
        qobject_cast<QDialog*>(dialog)->accept();
    });
    window.showPreferences();
    CHECK(ui::AuthorName::get() == QStringLiteral("Sam Field"));

    // The council's contribution changed, as a form or table would.
    REQUIRE(records::setField(document.project(), partnership::partnerOrganisation(), 1,
                              "annual_contribution_pence", std::int64_t{20'000'000'000})
                .ok());
    auto* page = window.page<ui::PartnershipPage>("partnership");
    REQUIRE(page);
    page->tabs().setCurrentIndex(2);
    QApplication::processEvents();
    auto* partners = &page->partners();
    partners->table().selectRow(0);
    REQUIRE(partners->historyAction().isEnabled());
    CHECK(partners->table().actions().contains(&partners->historyAction()));
    partners->historyAction().trigger();
    auto* own = openHistory(*partners);
    REQUIRE(own);
    CHECK(own->windowTitle() == QStringLiteral("History of partner organisation “Westshire County "
                                               "Council”"));
    REQUIRE(own->entries().topLevelItemCount() == 1);
    auto* edit = own->entries().topLevelItem(0);
    CHECK(edit->text(1) == QStringLiteral("Sam Field"));
    REQUIRE(edit->childCount() == 1);
    // £182,400,000.00 (18,240,000,000 pence) to £200,000,000.00.
    CHECK(edit->child(0)->text(2) ==
          QStringLiteral("Changed annual contribution of partner organisation “Westshire County "
                         "Council” from £182,400,000.00 to £200,000,000.00"));
    test::screenshot(*own, QStringLiteral("history-record"));

    // An edit of another kind of record does not read this record's history
    // again; a burst of edits of it is read once.
    const int reads = own->readCount();
    REQUIRE(records::setField(document.project(), needs::needsStatement(), 1, "statement",
                              std::string("Edited elsewhere"))
                .ok());
    QTest::qWait(20);
    CHECK(own->readCount() == reads);
    document.undo();
    QTest::qWait(20);
    CHECK(own->readCount() == reads);

    // Undone: still listed, said so in words; the open history follows, and
    // reads an undo, a redo and an undo made at once only once.
    document.undo();
    document.redo();
    document.undo();
    QTest::qWait(20);
    CHECK(own->readCount() == reads + 1);
    REQUIRE(own->entries().topLevelItemCount() == 1);
    CHECK(own->entries().topLevelItem(0)->text(2).endsWith(QStringLiteral("(undone)")));
    own->close();

    // The project's history, filtered by stage and by person.
    REQUIRE(window.historyAction().isEnabled());
    window.historyAction().trigger();
    auto* project = openHistory(window);
    REQUIRE(project);
    // The needs statement's edit (undone) and the contribution's.
    CHECK(project->entries().topLevelItemCount() == 2);
    project->stageFilter().setCurrentIndex(
        project->stageFilter().findData(QStringLiteral("needs")));
    CHECK(project->entries().topLevelItemCount() == 1);
    project->stageFilter().setCurrentIndex(
        project->stageFilter().findData(QStringLiteral("procure")));
    CHECK(project->entries().topLevelItemCount() == 0);
    project->stageFilter().setCurrentIndex(0);
    CHECK(project->entries().topLevelItemCount() == 2);
    REQUIRE(project->personFilter().findData(QStringLiteral("Sam Field")) > 0);
    project->personFilter().setCurrentIndex(
        project->personFilter().findData(QStringLiteral("Sam Field")));
    CHECK(project->entries().topLevelItemCount() == 2);
    test::screenshot(*project, QStringLiteral("history-project"));
    project->close();
    ui::AuthorName::set(QString());
    CHECK(ui::AuthorName::get().isEmpty());
}
