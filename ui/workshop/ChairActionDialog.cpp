#include "ui/workshop/ChairActionDialog.h"

#include "records/RecordKind.h"
#include "workshop/WorkshopKinds.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace jointly::ui {

ChairActionDialog::ChairActionDialog(const QString& member, const QString& item,
                                     const QString& standing,
                                     const std::optional<workshop::ChairsAction>& recorded,
                                     QWidget* parent)
    : QDialog(parent), action_(new QComboBox(this)),
      dispensation_(new QCheckBox(tr("A &dispensation lets them take part and vote"), this)),
      note_(new QLineEdit(this)) {
    setWindowTitle(tr("The chair's action on an interest"));
    setObjectName(QStringLiteral("chair_action_dialog"));
    action_->setObjectName(QStringLiteral("chair_action"));
    action_->setAccessibleName(tr("The chair's action"));
    dispensation_->setAccessibleName(tr("Dispensation"));
    note_->setAccessibleName(tr("Note for the record"));
    // The same words as the Workshops tab, from the kind of record.
    const auto& kind = workshop::interestAction();
    for (const auto& choice :
         kind.fields[static_cast<std::size_t>(records::fieldIndex(kind, "action"))].choices) {
        action_->addItem(
            QString::fromUtf8(choice.label.data(), static_cast<qsizetype>(choice.label.size())),
            QString::fromUtf8(choice.key.data(), static_cast<qsizetype>(choice.key.size())));
    }
    action_->setCurrentIndex(action_->findData(QString::fromStdString(
        workshop::actionKey(recorded ? recorded->action : workshop::ChairAction::Excluded))));
    if (recorded) {
        dispensation_->setChecked(recorded->dispensation);
        note_->setText(QString::fromStdString(recorded->note));
    }
    auto* intro = new QLabel(tr("%1 on %2.").arg(member, item), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto* now = new QLabel(standing, this);
    now->setTextFormat(Qt::PlainText);
    now->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Action:"), action_);
    form->addRow(QString(), dispensation_);
    form->addRow(tr("&Note:"), note_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(now);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

workshop::ChairsAction ChairActionDialog::action(std::int64_t item, std::int64_t member) const {
    return {.item = item,
            .member = member,
            .action = workshop::actionFromKey(action_->currentData().toString().toStdString()),
            .dispensation = dispensation_->isChecked(),
            .note = note_->text().toStdString()};
}

} // namespace jointly::ui
