#include "ui/plan/RiskHeatMap.h"

#include "planning/PlanningKinds.h"
#include "records/RecordStore.h"
#include "ui/common/ProjectDocument.h"

#include <QPainter>
#include <QSet>

namespace jointly::ui {

RiskHeatMap::RiskHeatMap(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document) {
    setObjectName(QStringLiteral("risk_heat_map"));
    setAccessibleName(tr("Risk heat map"));
    connect(&document_, &ProjectDocument::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(
                QString::fromUtf8(planning::risk().table.data(),
                                  static_cast<qsizetype>(planning::risk().table.size())))) {
            reload();
        }
    });
    reload();
}

int RiskHeatMap::countAt(int likelihood, int impact) const {
    if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
        return 0;
    }
    return counts_[static_cast<std::size_t>(likelihood - 1)][static_cast<std::size_t>(impact - 1)];
}

void RiskHeatMap::reload() {
    document_.readSafely([&] {
        counts_ = {};
        unscored_ = 0;
        const auto& kind = planning::risk();
        QStringList hot;
        for (const auto& record : records::listRecords(document_.database(), kind)) {
            if (record.text(kind, "status") == "closed") {
                continue;
            }
            const auto likelihood = record.number(kind, "likelihood");
            const auto impact = record.number(kind, "impact");
            if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
                ++unscored_;
                continue;
            }
            ++counts_[static_cast<std::size_t>(likelihood - 1)]
                     [static_cast<std::size_t>(impact - 1)];
            if (likelihood * impact >= 15) {
                hot << QString::fromStdString(records::nameOf(kind, record));
            }
        }
        // The picture in words, for screen readers and the tip.
        int open = unscored_;
        for (const auto& row : counts_) {
            for (int count : row) {
                open += count;
            }
        }
        QString words = tr("%n risk(s) not closed", nullptr, open);
        if (!hot.isEmpty()) {
            words += tr("; red (likelihood times impact 15 or more): %1")
                         .arg(hot.join(QStringLiteral(", ")));
        }
        if (unscored_ > 0) {
            words += tr("; %n without a likelihood or impact", nullptr, unscored_);
        }
        setAccessibleDescription(words + QStringLiteral("."));
        setToolTip(words + QStringLiteral("."));
        update();
    });
}

void RiskHeatMap::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int line = fontMetrics().height();
    // Room for the axis title and the numbers 1 to 5 on the left and below,
    // and for the key under the map.
    const int margin = line * 2 + fontMetrics().horizontalAdvance(QStringLiteral("5"));
    const int side = std::min((width() - margin - 4) / 5, (height() - margin - 4 * line - 4) / 5);
    if (side <= 4) {
        return;
    }
    const QPoint origin(margin, 2);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    for (int likelihood = 5; likelihood >= 1; --likelihood) {
        for (int impact = 1; impact <= 5; ++impact) {
            const QRect cell(origin.x() + (impact - 1) * side, origin.y() + (5 - likelihood) * side,
                             side - 2, side - 2);
            const int score = likelihood * impact;
            const bool red = score >= 15;
            const QColor fill = red          ? QColor(0xD7, 0x30, 0x27)
                                : score >= 5 ? QColor(0xFC, 0xB9, 0x4D)
                                             : QColor(0x7F, 0xC9, 0x7F);
            painter.fillRect(cell, fill);
            // The cell's score, small in its corner, so the bands read
            // without their colours.
            painter.setFont(small);
            painter.setPen(red ? Qt::white : Qt::black);
            painter.drawText(cell.adjusted(3, 1, -3, -1), Qt::AlignTop | Qt::AlignLeft,
                             QString::number(score));
            const int count = countAt(likelihood, impact);
            if (count > 0) {
                auto font = this->font();
                font.setBold(true);
                font.setPointSizeF(font.pointSizeF() * 1.3);
                painter.setFont(font);
                painter.drawText(cell, Qt::AlignCenter, QString::number(count));
            }
            painter.setFont(this->font());
        }
    }
    painter.setPen(palette().color(QPalette::WindowText));
    // The numbers along each axis.
    const int numbers = fontMetrics().horizontalAdvance(QStringLiteral("5")) + 4;
    for (int value = 1; value <= 5; ++value) {
        painter.drawText(
            QRect(origin.x() - numbers, origin.y() + (5 - value) * side, numbers - 2, side),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
        painter.drawText(QRect(origin.x() + (value - 1) * side, origin.y() + 5 * side, side, line),
                         Qt::AlignHCenter | Qt::AlignTop, QString::number(value));
    }
    const QRect impactLabel(origin.x(), origin.y() + 5 * side + line, 5 * side, line);
    painter.drawText(impactLabel, Qt::AlignCenter, tr("Impact \u2192"));
    painter.save();
    painter.translate(line / 2 + 2, origin.y() + 5 * side / 2);
    painter.rotate(-90);
    painter.drawText(QRect(-5 * side / 2, -line / 2, 5 * side, line), Qt::AlignCenter,
                     tr("Likelihood \u2192"));
    painter.restore();
    const QRect key(0, origin.y() + 5 * side + 2 * line + 2, width(), 2 * line + 2);
    painter.drawText(key, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     tr("Each cell: likelihood \u00D7 impact. Red 15 or more, amber 5 to 14, "
                        "green under 5."));
}

} // namespace jointly::ui
