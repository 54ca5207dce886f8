#pragma once

// Finds what a screen cuts short: a number in a table cell narrower than the
// number (a figure must never be clipped), other text cut in a cell with no
// tip giving it whole, a column heading cut, a button or one-line label too
// narrow for its text, and a tab whose title is elided.

#include "ui/common/CutTextTips.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QWidget>

namespace jointly::test {

struct ReadabilityReport {
    QStringList clippedNumbers;
    QStringList clippedWithoutTip;
    QStringList cutHeadings;
    QStringList cutControls;
};

// A figure: money, a count, a percentage, a decimal, a financial year, an
// interval of two figures.
inline bool looksLikeNumber(const QString& text) {
    static const QRegularExpression figure(
        QStringLiteral(R"(^[-+£]?[\d,]+(\.\d+)?%?( (to|-) [-+£]?[\d,]+(\.\d+)?%?)?$)"));
    return figure.match(text.trimmed()).hasMatch();
}

inline QString where(const QWidget* widget) {
    QString name = widget->objectName();
    for (auto* up = widget->parentWidget(); up && name.isEmpty(); up = up->parentWidget()) {
        name = up->objectName();
    }
    return name.isEmpty() ? QString::fromLatin1(widget->metaObject()->className()) : name;
}

inline ReadabilityReport checkReadability(QWidget& window) {
    ReadabilityReport report;
    for (auto* view : window.findChildren<QTableView*>()) {
        if (!view->isVisible() || !view->model()) {
            continue;
        }
        // The style's margin either side of a cell's text, as the item
        // delegate leaves it: more text than this cuts it short.
        const int kCellPadding =
            2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
        auto* model = view->model();
        const QFontMetrics metrics(view->font());
        const auto* header = view->horizontalHeader();
        for (int column = 0; column < model->columnCount(); ++column) {
            if (view->isColumnHidden(column)) {
                continue;
            }
            const int width = view->columnWidth(column);
            const QString heading = model->headerData(column, Qt::Horizontal).toString();
            int headingWidth = 0;
            for (const auto& line : heading.split(QLatin1Char('\n'))) {
                headingWidth =
                    std::max(headingWidth, QFontMetrics(header->font()).horizontalAdvance(line));
            }
            // A heading needs its text and the header's margin either side.
            const int headerMargin =
                2 * view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, view);
            if (header->isVisible() && headingWidth + headerMargin > width) {
                report.cutHeadings
                    << where(view) + QStringLiteral(": \"") + heading + QStringLiteral("\"");
            }
            for (int row = 0; row < model->rowCount(); ++row) {
                if (view->isRowHidden(row) || !view->viewport()->rect().intersects(
                                                  view->visualRect(model->index(row, column)))) {
                    continue;
                }
                const auto index = model->index(row, column);
                const QString text = index.data(Qt::DisplayRole).toString();
                // A cell running on under the table's edge is read by
                // scrolling, as in a spreadsheet; what is judged is whether the
                // column is wide enough for it.
                const int shown = view->visualRect(index).width();
                if (text.isEmpty() || text.contains(QLatin1Char('\n')) ||
                    metrics.horizontalAdvance(text) + kCellPadding <= shown) {
                    continue;
                }
                const QString what =
                    where(view) + QStringLiteral(": \"") + text + QStringLiteral("\"");
                if (looksLikeNumber(text)) {
                    report.clippedNumbers << what;
                } else if (!ui::CutTextTips::tipFor(*view, index).contains(text)) {
                    report.clippedWithoutTip << what;
                }
            }
        }
    }
    for (auto* button : window.findChildren<QAbstractButton*>()) {
        if (button->isVisible() && !button->text().isEmpty() &&
            button->sizeHint().width() > button->width() + 1) {
            report.cutControls << where(button) + QStringLiteral(": button \"") + button->text() +
                                      QStringLiteral("\"");
        }
    }
    for (auto* label : window.findChildren<QLabel*>()) {
        if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty() &&
            label->pixmap().isNull() && label->sizeHint().width() > label->width() + 1) {
            report.cutControls << where(label) + QStringLiteral(": label \"") + label->text() +
                                      QStringLiteral("\"");
        }
    }
    for (auto* bar : window.findChildren<QTabBar*>()) {
        if (!bar->isVisible()) {
            continue;
        }
        // Tabs that run off the end of their bar (to be scrolled to) are cut
        // short too.
        if (bar->count() > 0 && bar->tabRect(bar->count() - 1).right() > bar->width()) {
            report.cutControls << where(bar) + QStringLiteral(": tabs run off the bar at \"") +
                                      bar->tabText(bar->count() - 1).remove(QLatin1Char('&')) +
                                      QStringLiteral("\"");
        }
        for (int tab = 0; tab < bar->count(); ++tab) {
            QString shown = bar->tabText(tab);
            shown.remove(QLatin1Char('&'));
            if (bar->tabRect(tab).width() <
                QFontMetrics(bar->font()).horizontalAdvance(shown) + 8) {
                report.cutControls
                    << where(bar) + QStringLiteral(": tab \"") + shown + QStringLiteral("\"");
            }
        }
    }
    return report;
}

} // namespace jointly::test
