#include "ui/common/RecordForm.h"

#include "records/FieldInput.h"
#include "records/RecordStore.h"
#include "ui/common/PlaceFinder.h"
#include "ui/common/ProjectDocument.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace jointly::ui {

using records::FieldType;
using records::FieldValue;

namespace {
QString text(std::string_view view) {
    return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
}

// A field that cannot be changed looks it: the window's grey behind its text
// rather than the white of a field to type in.
void showEditable(QWidget* editor, bool editable) {
    QPalette colours = editor->palette();
    colours.setColor(QPalette::Base, editable ? QApplication::palette().color(QPalette::Base)
                                              : QApplication::palette().color(QPalette::Window));
    editor->setPalette(colours);
}
} // namespace

RecordForm::RecordForm(ProjectDocument& document, const records::RecordKind& kind, std::int64_t id,
                       const std::vector<std::string_view>& columns, QWidget* parent)
    : QWidget(parent), document_(document), kind_(kind), id_(id) {
    PlaceFinder::mark(*this, kind.singular);
    auto* layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (auto column : columns) {
        const auto& field =
            kind.fields.at(static_cast<std::size_t>(records::fieldIndex(kind, column)));
        const QString label = text(field.label);
        QWidget* editor = nullptr;
        switch (field.type) {
        case FieldType::LongText: {
            auto* box = new QPlainTextEdit(this);
            box->setTabChangesFocus(true);
            box->setMinimumHeight(70);
            box->setMaximumHeight(110);
            box->installEventFilter(this);
            editor = box;
            break;
        }
        case FieldType::Choice: {
            auto* box = new QComboBox(this);
            for (const auto& option : field.choices) {
                box->addItem(text(option.label), text(option.key));
            }
            editor = box;
            break;
        }
        case FieldType::Link: {
            editor = new QComboBox(this);
            break;
        }
        case FieldType::Flag:
            editor = new QCheckBox(this);
            break;
        default: {
            auto* line = new QLineEdit(this);
            if (field.type == FieldType::Date) {
                line->setPlaceholderText(tr("YYYY-MM-DD"));
            }
            line->installEventFilter(this);
            editor = line;
            break;
        }
        }
        editor->setObjectName(text(field.column));
        editor->setAccessibleName(label);
        if (!field.help.empty()) {
            editor->setToolTip(text(field.help));
            editor->setAccessibleDescription(text(field.help));
        }
        auto* caption = new QLabel(label + QStringLiteral(":"), this);
        caption->setBuddy(editor);
        layout->addRow(caption, editor);
        rows_.push_back(Row{&field, editor});
    }
    for (const auto& row : rows_) {
        if (auto* line = qobject_cast<QLineEdit*>(row.editor)) {
            connect(line, &QLineEdit::editingFinished, this, [this, row] { commit(row); });
        } else if (auto* box = qobject_cast<QComboBox*>(row.editor)) {
            connect(box, &QComboBox::activated, this, [this, row] { commit(row); });
        } else if (auto* check = qobject_cast<QCheckBox*>(row.editor)) {
            connect(check, &QCheckBox::toggled, this, [this, row] { commit(row); });
        }
    }
    connect(&document_, &ProjectDocument::changed, this, &RecordForm::onChanged);
    reload();
}

QWidget* RecordForm::editorFor(std::string_view column) const {
    for (const auto& row : rows_) {
        if (row.field->column == column) {
            return row.editor;
        }
    }
    return nullptr;
}

void RecordForm::onChanged(const QSet<QString>& tables) {
    bool affected = tables.contains(text(kind_.table));
    for (const auto& row : rows_) {
        affected = affected || (row.field->type == FieldType::Link &&
                                tables.contains(text(records::linkedTable(*row.field))));
    }
    if (affected) {
        reload();
    }
}

