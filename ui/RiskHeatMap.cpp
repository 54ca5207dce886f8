#include "ui/RiskHeatMap.h"

#include "planning/PlanningKinds.h"
#include "records/RecordStore.h"
#include "ui/ProjectDocument.h"

#include <QPainter>
#include <QSet>

namespace jointly::ui {

RiskHeatMap::RiskHeatMap(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document) {
    setObjectName(QStringLiteral("risk_heat_map"));
    setAccessibleName(tr("Risk heat map"));
    connect(&document_, &ProjectDocument::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(QStringLiteral("risk"))) {
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
        ++counts_[static_cast<std::size_t>(likelihood - 1)][static_cast<std::size_t>(impact - 1)];
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
}

void RiskHeatMap::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int margin = fontMetrics().height() * 2;
    const int side = std::min((width() - margin - 4) / 5, (height() - margin - 4) / 5);
    if (side <= 4) {
        return;
    }
    const QPoint origin(margin, 2);
    for (int likelihood = 5; likelihood >= 1; --likelihood) {
        for (int impact = 1; impact <= 5; ++impact) {
            const QRect cell(origin.x() + (impact - 1) * side, origin.y() + (5 - likelihood) * side,
                             side - 2, side - 2);
            const int score = likelihood * impact;
            const QColor fill = score >= 15  ? QColor(0xD7, 0x30, 0x27)
                                : score >= 5 ? QColor(0xFC, 0xB9, 0x4D)
                                             : QColor(0x7F, 0xC9, 0x7F);
            painter.fillRect(cell, fill);
            const int count = countAt(likelihood, impact);
            if (count > 0) {
                auto font = painter.font();
                font.setBold(true);
                font.setPointSizeF(font.pointSizeF() * 1.3);
                painter.setFont(font);
                painter.setPen(score >= 15 ? Qt::white : Qt::black);
                painter.drawText(cell, Qt::AlignCenter, QString::number(count));
                painter.setFont(this->font());
            }
        }
    }
    painter.setPen(palette().color(QPalette::WindowText));
    const QRect impactLabel(origin.x(), origin.y() + 5 * side, 5 * side, margin);
    painter.drawText(impactLabel, Qt::AlignCenter, tr("Impact 1 to 5 \u2192"));
    painter.save();
    painter.translate(margin / 2, origin.y() + 5 * side / 2);
    painter.rotate(-90);
    painter.drawText(QRect(-5 * side / 2, -margin / 2, 5 * side, margin), Qt::AlignCenter,
                     tr("Likelihood 1 to 5 \u2192"));
    painter.restore();
}

} // namespace jointly::ui
