#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "merge/Merging.h"
#include "merge/OfflineCopy.h"
#include "partnership/PartnershipKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/ProjectDocument.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MergeDialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace jointly;

namespace {

std::int64_t contributionOfCouncil(ui::ProjectDocument& document) {
    auto record = records::findRecord(document.database(), partnership::partnerOrganisation(), 1);
    REQUIRE(record);
    const auto& fields = partnership::partnerOrganisation().fields;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].column == "annual_contribution_pence") {
            return std::get<std::int64_t>(record->values[i]);
        }
    }
    FAIL("no annual contribution");
    return 0;
}

} // namespace

TEST_CASE("merging changes from a copy asks each conflict in words, merges only once every one "
          "has an answer, and is undone as one step",
          "[ui][merge]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    auto& document = *window.document();
    for (const char* name : {"take_offline_copy", "send_changes", "merge_changes"}) {
        auto* action = window.findChild<QAction*>(QString::fromLatin1(name));
        REQUIRE(action);
        CHECK(action->isEnabled());
    }

    // Bob takes a copy, changes the council's contribution and adds a note;
    // the window's file changes the same contribution.
    const auto copyPath = folder.filePath(QStringLiteral("bob.jointly")).toStdString();
    REQUIRE(merge::takeOfflineCopy(document.project(), copyPath, "Alice").ok());
    {
        auto bob = project::Project::open(copyPath);
        REQUIRE(bob.ok());
        bob.value()->setAuthor("Bob");
        REQUIRE(records::setField(*bob.value(), partnership::partnerOrganisation(), 1,
                                  "annual_contribution_pence", std::int64_t{140'000'000})
                    .ok());
        REQUIRE(records::setField(*bob.value(), partnership::partnerOrganisation(), 1, "notes",
                                  std::string("Bob's note"))
                    .ok());
        REQUIRE(merge::sendChanges(
                    *bob.value(),
                    folder.filePath(QStringLiteral("bob.jointly-changes")).toStdString(), "Bob")
                    .ok());
    }
    REQUIRE(records::setField(document.project(), partnership::partnerOrganisation(), 1,
                              "annual_contribution_pence", std::int64_t{130'000'000})
                .ok());
    const auto before = contributionOfCouncil(document);

    auto changes =
        merge::readChanges(folder.filePath(QStringLiteral("bob.jointly-changes")).toStdString());
    REQUIRE(changes.ok());
    auto preview = merge::previewMerge(document.project(), changes.value(), "bob.jointly-changes");
    REQUIRE(preview.ok());
    REQUIRE(preview.value().conflicts.size() == 1);

    ui::MergeDialog dialog(document, changes.value(), QStringLiteral("bob.jointly-changes"),
                           preview.value(), &window);
    dialog.show();
    QApplication::processEvents();
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("merge_conflicts"));
    auto* merge = dialog.findChild<QPushButton*>(QStringLiteral("merge_button"));
    auto* theirs = dialog.findChild<QRadioButton*>(QStringLiteral("take_theirs"));
    auto* value = dialog.findChild<QLineEdit*>(QStringLiteral("merge_value"));
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("merge_problem"));
    REQUIRE(list);
    REQUIRE(merge);
    REQUIRE(theirs);
    REQUIRE(value);
    REQUIRE(problem);
    REQUIRE(list->count() == 1);
    // Unanswered, in words (never by colour alone), and Merge waits for it.
    CHECK(list->item(0)->text().startsWith(QStringLiteral("Not answered yet — Annual "
                                                          "contribution of partner organisation")));
    CHECK_FALSE(merge->isEnabled());
    test::screenshot(dialog, QStringLiteral("merge-dialog"));

    // A value the field cannot take is refused with the field's sentence.
    value->setFocus();
    QTest::keyClicks(value, QStringLiteral("lots"));
    QTest::keyClick(value, Qt::Key_Return);
    CHECK_FALSE(problem->text().isEmpty());
    CHECK_FALSE(merge->isEnabled());
    // One of one's own: £1,350,000.00.
    value->clear();
    QTest::keyClicks(value, QStringLiteral("1350000"));
    QTest::keyClick(value, Qt::Key_Return);
    CHECK(problem->text().isEmpty());
    CHECK(list->item(0)->text().startsWith(QStringLiteral("Your own value")));
    REQUIRE(merge->isEnabled());
    // Changed mind: the incoming one.
    theirs->click();
    CHECK(list->item(0)->text().startsWith(QStringLiteral("Take the incoming")));
    merge->click();
    QApplication::processEvents();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.outcome().merged);
    CHECK(contributionOfCouncil(document) == 140'000'000);
    CHECK(document.project().undoLabel() == "Merge Bob’s changes (bob.jointly-changes)");
    REQUIRE(document.project().undo().ok());
    CHECK(contributionOfCouncil(document) == before);
}

