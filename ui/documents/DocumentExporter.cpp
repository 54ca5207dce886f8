#include "ui/documents/DocumentExporter.h"

#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace jointly::ui {

QString exportFileFilter() {
    return QObject::tr("PDF document (*.pdf);;OpenDocument text (*.odt);;Web page (*.html)");
}

QString exportDocument(const QString& html, const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString name = QFileInfo(path).fileName();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return QObject::tr("Cannot write %1: %2").arg(name, file.errorString());
        }
        file.write(html.toUtf8());
        if (!file.commit()) {
            return QObject::tr("Cannot write %1: %2. Check there is space on the disk.")
                .arg(name, file.errorString());
        }
        return {};
    }
    QTextDocument document;
    document.setHtml(html);
    if (suffix == QLatin1String("odt")) {
        // Write beside the target, then move into place, so a failure never
        // leaves half a document.
        const QString partial = path + QStringLiteral(".partial");
        QTextDocumentWriter writer(partial, "odf");
        if (!writer.write(&document)) {
            QFile::remove(partial);
            return QObject::tr("Cannot write %1. Check the folder exists and there is space.")
                .arg(name);
        }
        QFile::remove(path);
        if (!QFile::rename(partial, path)) {
            QFile::remove(partial);
            return QObject::tr("Cannot write %1.").arg(name);
        }
        return {};
    }
    if (suffix == QLatin1String("pdf")) {
        const QString partial = path + QStringLiteral(".partial");
        {
            QPdfWriter writer(partial);
            writer.setPageSize(QPageSize(QPageSize::A4));
            // QTextDocument::print() sets its own 2 cm margin inside the page
            // (and puts the page number in it); margins here would add to it
            // and leave the text a narrow column.
            writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
            writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
            writer.setCreator(QStringLiteral("Jointly"));
            document.print(&writer);
        }
        if (QFileInfo(partial).size() == 0) {
            QFile::remove(partial);
            return QObject::tr("Cannot write %1. Check the folder exists and there is space.")
                .arg(name);
        }
        QFile::remove(path);
        if (!QFile::rename(partial, path)) {
            QFile::remove(partial);
            return QObject::tr("Cannot write %1.").arg(name);
        }
        return {};
    }
    return QObject::tr("%1 does not end in .pdf, .odt or .html, so Jointly does not know which "
                       "kind of document to write. Add one of those endings.")
        .arg(name);
}

} // namespace jointly::ui
