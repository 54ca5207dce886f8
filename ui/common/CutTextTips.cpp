#include "ui/common/CutTextTips.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QStyle>
#include <QToolTip>

namespace jointly::ui {

QString CutTextTips::tipFor(const QAbstractItemView& view, const QModelIndex& index) {
    const QString own = index.data(Qt::ToolTipRole).toString();
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty()) {
        return own;
    }
    // The style's margin either side of a cell's text, as the item delegate
    // leaves it.
    const int padding =
        2 * (view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &view) + 1);
    const QFontMetrics metrics(view.font());
    int widest = 0;
    for (const auto& line : text.split(QLatin1Char('\n'))) {
        widest = std::max(widest, metrics.horizontalAdvance(line));
    }
    const bool cut = widest + padding > view.visualRect(index).width();
    if (!cut || own.contains(text)) {
        return own;
    }
    return own.isEmpty() ? text : text + QStringLiteral("\n\n") + own;
}

bool CutTextTips::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::ToolTip) {
        return QObject::eventFilter(watched, event);
    }
    auto* viewport = qobject_cast<QWidget*>(watched);
    auto* view = viewport ? qobject_cast<QAbstractItemView*>(viewport->parentWidget()) : nullptr;
    if (!view || view->viewport() != viewport) {
        return QObject::eventFilter(watched, event);
    }
    auto* help = static_cast<QHelpEvent*>(event);
    const auto index = view->indexAt(help->pos());
    if (!index.isValid()) {
        return QObject::eventFilter(watched, event);
    }
    const QString tip = tipFor(*view, index);
    if (tip.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), tip, viewport, view->visualRect(index));
    }
    return true;
}

} // namespace jointly::ui
