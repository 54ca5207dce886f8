#pragma once

#include "Outcome.h"
#include "report/EvaluationReport.h"
#include "report/Report.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QPagedPaintDevice;

// Writes a report made by the core (the commissioning plan, the tender
// evaluation, the monitoring report) as PDF, ODT or HTML by the file name's
// ending: its charts as vectors in a PDF, as pictures in an ODT and inline
// SVG in HTML; a PDF's pages headed with the partnership, the report and the
// date, and numbered. Safe off the window's thread. Returns an empty string
// on success, otherwise a sentence saying what went wrong.
namespace jointly::ui {

QString writeReport(const report::Report& report, const QString& path);

// Writes each bidder's summary of a tender evaluation beside the report
// written to reportPath, under the names report::bidderSummaryPaths gives,
// adding each file written to `written`. `goOn` is asked before each: false
// stops (Cancelled). A failure says which summary could not be written and
// how many were.
Status writeBidderSummaries(const std::vector<report::BidderSummary>& summaries,
                            const QString& reportPath, QStringList& written,
                            const std::function<bool()>& goOn = {});

// The report drawn onto a printer, as its PDF would be (QPrinter with
// setFullPage(true)); false if the printer refused.
bool printReport(const report::Report& report, QPagedPaintDevice& printer);

} // namespace jointly::ui