void RecordForm::reload(bool everyField) {
    document_.readSafely([&] {
        auto record = records::findRecord(document_.database(), kind_, id_);
        if (!record) {
            return;
        }
        loading_ = true;
        const bool readOnly = document_.isReadOnly();
        for (const auto& row : rows_) {
            const auto& value = record->value(kind_, row.field->column);
            const QString shown = QString::fromStdString(records::formatValue(*row.field, value));
            if (auto* line = qobject_cast<QLineEdit*>(row.editor)) {
                if (everyField || !line->hasFocus() || !line->isModified()) {
                    line->setText(shown);
                    line->setModified(false);
                }
                line->setReadOnly(readOnly);
                showEditable(line, !readOnly);
            } else if (auto* box = qobject_cast<QPlainTextEdit*>(row.editor)) {
                if (box->toPlainText() != shown) {
                    box->setPlainText(shown);
                }
                box->setReadOnly(readOnly);
                showEditable(box, !readOnly);
            } else if (auto* combo = qobject_cast<QComboBox*>(row.editor)) {
                if (row.field->type == FieldType::Link) {
                    combo->clear();
                    combo->addItem(tr("(none)"), QVariant());
                    if (const auto* linked = records::linkedKind(*row.field)) {
                        for (const auto& [id, name] :
                             records::linkChoices(document_.database(), *linked)) {
                            combo->addItem(QString::fromStdString(name),
                                           QVariant::fromValue(static_cast<qlonglong>(id)));
                        }
                    }
                    const auto* id = std::get_if<std::int64_t>(&value);
                    combo->setCurrentIndex(id ? std::max(0, combo->findData(QVariant::fromValue(
                                                                static_cast<qlonglong>(*id))))
                                              : 0);
                } else {
                    const auto* key = std::get_if<std::string>(&value);
                    combo->setCurrentIndex(
                        key ? std::max(0, combo->findData(QString::fromStdString(*key))) : 0);
                }
                combo->setEnabled(!readOnly);
            } else if (auto* check = qobject_cast<QCheckBox*>(row.editor)) {
                check->setChecked(std::get_if<std::int64_t>(&value) &&
                                  std::get<std::int64_t>(value) == 1);
                check->setEnabled(!readOnly);
            }
        }
        loading_ = false;
    });
}

void RecordForm::commit(const Row& row) {
    if (loading_ || document_.isReadOnly()) {
        return;
    }
    FieldValue value;
    if (auto* combo = qobject_cast<QComboBox*>(row.editor)) {
        auto chosen = combo->currentData();
        if (row.field->type == FieldType::Link) {
            if (!chosen.isNull()) {
                value = static_cast<std::int64_t>(chosen.toLongLong());
            }
        } else {
            value = chosen.toString().toStdString();
        }
    } else if (auto* check = qobject_cast<QCheckBox*>(row.editor)) {
        value = std::int64_t{check->isChecked() ? 1 : 0};
    } else {
        QString typed;
        if (auto* line = qobject_cast<QLineEdit*>(row.editor)) {
            if (!line->isModified()) {
                return;
            }
            typed = line->text();
        } else if (auto* box = qobject_cast<QPlainTextEdit*>(row.editor)) {
            typed = box->toPlainText();
        }
        auto parsed = records::parseInput(*row.field, typed.toStdString());
        if (!parsed.ok()) {
            refuse(row, QString::fromStdString(parsed.error().message));
            return;
        }
        value = parsed.value();
    }
    document_.check(records::setField(document_.project(), kind_, id_, row.field->column, value));
    if (auto* line = qobject_cast<QLineEdit*>(row.editor)) {
        line->setModified(false);
    }
    reload();
}

void RecordForm::refuse(const Row& row, const QString& why) {
    // The field goes back to what the file holds, as a table cell does, and
    // the sentence says so, so the screen never shows what was not saved.
    std::optional<records::Record> record;
    document_.readSafely([&] { record = records::findRecord(document_.database(), kind_, id_); });
    const QString saved = record ? QString::fromStdString(records::formatValue(
                                       *row.field, record->value(kind_, row.field->column)))
                                 : QString();
    emit document_.problem(
        why + QStringLiteral(" ") +
        (saved.isEmpty()
             ? tr("Nothing was saved: %1 is still empty.").arg(text(row.field->label))
             : tr("Nothing was saved: %1 is still %2.").arg(text(row.field->label), saved)));
    if (auto* line = qobject_cast<QLineEdit*>(row.editor)) {
        line->setModified(false);
    }
    reload(true);
}

bool RecordForm::eventFilter(QObject* watched, QEvent* event) {
    // In a read-only project a key that would change a field says why it
    // does not, rather than being silently ignored.
    if (event->type() == QEvent::KeyPress && document_.isReadOnly()) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool typing = !key->text().isEmpty() && key->text().at(0).isPrint() &&
                            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        if (typing || key->key() == Qt::Key_Backspace || key->key() == Qt::Key_Delete) {
            document_.refuseReadOnlyEdit();
            return true;
        }
    }
    if (event->type() == QEvent::FocusOut) {
        for (const auto& row : rows_) {
            if (row.editor == watched) {
                commit(row);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace jointly::ui
