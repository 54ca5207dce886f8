#include "ui/monitor/SpcCanvas.h"

#include "ui/monitor/SpcStyle.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace jointly::ui {

namespace {

using monitoring::SpcPoint;

struct Range {
    double low = 0;
    double high = 1;
    void take(const std::optional<double>& value) {
        if (value && std::isfinite(*value)) {
            low = std::min(low, *value);
            high = std::max(high, *value);
        }
    }
};

void drawMarker(QPainter& painter, QPointF at, double size, spc::Marker marker) {
    const double r = size / 2;
    switch (marker) {
    case spc::Marker::Circle:
        painter.drawEllipse(at, r, r);
        return;
    case spc::Marker::Square:
        painter.drawRect(QRectF(at.x() - r, at.y() - r, size, size));
        return;
    case spc::Marker::Diamond: {
        const QPointF corners[] = {{at.x(), at.y() - r * 1.3},
                                   {at.x() + r * 1.3, at.y()},
                                   {at.x(), at.y() + r * 1.3},
                                   {at.x() - r * 1.3, at.y()}};
        painter.drawPolygon(corners, 4);
        return;
    }
    case spc::Marker::Triangle: {
        const QPointF corners[] = {{at.x(), at.y() - r * 1.3},
                                   {at.x() + r * 1.2, at.y() + r},
                                   {at.x() - r * 1.2, at.y() + r}};
        painter.drawPolygon(corners, 3);
        return;
    }
    }
}

} // namespace

