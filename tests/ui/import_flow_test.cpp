// Imports driven through the window's own dialogs, as a user drives them.
#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "needs/IndicatorImport.h"
#include "needs/IndicatorSeries.h"
#include "project/Project.h"
#include "storage/Database.h"
#include "ui/common/ProjectDocument.h"
#include "ui/needs/ColumnMappingDialog.h"
#include "ui/needs/ImportIndicatorsDialog.h"
#include "ui/needs/IndicatorImportRunner.h"
#include "ui/shell/CycleNavigator.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace jointly;

namespace {

std::int64_t liveValues(ui::MainWindow& window) {
    std::int64_t count = 0;
    needs::forEachJudgedValue(window.document()->database(), [&](const needs::JudgedValue&) {
        ++count;
        return true;
    });
    return count;
}

QPushButton* buttonNamed(QWidget& parent, const QString& text) {
    for (auto* button : parent.findChildren<QPushButton*>()) {
        if (button->text() == text) {
            return button;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("a mapped import runs through its dialogs to the end, and one undo takes it back",
          "[ui][import]") {
    QTemporaryDir folder;
    const QString csv = folder.filePath(QStringLiteral("local.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Code,Measure,Place,Year,Value,Lower,Upper\n"
                   "L1,Smoking at delivery,E10000032,2023,9.5,8.1,10.9\n"
                   "L1,Smoking at delivery,E92000001,2023,7.4,7.3,7.5\n");
    }
    ui::MainWindow window;
    REQUIRE(test::showActive(window));
    REQUIRE(
        window.createProject(folder.filePath(QStringLiteral("i.jointly")), QStringLiteral("I")));
    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("needs"));
    auto* importButton = window.findChild<QPushButton*>(QStringLiteral("import_indicators"));
    REQUIRE(importButton != nullptr);

    bool mapped = false;
    bool filledIn = false;
    test::whenDialogOpens([&](QWidget* opened) {
        auto* dialog = qobject_cast<ui::ImportIndicatorsDialog*>(opened);
        REQUIRE(dialog != nullptr);
        // The file's name typed into its field, then its columns mapped in
        // the mapping dialog, which opens over this one.
        QTest::keyClicks(&dialog->fileEdit(), csv);
        test::whenDialogOpens([&](QWidget* mappingOpened) {
            auto* mapping = qobject_cast<ui::ColumnMappingDialog*>(mappingOpened);
            REQUIRE(mapping != nullptr);
            auto choose = [&](needs::IndicatorField field, const char* column) {
                auto* box = mapping->boxFor(field);
                box->setCurrentIndex(box->findText(QString::fromLatin1(column)));
            };
            choose(needs::IndicatorField::IndicatorCode, "Code");
            choose(needs::IndicatorField::IndicatorName, "Measure");
            choose(needs::IndicatorField::AreaCode, "Place");
            choose(needs::IndicatorField::Period, "Year");
            choose(needs::IndicatorField::Lower95, "Lower");
            choose(needs::IndicatorField::Upper95, "Upper");
            auto* buttons = mapping->findChild<QDialogButtonBox*>();
            REQUIRE(buttons != nullptr);
            buttons->button(QDialogButtonBox::Ok)->click();
            mapped = true;
        });
        auto* map = buttonNamed(*dialog, QStringLiteral("Map &columns..."));
        REQUIRE(map != nullptr);
        map->click();
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        REQUIRE(buttons != nullptr);
        filledIn = true;
        buttons->button(QDialogButtonBox::Ok)->click();
    });
    importButton->click();
    REQUIRE(mapped);
    REQUIRE(filledIn);

    CHECK(liveValues(window) == 2);
    CHECK(window.messageBar().message() ==
          QStringLiteral(
              "Imported 2 of 2 rows from local.csv. Edit > Undo takes the whole import back."));
    CHECK(window.undoAction().text() == QStringLiteral("&Undo Import local.csv"));
    window.undoAction().trigger();
    CHECK(liveValues(window) == 0);
    window.redoAction().trigger();
    CHECK(liveValues(window) == 2);
}

TEST_CASE("an import cancelled after its first progress report leaves nothing behind",
          "[ui][import]") {
    QTemporaryDir folder;
    const QString csv = folder.filePath(QStringLiteral("big.csv"));
    // 300,000 rows: the import reports progress every 4,096 rows, and the
    // window passes it on every 100 ms, so Cancel lands part way through.
    test::writeFingertipsRows(csv, 300000);
    ui::MainWindow window;
    REQUIRE(test::showActive(window));
    REQUIRE(
        window.createProject(folder.filePath(QStringLiteral("c.jointly")), QStringLiteral("C")));
    ui::IndicatorImportRunner runner(*window.document(), &window);
    int reportsSeen = 0;
    int percentWhenCancelled = -1;
    QObject::connect(&runner, &ui::IndicatorImportRunner::progressed, &runner, [&](int percent) {
        ++reportsSeen;
        if (percent > 0 && percentWhenCancelled < 0) {
            percentWhenCancelled = percent;
            runner.cancel();
        }
    });
    auto result = runner.run(csv, needs::ImportOptions{}, false);
    INFO(reportsSeen << " progress reports");
    // It was under way (some of the file read) and stopped before the end.
    REQUIRE(percentWhenCancelled > 0);
    CHECK(percentWhenCancelled < 100);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == ErrorKind::Cancelled);
    CHECK(window.messageBar().message() ==
          QStringLiteral("The import of big.csv was cancelled; nothing was imported."));
    // Nothing is left: no value, live or staged, no import, no indicator, and
    // nothing to undo.
    auto& db = window.document()->database();
    CHECK(liveValues(window) == 0);
    CHECK(db.queryInt64("SELECT count(*) FROM indicator_value") == 0);
    CHECK(db.queryInt64("SELECT count(*) FROM indicator_import") == 0);
    CHECK(db.queryInt64("SELECT count(*) FROM indicator") == 0);
    CHECK_FALSE(window.document()->project().canUndo());
}
