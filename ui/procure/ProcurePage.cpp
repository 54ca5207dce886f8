#include "ui/procure/ProcurePage.h"

#include "partnership/PartnershipKinds.h"
#include "procurement/ProcurementKinds.h"
#include "ui/common/Explanation.h"
#include "ui/common/LazyTabWidget.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordForm.h"
#include "ui/common/RecordTableView.h"
#include "ui/procure/ContractsPanel.h"
#include "ui/procure/EvaluationPanel.h"
#include "ui/procure/TimelinePanel.h"

#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace jointly::ui {

namespace {

QSplitter* split(Qt::Orientation orientation, std::initializer_list<QWidget*> parts) {
    auto* splitter = new QSplitter(orientation);
    for (auto* part : parts) {
        splitter->addWidget(part);
    }
    splitter->setChildrenCollapsible(false);
    return splitter;
}

} // namespace

ProcurePage::ProcurePage(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), tabs_(new LazyTabWidget(this)) {
    tabs_->setObjectName(QStringLiteral("procure_tabs"));
    tabs_->setAccessibleName(tr("Procurement sections"));
    specificationsIndex_ =
        tabs_->addLazyTab(tr("&Specifications"), [this] { return specificationsTab(); });
    tabs_->addLazyTab(tr("&Market engagement"), [this] {
        return withExplanation(
            tr("What providers said before the procurement: who, when, how, what was learned "
               "and which specification it informed."),
            new RecordTableView(document_, procurement::marketEngagement(),
                                tr("Market engagement")));
    });
    procurementsIndex_ =
        tabs_->addLazyTab(tr("P&rocurements"), [this] { return procurementsTab(); });
    evaluationIndex_ = tabs_->addLazyTab(tr("E&valuation"), [this] {
        evaluation_ = new EvaluationPanel(document_);
        return evaluation_;
    });
    contractsIndex_ = tabs_->addLazyTab(tr("Co&ntracts"), [this] {
        contracts_ = new ContractsPanel(document_);
        return contracts_;
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);
}

RecordTableView& ProcurePage::specifications() {
    tabs_->ensureBuilt(specificationsIndex_);
    return *specifications_;
}

RecordTableView& ProcurePage::procurements() {
    tabs_->ensureBuilt(procurementsIndex_);
    return *procurements_;
}

EvaluationPanel& ProcurePage::evaluation() {
    tabs_->ensureBuilt(evaluationIndex_);
    return *evaluation_;
}

ContractsPanel& ProcurePage::contracts() {
    tabs_->ensureBuilt(contractsIndex_);
    return *contracts_;
}

TimelinePanel& ProcurePage::timeline() {
    tabs_->ensureBuilt(procurementsIndex_);
    return *timeline_;
}

QWidget* ProcurePage::specificationsTab() {
    specifications_ =
        new RecordTableView(document_, procurement::specification(), tr("Specifications"));
    auto* outcomes =
        new RecordTableView(document_, procurement::specificationOutcome(), tr("Outcomes served"));
    auto* envelope =
        new RecordTableView(document_, procurement::specificationBudget(), tr("Budget envelope"));
    outcomes->follow(specifications_, "specification_id", tr("Choose a specification first."));
    envelope->follow(specifications_, "specification_id", tr("Choose a specification first."));
    return withExplanation(
        tr("What the plan will buy, written as outcomes: the priority and appraisal option it "
           "comes from, its duration, extensions and service requirements. Below, for the "
           "specification selected: the plan's outcomes it serves, and its budget envelope, one "
           "line per financial year and funding partner."),
        split(Qt::Vertical, {specifications_, split(Qt::Horizontal, {outcomes, envelope})}));
}

QWidget* ProcurePage::procurementsTab() {
    procurements_ = new RecordTableView(document_, procurement::procurement(), tr("Procurements"));
    timeline_ = new TimelinePanel(document_, *procurements_);
    auto* conflicts =
        new RecordTableView(document_, procurement::conflictEntry(), tr("Conflicts assessment"));
    conflicts->follow(procurements_, "procurement_id", tr("Choose a procurement first."));
    auto* lower = new QTabWidget;
    lower->setObjectName(QStringLiteral("procurement_parts"));
    lower->setAccessibleName(tr("Parts of the selected procurement"));
    lower->addTab(timeline_, tr("&Timeline"));
    lower->addTab(withExplanation(tr("Who has an interest in the procurement, in which "
                                     "provider, and how it is managed. The Procurement Act "
                                     "(s.83) requires it before the tender or transparency "
                                     "notice; write \"None identified\" when there are none."),
                                  conflicts),
                  tr("C&onflicts assessment"));
    lower->addTab(
        withExplanation(
            tr("File > Export procurement as OCDS publishes the procurements as Open "
               "Contracting Data (OCDS 1.1): each procurement's ID starts with this prefix, "
               "which the Open Contracting Partnership registers for the partnership."),
            new RecordForm(document_, procurement::publishingSettings(),
                           partnership::kPartnershipId, {"ocid_prefix"})),
        tr("&Publishing"));
    return withExplanation(
        tr("Each procurement's regime and route with the reasons, its value including VAT, "
           "its milestones with the statutory minimums checked, and its conflicts assessment."),
        split(Qt::Vertical, {procurements_, lower}));
}

} // namespace jointly::ui