SpcCanvas::SpcCanvas(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("spc_canvas"));
    setAccessibleName(tr("SPC chart"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void SpcCanvas::setChart(const monitoring::KpiChart& chart) {
    chart_ = chart;
    update();
}

void SpcCanvas::paintEvent(QPaintEvent* /*event*/) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto& points = chart_.chart.points;
    const QFontMetrics metrics(font());
    if (points.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No figures yet: type them under Figures, or import a CSV."));
        return;
    }
    Range range{std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest()};
    for (const auto& point : points) {
        range.take(point.value);
        if (point.limitsShown) {
            range.take(point.lowerLimit);
            range.take(point.upperLimit);
        }
        range.take(point.mean);
    }
    if (chart_.settings.target) {
        range.take(chart_.settings.target);
    }
    if (range.low > range.high) {
        range = Range{};
    }
    const double pad = std::max((range.high - range.low) * 0.08, 0.5);
    range.low -= pad;
    range.high += pad;

    const int left = metrics.horizontalAdvance(QStringLiteral("-000,000.0")) + 8;
    const QRectF plot(left, metrics.height() * 2, width() - left - 16,
                      height() - metrics.height() * 4.5);
    const auto n = points.size();
    const auto xAt = [&](std::size_t i) {
        return n == 1 ? plot.center().x()
                      : plot.left() +
                            plot.width() * static_cast<double>(i) / static_cast<double>(n - 1);
    };
    const auto yAt = [&](double value) {
        return plot.bottom() - plot.height() * (value - range.low) / (range.high - range.low);
    };
    const QColor ink = palette().color(QPalette::Text);
    const QColor faint = palette().color(QPalette::Mid);

    // The frame and five values up the side.
    painter.setPen(QPen(faint, 1));
    painter.drawRect(plot);
    for (int step = 0; step <= 4; ++step) {
        const double value = range.low + (range.high - range.low) * step / 4.0;
        const double y = yAt(value);
        painter.setPen(QPen(faint, 1, Qt::DotLine));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(ink);
        painter.drawText(QRectF(0, y - metrics.height() / 2.0, left - 6, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(value, 'f', 1));
    }

    // Period labels, as many as fit without touching.
    const int labelWidth = metrics.horizontalAdvance(QStringLiteral("2025-Q4")) + 12;
    const std::size_t every = std::max<std::size_t>(
        1, static_cast<std::size_t>(
               std::ceil(labelWidth * static_cast<double>(n) / std::max(1.0, plot.width()))));
    painter.setPen(ink);
    for (std::size_t i = 0; i < n; i += every) {
        const QString label = QString::fromStdString(chart_.periods[i]);
        painter.drawText(
            QRectF(xAt(i) - labelWidth / 2.0, plot.bottom() + 4, labelWidth, metrics.height()),
            Qt::AlignCenter, label);
    }

    // Mean and limits, group by group.
    for (std::size_t start = 0; start < n;) {
        std::size_t end = start;
        while (end + 1 < n && points[end + 1].group == points[start].group) {
            ++end;
        }
        const auto& first = points[start];
        const double x0 =
            xAt(start) - (start == 0 ? 0 : plot.width() / (2.0 * static_cast<double>(n - 1)));
        const double x1 = xAt(end);
        if (first.mean) {
            painter.setPen(QPen(ink, 1.6));
            painter.drawLine(QPointF(x0, yAt(*first.mean)), QPointF(x1, yAt(*first.mean)));
        }
        if (first.limitsShown && first.lowerLimit && first.upperLimit) {
            painter.setPen(QPen(ink, 1.2, first.trialLimits ? Qt::DotLine : Qt::DashLine));
            painter.drawLine(QPointF(x0, yAt(*first.upperLimit)),
                             QPointF(x1, yAt(*first.upperLimit)));
            painter.drawLine(QPointF(x0, yAt(*first.lowerLimit)),
                             QPointF(x1, yAt(*first.lowerLimit)));
            if (first.trialLimits) {
                painter.drawText(QPointF(x0 + 4, yAt(*first.upperLimit) - 3), tr("trial limits"));
            }
        }
        if (start > 0) {
            // A rebase: a vertical line where the new limits begin.
            painter.setPen(QPen(ink, 1.2, Qt::DashDotDotLine));
            painter.drawLine(QPointF(x0, plot.top()), QPointF(x0, plot.bottom()));
            painter.drawText(QPointF(x0 + 4, plot.top() + metrics.ascent() + 2), tr("rebased"));
        }
        start = end + 1;
    }
    if (chart_.settings.target) {
        const double y = yAt(*chart_.settings.target);
        painter.setPen(QPen(QColor(0xb0, 0x1c, 0x2e), 1.6, Qt::DashDotLine));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.drawText(QPointF(plot.right() - metrics.horizontalAdvance(tr("target")) - 4, y - 3),
                         tr("target"));
    }

    // The figures: a line through those given, broken where one is missing.
    painter.setPen(QPen(faint.darker(130), 1.6));
    QPainterPath line;
    bool drawing = false;
    for (std::size_t i = 0; i < n; ++i) {
        if (!points[i].value) {
            drawing = false;
            continue;
        }
        const QPointF at(xAt(i), yAt(*points[i].value));
        if (drawing) {
            line.lineTo(at);
        } else {
            line.moveTo(at);
            drawing = true;
        }
    }
    painter.drawPath(line);
    const double size = std::max(7.0, metrics.height() * 0.55);
    for (std::size_t i = 0; i < n; ++i) {
        const auto& point = points[i];
        if (!point.value) {
            painter.setPen(QPen(ink, 1));
            painter.drawText(
                QRectF(xAt(i) - 20, plot.bottom() - metrics.height() - 2, 40, metrics.height()),
                Qt::AlignCenter, tr("?"));
            continue;
        }
        const auto colour = spc::colourOf(point.type);
        painter.setPen(QPen(colour.darker(140), 1));
        painter.setBrush(colour);
        drawMarker(painter, QPointF(xAt(i), yAt(*point.value)), size, spc::markerOf(point.type));
    }
    painter.setBrush(Qt::NoBrush);

    // Annotations, numbered as the list beside the chart numbers them.
    int number = 0;
    painter.setPen(ink);
    for (std::size_t i = 0; i < n && i < chart_.notes.size(); ++i) {
        if (chart_.notes[i].empty()) {
            continue;
        }
        ++number;
        const double y = points[i].value ? yAt(*points[i].value) - size - 4 : plot.top() + 4;
        const QRectF badge(xAt(i) - metrics.height() / 2.0, y - metrics.height(), metrics.height(),
                           metrics.height());
        painter.drawEllipse(badge);
        painter.drawText(badge, Qt::AlignCenter, QString::number(number));
    }
}

} // namespace jointly::ui
