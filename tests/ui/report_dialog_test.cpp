#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "report/ReportChoice.h"
#include "ui/common/ProjectDocument.h"
#include "ui/documents/ReportWriting.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"
#include "ui/shell/ReportDialog.h"
#include "ui/shell/ReportFlow.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QListWidget>
#include <QPrinter>
#include <QProcess>
#include <QTemporaryDir>

using namespace jointly;

namespace {

QString pdfText(const QString& path) {
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30'000));
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace

TEST_CASE("File > Write a report asks which report, the plan's sections or the procurement, "
          "and saves it with each bidder's summary beside an evaluation",
          "[ui][report]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    auto* action = window.findChild<QAction*>(QStringLiteral("write_report"));
    REQUIRE(action);
    CHECK(action->isEnabled());
    CHECK(action->shortcut() == QKeySequence(QKeySequence::Print));
    bool opened = false;
    test::whenDialogOpens([&](QWidget* dialog) {
        opened = qobject_cast<ui::ReportDialog*>(dialog) != nullptr;
        qobject_cast<QDialog*>(dialog)->reject();
    });
    action->trigger();
    CHECK(opened);

    auto& document = *window.document();
    ui::ReportDialog dialog(document, &window);
    dialog.show();
    QApplication::processEvents();
    CHECK(dialog.reportChoice()->accessibleName() == QStringLiteral("Report"));
    // The plan first, with every section ticked and no procurement asked.
    CHECK(dialog.sectionList()->isVisible());
    CHECK_FALSE(dialog.procurementChoice()->isVisible());
    CHECK(dialog.sectionList()->count() == 10);
    CHECK(dialog.request().sections.size() == 10);
    dialog.sectionList()->item(0)->setCheckState(Qt::Unchecked);
    dialog.sectionList()->item(9)->setCheckState(Qt::Unchecked);
    auto request = dialog.request();
    CHECK(request.kind == report::ReportKind::Plan);
    CHECK(request.sections.size() == 8);
    CHECK(request.sections.front() == report::PlanSection::Needs);
    CHECK(request.today.size() == 10);

    // The evaluation asks which procurement; the sections go.
    dialog.reportChoice()->setCurrentIndex(1);
    QApplication::processEvents();
    CHECK_FALSE(dialog.sectionList()->isVisible());
    REQUIRE(dialog.procurementChoice()->isVisible());
    REQUIRE(dialog.procurementChoice()->count() == 2);
    dialog.procurementChoice()->setCurrentIndex(
        dialog.procurementChoice()->findText(QStringLiteral("Community falls and frailty service "
                                                            "2027")));
    request = dialog.request();
    CHECK(request.kind == report::ReportKind::Evaluation);
    const auto path = folder.filePath(QStringLiteral("Award.pdf"));
    REQUIRE(ui::saveReportTo(document, request, path, &window));
    CHECK(window.messageBar().message().endsWith(
        QStringLiteral("Award.pdf, with 3 bidders' summaries beside it.")));
    CHECK(QFileInfo::exists(
        folder.filePath(QStringLiteral("Award \u2013 Active Ageing Partnership CIC.pdf"))));
    CHECK(pdfText(path).contains(QStringLiteral("4. Price scoring, ranking and recommendation")));
}

TEST_CASE("a report printed goes onto the printer's pages as onto its PDF's, headed and "
          "numbered",
          "[ui][report]") {
    QTemporaryDir folder;
    ui::MainWindow window;
    test::openExampleCopy(window, folder);
    report::ReportRequest request;
    request.kind = report::ReportKind::Monitoring;
    request.generatedOn = "3 December 2026";
    request.today = "2026-12-03";
    const auto made = ui::makeReportInBackground(*window.document(), request, &window);
    REQUIRE(made.has_value());
    // A printer that prints to a file, set up as Print and Print preview
    // set theirs.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const auto printed = folder.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    ui::setUpPrinterFor(printer, *made);
    CHECK(printer.fullPage());
    REQUIRE(ui::printReport(*made, printer));
    const auto saved = folder.filePath(QStringLiteral("saved.pdf"));
    REQUIRE(ui::writeReport(*made, saved).isEmpty());
    const auto onPaper = pdfText(printed);
    const auto onDisk = pdfText(saved);
    const auto pages = onDisk.count(QChar(u'\f'));
    CHECK(pages >= 5);
    CHECK(onPaper.count(QChar(u'\f')) == pages);
    // (The head's end: pdftotext may put its start on a line of its own.)
    CHECK(onPaper.count(QStringLiteral("Monitoring report \u00b7 3 December 2026")) == pages);
    CHECK(onPaper.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}