TEST_CASE("a long change runs on a worker thread: every window ignores the keyboard meanwhile, "
          "Cancel stops it, and the views hear of it afterwards on the window's thread",
          "[ui][merge]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    window.show();
    auto& document = *window.document();
    QLineEdit elsewhere; // another window, as the workshop window would be
    elsewhere.show();
    QApplication::processEvents();

    QSignalSpy changed(&document, &ui::ProjectDocument::changed);
    bool heardOnWindowThread = false;
    QObject::connect(&document, &ui::ProjectDocument::changed, &window,
                     [&] { heardOnWindowThread = QThread::currentThread() == window.thread(); });
    bool progressShown = false;
    // Once the bar shows, the user types in the other window (as the window
    // system delivers keys, to the window, and straight to the widget), then
    // clicks Cancel: only the Cancel button hears them.
    QTimer::singleShot(900, &window, [&] {
        QTest::keyClick(elsewhere.windowHandle(), Qt::Key_A);
        QTest::keyClicks(&elsewhere, QStringLiteral("typed"));
        for (auto* widget : QApplication::topLevelWidgets()) {
            auto* progress = qobject_cast<QProgressDialog*>(widget);
            if (progress != nullptr && progress->isVisible()) {
                progressShown = true;
                auto* cancel = progress->findChild<QPushButton*>();
                if (cancel != nullptr) {
                    QTest::mouseClick(progress->windowHandle(), Qt::LeftButton, {},
                                      cancel->mapTo(progress, cancel->rect().center()));
                }
            }
        }
    });
    std::atomic<bool> onWorker{false};
    std::atomic<bool> heardDuringWork{false};
    bool stoppedByCancel = false;
    document.changeInBackground(
        QStringLiteral("Test"), QStringLiteral("Working..."), &window,
        [&](project::Project& project, const std::function<bool(int)>& report) {
            onWorker = QThread::currentThread() != window.thread();
            (void)records::setField(project, partnership::partnerOrganisation(), 1, "notes",
                                    std::string("Written on the worker"));
            for (int step = 0; step < 400 && report(step / 4); ++step) {
                heardDuringWork = heardDuringWork || changed.count() != 0;
                QThread::msleep(20);
            }
            stoppedByCancel = !report(100);
        });
    CHECK(onWorker);
    CHECK(progressShown);
    CHECK(stoppedByCancel);
    CHECK_FALSE(heardDuringWork);
    CHECK(elsewhere.text().isEmpty());
    // The edit is announced once, afterwards, on the window's thread.
    REQUIRE(changed.count() == 1);
    CHECK(changed.first().first().value<QSet<QString>>().contains(
        QStringLiteral("partner_organisation")));
    CHECK(heardOnWindowThread);
    CHECK(document.project().canUndo());
    // And the keyboard works again.
    QTest::keyClicks(&elsewhere, QStringLiteral("typed"));
    CHECK(elsewhere.text() == QStringLiteral("typed"));
}

TEST_CASE("Escape cancels work shown with a progress bar, as the Cancel button does",
          "[ui][merge]") {
    QWidget window;
    window.show();
    QApplication::processEvents();
    QTimer::singleShot(900, &window, [&] {
        for (auto* widget : QApplication::topLevelWidgets()) {
            auto* progress = qobject_cast<QProgressDialog*>(widget);
            if (progress != nullptr && progress->isVisible()) {
                QTest::keyClick(progress, Qt::Key_Escape);
            }
        }
    });
    bool stopped = false;
    ui::runWithProgress(
        QStringLiteral("Test"), QStringLiteral("Working..."), &window,
        [&](const std::function<bool(int)>& report) {
            for (int step = 0; step < 400 && report(step / 4); ++step) {
                QThread::msleep(20);
            }
            stopped = !report(100);
        },
        ui::Meanwhile::EverythingWaits);
    CHECK(stopped);
}
