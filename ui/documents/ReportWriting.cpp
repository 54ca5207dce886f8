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

bool printReport(const report::Report& report, QPagedPaintDevice& printer) {
    return paintDocument(QString::fromStdString(report.html), pagesOf(report), printer);
}

} // namespace jointly::ui
