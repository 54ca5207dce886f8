#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

class QPagedPaintDevice;

namespace jointly::ui {

// Writes an HTML document made by the core's report builders as .html, .odt
// or .pdf, chosen by the file name's ending. Returns an empty string on
// success, otherwise a sentence saying what went wrong.
QString exportDocument(const QString& html, const QString& path);

// What a report adds to its HTML.
struct ReportPages {
    // At the top of every page of a PDF: the partnership's name and the
    // date. Every page also says "Page 3 of 12" at its foot.
    QString runningHead;
    // The charts the HTML shows as <img src="svg:NAME">: each NAME's SVG.
    QMap<QString, QByteArray> charts;
};

// The same for a report: its charts drawn as vectors in a PDF, as pictures
// in an ODT and inline in HTML, and a PDF's pages headed and numbered.
QString exportDocument(const QString& html, const QString& path, const ReportPages& pages);

// Draws a report onto a printer (or any paged device), each page headed and
// numbered as in its PDF, within margins of 20 mm at the sides and 25 mm at
// the head and foot of the device's whole page. False if the device
// refused to start or to turn a page.
bool paintDocument(const QString& html, const ReportPages& pages, QPagedPaintDevice& device);

// Whether a file's name ends in .pdf, .odt, .html or .htm (in any case), so
// that exportDocument() knows what to write; and the sentence that says so
// when it does not.
bool isDocumentPath(const QString& path);
QString documentPathProblem(const QString& path);

// The endings exportDocument() understands, for file dialogs.
QString exportFileFilter();

} // namespace jointly::ui
