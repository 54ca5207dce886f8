#pragma once

#include "records/RecordKind.h"

#include <QStyledItemDelegate>

namespace jointly::ui {

// Editors for record fields in a table: a list for choices and links, a line
// for everything typed (money, counts, dates, text). Typed values are checked
// by the core when committed, and refused with a message if they do not fit.
class RecordDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    RecordDelegate(const records::RecordKind& kind, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    const records::FieldSpec& fieldAt(const QModelIndex& index) const;
    const records::RecordKind& kind_;
};

} // namespace jointly::ui
