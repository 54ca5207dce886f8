#include "ui/documents/SvgTextObject.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextDocument>

namespace jointly::ui {

SvgTextObject::SvgTextObject(QObject* parent) : QObject(parent) {
}

QSizeF SvgTextObject::intrinsicSize(QTextDocument* document, int, const QTextFormat& format) {
    QSvgRenderer renderer(format.property(kSvgProperty).toByteArray());
    QSizeF size = renderer.defaultSize();
    if (size.isEmpty()) {
        size = QSizeF(640, 360);
    }
    // SVG units are CSS pixels (96 to the inch); a printer has more dots.
    if (const auto* device = document->documentLayout()->paintDevice()) {
        size *= device->logicalDpiX() / 96.0;
    }
    // No wider than the page's text.
    const qreal room = document->pageSize().width() > 0
                           ? document->pageSize().width() - 2 * document->documentMargin()
                           : size.width();
    if (size.width() > room && room > 0) {
        size *= room / size.width();
    }
    return size;
}

void SvgTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                               const QTextFormat& format) {
    QSvgRenderer renderer(format.property(kSvgProperty).toByteArray());
    renderer.render(painter, rect);
}

} // namespace jointly::ui
