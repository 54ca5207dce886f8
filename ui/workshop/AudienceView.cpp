#include "ui/workshop/AudienceView.h"

#include "workshop/RoundTable.h"

#include <QFont>
#include <QPaintEvent>
#include <QPainter>

#include <algorithm>

namespace jointly::ui {

namespace {

// Light on dark grey: strong contrast without a white screen's glare.
const QColor kBackground(0x20, 0x24, 0x28);
const QColor kText(0xED, 0xED, 0xE6);
const QColor kBar(0x6C, 0xA0, 0xDC);
const QColor kTrack(0x38, 0x3E, 0x46);

QString fromCore(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace

AudienceView::AudienceView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("audience_view"));
    setAccessibleName(tr("Audience view"));
    setWindowTitle(tr("Jointly: audience view"));
    setAutoFillBackground(false);
    setMinimumSize(640, 360);
    rebuild();
}

void AudienceView::setHeading(const QString& workshop, const QString& item) {
    workshop_ = workshop;
    item_ = item;
    update();
}

void AudienceView::showRound(const std::optional<workshop::LoadedRound>& round) {
    round_ = round;
    rebuild();
    update();
}

void AudienceView::setCountdown(int secondsLeft) {
    secondsLeft_ = secondsLeft;
    if (secondsLeft < 0) {
        countdown_.clear();
    } else if (secondsLeft == 0) {
        countdown_ = tr("Time is up");
    } else {
        countdown_ =
            tr("%1:%2 left").arg(secondsLeft / 60).arg(secondsLeft % 60, 2, 10, QLatin1Char('0'));
    }
    update();
}

void AudienceView::rebuild() {
    bars_.clear();
    notes_.clear();
    if (!round_) {
        question_.clear();
        status_ = tr("Welcome. The next round will appear here.");
        return;
    }
    const auto& round = *round_;
    question_ = fromCore(round.round.name);
    switch (round.round.state) {
    case workshop::RoundState::Draft:
        status_ = tr("Getting ready: voting opens shortly.");
        break;
    case workshop::RoundState::Open:
        status_ = tr("Voting is open. %1").arg(fromCore(round.progress));
        break;
    case workshop::RoundState::Closed:
        status_ = tr("Voting has closed. The results will be shown shortly.");
        break;
    case workshop::RoundState::Revealed: {
        // Only now does anything of the result reach the room.
        const auto table = workshop::roundTable(round);
        status_ = fromCore(table.sentence);
        std::int64_t most = 0;
        for (const auto& row : table.rows) {
            most = std::max(most, std::abs(row.resultHundredths));
        }
        for (const auto& row : table.rows) {
            const QString label = fromCore(row.rank) + QStringLiteral(". ") + fromCore(row.choice);
            QString figure = fromCore(row.result);
            if (row.disagreement) {
                figure += tr(" (far apart)");
            }
            const double fraction = most == 0
                                        ? 0.0
                                        : static_cast<double>(std::abs(row.resultHundredths)) /
                                              static_cast<double>(most);
            bars_.push_back({label, figure, fraction});
        }
        // What the room should hear next: for a scoring round, how far a
        // weight must move before another option goes top; where members
        // are far apart.
        // Never the sentence about votes left out: it names the member.
        for (const auto& note : table.notes) {
            if (notes_.size() < 2 && note != round.problem) {
                notes_ << fromCore(note);
            }
        }
        break;
    }
    }
}

int AudienceView::unit() const {
    // 32 pt is 43 px at 96 dots per inch: at least that on a 1080-line
    // screen, in proportion on others, and never under 16 px in a small window.
    return std::max(16, height() * 43 / 1080);
}

QStringList AudienceView::shownText() const {
    QStringList lines;
    if (!workshop_.isEmpty()) {
        lines << workshop_;
    }
    if (!item_.isEmpty()) {
        lines << item_;
    }
    if (!countdown_.isEmpty()) {
        lines << countdown_;
    }
    if (!question_.isEmpty()) {
        lines << question_;
    }
    lines << status_;
    for (const auto& bar : bars_) {
        lines << bar.label << bar.figure;
    }
    lines << notes_;
    return lines;
}

void AudienceView::paintEvent(QPaintEvent* event) {
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), kBackground);
    painter.setPen(kText);
    const int u = unit();
    const int margin = u;
    // Everything essential in the top two thirds: heads get in the way below.
    const int usable = height() * 2 / 3;
    int y = margin;
    QFont font = painter.font();
    font.setPixelSize(u);
    painter.setFont(font);
    const QString heading = item_.isEmpty() ? workshop_ : workshop_ + QStringLiteral(": ") + item_;
    const int textWidth = width() - 2 * margin;
    if (!countdown_.isEmpty()) {
        QFont big = font;
        big.setPixelSize(u * 2);
        big.setBold(true);
        painter.setFont(big);
        const QRect clock(width() / 2, y, width() / 2 - margin, u * 2 + u / 2);
        painter.drawText(clock, Qt::AlignRight | Qt::AlignTop, countdown_);
        painter.setFont(font);
    }
    const int headingWidth = countdown_.isEmpty() ? textWidth : textWidth / 2;
    const int wrap = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    // Each block takes the height its wrapped text needs.
    auto block = [&](int left, int top, int blockWidth, const QString& text) {
        const QRect needed =
            painter.boundingRect(QRect(left, top, blockWidth, height()), wrap, text);
        painter.drawText(needed, wrap, text);
        return needed;
    };
    const QRect headingRect = block(margin, y, headingWidth, heading);
    y = std::max(headingRect.bottom(), y + (countdown_.isEmpty() ? 0 : u * 2)) + u / 2;
    if (!question_.isEmpty()) {
        QFont title = font;
        title.setPixelSize(u * 3 / 2);
        title.setBold(true);
        painter.setFont(title);
        y = block(margin, y, textWidth, question_).bottom() + u / 2;
        painter.setFont(font);
    }
    y = block(margin, y, textWidth, status_).bottom() + u / 2;
    const int rowHeight = u * 3 / 2;
    // The figures are measured, so "7 for, 2 against, 1 abstention" is read
    // in full; the labels take what is left beside a bar of at least four
    // text heights.
    int figureWidth = u * 3;
    for (const auto& bar : bars_) {
        figureWidth = std::max(figureWidth, painter.fontMetrics().horizontalAdvance(bar.figure));
    }
    figureWidth = std::min(figureWidth + u / 2, textWidth / 2);
    const int labelWidth = std::max(u * 4, (textWidth - figureWidth - u * 4) * 3 / 5);
    const int barLeft = margin + labelWidth + u / 2;
    const int barWidth = std::max(u * 2, width() - margin - figureWidth - barLeft);
    std::size_t shown = 0;
    for (const auto& bar : bars_) {
        if (y + 2 * rowHeight > usable && shown + 1 < bars_.size()) {
            painter.drawText(QRect(margin, y, textWidth, rowHeight), Qt::AlignLeft,
                             tr("and %1 more").arg(bars_.size() - shown));
            break;
        }
        const QRect labelRect(margin, y, labelWidth, rowHeight);
        painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(bar.label, Qt::ElideRight, labelWidth));
        const int barHeight = rowHeight * 2 / 3;
        const int top = y + (rowHeight - barHeight) / 2;
        painter.fillRect(QRect(barLeft, top, barWidth, barHeight), kTrack);
        painter.fillRect(QRect(barLeft, top, static_cast<int>(barWidth * bar.fraction), barHeight),
                         kBar);
        painter.drawText(QRect(barLeft + barWidth + u / 4, y, figureWidth, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, bar.figure);
        y += rowHeight;
        ++shown;
    }
    y += u / 2;
    for (const auto& note : notes_) {
        const QRect needed =
            painter.boundingRect(QRect(margin, y, textWidth, height()), wrap, note);
        if (needed.bottom() > usable) {
            break;
        }
        painter.drawText(needed, wrap, note);
        y = needed.bottom() + u / 4;
    }
}

} // namespace jointly::ui
