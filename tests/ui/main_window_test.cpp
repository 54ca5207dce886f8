#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "interchange/ProjectJson.h"
#include "needs/IndicatorImport.h"
#include "needs/NeedsKinds.h"
#include "partnership/PartnershipKinds.h"
#include "records/RecordStore.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordForm.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTableView.h"
#include "ui/needs/ColumnMappingDialog.h"
#include "ui/needs/IndicatorChart.h"
#include "ui/needs/IndicatorImportRunner.h"
#include "ui/needs/IndicatorValuesModel.h"
#include "ui/needs/NeedsPage.h"
#include "ui/partnership/PartnershipPage.h"
#include "ui/shell/CycleNavigator.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"
#include "ui/shell/NewPartnershipDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

#include <unistd.h>

using namespace jointly;
namespace kinds = jointly::partnership;

namespace {

// Types into whatever editor has the keyboard focus and presses Enter.
void typeIntoFocus(const QString& text) {
    QWidget* editor = QApplication::focusWidget();
    REQUIRE(editor != nullptr);
    auto* line = qobject_cast<QLineEdit*>(editor);
    REQUIRE(line != nullptr);
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    // The item delegate commits a cell on Return through a queued call.
    QApplication::processEvents();
}

std::vector<records::Record> all(ui::MainWindow& window, const records::RecordKind& kind) {
    return records::listRecords(window.document()->database(), kind);
}

} // namespace

TEST_CASE("a new user creates a partnership, adds a partner and a member, then undoes", "[ui]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    REQUIRE(test::showActive(window));

    const QString path = folder.filePath(QStringLiteral("Eastvale.jointly"));
    test::whenDialogOpens([&](QWidget* dialog) {
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("new_name"));
        auto* file = dialog->findChild<QLineEdit*>(QStringLiteral("new_file"));
        REQUIRE(name);
        REQUIRE(file);
        QTest::keyClicks(name, QStringLiteral("Eastvale Partnership"));
        file->clear();
        QTest::keyClicks(file, path);
        auto* create = dialog->findChild<QPushButton*>(QStringLiteral("new_create"));
        REQUIRE(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
    });
    window.newProject();
    REQUIRE(window.document() != nullptr);
    REQUIRE(test::showActive(window));
    CHECK(window.document()->filePath() == path);
    CHECK(window.windowTitle() ==
          QStringLiteral("Eastvale Partnership - Eastvale.jointly - Jointly"));
    CHECK_FALSE(window.undoAction().isEnabled());
    // The keyboard is in the aims, ready to type, not on the list of stages.
    CHECK(QApplication::focusWidget() ==
          window.page<jointly::ui::PartnershipPage>("partnership")->groupForm().editorFor("aims"));

    auto& page = *window.page<jointly::ui::PartnershipPage>("partnership");
    page.tabs().setCurrentIndex(2);
    auto& partners = page.partners();
    QTest::mouseClick(&partners.addButton(), Qt::LeftButton);
    typeIntoFocus(QStringLiteral("Eastvale Borough Council"));
    REQUIRE(all(window, kinds::partnerOrganisation()).size() == 1);
    CHECK(all(window, kinds::partnerOrganisation())[0].text(kinds::partnerOrganisation(), "name") ==
          "Eastvale Borough Council");
    CHECK(window.undoAction().text() ==
          QStringLiteral("&Undo Change name of new partner organisation"));

    partners.table().setCurrentIndex(partners.model().index(0, 0));
    auto& members = page.members();
    QTest::mouseClick(&members.addButton(), Qt::LeftButton);
    typeIntoFocus(QStringLiteral("Ruth Okafor"));
    auto people = all(window, kinds::member());
    REQUIRE(people.size() == 1);
    CHECK(people[0].text(kinds::member(), "name") == "Ruth Okafor");
    CHECK(people[0].number(kinds::member(), "partner_id") ==
          all(window, kinds::partnerOrganisation())[0].id);
    CHECK(members.model().rowCount() == 1);
    test::screenshot(window, QStringLiteral("partners-and-members"));

    // Undo, step by step, through the Edit menu's actions.
    CHECK(window.undoAction().text() == QStringLiteral("&Undo Change name of new member"));
    window.undoAction().trigger();
    CHECK(all(window, kinds::member())[0].text(kinds::member(), "name").empty());
    CHECK(window.undoAction().text() == QStringLiteral("&Undo Add member"));
    window.undoAction().trigger();
    CHECK(all(window, kinds::member()).empty());
    CHECK(members.model().rowCount() == 0);
    window.undoAction().trigger();
    window.undoAction().trigger();
    CHECK(all(window, kinds::partnerOrganisation()).empty());
    CHECK(partners.model().rowCount() == 0);
    CHECK_FALSE(window.undoAction().isEnabled());
    CHECK(window.redoAction().text() == QStringLiteral("&Redo Add partner organisation"));

    // Redo brings the partner back with its name.
    window.redoAction().trigger();
    window.redoAction().trigger();
    REQUIRE(partners.model().rowCount() == 1);
    CHECK(partners.model().data(partners.model().index(0, 0), Qt::DisplayRole).toString() ==
          QStringLiteral("Eastvale Borough Council"));
}

