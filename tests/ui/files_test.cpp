#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "ui/common/FileFolders.h"
#include "ui/common/ProjectDocument.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace jointly;

namespace {

QAction* menuAction(ui::MainWindow& window, const QString& text) {
    for (auto* action : window.findChildren<QAction*>()) {
        if (action->text() == text) {
            return action;
        }
    }
    return nullptr;
}

// What the next file dialog showed: its folder and the file it suggested.
struct Offered {
    QString folder;
    QString file;
};

// Answers the next file dialog: notes what it offered, then either chooses
// `answer` or cancels when `answer` is empty.
void answerFileDialog(Offered& offered, const QString& answer) {
    test::whenDialogOpens([&offered, answer](QWidget* dialog) {
        auto* files = qobject_cast<QFileDialog*>(dialog);
        REQUIRE(files != nullptr);
        offered.folder = files->directory().absolutePath();
        const auto selected = files->selectedFiles();
        offered.file = selected.isEmpty() ? QString() : QFileInfo(selected.front()).fileName();
        if (answer.isEmpty()) {
            files->reject();
        } else {
            files->selectFile(answer);
            QMetaObject::invokeMethod(files, "accept");
        }
    });
}

QString documentsOrHome() {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? QFileInfo(documents).canonicalFilePath()
                                        : QFileInfo(QDir::homePath()).canonicalFilePath();
}

QString canonical(const QString& folder) {
    return QFileInfo(folder).canonicalFilePath();
}

} // namespace

TEST_CASE("file dialogs start in Documents or the last folder used, never Jointly's hidden one",
          "[ui][files]") {
    QSettings().remove(QStringLiteral("files/lastFolder"));
    QTemporaryDir chosen;
    ui::MainWindow window;
    window.resize(1366, 768);
    REQUIRE(test::showActive(window));
    // The example's working copy lives in Jointly's own data folder.
    REQUIRE(window.openExample());
    const QString ownFolder =
        canonical(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    REQUIRE(canonical(QFileInfo(window.document()->filePath()).absolutePath()) == ownFolder);

    // Export as JSON: offered in Documents (or home), named after the partnership.
    Offered offered;
    answerFileDialog(offered, QString());
    auto* exportJson = menuAction(window, QStringLiteral("E&xport as JSON..."));
    REQUIRE(exportJson != nullptr);
    exportJson->trigger();
    CHECK(canonical(offered.folder) == documentsOrHome());
    CHECK(canonical(offered.folder) != ownFolder);
    CHECK(offered.file == QStringLiteral("Westshire Joint Commissioning Unit.json"));

    // The terms of reference, exported through their button into a folder
    // the user picks: named after the partnership, and the window says where
    // it went and offers to show the folder.
    for (auto* tabs : window.findChildren<QTabWidget*>()) {
        for (int tab = 0; tab < tabs->count(); ++tab) {
            if (tabs->tabText(tab).remove(QLatin1Char('&')).startsWith(QStringLiteral("Terms"))) {
                tabs->setCurrentIndex(tab);
            }
        }
    }
    auto* terms = window.findChild<QPushButton*>(QStringLiteral("export_terms"));
    REQUIRE(terms != nullptr);
    const QString pdf = chosen.filePath(
        QStringLiteral("Westshire Joint Commissioning Unit \u2013 Terms of reference.pdf"));
    answerFileDialog(offered, pdf);
    terms->click();
    CHECK(canonical(offered.folder) == documentsOrHome());
    CHECK(offered.file ==
          QStringLiteral("Westshire Joint Commissioning Unit \u2013 Terms of reference.pdf"));
    CHECK(QFileInfo(pdf).size() > 0);
    CHECK(window.messageBar().message() ==
          QStringLiteral("The terms of reference were written to %1.")
              .arg(QDir::toNativeSeparators(pdf)));
    CHECK(canonical(window.messageBar().folderOffered()) == canonical(chosen.path()));

    // The next dialog starts where the last file went.
    answerFileDialog(offered, QString());
    auto* open = menuAction(window, QStringLiteral("&Open..."));
    REQUIRE(open != nullptr);
    open->trigger();
    CHECK(canonical(offered.folder) == canonical(chosen.path()));

    // A copy saved there is named after the partnership too, and said so.
    const QString copy =
        chosen.filePath(QStringLiteral("Westshire Joint Commissioning Unit (copy).jointly"));
    answerFileDialog(offered, copy);
    menuAction(window, QStringLiteral("Save a &copy as..."))->trigger();
    CHECK(offered.file == QStringLiteral("Westshire Joint Commissioning Unit (copy).jointly"));
    CHECK(QFileInfo::exists(copy));
    CHECK(window.messageBar().message().startsWith(
        QStringLiteral("A copy was saved as %1.").arg(QDir::toNativeSeparators(copy))));
    CHECK(canonical(window.messageBar().folderOffered()) == canonical(chosen.path()));
    // The next edit clears the notice and its button.
    window.document()->undo();
    QSettings().remove(QStringLiteral("files/lastFolder"));
}

TEST_CASE("names of files written from a partnership are safe and say whose they are",
          "[ui][files]") {
    using ui::FileFolders;
    CHECK(FileFolders::nameAfter(QStringLiteral("Westshire JCU"),
                                 QStringLiteral("Terms of reference"), QStringLiteral("pdf")) ==
          QStringLiteral("Westshire JCU \u2013 Terms of reference.pdf"));
    // Slashes, colons and the other characters no file name may hold become
    // dashes; runs of spaces close up.
    CHECK(FileFolders::nameAfter(QStringLiteral("Health & Care: North/South  Board"), QString(),
                                 QStringLiteral("json")) ==
          QStringLiteral("Health & Care- North-South Board.json"));
    // Nothing to go on: a name still.
    CHECK(FileFolders::nameAfter(QString(), QString(), QStringLiteral("pdf")) ==
          QStringLiteral("Jointly.pdf"));
    CHECK(FileFolders::safeFileName(QStringLiteral("..hidden")) == QStringLiteral("hidden"));
    CHECK(FileFolders::safeFileName(QString(200, QLatin1Char('a'))).size() == 120);
}
