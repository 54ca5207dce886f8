#include "ui/plan/BaselinesPanel.h"

#include "baseline/Baselines.h"
#include "planning/PlanningKinds.h"
#include "ui/common/Explanation.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordTableView.h"
#include "ui/plan/BaselineComparisonDialog.h"

#include <QDate>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace jointly::ui {

BaselinesPanel::BaselinesPanel(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document),
      baselines_(new RecordTableView(document, planning::baseline(),
                                     tr("Baselines of the plan, oldest first"))),
      compare_(new QPushButton(tr("Co&mpare with the plan now…"), this)) {
    baselines_->setAddInstead(tr("&Freeze the plan as approved…"), [this] { askAndFreeze(); });
    compare_->setObjectName(QStringLiteral("compare_baseline"));
    compare_->setAccessibleName(tr("Compare the selected baseline with the plan now"));
    connect(compare_, &QPushButton::clicked, this, [this] { compareSelected(); });
    connect(baselines_, &RecordTableView::selectionChanged, this, [this] { updateButtons(); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(compare_);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation(
        tr("A baseline is the plan frozen as it was approved: its priorities, budget, savings, "
           "outcome targets, specifications and contract values, kept inside this file. Freeze "
           "the plan when the board approves it; later, compare the plan with it to show what "
           "has been added, removed and changed, with the money by partner and year to the "
           "penny."),
        this));
    layout->addWidget(baselines_, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void BaselinesPanel::askAndFreeze() {
    bool ok = false;
    const auto suggested =
        tr("Approved by the board, %1")
            .arg(QLocale(QLocale::English, QLocale::UnitedKingdom)
                     .toString(QDate::currentDate(), QStringLiteral("MMMM yyyy")));
    const auto name = QInputDialog::getText(
        this, tr("Freeze the plan as approved"),
        tr("A name for this baseline, such as when and by whom the plan was approved:"),
        QLineEdit::Normal, suggested, &ok);
    if (ok) {
        freeze(name);
    }
}

bool BaselinesPanel::freeze(const QString& name) {
    if (document_.isReadOnly()) {
        document_.refuseReadOnlyEdit();
        return false;
    }
    Outcome<std::int64_t> frozen = Error{ErrorKind::Storage, "The plan was not frozen."};
    const auto today = QDate::currentDate().toString(Qt::ISODate).toStdString();
    document_.readSafely(
        [&] { frozen = baseline::freezePlan(document_.project(), name.toStdString(), today); });
    if (!frozen.ok()) {
        emit document_.problem(QString::fromStdString(frozen.error().message));
        return false;
    }
    baselines_->selectId(frozen.value());
    updateButtons();
    return true;
}

BaselineComparisonDialog* BaselinesPanel::compareSelected() {
    const auto id = baselines_->selectedId();
    if (id == 0) {
        emit document_.problem(tr("Choose a baseline to compare with the plan now."));
        return nullptr;
    }
    std::optional<baseline::PlanComparison> comparison;
    document_.readSafely([&] {
        auto compared = baseline::compareWithPlanNow(document_.database(), std::to_string(id));
        if (!compared.ok()) {
            emit document_.problem(QString::fromStdString(compared.error().message));
            return;
        }
        comparison = std::move(compared.value());
    });
    if (!comparison) {
        return nullptr;
    }
    auto* dialog = new BaselineComparisonDialog(document_, id, std::move(*comparison), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void BaselinesPanel::updateButtons() {
    compare_->setEnabled(baselines_->selectedId() != 0);
}

} // namespace jointly::ui
