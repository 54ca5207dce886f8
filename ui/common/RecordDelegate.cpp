#include "ui/common/RecordDelegate.h"

#include "ui/common/RecordTableModel.h"

#include <QComboBox>
#include <QLineEdit>

namespace jointly::ui {

using records::FieldType;

RecordDelegate::RecordDelegate(const records::RecordKind& kind, QObject* parent)
    : QStyledItemDelegate(parent), kind_(kind) {
}

const records::FieldSpec& RecordDelegate::fieldAt(const QModelIndex& index) const {
    return kind_.fields.at(static_cast<std::size_t>(index.column()));
}

QWidget* RecordDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const {
    const auto& field = fieldAt(index);
    const QString label =
        QString::fromUtf8(field.label.data(), static_cast<qsizetype>(field.label.size()));
    if (field.type == FieldType::Choice) {
        auto* box = new QComboBox(parent);
        for (const auto& choice : field.choices) {
            box->addItem(
                QString::fromUtf8(choice.label.data(), static_cast<qsizetype>(choice.label.size())),
                QString::fromUtf8(choice.key.data(), static_cast<qsizetype>(choice.key.size())));
        }
        box->setAccessibleName(label);
        return box;
    }
    if (field.type == FieldType::Link) {
        auto* box = new QComboBox(parent);
        if (!field.required) {
            box->addItem(tr("(none)"), QVariant());
        }
        for (const auto& choice : index.data(RecordTableModel::LinkChoicesRole).toList()) {
            auto pair = choice.toList();
            box->addItem(pair.value(1).toString(), pair.value(0));
        }
        box->setAccessibleName(label);
        return box;
    }
    auto* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setAccessibleName(label);
        if (field.type == FieldType::Date) {
            line->setPlaceholderText(tr("YYYY-MM-DD"));
        } else if (field.type == FieldType::Money) {
            line->setPlaceholderText(tr("amount in pounds"));
        } else if (field.type == FieldType::Year) {
            line->setPlaceholderText(tr("financial year, e.g. 2026/27"));
        }
    }
    return editor;
}

void RecordDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        auto current = index.data(Qt::EditRole);
        int found = -1;
        for (int i = 0; i < box->count(); ++i) {
            auto item = box->itemData(i);
            if ((item.isNull() && current.isNull()) ||
                (!item.isNull() && item.toString() == current.toString())) {
                found = i;
            }
        }
        box->setCurrentIndex(found < 0 ? 0 : found);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RecordDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const {
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        const auto& field = fieldAt(index);
        auto chosen = box->currentData();
        if (field.type == FieldType::Choice) {
            model->setData(index, chosen.toString(), Qt::EditRole);
        } else {
            model->setData(index, chosen, Qt::EditRole);
        }
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace jointly::ui
