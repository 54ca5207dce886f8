#include "ui/procure/OcdsExportFlow.h"

#include "partnership/PartnershipKinds.h"
#include "procurement/OcdsExport.h"
#include "procurement/OcdsIdentifiers.h"
#include "procurement/OcdsProcess.h"
#include "procurement/ProcurementKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/FileFolders.h"
#include "ui/common/ProjectDocument.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>

namespace jointly::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("OcdsExportFlow", text);
}

// The stored prefix, or one the user gives and the project keeps; empty
// when they cancel or the prefix is refused (the refusal is shown).
QString chosenPrefix(ProjectDocument& document, QWidget* window) {
    std::string stored;
    if (!document.readSafely(
            [&] { stored = procurement::loadPublisher(document.database()).prefix; })) {
        return {};
    }
    if (procurement::isOcidPrefix(stored)) {
        return QString::fromStdString(stored);
    }
    if (document.isReadOnly()) {
        document.refuseReadOnlyEdit();
        return {};
    }
    bool ok = false;
    const QString typed = QInputDialog::getText(
        window, tr("OCDS prefix"),
        tr("Each procurement is published under an ID that starts with the partnership's "
           "prefix, registered with the Open Contracting Partnership: \"ocds-\" and six "
           "letters or digits. Jointly keeps it with the partnership.\n\nOCDS prefix:"),
        QLineEdit::Normal, QString::fromStdString(stored), &ok);
    if (!ok || typed.trimmed().isEmpty()) {
        return {};
    }
    const bool saved = document.check(records::setField(
        document.project(), procurement::publishingSettings(), partnership::kPartnershipId,
        "ocid_prefix", records::FieldValue{typed.trimmed().toStdString()}));
    return saved ? typed.trimmed() : QString();
}

} // namespace

bool writeOcdsPackage(ProjectDocument& document, const QString& path, QWidget* window) {
    Outcome<procurement::OcdsPackage> written = Error{ErrorKind::Invalid, ""};
    const auto out = path.toStdString();
    runInBackground(tr("Exporting"), tr("Writing %1...").arg(QFileInfo(path).fileName()), window,
                    [&] {
                        auto opened = document.openReader();
                        if (!opened.ok()) {
                            written = opened.error();
                            return;
                        }
                        auto& project = *opened.value();
                        procurement::OcdsOptions options;
                        options.publishedAt = util::nowUtc();
                        options.asAt = options.publishedAt.substr(0, 10);
                        written = project.guarded<Outcome<procurement::OcdsPackage>>([&] {
                            return procurement::exportOcds(project.database(), options, out);
                        });
                    });
    if (!written.ok()) {
        emit document.problem(QString::fromStdString(written.error().message));
        return false;
    }
    const auto& package = written.value();
    QString message =
        tr("%1 releases of %2 were written as open contracting data to %3.")
            .arg(package.releases)
            .arg(package.procurements == 1 ? tr("1 procurement")
                                           : tr("%1 procurements").arg(package.procurements))
            .arg(QDir::toNativeSeparators(path));
    for (const auto& sentence : package.leftOut) {
        message += QStringLiteral(" ") + tr("Left out: %1").arg(QString::fromStdString(sentence));
    }
    FileFolders::remember(path);
    emit document.written(message, path);
    return true;
}

void exportProcurementsAsOcds(ProjectDocument& document, QWidget* window) {
    if (chosenPrefix(document, window).isEmpty()) {
        return;
    }
    QString path = QFileDialog::getSaveFileName(
        window, tr("Export procurement as OCDS"),
        FileFolders::suggestedPath(document.partnershipName(), tr("OCDS release package"),
                                   QStringLiteral("json")),
        tr("JSON files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QStringLiteral(".json"))) {
        path += QStringLiteral(".json");
    }
    writeOcdsPackage(document, path, window);
}

} // namespace jointly::ui
