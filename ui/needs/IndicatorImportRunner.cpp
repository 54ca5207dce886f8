#include "ui/needs/IndicatorImportRunner.h"

#include "ui/common/ProjectDocument.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>

namespace jointly::ui {

IndicatorImportRunner::IndicatorImportRunner(ProjectDocument& document, QWidget* window)
    : QObject(window), document_(document), window_(window) {
}

Outcome<needs::ImportReport> IndicatorImportRunner::stage(const QString& csvPath,
                                                          const needs::ImportOptions& options,
                                                          bool showProgress) {
    cancelled_ = false;
    std::atomic<int> percent{0};
    std::optional<Outcome<needs::ImportReport>> result;
    const std::string projectPath = document_.project().path();
    const std::string file = csvPath.toStdString();
    std::unique_ptr<QThread> worker(QThread::create([&] {
        result = needs::stageIndicatorImport(
            projectPath, file, options, [&](const needs::ImportProgress& progress) {
                if (progress.totalBytes > 0) {
                    percent = static_cast<int>(progress.bytesRead * 100 / progress.totalBytes);
                }
                return !cancelled_.load();
            });
    }));
    std::unique_ptr<QProgressDialog> dialog;
    if (showProgress) {
        dialog = std::make_unique<QProgressDialog>(
            tr("Importing %1...").arg(QFileInfo(csvPath).fileName()), tr("Cancel"), 0, 100,
            window_);
        dialog->setWindowTitle(tr("Importing indicators"));
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setMinimumDuration(300);
        dialog->setAutoClose(false);
        dialog->setAutoReset(false);
        connect(dialog.get(), &QProgressDialog::canceled, this, [this] { cancel(); });
    }
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(100);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (dialog) {
            dialog->setValue(percent.load());
        }
        emit progressed(percent.load());
    });
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    emit started();
    worker->start();
    poll.start();
    loop.exec();
    worker->wait();
    return std::move(*result);
}

Outcome<needs::ImportReport> IndicatorImportRunner::run(const QString& csvPath,
                                                        needs::ImportOptions options,
                                                        bool showProgress) {
    if (document_.isReadOnly()) {
        Error error{ErrorKind::ReadOnly,
                    "This partnership is open read-only, so nothing can be imported into it."};
        emit document_.problem(QString::fromStdString(error.message));
        return error;
    }
    auto staged = stage(csvPath, options, showProgress);
    if (!staged.ok() && staged.error().kind == ErrorKind::DuplicateRows && showProgress) {
        QMessageBox box(QMessageBox::Question, tr("Rows already in the project"),
                        QString::fromStdString(staged.error().message), QMessageBox::NoButton,
                        window_);
        auto* replace = box.addButton(tr("Replace"), QMessageBox::AcceptRole);
        auto* keep = box.addButton(tr("Keep"), QMessageBox::ActionRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != replace && box.clickedButton() != keep) {
            return staged.error();
        }
        options.duplicates = box.clickedButton() == replace ? needs::DuplicateRule::Replace
                                                            : needs::DuplicateRule::Keep;
        staged = stage(csvPath, options, showProgress);
    }
    if (!staged.ok()) {
        emit document_.problem(QString::fromStdString(staged.error().message));
        return staged.error();
    }
    if (!document_.check(needs::activateImport(document_.project(), staged.value()))) {
        return Error{ErrorKind::Storage, "The import could not be made live."};
    }
    emit document_.undoStateChanged();
    return staged;
}

} // namespace jointly::ui
