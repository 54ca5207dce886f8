#include "ui/documents/DocumentDate.h"

#include <QDate>
#include <QLocale>

namespace jointly::ui {

QString todayForDocuments() {
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy"));
}

} // namespace jointly::ui
