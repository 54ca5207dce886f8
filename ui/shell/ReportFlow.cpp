#include "ui/shell/ReportFlow.h"

#include "project/Project.h"
#include "report/EvaluationReport.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/FileFolders.h"
#include "ui/common/ProjectDocument.h"
#include "ui/documents/ReportWriting.h"

#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace jointly::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ReportFlow", text);
}

// Reports the outcome of a task: a cancelled one as a notice, any other
// failure as a problem. True when it succeeded.
bool said(ProjectDocument& document, const Status& status) {
    if (status.ok()) {
        return true;
    }
    const auto message = QString::fromStdString(status.error().message);
    if (status.error().kind == ErrorKind::Cancelled) {
        emit document.notice(message);
    } else {
        emit document.problem(message);
    }
    return false;
}

// The report made on the worker's thread; progress from 0 to `upTo` per
// cent as its parts are done.
Outcome<report::Report> make(ProjectDocument& document, const report::ReportRequest& request,
                             const std::function<bool(int)>& progress, int upTo) {
    auto opened = document.openReader();
    if (!opened.ok()) {
        return opened.error();
    }
    auto& project = *opened.value();
    return project.guarded<Outcome<report::Report>>([&] {
        return report::makeReport(
            project.database(), request, [&](std::size_t done, std::size_t total) {
                return progress(
                    total == 0 ? upTo
                               : static_cast<int>(done * static_cast<std::size_t>(upTo) / total));
            });
    });
}

} // namespace

void setUpPrinterFor(QPrinter& printer, const report::Report& made) {
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    printer.setDocName(QString::fromStdString(made.title));
    printer.setCreator(QStringLiteral("Jointly"));
}

std::optional<report::Report> makeReportInBackground(ProjectDocument& document,
                                                     const report::ReportRequest& request,
                                                     QWidget* window) {
    Outcome<report::Report> made = Error{ErrorKind::Storage, "The report was not made."};
    runWithProgress(tr("Report"), tr("Putting the report together..."), window,
                    [&](const std::function<bool(int)>& progress) {
                        made = make(document, request, progress, 100);
                    });
    if (!made.ok()) {
        said(document, made.error());
        return std::nullopt;
    }
    return std::move(made).value();
}

bool saveReportTo(ProjectDocument& document, const report::ReportRequest& request,
                  const QString& path, QWidget* window) {
    Status done = success();
    int files = 0;
    runWithProgress(tr("Report"), tr("Writing %1...").arg(QDir::toNativeSeparators(path)), window,
                    [&](const std::function<bool(int)>& progress) {
                        auto made = make(document, request, progress, 70);
                        if (!made.ok()) {
                            done = made.error();
                            return;
                        }
                        if (!progress(75)) {
                            done = Error{ErrorKind::Cancelled,
                                         "The report was cancelled; nothing was written."};
                            return;
                        }
                        const auto problem = writeReport(made.value(), path);
                        if (!problem.isEmpty()) {
                            done = Error{ErrorKind::Storage, problem.toStdString()};
                            return;
                        }
                        ++files;
                        if (request.kind != report::ReportKind::Evaluation) {
                            return;
                        }
                        auto opened = document.openReader();
                        if (!opened.ok()) {
                            done = opened.error();
                            return;
                        }
                        auto& project = *opened.value();
                        const auto summaries =
                            project.guarded<Outcome<std::vector<report::BidderSummary>>>([&] {
                                return report::bidderSummaries(
                                    project.database(), request.procurementId, request.generatedOn);
                            });
                        if (!summaries.ok()) {
                            done = summaries.error();
                            return;
                        }
                        QStringList written;
                        done = writeBidderSummaries(summaries.value(), path, written,
                                                    [&] { return progress(90); });
                        files += static_cast<int>(written.size());
                    });
    if (!said(document, done)) {
        return false;
    }
    FileFolders::remember(path);
    emit document.written(
        files > 1 ? tr("The report was written to %1, with %2 bidders' summaries beside it.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(files - 1)
                  : tr("The report was written to %1.").arg(QDir::toNativeSeparators(path)),
        path);
    return true;
}

namespace {

// Makes the report, sets up a printer for it (A4, the whole page: the
// report keeps its own margins) and hands both to `use`.
void onPrinter(ProjectDocument& document, const report::ReportRequest& request, QWidget* window,
               const std::function<void(const report::Report&, QPrinter&)>& use) {
    const auto made = makeReportInBackground(document, request, window);
    if (!made) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinterFor(printer, *made);
    use(*made, printer);
}

} // namespace

void previewReport(ProjectDocument& document, const report::ReportRequest& request,
                   QWidget* window) {
    onPrinter(document, request, window, [&](const report::Report& made, QPrinter& printer) {
        QPrintPreviewDialog preview(&printer, window);
        preview.setWindowTitle(tr("Print preview: %1").arg(QString::fromStdString(made.title)));
        preview.setAccessibleName(preview.windowTitle());
        QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                         [&made](QPrinter* device) { printReport(made, *device); });
        preview.exec();
    });
}

void printReportFromWindow(ProjectDocument& document, const report::ReportRequest& request,
                           QWidget* window) {
    onPrinter(document, request, window, [&](const report::Report& made, QPrinter& printer) {
        QPrintDialog dialog(&printer, window);
        // The report is drawn whole onto the printer: a range of its pages
        // is not offered.
        dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
        dialog.setWindowTitle(tr("Print %1").arg(QString::fromStdString(made.title)));
        if (dialog.exec() == QDialog::Accepted && !printReport(made, printer)) {
            emit document.problem(tr("The printer did not take the report. Check that it is "
                                     "switched on and connected, then try again."));
        }
    });
}

} // namespace jointly::ui