TEST_CASE("a value that does not fit is refused with a message and nothing changes", "[ui]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    REQUIRE(test::showActive(window));
    REQUIRE(
        window.createProject(folder.filePath(QStringLiteral("p.jointly")), QStringLiteral("P")));
    window.page<jointly::ui::PartnershipPage>("partnership")->tabs().setCurrentIndex(2);
    auto& partners = window.page<jointly::ui::PartnershipPage>("partnership")->partners();
    QTest::mouseClick(&partners.addButton(), Qt::LeftButton);
    typeIntoFocus(QStringLiteral("County"));
    const int money =
        records::fieldIndex(kinds::partnerOrganisation(), "annual_contribution_pence");
    auto cell = partners.model().index(0, money);
    CHECK_FALSE(partners.model().setData(cell, QStringLiteral("lots"), Qt::EditRole));
    CHECK(window.messageBar().message() ==
          QStringLiteral("Annual contribution must be an amount in pounds, such as 12,500 or "
                         "12,500.50; \"lots\" is not one."));
    CHECK(all(window, kinds::partnerOrganisation())[0].number(kinds::partnerOrganisation(),
                                                              "annual_contribution_pence") == 0);
    CHECK(window.undoAction().text() ==
          QStringLiteral("&Undo Change name of new partner organisation"));

    CHECK(partners.model().setData(cell, QStringLiteral("£1,250,000.50"), Qt::EditRole));
    CHECK(all(window, kinds::partnerOrganisation())[0].number(
              kinds::partnerOrganisation(), "annual_contribution_pence") == 125000050);
    CHECK(partners.model().data(cell, Qt::DisplayRole).toString() ==
          QStringLiteral("£1,250,000.50"));
}

