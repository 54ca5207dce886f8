#include "ui/workshop/DecisionDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jointly::ui {

namespace {

QPlainTextEdit* paragraph(const QString& accessible, QWidget* parent) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setAccessibleName(accessible);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(80);
    return edit;
}

} // namespace

DecisionDialog::DecisionDialog(const QString& item, const QString& tallyFrom, QWidget* parent)
    : QDialog(parent), decision_(new QLineEdit(this)), outcome_(new QComboBox(this)),
      method_(new QComboBox(this)), reasons_(paragraph(tr("Reasons"), this)),
      alternatives_(paragraph(tr("Alternatives considered and rejected"), this)),
      evidence_(paragraph(tr("Evidence"), this)) {
    setWindowTitle(tr("Record a decision"));
    setObjectName(QStringLiteral("decision_dialog"));
    decision_->setAccessibleName(tr("Decision"));
    outcome_->setAccessibleName(tr("Outcome"));
    method_->setAccessibleName(tr("How decided"));
    for (const auto& [key, label] :
         {std::pair{"approve", tr("Approved")}, std::pair{"reject", tr("Rejected")},
          std::pair{"defer", tr("Deferred")}, std::pair{"note", tr("Noted")}}) {
        outcome_->addItem(label, QString::fromLatin1(key));
    }
    for (const auto& [key, label] :
         {std::pair{"vote", tr("Vote")}, std::pair{"consensus", tr("Consensus")},
          std::pair{"block_vote", tr("Block vote by partner")},
          std::pair{"delegated", tr("Delegated")}}) {
        method_->addItem(label, QString::fromLatin1(key));
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&Decision:"), decision_);
    form->addRow(tr("&Outcome:"), outcome_);
    form->addRow(tr("&How decided:"), method_);
    form->addRow(tr("&Reasons:"), reasons_);
    form->addRow(tr("&Alternatives rejected:"), alternatives_);
    form->addRow(tr("&Evidence:"), evidence_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // Nothing to record until the decision is written.
    auto* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(decision_, &QLineEdit::textChanged, ok,
            [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* intro = new QLabel(
        tallyFrom.isEmpty()
            ? tr("A decision on %1.").arg(item)
            : tr("A decision on %1, with the result of %2 as its tally.").arg(item, tallyFrom),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Add the actions agreed on the Actions tab, choosing this "
                                    "decision under Agreed in."),
                                 this));
    layout->addWidget(buttons);
}

workshop::DecisionDraft DecisionDialog::draft(std::int64_t item,
                                              std::optional<std::int64_t> round) const {
    workshop::DecisionDraft made;
    made.item = item;
    made.round = round;
    made.decision = decision_->text().toStdString();
    made.outcome = outcome_->currentData().toString().toStdString();
    made.method = method_->currentData().toString().toStdString();
    made.reasons = reasons_->toPlainText().toStdString();
    made.alternatives = alternatives_->toPlainText().toStdString();
    made.evidence = evidence_->toPlainText().toStdString();
    return made;
}

} // namespace jointly::ui
