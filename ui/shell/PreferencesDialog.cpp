#include "ui/shell/PreferencesDialog.h"

#include "ui/documents/AuthorName.h"
#include "util/Text.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace jointly::ui {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent), author_(new QLineEdit(this)) {
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferences_dialog"));
    author_->setObjectName(QStringLiteral("author_name"));
    author_->setAccessibleName(tr("Your name in the change history"));
    author_->setText(AuthorName::get());
    author_->setPlaceholderText(QString::fromStdString(util::systemUserName()));
    author_->setMaxLength(120);
    auto* form = new QFormLayout;
    form->addRow(tr("Your &name in the change history:"), author_);
    auto* note = new QLabel(tr("Each edit you make from now on is recorded under this name. Leave "
                               "it empty to use the computer's user name, shown in grey."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString PreferencesDialog::chosenName() const {
    return author_->text().trimmed();
}

} // namespace jointly::ui
