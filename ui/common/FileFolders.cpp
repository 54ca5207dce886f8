#include "ui/common/FileFolders.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace jointly::ui {

namespace {

const QString kLastFolderKey = QStringLiteral("files/lastFolder");
constexpr qsizetype kLongestName = 120;

QString canonical(const QString& folder) {
    const QString path = QFileInfo(folder).canonicalFilePath();
    return path.isEmpty() ? QDir::cleanPath(QFileInfo(folder).absoluteFilePath()) : path;
}

// Jointly's own data folder: somewhere people do not look for their files.
bool isJointlysOwnFolder(const QString& folder) {
    const QString own =
        canonical(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QString here = canonical(folder);
    return !own.isEmpty() && (here == own || here.startsWith(own + QLatin1Char('/')));
}

} // namespace

QString FileFolders::startFolder() {
    const QString last = QSettings().value(kLastFolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir() && !isJointlysOwnFolder(last)) {
        return last;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir()) {
        return documents;
    }
    return QDir::homePath();
}

void FileFolders::remember(const QString& filePath) {
    if (filePath.isEmpty()) {
        return;
    }
    const QString folder = QFileInfo(filePath).absolutePath();
    if (!isJointlysOwnFolder(folder)) {
        QSettings().setValue(kLastFolderKey, folder);
    }
}

QString FileFolders::safeFileName(const QString& name) {
    static const QRegularExpression forbidden(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]"));
    QString safe = name;
    safe.replace(forbidden, QStringLiteral("-"));
    safe = safe.simplified();
    if (safe.size() > kLongestName) {
        safe = safe.left(kLongestName).trimmed();
    }
    // A name of dots alone is no name at all.
    while (safe.startsWith(QLatin1Char('.'))) {
        safe.remove(0, 1);
    }
    return safe;
}

QString FileFolders::nameAfter(const QString& partnership, const QString& what,
                               const QString& extension) {
    const QString owner = safeFileName(partnership);
    const QString thing = safeFileName(what);
    QString base;
    if (owner.isEmpty()) {
        base = thing;
    } else if (thing.isEmpty()) {
        base = owner;
    } else {
        base = owner + QStringLiteral(" \u2013 ") + thing;
    }
    if (base.isEmpty()) {
        base = QStringLiteral("Jointly");
    }
    return base + QLatin1Char('.') + extension;
}

QString FileFolders::suggestedPath(const QString& partnership, const QString& what,
                                   const QString& extension) {
    return QDir(startFolder()).filePath(nameAfter(partnership, what, extension));
}

QString FileFolders::askSpreadsheetOrWebPage(QWidget* parent, const QString& title,
                                             const QString& partnership, const QString& what) {
    const QString csv = QObject::tr("Spreadsheet (*.csv)");
    const QString html = QObject::tr("Web page (*.html)");
    QString chosen = csv;
    QString path = QFileDialog::getSaveFileName(
        parent, title, suggestedPath(partnership, what, QStringLiteral("csv")),
        csv + QStringLiteral(";;") + html, &chosen);
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) &&
        !path.endsWith(QStringLiteral(".html"), Qt::CaseInsensitive) &&
        !path.endsWith(QStringLiteral(".htm"), Qt::CaseInsensitive)) {
        path += chosen == html ? QStringLiteral(".html") : QStringLiteral(".csv");
    }
    return path;
}

} // namespace jointly::ui
