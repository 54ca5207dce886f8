#include "ui/shell/NewPartnershipDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace jointly::ui {

NewPartnershipDialog::NewPartnershipDialog(const QString& folder, QWidget* parent)
    : QDialog(parent), folder_(folder), name_(new QLineEdit(this)), file_(new QLineEdit(this)) {
    setWindowTitle(tr("New partnership"));
    name_->setObjectName(QStringLiteral("new_name"));
    name_->setAccessibleName(tr("Partnership name"));
    name_->setPlaceholderText(tr("e.g. Westshire Joint Commissioning Unit"));
    file_->setObjectName(QStringLiteral("new_file"));
    file_->setAccessibleName(tr("Project file"));
    auto* browse = new QPushButton(tr("&Browse..."), this);
    browse->setAccessibleName(tr("Choose where to save the project file"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(file_, 1);
    fileRow->addWidget(browse);

    auto* intro = new QLabel(tr("A partnership keeps its whole commissioning cycle in one project "
                                "file. Every change is saved as you make it."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(name_);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(file_);
    form->addRow(nameLabel, name_);
    form->addRow(fileLabel, fileRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    create_ = buttons->button(QDialogButtonBox::Ok);
    create_->setText(tr("Create"));
    create_->setObjectName(QStringLiteral("new_create"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    connect(name_, &QLineEdit::textEdited, this, &NewPartnershipDialog::nameEdited);
    connect(file_, &QLineEdit::textEdited, this, [this] {
        fileTouched_ = true;
        validate();
    });
    connect(browse, &QPushButton::clicked, this, &NewPartnershipDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString NewPartnershipDialog::partnershipName() const {
    return name_->text().trimmed();
}

QString NewPartnershipDialog::filePath() const {
    QString path = file_->text().trimmed();
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".jointly"))) {
        path += QStringLiteral(".jointly");
    }
    return path;
}

void NewPartnershipDialog::nameEdited(const QString& name) {
    if (!fileTouched_) {
        QString safe = name.trimmed();
        safe.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
        file_->setText(safe.isEmpty() ? QString()
                                      : QDir(folder_).filePath(safe + QStringLiteral(".jointly")));
    }
    validate();
}

void NewPartnershipDialog::browse() {
    QString chosen = QFileDialog::getSaveFileName(this, tr("Save the new partnership as"),
                                                  file_->text().isEmpty() ? folder_ : file_->text(),
                                                  tr("Jointly projects (*.jointly)"));
    if (!chosen.isEmpty()) {
        fileTouched_ = true;
        file_->setText(chosen);
        validate();
    }
}

void NewPartnershipDialog::validate() {
    const bool exists = QFileInfo::exists(filePath());
    create_->setEnabled(!partnershipName().isEmpty() && !filePath().isEmpty() && !exists);
    create_->setToolTip(exists ? tr("A file with that name already exists.") : QString());
}

} // namespace jointly::ui
