#pragma once

#include <QObject>

class QAbstractItemView;
class QModelIndex;

namespace jointly::ui {

// Any cell of any table or list whose text is cut short ("Westshire
// Community Heal...") shows its whole text as a tip when the pointer rests
// on it, with the cell's own tip, if it has one, underneath. One rule for
// every view, present and to come. Installed on the application by the main
// window.
class CutTextTips : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // The tip a cell should show: its whole text when it does not fit its
    // width, then its own tip; otherwise its own tip alone.
    static QString tipFor(const QAbstractItemView& view, const QModelIndex& index);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace jointly::ui