TEST_CASE("deleting a partner with the Delete key asks first, takes its members, and undo brings "
          "them back",
          "[ui]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    REQUIRE(test::showActive(window));
    REQUIRE(
        window.createProject(folder.filePath(QStringLiteral("p.jointly")), QStringLiteral("P")));
    auto& project = window.document()->project();
    auto council = records::addRecord(project, kinds::partnerOrganisation(),
                                      {{"name", records::FieldValue{std::string("Council")}}});
    REQUIRE(council.ok());
    for (const char* name : {"Ann", "Bob", "Cy"}) {
        REQUIRE(records::addRecord(project, kinds::member(),
                                   {{"name", records::FieldValue{std::string(name)}},
                                    {"partner_id", records::FieldValue{council.value()}}})
                    .ok());
    }
    REQUIRE(records::setField(project, kinds::agreement(), kinds::kPartnershipId, "host_partner_id",
                              records::FieldValue{council.value()})
                .ok());
    auto& page = *window.page<jointly::ui::PartnershipPage>("partnership");
    page.tabs().setCurrentIndex(2);
    auto& partners = page.partners();
    partners.table().setFocus();
    partners.table().setCurrentIndex(partners.model().index(0, 0));
    CHECK(page.members().model().rowCount() == 3);

    // It asks first, saying what goes and what is left without it; Cancel
    // keeps everything.
    QString asked;
    test::whenDialogOpens([&](QWidget* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        REQUIRE(box);
        asked = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::keyClick(&partners.table(), Qt::Key_Delete);
    CHECK(asked == QStringLiteral("Delete \u201CCouncil\u201D?\n\nThese go with it:\n\u2022 3 "
                                  "members\n\nAnd:\n\u2022 the partnership loses its host "
                                  "partner\n\nEdit > Undo brings all of it back."));
    CHECK(all(window, kinds::partnerOrganisation()).size() == 1);
    CHECK(all(window, kinds::member()).size() == 3);

    test::whenDialogOpens([&](QWidget* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        REQUIRE(box);
        for (auto* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
                button->click();
            }
        }
    });
    QTest::keyClick(&partners.table(), Qt::Key_Delete);
    CHECK(all(window, kinds::partnerOrganisation()).empty());
    CHECK(all(window, kinds::member()).empty());
    CHECK(window.undoAction().text() ==
          QStringLiteral("&Undo Delete \u201CCouncil\u201D with its 3 members; the partnership "
                         "loses its host partner"));

    window.undoAction().trigger();
    REQUIRE(all(window, kinds::member()).size() == 3);
    CHECK(all(window, kinds::partnerOrganisation())[0].id == council.value());
    for (const auto& person : all(window, kinds::member())) {
        CHECK(person.number(kinds::member(), "partner_id") == council.value());
    }
    auto deal = records::findRecord(window.document()->database(), kinds::agreement(),
                                    kinds::kPartnershipId);
    CHECK(deal->number(kinds::agreement(), "host_partner_id") == council.value());
    CHECK(partners.model().rowCount() == 1);
}

TEST_CASE("the cycle navigator shows what the partnership stage still needs", "[ui]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    REQUIRE(test::showActive(window));
    REQUIRE(window.createProject(folder.filePath(QStringLiteral("p.jointly")),
                                 QStringLiteral("Named")));
    auto& navigator = window.navigator();
    REQUIRE(navigator.count() == 5);
    // A new partnership has filled in 1 of the 14 parts in
    // PartnershipProgress, its name: 100/14 = 7%.
    CHECK(navigator.item(0)->text() == QStringLiteral("Partnership\n7% complete, 13 to do"));
    // None of the needs stage's 12 parts is filled in yet (see NeedsProgress).
    CHECK(navigator.item(1)->text() == QStringLiteral("Needs\n0% complete, 12 to do"));
    // Neither of monitoring's 2 parts (KPIs, their figures) is filled in.
    CHECK(navigator.item(4)->text() == QStringLiteral("Monitor\n0% complete, 2 to do"));
    CHECK(navigator.item(0)->toolTip().contains(QStringLiteral("Write the partnership's aims.")));

    auto* aims = qobject_cast<QPlainTextEdit*>(
        window.page<jointly::ui::PartnershipPage>("partnership")->groupForm().editorFor("aims"));
    REQUIRE(aims);
    aims->setFocus();
    QTest::keyClicks(aims, QStringLiteral("Better care, together."));
    window.page<jointly::ui::PartnershipPage>("partnership")
        ->partners()
        .table()
        .setFocus(); // leaving the field commits it
    // Aims: 2 of 14 = 14%.
    CHECK(navigator.item(0)->text() == QStringLiteral("Partnership\n14% complete, 12 to do"));
    CHECK(window.undoAction().text() == QStringLiteral("&Undo Change aims"));
}

TEST_CASE("a project opened read-only cannot be edited from the window", "[ui]") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("p.jointly"));
    {
        auto created = project::Project::create(path.toStdString(), "Shared");
        REQUIRE(created.ok());
    }
    ui::MainWindow window;
    QString problem;
    REQUIRE(window.openFileQuietly(path, true, false, &problem));
    CHECK(window.windowTitle() == QStringLiteral("Shared - p.jointly (read-only) - Jointly"));
    CHECK_FALSE(window.page<jointly::ui::PartnershipPage>("partnership")
                    ->partners()
                    .addButton()
                    .isEnabled());
    auto& model = window.page<jointly::ui::PartnershipPage>("partnership")->partners().model();
    CHECK_FALSE(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));
}

