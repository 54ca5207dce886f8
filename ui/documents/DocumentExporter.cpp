#include "ui/documents/DocumentExporter.h"

#include "ui/documents/SvgTextObject.h"

#include "report/OdtPageHeads.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextCursor>
#include <QUrl>

#include <filesystem>
#include <system_error>
#include <utility>
#include <vector>

#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace jointly::ui {

QString exportFileFilter() {
    return QObject::tr("PDF document (*.pdf);;OpenDocument text (*.odt);;Web page (*.html)");
}

bool isDocumentPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("pdf") || suffix == QLatin1String("odt") ||
           suffix == QLatin1String("html") || suffix == QLatin1String("htm");
}

QString documentPathProblem(const QString& path) {
    return QObject::tr("%1 does not end in .pdf, .odt or .html, so Jointly does not know which "
                       "kind of document to write. Add one of those endings.")
        .arg(QFileInfo(path).fileName());
}

QString exportDocument(const QString& html, const QString& path) {
    return exportDocument(html, path, ReportPages{});
}

namespace {

// The HTML with each chart inline, as an SVG data address.
QString withChartsInline(QString html, const ReportPages& pages) {
    for (auto chart = pages.charts.cbegin(); chart != pages.charts.cend(); ++chart) {
        html.replace(QStringLiteral("src=\"svg:") + chart.key() + QLatin1Char('"'),
                     QStringLiteral("src=\"data:image/svg+xml;base64,") +
                         QString::fromLatin1(chart.value().toBase64()) + QLatin1Char('"'));
    }
    return html;
}

// Each chart as a picture the document holds (an ODT holds pictures only),
// drawn at twice its size so that it prints sharply.
void addChartPictures(QTextDocument& document, const ReportPages& pages) {
    for (auto chart = pages.charts.cbegin(); chart != pages.charts.cend(); ++chart) {
        QSvgRenderer renderer(chart.value());
        const QSize size =
            renderer.defaultSize().isEmpty() ? QSize(640, 360) : renderer.defaultSize();
        QImage picture(size * 2, QImage::Format_ARGB32);
        picture.fill(Qt::white);
        QPainter painter(&picture);
        renderer.render(&painter);
        painter.end();
        picture.setDevicePixelRatio(2);
        document.addResource(QTextDocument::ImageResource,
                             QUrl(QStringLiteral("svg:") + chart.key()), picture);
    }
}

// Each chart's picture swapped for the chart itself, drawn from its SVG.
void useVectorCharts(QTextDocument& document, const ReportPages& pages, SvgTextObject* handler) {
    document.documentLayout()->registerHandler(SvgTextObject::kType, handler);
    std::vector<std::pair<int, QByteArray>> found;
    for (auto block = document.begin(); block != document.end(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const auto fragment = it.fragment();
            const auto format = fragment.charFormat();
            if (!format.isImageFormat()) {
                continue;
            }
            const auto name = format.toImageFormat().name();
            if (name.startsWith(QStringLiteral("svg:")) && pages.charts.contains(name.mid(4))) {
                // Two same charts side by side share one fragment.
                for (int at = 0; at < fragment.length(); ++at) {
                    found.emplace_back(fragment.position() + at, pages.charts.value(name.mid(4)));
                }
            }
        }
    }
    // From the end, so the earlier positions stay where they were.
    for (auto each = found.rbegin(); each != found.rend(); ++each) {
        QTextCursor cursor(&document);
        cursor.setPosition(each->first);
        cursor.setPosition(each->first + 1, QTextCursor::KeepAnchor);
        QTextCharFormat object;
        object.setObjectType(SvgTextObject::kType);
        object.setProperty(SvgTextObject::kSvgProperty, each->second);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }
}

// The report's text is spaced at 1.45 lines, which would add nearly half
// a chart's height again beneath each chart: a paragraph holding a picture
// or chart is single spaced.
void singleSpaceCharts(QTextDocument& document) {
    for (auto block = document.begin(); block != document.end(); block = block.next()) {
        bool chart = false;
        for (auto it = block.begin(); !it.atEnd() && !chart; ++it) {
            const auto format = it.fragment().charFormat();
            chart = format.isImageFormat() || format.objectType() == SvgTextObject::kType;
        }
        if (chart) {
            QTextCursor cursor(block);
            auto format = block.blockFormat();
            format.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
            cursor.setBlockFormat(format);
        }
    }
}

// Draws the document onto the PDF a page at a time, each page headed with
// `runningHead` and numbered at its foot, within margins of 20 mm at the
// sides and 25 mm at the head and foot.
bool printPages(QTextDocument& document, QPagedPaintDevice& writer, const QString& runningHead) {
    QPainter painter;
    if (!painter.begin(&writer)) {
        return false;
    }
    const double dotsPerMm = writer.logicalDpiY() / 25.4;
    const QRectF paper(0, 0, writer.width(), writer.height());
    const QRectF body(20 * dotsPerMm, 25 * dotsPerMm, paper.width() - 40 * dotsPerMm,
                      paper.height() - 50 * dotsPerMm);
    document.documentLayout()->setPaintDevice(&writer);
    document.setPageSize(body.size());
    const int pages = document.pageCount();
    QFont small = document.defaultFont();
    small.setPointSizeF(8);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage()) {
            return false;
        }
        painter.save();
        const QRectF view(0, page * body.height(), body.width(), body.height());
        painter.translate(body.left(), body.top() - view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(small);
        painter.setPen(Qt::black);
        const QRectF head(body.left(), 10 * dotsPerMm, body.width(), 8 * dotsPerMm);
        painter.drawText(head, Qt::AlignLeft | Qt::AlignVCenter, runningHead);
        const QRectF foot(body.left(), paper.height() - 18 * dotsPerMm, body.width(),
                          8 * dotsPerMm);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                         QObject::tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
    return painter.end();
}

// Moves the finished file over the one it replaces in one step, so that a
// failure leaves the old one as it was.
bool replaceWith(const QString& partial, const QString& path) {
    std::error_code failed;
    std::filesystem::rename(partial.toStdString(), path.toStdString(), failed);
    return !failed;
}

} // namespace

