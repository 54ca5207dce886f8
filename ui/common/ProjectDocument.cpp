#include "ui/common/ProjectDocument.h"

#include "partnership/PartnershipKinds.h"
#include "records/RecordStore.h"

namespace jointly::ui {

ProjectDocument::ProjectDocument(std::unique_ptr<project::Project> project, QObject* parent)
    : QObject(parent), project_(std::move(project)) {
    project_->setListener([this](const history::TouchedTables& tables) {
        QSet<QString> names;
        for (const auto& table : tables) {
            names.insert(QString::fromStdString(table));
        }
        emit changed(names);
        emit undoStateChanged();
    });
}

ProjectDocument::~ProjectDocument() {
    project_->setListener({});
}

QString ProjectDocument::filePath() const {
    return QString::fromStdString(project_->path());
}

QString ProjectDocument::partnershipName() {
    auto record =
        records::findRecord(database(), partnership::profile(), partnership::kPartnershipId);
    return record ? QString::fromStdString(record->text(partnership::profile(), "name"))
                  : QString();
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
