#include "ui/workshop/WorkshopsPanel.h"

#include "ui/common/Explanation.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordTableView.h"
#include "ui/workshop/WorkshopWindow.h"
#include "workshop/WorkshopKinds.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace jointly::ui {

WorkshopsPanel::WorkshopsPanel(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document),
      workshops_(new RecordTableView(document, workshop::workshop(), tr("Workshops"), this)),
      run_(new QPushButton(tr("Run the selected wor&kshop…"), this)) {
    run_->setObjectName(QStringLiteral("run_workshop"));
    run_->setAccessibleName(tr("Run the selected workshop"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation(
        tr("Prepare a workshop here: who is coming, the agenda, the providers each item "
           "concerns (members with an interest in them cannot vote on it until the chair "
           "decides), and the rounds. Then run it: the facilitator's window on the laptop and "
           "an audience view on the projector, which shows results only when you reveal them."),
        this));
    auto* attendance =
        new RecordTableView(document, workshop::attendance(), tr("Attendance"), this);
    attendance->follow(workshops_, "workshop_id", tr("Choose a workshop first."));
    auto* agenda = new RecordTableView(document, workshop::agendaItem(), tr("Agenda"), this);
    agenda->follow(workshops_, "workshop_id", tr("Choose a workshop first."));
    auto* providers = new RecordTableView(document, workshop::agendaProvider(),
                                          tr("Providers the selected item concerns"), this);
    providers->follow(agenda, "agenda_item_id", tr("Choose an agenda item first."));
    auto* interests = new RecordTableView(document, workshop::interestAction(),
                                          tr("The chair's actions on interests"), this);
    interests->follow(agenda, "agenda_item_id", tr("Choose an agenda item first."));
    auto* rounds = new RecordTableView(document, workshop::round(), tr("Rounds"), this);
    rounds->follow(agenda, "agenda_item_id", tr("Choose an agenda item first."));
    auto* decisions = new RecordTableView(document, workshop::decision(), tr("Decisions"), this);
    decisions->follow(workshops_, "workshop_id", tr("Choose a workshop first."));

    auto* itemTabs = new QTabWidget(this);
    itemTabs->setAccessibleName(tr("The selected item's details"));
    itemTabs->addTab(providers, tr("Providers concerned"));
    itemTabs->addTab(interests, tr("Interests"));
    itemTabs->addTab(rounds, tr("Rounds"));
    auto* agendaSplit = new QSplitter(Qt::Vertical, this);
    agendaSplit->addWidget(agenda);
    agendaSplit->addWidget(itemTabs);
    agendaSplit->setChildrenCollapsible(false);

    auto* sections = new QTabWidget(this);
    sections->setObjectName(QStringLiteral("workshop_sections"));
    sections->setAccessibleName(tr("The selected workshop's details"));
    sections->addTab(attendance, tr("Attendance"));
    sections->addTab(agendaSplit, tr("Agenda"));
    sections->addTab(decisions, tr("Decisions"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(workshops_, 1);
    leftLayout->addWidget(run_);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(sections);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);
    connect(run_, &QPushButton::clicked, this, &WorkshopsPanel::runSelected);
    // The first workshop is chosen to begin with, so its attendance and
    // agenda show at once and Run has something to run.
    const auto chooseFirst = [this] {
        auto& table = workshops_->table();
        if (table.model() != nullptr && table.model()->rowCount() > 0 &&
            !table.selectionModel()->hasSelection()) {
            table.selectRow(0);
        }
    };
    if (workshops_->table().model() != nullptr) {
        connect(workshops_->table().model(), &QAbstractItemModel::modelReset, this, chooseFirst);
    }
    chooseFirst();
}

void WorkshopsPanel::runSelected() {
    const auto id = workshops_->selectedId();
    if (id == 0) {
        emit document_.problem(tr("Choose the workshop to run first."));
        return;
    }
    if (window_ && window_->workshopId() == id) {
        // Already running: brought forward, its projector view and timer kept.
        window_->raise();
        window_->activateWindow();
        return;
    }
    if (window_) {
        window_->close();
        delete window_;
    }
    window_ = new WorkshopWindow(document_, id, this);
    window_->setAttribute(Qt::WA_DeleteOnClose);
    window_->show();
    window_->raise();
}

} // namespace jointly::ui