bool paintDocument(const QString& html, const ReportPages& pages, QPagedPaintDevice& device) {
    QTextDocument document;
    addChartPictures(document, pages);
    document.setHtml(html);
    singleSpaceCharts(document);
    SvgTextObject charts;
    useVectorCharts(document, pages, &charts);
    return printPages(document, device, pages.runningHead);
}

QString exportDocument(const QString& html, const QString& path, const ReportPages& pages) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString name = QFileInfo(path).fileName();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return QObject::tr("Cannot write %1: %2").arg(name, file.errorString());
        }
        file.write(withChartsInline(html, pages).toUtf8());
        if (!file.commit()) {
            return QObject::tr("Cannot write %1: %2. Check there is space on the disk.")
                .arg(name, file.errorString());
        }
        return {};
    }
    QTextDocument document;
    addChartPictures(document, pages);
    document.setHtml(html);
    singleSpaceCharts(document);
    if (suffix == QLatin1String("odt")) {
        // Write beside the target, then move into place, so a failure never
        // leaves half a document.
        const QString partial = path + QStringLiteral(".partial");
        QTextDocumentWriter writer(partial, "odf");
        if (!writer.write(&document)) {
            QFile::remove(partial);
            return QObject::tr("Cannot write %1. Check the folder exists and there is space.")
                .arg(name);
        }
        // A report's pages headed and numbered, as in its PDF.
        if (!pages.runningHead.isEmpty()) {
            const auto headed =
                report::addOdtPageHeads(partial.toStdString(), pages.runningHead.toStdString());
            if (!headed.ok()) {
                QFile::remove(partial);
                return QString::fromStdString(headed.error().message);
            }
        }
        if (!replaceWith(partial, path)) {
            QFile::remove(partial);
            return QObject::tr("Cannot write %1.").arg(name);
        }
        return {};
    }
    if (suffix == QLatin1String("pdf")) {
        const QString partial = path + QStringLiteral(".partial");
        {
            QPdfWriter writer(partial);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
            writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
            writer.setCreator(QStringLiteral("Jointly"));
            if (pages.runningHead.isEmpty() && pages.charts.isEmpty()) {
                // QTextDocument::print() sets its own 2 cm margin inside the
                // page (and puts the page number in it); margins here would
                // add to it and leave the text a narrow column.
                document.print(&writer);
            } else {
                SvgTextObject charts;
                useVectorCharts(document, pages, &charts);
                if (!printPages(document, writer, pages.runningHead)) {
                    QFile::remove(partial);
                    return QObject::tr("Cannot write %1. Check the folder exists and there is "
                                       "space.")
                        .arg(name);
                }
            }
        }
        if (QFileInfo(partial).size() == 0) {
            QFile::remove(partial);
            return QObject::tr("Cannot write %1. Check the folder exists and there is space.")
                .arg(name);
        }
        if (!replaceWith(partial, path)) {
            QFile::remove(partial);
            return QObject::tr("Cannot write %1.").arg(name);
        }
        return {};
    }
    return documentPathProblem(path);
}

} // namespace jointly::ui
