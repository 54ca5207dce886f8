#include "ui/common/ProjectDocument.h"

#include "partnership/PartnershipKinds.h"
#include "project/FileInspection.h"
#include "records/RecordStore.h"
#include "storage/StorageError.h"
#include "ui/common/BackgroundTask.h"

#include <QApplication>
#include <QPointer>
#include <QWidget>

#include "ui/documents/AuthorName.h"
#include <mutex>

namespace jointly::ui {

ProjectDocument::ProjectDocument(std::unique_ptr<project::Project> project, QObject* parent)
    : QObject(parent), project_(std::move(project)) {
    // The change history names whoever Preferences says is at the keyboard.
    project_->setAuthor(AuthorName::get().toStdString());
    listen();
}

void ProjectDocument::listen() {
    project_->setListener([this](const history::TouchedTables& tables) { announce(tables); });
}

void ProjectDocument::announce(const history::TouchedTables& tables) {
    QSet<QString> names;
    for (const auto& table : tables) {
        names.insert(QString::fromStdString(table));
    }
    emit changed(names);
    emit undoStateChanged();
}

void ProjectDocument::holdingNotices(const std::function<void()>& run) {
    // A field being typed in gives up the keyboard first, so what it holds
    // is saved now, on this thread, and not when the progress dialog takes
    // the focus while the worker has the connection.
    QPointer<QWidget> focused = QApplication::focusWidget();
    if (focused) {
        focused->clearFocus();
    }
    // The worker's edits are noted here and announced once it has finished:
    // a view told of them at once would read the connection the worker has.
    history::TouchedTables touched;
    std::mutex noting;
    project_->setListener([&](const history::TouchedTables& tables) {
        const std::lock_guard<std::mutex> lock(noting);
        touched.insert(tables.begin(), tables.end());
    });
    {
        struct ListenAgain {
            ProjectDocument& document;
            ~ListenAgain() { document.listen(); }
        } listenAgain{*this};
        run();
    }
    if (!touched.empty()) {
        announce(touched);
    }
    if (focused) {
        focused->setFocus();
    }
}

void ProjectDocument::changeInBackground(
    const QString& title, const QString& label, QWidget* window,
    const std::function<void(project::Project&, const std::function<bool(int)>& report)>& work) {
    holdingNotices([&] {
        runWithProgress(
            title, label, window,
            [&](const std::function<bool(int)>& report) { work(*project_, report); },
            Meanwhile::EverythingWaits);
    });
}

void ProjectDocument::changeInBackground(const QString& title, const QString& label,
                                         QWidget* window,
                                         const std::function<void(project::Project&)>& work) {
    holdingNotices([&] {
        runInBackground(
            title, label, window, [&] { work(*project_); }, Meanwhile::EverythingWaits);
    });
}

ProjectDocument::~ProjectDocument() {
    project_->setListener({});
}

QString ProjectDocument::filePath() const {
    return QString::fromStdString(project_->path());
}

Outcome<std::unique_ptr<project::Project>> ProjectDocument::openReader() const {
    project::OpenOptions readOnly;
    readOnly.readOnly = true;
    return project::Project::open(project_->path(), readOnly);
}

QString ProjectDocument::partnershipName() {
    QString name;
    readSafely([&] {
        auto record =
            records::findRecord(database(), partnership::profile(), partnership::kPartnershipId);
        if (record) {
            name = QString::fromStdString(record->text(partnership::profile(), "name"));
        }
    });
    return name;
}

bool ProjectDocument::readSafely(const std::function<void()>& read) {
    try {
        read();
        return true;
    } catch (const storage::StorageError& error) {
        emit problem(QString::fromStdString(
            storage::describeStorageFailure(error, project::displayName(project_->path()))));
        return false;
    }
}

bool ProjectDocument::touchesAny(const QSet<QString>& touched,
                                 std::span<const std::string_view> reads) {
    for (const auto table : reads) {
        if (touched.contains(
                QString::fromUtf8(table.data(), static_cast<qsizetype>(table.size())))) {
            return true;
        }
    }
    return false;
}

bool ProjectDocument::check(const Status& status) {
    if (!status.ok()) {
        emit problem(QString::fromStdString(status.error().message));
        return false;
    }
    return true;
}

void ProjectDocument::refuseReadOnlyEdit() {
    const auto reason = QString::fromStdString(project_->readOnlyReason());
    emit problem((reason.isEmpty() ? tr("This partnership is open read-only.") : reason) +
                 tr(" Nothing typed here is saved."));
}

void ProjectDocument::undo() {
    if (project_->canUndo()) {
        check(project_->undo());
        emit undoStateChanged();
    }
}

void ProjectDocument::redo() {
    if (project_->canRedo()) {
        check(project_->redo());
        emit undoStateChanged();
    }
}

} // namespace jointly::ui