TEST_CASE("the example partnership opens complete and its terms of reference name it", "[ui]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    CHECK(window.navigator().item(0)->text() == QStringLiteral("Partnership\nComplete"));
    CHECK(window.windowTitle() ==
          QStringLiteral("Westshire Joint Commissioning Unit - Westshire.jointly - Jointly"));
    auto& page = *window.page<jointly::ui::PartnershipPage>("partnership");
    page.tabs().setCurrentIndex(2);
    CHECK(page.partners().model().rowCount() == 9);
    page.partners().table().setCurrentIndex(page.partners().model().index(0, 0));
    CHECK(page.members().model().rowCount() > 0);
    test::screenshot(window, QStringLiteral("example-partners"));
    page.tabs().setCurrentIndex(page.tabs().count() - 1);
    auto* terms = window.findChild<QTextBrowser*>(QStringLiteral("terms_of_reference"));
    REQUIRE(terms);
    CHECK(terms->toPlainText().contains(QStringLiteral("Westshire Joint Commissioning Unit")));
    CHECK(terms->toPlainText().contains(QStringLiteral("Section 75")));
    test::screenshot(window, QStringLiteral("example-terms"));
}

TEST_CASE("a partnership open in another Jointly is offered read-only, naming who has it", "[ui]") {
    QTemporaryDir folder;
    const std::string path = folder.filePath(QStringLiteral("busy.jointly")).toStdString();
    auto first = project::Project::create(path, "Busy"); // holds the lock, as another process would
    REQUIRE(first.ok());

    ui::MainWindow window;
    REQUIRE(test::showActive(window));
    QString question;
    test::whenDialogOpens([&](QWidget* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        REQUIRE(box);
        question = box->text();
        box->button(QMessageBox::Open)->click();
    });
    REQUIRE(window.openFile(QString::fromStdString(path)));
    CHECK(question.startsWith(QStringLiteral("busy.jointly is already open in Jointly on "
                                             "computer \"")));
    CHECK(question.contains(QStringLiteral("(process %1").arg(::getpid())));
    CHECK(question.endsWith(QStringLiteral("Open it read-only?")));
    REQUIRE(window.document() != nullptr);
    CHECK(window.document()->isReadOnly());
    CHECK(window.windowTitle() == QStringLiteral("Busy - busy.jointly (read-only) - Jointly"));
}

TEST_CASE("recent files and the window's size are remembered for next time", "[ui]") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("remembered.jointly"));
    {
        ui::MainWindow window;
        window.resize(1100, 650);
        REQUIRE(test::showActive(window));
        REQUIRE(window.createProject(path, QStringLiteral("Remembered")));
        window.close();
    }
    ui::MainWindow again;
    CHECK(again.size() == QSize(1100, 650));
    auto* recent = again.findChild<QMenu*>(QStringLiteral("recent_menu"));
    REQUIRE(recent);
    REQUIRE_FALSE(recent->actions().isEmpty());
    CHECK(recent->actions().first()->text() == QStringLiteral("&1 remembered.jointly"));
    CHECK(recent->actions().first()->toolTip() == QFileInfo(path).absoluteFilePath());
    recent->actions().first()->trigger();
    REQUIRE(again.document() != nullptr);
    CHECK(again.document()->partnershipName() == QStringLiteral("Remembered"));
}

