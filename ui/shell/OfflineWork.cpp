#include "ui/shell/OfflineWork.h"

#include "merge/Merging.h"
#include "merge/OfflineCopy.h"
#include "project/Project.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/FileFolders.h"
#include "ui/common/ProjectDocument.h"
#include "ui/documents/AuthorName.h"
#include "ui/shell/MergeDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace jointly::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("OfflineWork", text);
}

QString withEnding(QString path, const QString& ending) {
    if (!path.endsWith(ending, Qt::CaseInsensitive)) {
        path += ending;
    }
    return path;
}

} // namespace

merge::MergeProgress mergeProgress(const std::function<bool(int)>& report, int from) {
    return [report, from](std::size_t done, std::size_t total) {
        const auto share = total == 0 ? 0 : done * static_cast<std::size_t>(100 - from) / total;
        return report(from + static_cast<int>(share));
    };
}

void reportUnmerged(ProjectDocument& document, const Error& error) {
    if (error.kind == ErrorKind::Cancelled) {
        emit document.notice(QString::fromStdString(error.message));
    } else {
        document.check(error);
    }
}

void takeCopyToWorkOffline(ProjectDocument& document, QWidget* window) {
    const auto name = document.partnershipName().isEmpty()
                          ? QFileInfo(document.filePath()).completeBaseName()
                          : document.partnershipName();
    const auto who = AuthorName::get();
    QString path = QFileDialog::getSaveFileName(
        window, tr("Take a copy to work offline"),
        QDir(FileFolders::startFolder())
            .filePath(FileFolders::safeFileName(
                          tr("%1 (offline, %2)").arg(name, who.isEmpty() ? tr("copy") : who)) +
                      QStringLiteral(".jointly")),
        tr("Jointly projects (*.jointly)"));
    if (path.isEmpty()) {
        return;
    }
    path = withEnding(path, QStringLiteral(".jointly"));
    Status taken = success();
    document.changeInBackground(
        tr("Take a copy to work offline"), tr("Writing %1...").arg(QFileInfo(path).fileName()),
        window, [&](project::Project& project) {
            taken = merge::takeOfflineCopy(project, path.toStdString(), who.toStdString());
        });
    if (document.check(taken)) {
        FileFolders::remember(path);
        emit document.written(
            tr("A copy to work offline was saved as %1. Work in it anywhere; then File > Send "
               "my changes writes what was changed, to merge back here with File > Merge "
               "changes.")
                .arg(QDir::toNativeSeparators(path)),
            path);
    }
}

void sendMyChanges(ProjectDocument& document, QWidget* window) {
    const QFileInfo file(document.filePath());
    const auto who = AuthorName::get();
    QString path = QFileDialog::getSaveFileName(
        window, tr("Send my changes"),
        QDir(FileFolders::startFolder())
            .filePath(FileFolders::safeFileName(tr("%1 – changes from %2")
                                                    .arg(file.completeBaseName(),
                                                         who.isEmpty() ? tr("this copy") : who)) +
                      QStringLiteral(".jointly-changes")),
        tr("Jointly changes (*.jointly-changes)"));
    if (path.isEmpty()) {
        return;
    }
    path = withEnding(path, QStringLiteral(".jointly-changes"));
    Status sent = success();
    runInBackground(
        tr("Send my changes"), tr("Writing %1...").arg(QFileInfo(path).fileName()), window, [&] {
            // A connection of its own: sending only reads the copy.
            auto reader = document.openReader();
            sent = reader.ok()
                       ? merge::sendChanges(*reader.value(), path.toStdString(), who.toStdString())
                       : Status(reader.error());
        });
    if (document.check(sent)) {
        FileFolders::remember(path);
        emit document.written(tr("Your changes were written to %1: send it to whoever keeps "
                                 "the project, to merge with File > Merge changes.")
                                  .arg(QDir::toNativeSeparators(path)),
                              path);
    }
}

void mergeChangesFromFile(ProjectDocument& document, QWidget* window) {
    const QString path = QFileDialog::getOpenFileName(
        window, tr("Merge changes"), FileFolders::startFolder(),
        tr("Changes or copies of the project (*.jointly-changes *.jointly);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    FileFolders::remember(path);
    const auto fileName = QFileInfo(path).fileName();
    // What a Cancel pressed while the file is still being read says.
    const Error cancelled{
        ErrorKind::Cancelled,
        tr("Merging %1 was cancelled. Nothing was merged.").arg(fileName).toStdString()};
    Outcome<merge::ChangeFile> changes = cancelled;
    Outcome<merge::MergeSummary> preview = cancelled;
    document.changeInBackground(
        tr("Merge changes"), tr("Reading %1...").arg(fileName), window,
        [&](project::Project& project, const std::function<bool(int)>& report) {
            changes = merge::readChanges(path.toStdString());
            if (changes.ok() && report(10)) {
                preview = merge::previewMerge(project, changes.value(), fileName.toStdString(), {},
                                              mergeProgress(report, 10));
            }
        });
    if (!changes.ok()) {
        document.check(changes.error());
        return;
    }
    if (!preview.ok()) {
        reportUnmerged(document, preview.error());
        return;
    }
    MergeDialog dialog(document, std::move(changes.value()), fileName, preview.value(), window);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const auto& done = dialog.outcome();
    auto counted = [](std::size_t count, const char* one, const char* many) {
        return count == 1 ? tr(one) : tr(many).arg(static_cast<qulonglong>(count));
    };
    emit document.notice(tr("Merged %1: %2 (%3 added, %4 changed, %5 deleted). Edit > Undo "
                            "takes the whole merge back.")
                             .arg(QString::fromStdString(done.source),
                                  counted(done.editsMerged, "1 edit", "%1 edits"),
                                  counted(done.added, "1 record", "%1 records"),
                                  QString::number(done.changed), QString::number(done.removed)));
}

} // namespace jointly::ui
