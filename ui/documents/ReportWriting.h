#pragma once

#include "report/Report.h"

#include <QString>

class QPagedPaintDevice;

// Writes a report made by the core (the commissioning plan, the tender
// evaluation, the monitoring report) as PDF, ODT or HTML by the file name's
// ending: its charts as vectors in a PDF, as pictures in an ODT and inline
// SVG in HTML; a PDF's pages headed with the partnership, the report and the
// date, and numbered. Safe off the window's thread. Returns an empty string
// on success, otherwise a sentence saying what went wrong.
namespace jointly::ui {

QString writeReport(const report::Report& report, const QString& path);

// The report drawn onto a printer, as its PDF would be (QPrinter with
// setFullPage(true)); false if the printer refused.
bool printReport(const report::Report& report, QPagedPaintDevice& printer);

} // namespace jointly::ui
