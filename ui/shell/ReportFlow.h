#pragma once

#include "report/Report.h"
#include "report/ReportChoice.h"

#include <QString>

#include <optional>

class QPrinter;
class QWidget;

// Making a report from the window: off the window's thread with a
// connection of its own, with a progress bar and Cancel, through the same
// core as `jointly report`; then saving it (PDF, ODT or HTML, with each
// bidder's summary beside a tender evaluation), previewing it as it will
// print, or printing it.
namespace jointly::ui {

class ProjectDocument;

// The report, or nothing (the reason shown) when it could not be made or
// was cancelled.
std::optional<report::Report> makeReportInBackground(ProjectDocument& document,
                                                     const report::ReportRequest& request,
                                                     QWidget* window);

// Makes and writes the report to `path` (its ending chooses PDF, ODT or
// HTML); false, with the reason shown, if it could not.
bool saveReportTo(ProjectDocument& document, const report::ReportRequest& request,
                  const QString& path, QWidget* window);

// A printer set up for the report, as Print and Print preview set theirs:
// A4, the whole page given to the report (which keeps its own margins),
// named after the report.
void setUpPrinterFor(QPrinter& printer, const report::Report& made);

// Print preview, and the printer's own dialog then printing.
void previewReport(ProjectDocument& document, const report::ReportRequest& request,
                   QWidget* window);
void printReportFromWindow(ProjectDocument& document, const report::ReportRequest& request,
                           QWidget* window);

} // namespace jointly::ui
