#include "ui/CycleNavigator.h"

#include "needs/NeedsProgress.h"
#include "partnership/PartnershipProgress.h"
#include "planning/PlanningProgress.h"
#include "ui/ProjectDocument.h"

namespace jointly::ui {

namespace {
struct StageInfo {
    const char* name;
    const char* notBuilt; // empty for stages that work
};
const StageInfo kStages[] = {
    {QT_TRANSLATE_NOOP("CycleNavigator", "Partnership"), ""},
    {QT_TRANSLATE_NOOP("CycleNavigator", "Needs"), ""},
    {QT_TRANSLATE_NOOP("CycleNavigator", "Plan"), ""},
    {QT_TRANSLATE_NOOP("CycleNavigator", "Procure"),
     QT_TRANSLATE_NOOP("CycleNavigator", "Procurement is not built yet.")},
    {QT_TRANSLATE_NOOP("CycleNavigator", "Monitor"),
     QT_TRANSLATE_NOOP("CycleNavigator", "Monitoring is not built yet.")},
};
} // namespace

CycleNavigator::CycleNavigator(QWidget* parent) : QListWidget(parent) {
    setObjectName(QStringLiteral("cycle_navigator"));
    setAccessibleName(tr("Commissioning cycle stages"));
    setAccessibleDescription(tr("Choose a stage with the arrow keys. Each shows how complete it "
                                "is."));
    setSpacing(2);
    setWordWrap(true);
    setMinimumWidth(190);
    setMaximumWidth(240);
    for (const auto& stage : kStages) {
        auto* item = new QListWidgetItem(this);
        item->setText(tr(stage.name));
        if (*stage.notBuilt) {
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    setCurrentRow(0);
}

StageProgress CycleNavigator::progressOf(Stage stage) const {
    if (!document_) {
        return {};
    }
    switch (stage) {
    case Partnership:
        return partnership::partnershipProgress(document_->database());
    case Needs:
        return needs::needsProgress(document_->database());
    case Plan:
        return planning::planningProgress(document_->database());
    default:
        return {};
    }
}

void CycleNavigator::setDocument(ProjectDocument* document) {
    document_ = document;
    if (document_) {
        connect(document_, &ProjectDocument::changed, this, &CycleNavigator::refresh);
    }
    refresh();
}

QString CycleNavigator::summaryOf(Stage stage) const {
    const auto& info = kStages[stage];
    if (*info.notBuilt) {
        return tr(info.name) + QStringLiteral("\n") + tr("Not built yet");
    }
    if (!document_) {
        return tr(info.name);
    }
    auto progress = progressOf(stage);
    QString line = progress.missing.empty() ? tr("Complete")
                                            : tr("%1% complete, %n to do", nullptr,
                                                 static_cast<int>(progress.missing.size()))
                                                  .arg(progress.percent());
    return tr(info.name) + QStringLiteral("\n") + line;
}

void CycleNavigator::refresh() {
    for (int row = 0; row < count(); ++row) {
        auto* item = this->item(row);
        const auto stage = static_cast<Stage>(row);
        item->setText(summaryOf(stage));
        const auto& info = kStages[row];
        QString tip;
        if (*info.notBuilt) {
            tip = tr(info.notBuilt);
        } else if (document_) {
            auto progress = progressOf(stage);
            tip = progress.missing.empty() ? tr("Everything in this stage is filled in.")
                                           : tr("Still to do:") + QStringLiteral("\n• ") +
                                                 QStringList([&] {
                                                     QStringList list;
                                                     for (const auto& line : progress.missing) {
                                                         list << QString::fromStdString(line);
                                                     }
                                                     return list;
                                                 }())
                                                     .join(QStringLiteral("\n• "));
        }
        item->setToolTip(tip);
        item->setData(Qt::AccessibleTextRole,
                      item->text().replace(QLatin1Char('\n'), QStringLiteral(": ")));
        item->setData(Qt::AccessibleDescriptionRole, tip);
    }
}

} // namespace jointly::ui
