#include <catch2/catch.hpp>

#include "MnemonicCheck.h"
#include "UiTestSupport.h"

#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTableView.h"
#include "ui/needs/ColumnMappingDialog.h"
#include "ui/needs/ImportIndicatorsDialog.h"
#include "ui/needs/NeedsPage.h"
#include "ui/shell/CycleNavigator.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"
#include "ui/shell/NewPartnershipDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace jointly;

namespace {

void checkKeys(QWidget& dialog) {
    dialog.show();
    QApplication::processEvents();
    const auto report = test::checkMnemonics(dialog);
    INFO(dialog.windowTitle().toStdString());
    CHECK(report.clashes.join(QStringLiteral("\n")).toStdString() == "");
    CHECK(report.literalAmpersands.join(QStringLiteral("\n")).toStdString() == "");
    dialog.hide();
}

} // namespace

TEST_CASE("the dialogs give each Alt+letter to one control and show no stray ampersands",
          "[ui][keyboard]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    ui::ImportIndicatorsDialog import(*window.document(), &window);
    checkKeys(import);
    ui::NewPartnershipDialog created(folder.path(), &window);
    checkKeys(created);
    const QString csv = folder.filePath(QStringLiteral("ward.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Code,Measure,Place,Year,Rate\n1,Falls,W1,2024,3.5\n");
    file.close();
    ui::ColumnMappingDialog mapping(*window.document(), csv, &window);
    REQUIRE(mapping.readable());
    checkKeys(mapping);
}

TEST_CASE("an import that stopped offers the same file and choices again, saying why",
          "[ui][import]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    window.resize(1366, 768);
    REQUIRE(test::showActive(window));
    REQUIRE(window.createProject(folder.filePath(QStringLiteral("needs.jointly")),
                                 QStringLiteral("Needs")));
    window.navigator().setCurrentRow(ui::CycleNavigator::rowOf("needs"));
    auto& page = *window.page<jointly::ui::NeedsPage>("needs");
    // Row 3 (the header is row 1) has a value that is not a number.
    QFile original(QStringLiteral(JOINTLY_FIXTURES_DIR "/fingertips-falls-activity.csv"));
    REQUIRE(original.open(QIODevice::ReadOnly));
    auto lines = original.readAll().split('\n');
    REQUIRE(lines.size() > 3);
    auto fields = lines[2].split(',');
    fields[12] = "lots";
    lines[2] = fields.join(',');
    const QString bad = folder.filePath(QStringLiteral("falls.csv"));
    QFile copy(bad);
    REQUIRE(copy.open(QIODevice::WriteOnly));
    copy.write(lines.join('\n'));
    copy.close();

    test::whenDialogOpens([&](QWidget* dialog) {
        auto* file = dialog->findChild<QLineEdit*>(QStringLiteral("import_file"));
        REQUIRE(file);
        file->setText(bad);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    page.importIndicators();
    REQUIRE(page.indicators().model().rowCount() == 0);
    CHECK(window.messageBar().message().contains(QStringLiteral("falls.csv, row 3")));

    // Again: the file is still chosen and the dialog says why it stopped;
    // skipping the bad row imports the rest.
    QString file;
    QString said;
    test::whenDialogOpens([&](QWidget* dialog) {
        file = dialog->findChild<QLineEdit*>(QStringLiteral("import_file"))->text();
        said = dialog->findChild<QLabel*>(QStringLiteral("import_last_try"))->text();
        for (auto* box : dialog->findChildren<QCheckBox*>()) {
            box->setChecked(true); // skip rows that cannot be read
        }
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    test::whenDialogOpens([](QWidget* dialog) { dialog->close(); }); // the skipped-rows summary
    page.importIndicators();
    CHECK(file == bad);
    CHECK(said.startsWith(QStringLiteral("The last import stopped: falls.csv, row 3")));
    CHECK(page.indicators().model().rowCount() == 2);
}