TEST_CASE("importing indicators through the dialog shows them judged, and undo takes them back",
          "[ui]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    window.resize(1366, 768);
    REQUIRE(test::showActive(window));
    REQUIRE(window.createProject(folder.filePath(QStringLiteral("needs.jointly")),
                                 QStringLiteral("Needs")));
    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("needs"));
    auto& page = *window.page<jointly::ui::NeedsPage>("needs");
    CHECK(page.indicators().model().rowCount() == 0);

    test::whenDialogOpens([&](QWidget* dialog) {
        auto* file = dialog->findChild<QLineEdit*>(QStringLiteral("import_file"));
        REQUIRE(file);
        QTest::keyClicks(file,
                         QStringLiteral(JOINTLY_FIXTURES_DIR "/fingertips-falls-activity.csv"));
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        REQUIRE(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    page.importIndicators();
    REQUIRE(page.indicators().model().rowCount() == 2);
    CHECK(window.messageBar().message() ==
          QStringLiteral("Imported 30 of 30 rows from fingertips-falls-activity.csv. Edit > Undo "
                         "takes the whole import back."));
    CHECK(window.undoAction().text() ==
          QStringLiteral("&Undo Import fingertips-falls-activity.csv"));

    // The second indicator (physical activity): Westshire's latest value is
    // above England's with a 95% interval clear of it, and the file says
    // "Better", so higher is better and Jointly judges it Better too.
    page.indicators().table().setCurrentIndex(page.indicators().model().index(1, 0));
    auto& values = page.values();
    REQUIRE(values.rowCount() == 15);
    int westshireLatest = -1;
    for (int row = 0; row < values.rowCount(); ++row) {
        const auto* value = values.valueAt(row);
        if (value->areaCode == "E10000032" && value->period == "2022/23") {
            westshireLatest = row;
        }
    }
    REQUIRE(westshireLatest >= 0);
    CHECK(values
              .data(values.index(westshireLatest, ui::IndicatorValuesModel::Significance),
                    Qt::DisplayRole)
              .toString() == QStringLiteral("\u25B2 Better"));
    test::screenshot(window, QStringLiteral("needs-indicators"));
    CHECK(page.chart().trendDescription().startsWith(
        QStringLiteral("Percentage of physically active adults for ")));
    CHECK(page.chart().areasDescription() ==
          QStringLiteral("Bars for 3 areas in 2022/23, coloured by how each compares with the "
                         "comparator."));
    page.chart().findChild<QTabWidget*>()->setCurrentIndex(1);
    test::screenshot(window, QStringLiteral("needs-by-area"));

    window.undoAction().trigger();
    CHECK(page.indicators().model().rowCount() == 0);
    CHECK(values.rowCount() == 0);
    window.redoAction().trigger();
    CHECK(page.indicators().model().rowCount() == 2);
}

TEST_CASE("another CSV is mapped column by column with a preview, and the mapping is saved",
          "[ui]") {
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
        window.createProject(folder.filePath(QStringLiteral("m.jointly")), QStringLiteral("M")));
    ui::ColumnMappingDialog dialog(*window.document(), csv, &window);
    REQUIRE(dialog.readable());
    CHECK(dialog.preview().rowCount() == 2);
    CHECK(dialog.preview().columnCount() == 7);
    CHECK(dialog.preview().item(0, 1)->text() == QStringLiteral("Smoking at delivery"));
    // "Value" is guessed from the heading; the rest are chosen.
    CHECK(dialog.boxFor(needs::IndicatorField::Value)->currentText() == QStringLiteral("Value"));
    auto choose = [&](needs::IndicatorField field, const char* column) {
        auto* box = dialog.boxFor(field);
        box->setCurrentIndex(box->findText(QString::fromLatin1(column)));
    };
    choose(needs::IndicatorField::IndicatorCode, "Code");
    choose(needs::IndicatorField::IndicatorName, "Measure");
    choose(needs::IndicatorField::AreaCode, "Place");
    choose(needs::IndicatorField::Period, "Year");
    choose(needs::IndicatorField::Lower95, "Lower");
    choose(needs::IndicatorField::Upper95, "Upper");
    const auto mapping = dialog.mapping();
    CHECK(mapping.serialise() == "indicator_code=Code\nindicator_name=Measure\narea_code=Place\n"
                                 "period=Year\nvalue=Value\nlower_95=Lower\nupper_95=Upper\n");

    test::whenDialogOpens([](QWidget* ask) {
        auto* name = ask->findChild<QLineEdit*>();
        REQUIRE(name);
        QTest::keyClicks(name, QStringLiteral("Local smoking file"));
        QTest::keyClick(name, Qt::Key_Return);
    });
    for (auto* button : dialog.findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("&Save this mapping...")) {
            button->click();
        }
    }
    auto saved = records::listRecords(window.document()->database(), needs::csvMapping());
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].text(needs::csvMapping(), "name") == "Local smoking file");
    CHECK(saved[0].text(needs::csvMapping(), "mapping") == mapping.serialise());
    CHECK(window.undoAction().text() == QStringLiteral("&Undo Add saved mapping"));

    needs::ImportOptions options;
    options.mapping = mapping;
    auto imported =
        needs::importIndicators(window.document()->project(), csv.toStdString(), options);
    REQUIRE(imported.ok());
    CHECK(imported.value().rowsImported == 2);
}

