#include "ui/shell/LicenceDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace jointly::ui {

QString LicenceDialog::licenceText() {
    QFile file(QStringLiteral(":/LICENSE"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

LicenceDialog::LicenceDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("licence_dialog"));
    setWindowTitle(tr("Licence"));
    auto* summary = new QLabel(
        tr("Jointly is free software: you can share and change it under the terms of the GNU "
           "General Public License, version 3 or (at your option) any later version. It comes "
           "with no warranty. It is built with Qt, whose Qt Charts module is licensed under the "
           "GPL version 3, and with SQLite (public domain) and Boost (Boost Software License)."),
        this);
    summary->setWordWrap(true);
    auto* text = new QPlainTextEdit(licenceText(), this);
    text->setObjectName(QStringLiteral("licence_text"));
    text->setReadOnly(true);
    text->setAccessibleName(tr("The GNU General Public License, version 3"));
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    resize(720, 560);
}

} // namespace jointly::ui
