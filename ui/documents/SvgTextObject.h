#pragma once

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace jointly::ui {

// Charts in a report's HTML are written as <img src="svg:NAME"> with their
// SVG text given beside the HTML. In a PDF they are drawn from the SVG itself
// (vectors, sharp at any zoom); in an ODT, which holds pictures only, as
// images made from it; in HTML, inline.
class SvgTextObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    // The object type the charts take in a QTextDocument.
    static constexpr int kType = QTextFormat::UserObject + 1;
    // The property holding a chart's SVG text.
    static constexpr int kSvgProperty = QTextFormat::UserProperty + 1;

    explicit SvgTextObject(QObject* parent = nullptr);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;
};

} // namespace jointly::ui