TEST_CASE("cancelling an import off the GUI thread leaves the project as it was", "[ui]") {
    QTemporaryDir folder;
    const QString csv = folder.filePath(QStringLiteral("big.csv"));
    // 10,000 rows: enough for the import to report progress (every 4,096
    // rows) and be cancelled part of the way through.
    test::writeFingertipsRows(csv, 10000);
    ui::MainWindow window;
    REQUIRE(test::showActive(window));
    REQUIRE(
        window.createProject(folder.filePath(QStringLiteral("c.jointly")), QStringLiteral("C")));
    ui::IndicatorImportRunner runner(*window.document(), &window);
    // Cancel as the worker starts: it stops at its first progress report.
    QObject::connect(&runner, &ui::IndicatorImportRunner::started, &runner,
                     [&runner] { runner.cancel(); });
    auto result = runner.run(csv, needs::ImportOptions{}, false);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == ErrorKind::Cancelled);
    CHECK(window.messageBar().message() ==
          QStringLiteral("The import of big.csv was cancelled; nothing was imported."));
    CHECK(records::countRecords(window.document()->database(), needs::indicator()) == 0);
    CHECK_FALSE(window.document()->project().canUndo());
}

TEST_CASE("a partnership goes out as JSON and comes back as a new one; bad JSON is refused",
          "[ui][json]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    const QString json = folder.filePath(QStringLiteral("Westshire.json"));
    REQUIRE(window.exportJsonTo(json));
    CHECK(window.messageBar().message() ==
          QStringLiteral("The whole project was written as JSON to %1.")
              .arg(QDir::toNativeSeparators(json)));
    CHECK(window.messageBar().folderOffered() == folder.path());
    // Exactly what `jointly export-json` writes, through the same core.
    auto expected = interchange::exportProjectJson(window.document()->filePath().toStdString());
    REQUIRE(expected.ok());
    QFile written(json);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll().toStdString() == expected.value());

    const QString copy = folder.filePath(QStringLiteral("From JSON.jointly"));
    REQUIRE(window.importJsonFrom(json, copy));
    CHECK(window.document()->filePath() == copy);
    CHECK(window.windowTitle() ==
          QStringLiteral("Westshire Joint Commissioning Unit - From JSON.jointly - Jointly"));
    CHECK(records::countRecords(window.document()->database(), kinds::partnerOrganisation()) == 9);

    // A file that is not ours: refused with the place and the reason, and no
    // project is made.
    const QString bad = folder.filePath(QStringLiteral("bad.json"));
    QFile badFile(bad);
    REQUIRE(badFile.open(QIODevice::WriteOnly));
    badFile.write(R"({"format": "something else", "version": 1})");
    badFile.close();
    const QString refused = folder.filePath(QStringLiteral("Refused.jointly"));
    CHECK_FALSE(window.importJsonFrom(bad, refused));
    CHECK(window.messageBar().message().contains(QStringLiteral("$.format")));
    CHECK_FALSE(QFileInfo::exists(refused));
    CHECK(window.document()->filePath() == copy); // still on the project it had
}
