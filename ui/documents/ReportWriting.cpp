#include "ui/documents/ReportWriting.h"

#include "ui/documents/DocumentExporter.h"

namespace jointly::ui {

namespace {

ReportPages pagesOf(const report::Report& report) {
    ReportPages pages;
    pages.runningHead = QString::fromStdString(report.runningHead);
    for (const auto& chart : report.charts) {
        pages.charts.insert(QString::fromStdString(chart.name),
                            QByteArray::fromStdString(chart.svg));
    }
    return pages;
}

} // namespace

QString writeReport(const report::Report& report, const QString& path) {
    return exportDocument(QString::fromStdString(report.html), path, pagesOf(report));
}

Status writeBidderSummaries(const std::vector<report::BidderSummary>& summaries,
                            const QString& reportPath, QStringList& written,
                            const std::function<bool()>& goOn) {
    const auto paths = report::bidderSummaryPaths(reportPath.toStdString(), summaries);
    const auto sofar = [&] {
        return "the report and " + std::to_string(written.size()) +
               (written.size() == 1 ? " summary were" : " summaries were");
    };
    for (std::size_t i = 0; i < summaries.size(); ++i) {
        if (goOn && !goOn()) {
            return Error{ErrorKind::Cancelled,
                         "Stopped: " + sofar() +
                             " written before Cancel; the other summaries were not."};
        }
        const auto path = QString::fromStdString(paths[i]);
        const auto problem = writeReport(summaries[i].report, path);
        if (!problem.isEmpty()) {
            return Error{ErrorKind::Storage, "The summary for " + summaries[i].bid +
                                                 " was not written (" + problem.toStdString() +
                                                 "); " + sofar() + " written before it."};
        }
        written.push_back(path);
    }
    return success();
}

bool printReport(const report::Report& report, QPagedPaintDevice& printer) {
    return paintDocument(QString::fromStdString(report.html), pagesOf(report), printer);
}

} // namespace jointly::ui
