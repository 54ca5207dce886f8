#include "ui/common/TableExportFlow.h"

#include "project/Project.h"
#include "records/RecordKind.h"
#include "sheets/TableExport.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/FileFolders.h"
#include "ui/common/ProjectDocument.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace jointly::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("TableExportFlow", text);
}

QString fromCore(std::string_view text) {
    return QString::fromStdString(std::string(text));
}

} // namespace

bool exportTableTo(ProjectDocument& document, const records::RecordKind& kind, const QString& path,
                   QWidget* window) {
    Outcome<std::size_t> written = Error{ErrorKind::Storage, "The table was not written."};
    const auto out = path.toStdString();
    runWithProgress(
        tr("Exporting"), tr("Writing %1...").arg(QFileInfo(path).fileName()), window,
        [&](const std::function<bool(int)>& report) {
            auto opened = document.openReader();
            if (!opened.ok()) {
                written = opened.error();
                return;
            }
            auto& project = *opened.value();
            written = project.guarded<Outcome<std::size_t>>([&] {
                return sheets::exportTable(
                    project.database(), kind, out, [&](std::size_t rows, std::size_t total) {
                        return report(total == 0 ? 100 : static_cast<int>(rows * 100 / total));
                    });
            });
        });
    if (!written.ok() && written.error().kind == ErrorKind::Cancelled) {
        emit document.notice(QString::fromStdString(written.error().message));
        return false;
    }
    if (!written.ok()) {
        emit document.problem(QString::fromStdString(written.error().message));
        return false;
    }
    FileFolders::remember(path);
    const auto rows = written.value();
    emit document.written(tr("%1 %2 written to %3.")
                              .arg(rows)
                              .arg(fromCore(rows == 1 ? kind.singular : kind.plural))
                              .arg(QDir::toNativeSeparators(path)),
                          path);
    return true;
}

QString askWhereToSaveSheet(QWidget* window, const QString& title, const QString& suggested) {
    const QString workbook = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV spreadsheet (*.csv)");
    QString chosen = workbook;
    QString path = QFileDialog::getSaveFileName(window, title, suggested,
                                                workbook + QStringLiteral(";;") + csv, &chosen);
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) &&
        !path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        path += chosen == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    }
    return path;
}

void exportTable(ProjectDocument& document, const records::RecordKind& kind, QWidget* window) {
    const auto path =
        askWhereToSaveSheet(window, tr("Export table"),
                            FileFolders::suggestedPath(document.partnershipName(),
                                                       fromCore(util::capitalised(kind.plural)),
                                                       QStringLiteral("xlsx")));
    if (!path.isEmpty()) {
        exportTableTo(document, kind, path, window);
    }
}

} // namespace jointly::ui
