#include "ui/documents/AuthorName.h"

#include <QSettings>

namespace jointly::ui {

namespace {

const QString kAuthorKey = QStringLiteral("history/author");

} // namespace

QString AuthorName::get() {
    return QSettings().value(kAuthorKey).toString().trimmed();
}

void AuthorName::set(const QString& name) {
    if (name.trimmed().isEmpty()) {
        QSettings().remove(kAuthorKey);
    } else {
        QSettings().setValue(kAuthorKey, name.trimmed());
    }
}

} // namespace jointly::ui
