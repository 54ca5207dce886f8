#include "ui/plan/PlanPage.h"

#include "bcf/BcfKinds.h"
#include "needs/NeedsKinds.h"
#include "partnership/PartnershipKinds.h"
#include "planning/PlanStore.h"
#include "planning/PlanningKinds.h"
#include "records/RecordStore.h"
#include "ui/common/Explanation.h"
#include "ui/common/LazyTabWidget.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordForm.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTableView.h"
#include "ui/plan/AppraisalPanel.h"
#include "ui/plan/BaselinesPanel.h"
#include "ui/plan/BcfPanel.h"
#include "ui/plan/BudgetPanel.h"
#include "ui/plan/PbmaPanel.h"
#include "ui/plan/RiskHeatMap.h"
#include "ui/plan/SavingsSplitView.h"
#include "ui/workshop/WorkshopsPanel.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace jointly::ui {

namespace {

QSplitter* stacked(std::initializer_list<QWidget*> parts) {
    auto* splitter = new QSplitter(Qt::Vertical);
    for (auto* part : parts) {
        splitter->addWidget(part);
    }
    splitter->setChildrenCollapsible(false);
    return splitter;
}

} // namespace

PlanPage::PlanPage(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), tabs_(new LazyTabWidget(this)) {
    tabs_->setObjectName(QStringLiteral("plan_tabs"));
    tabs_->setAccessibleName(tr("Planning sections"));
    tabs_->addLazyTab(tr("O&utcomes"), [this] { return outcomesTab(); });
    prioritiesIndex_ = tabs_->addLazyTab(tr("&Priorities"), [this] { return prioritiesTab(); });
    appraisalIndex_ = tabs_->addLazyTab(tr("&Options"), [this] {
        appraisal_ = new AppraisalPanel(document_);
        return appraisal_;
    });
    pbmaIndex_ = tabs_->addLazyTab(tr("&Invest, disinvest"), [this] {
        pbma_ = new PbmaPanel(document_);
        return pbma_;
    });
    budgetIndex_ = tabs_->addLazyTab(tr("&Budget"), [this] { return budgetTab(); });
    tabs_->addLazyTab(tr("Sa&vings"), [this] { return savingsTab(); });
    risksIndex_ = tabs_->addLazyTab(tr("&Risks"), [this] { return risksTab(); });
    actionsIndex_ = tabs_->addLazyTab(tr("A&ctions"), [this] { return actionsTab(); });
    plansIndex_ =
        tabs_->addLazyTab(tr("&Documents"), [this] { return plansTab(); }); // and baselines
    workshopsIndex_ = tabs_->addLazyTab(tr("&Workshops"), [this] {
        workshops_ = new WorkshopsPanel(document_);
        return workshops_;
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);
}

RecordTableView& PlanPage::priorities() {
    tabs_->ensureBuilt(prioritiesIndex_);
    return *priorities_;
}

AppraisalPanel& PlanPage::appraisal() {
    tabs_->ensureBuilt(appraisalIndex_);
    return *appraisal_;
}

BaselinesPanel& PlanPage::baselines() {
    tabs_->ensureBuilt(plansIndex_);
    return *baselines_;
}

WorkshopsPanel& PlanPage::workshops() {
    tabs_->ensureBuilt(workshopsIndex_);
    return *workshops_;
}

PbmaPanel& PlanPage::pbma() {
    tabs_->ensureBuilt(pbmaIndex_);
    return *pbma_;
}

BudgetPanel& PlanPage::budget() {
    tabs_->ensureBuilt(budgetIndex_);
    return *budget_;
}

RecordTableView& PlanPage::risks() {
    tabs_->ensureBuilt(risksIndex_);
    return *risks_;
}

RiskHeatMap& PlanPage::heatMap() {
    tabs_->ensureBuilt(risksIndex_);
    return *heatMap_;
}

RecordTableView& PlanPage::actions() {
    tabs_->ensureBuilt(actionsIndex_);
    return *actions_;
}

RecordTableView& PlanPage::plans() {
    tabs_->ensureBuilt(plansIndex_);
    return *plans_;
}

QWidget* PlanPage::outcomesTab() {
    auto* outcomes = new RecordTableView(document_, planning::outcome(), tr("Outcomes"));
    auto* measures = new RecordTableView(document_, planning::outcomeMeasure(),
                                         tr("Measures of the selected outcome"));
    auto* targets = new RecordTableView(document_, planning::measureTarget(),
                                        tr("Target trajectory of the selected measure, by year"));
    measures->follow(outcomes, "outcome_id", tr("Choose an outcome first."));
    targets->follow(measures, "measure_id", tr("Choose a measure first."));
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(explanation(
        tr("What the partnership wants to change for people, per care group; how each outcome is "
           "measured (linked to a needs indicator); and the target for each financial year."),
        page));
    auto* lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(measures);
    lower->addWidget(targets);
    lower->setChildrenCollapsible(false);
    layout->addWidget(stacked({outcomes, lower}), 1);
    return page;
}

QWidget* PlanPage::prioritiesTab() {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(explanation(
        tr("The partnership's priorities, ranked. Each keeps its link to the needs statement "
           "(and so the evidence) it came from."),
        page));
    auto* promote = new QPushButton(tr("Promote candidate needs &statements to priorities"), page);
    promote->setObjectName(QStringLiteral("promote_statements"));
    promote->setEnabled(!document_.isReadOnly());
    connect(promote, &QPushButton::clicked, this, [this] {
        auto promoted = planning::promoteCandidateStatements(document_.project());
        if (!promoted.ok()) {
            emit document_.problem(QString::fromStdString(promoted.error().message));
        } else if (promoted.value() == 0) {
            emit document_.problem(
                tr("Every needs statement marked as a candidate priority already has a "
                   "priority. Mark more under Needs, Needs statements."));
        }
    });
    auto* row = new QHBoxLayout;
    row->addWidget(promote);
    row->addStretch(1);
    layout->addLayout(row);
    priorities_ = new RecordTableView(document_, planning::priority(), tr("Priorities"));
    // The evidence behind the selected priority: its needs statement's.
    auto* evidence =
        new RecordTableView(document_, needs::statementEvidence(),
                            tr("Evidence behind the selected priority's needs statement"));
    evidence->setObjectName(QStringLiteral("priority_evidence_view"));
    evidence->model().setFilter("statement_id", std::nullopt);
    evidence->table().setColumnHidden(
        records::fieldIndex(needs::statementEvidence(), "statement_id"), true);
    auto statementOf = [this](std::int64_t priorityId) -> std::optional<std::int64_t> {
        std::optional<records::Record> record;
        document_.readSafely([&] {
            record = records::findRecord(document_.database(), planning::priority(), priorityId);
        });
        if (!record || record->isEmpty(planning::priority(), "statement_id")) {
            return std::nullopt;
        }
        return record->number(planning::priority(), "statement_id");
    };
    connect(priorities_, &RecordTableView::selectionChanged, evidence,
            [evidence, statementOf](std::int64_t id) {
                evidence->model().setFilter("statement_id", id ? statementOf(id) : std::nullopt);
            });
    // Linking the priority to another statement shows that statement's evidence.
    connect(&document_, &ProjectDocument::changed, evidence,
            [this, evidence, statementOf](const QSet<QString>& tables) {
                const auto priorityTable = planning::priority().table;
                if (tables.contains(QString::fromUtf8(
                        priorityTable.data(), static_cast<qsizetype>(priorityTable.size())))) {
                    const auto id = priorities_->selectedId();
                    evidence->model().setFilter("statement_id",
                                                id ? statementOf(id) : std::nullopt);
                }
            });
    evidence->setDefaults([this, statementOf](records::FieldValues& initial, QString& whyNot) {
        const auto statement = statementOf(priorities_->selectedId());
        if (!statement) {
            whyNot = tr("Choose a priority linked to a needs statement first.");
            return false;
        }
        initial.emplace_back("statement_id", records::FieldValue{*statement});
        return true;
    });
    layout->addWidget(stacked({priorities_, evidence}), 1);
    return page;
}

QWidget* PlanPage::budgetTab() {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new RecordForm(document_, planning::budgetSettings(),
                                     partnership::kPartnershipId, {"budget_base_year"}, page));
    auto* lines = new QTabWidget;
    lines->setAccessibleName(tr("Budget lines"));
    lines->addTab(new RecordTableView(document_, planning::contribution(),
                                      tr("Each partner's contribution, line by line")),
                  tr("Contributions"));
    lines->addTab(new RecordTableView(document_, planning::allocation(),
                                      tr("Allocations to care groups and services")),
                  tr("Allocations"));
    lines->addTab(new RecordTableView(document_, planning::budgetForecast(),
                                      tr("Forecast overspend or underspend by year")),
                  tr("Forecasts"));
    const int bcf = lines->addTab(bcfTab(), tr("Better Care Fund"));
    budget_ = new BudgetPanel(document_);
    // The reconciliation below is of the contributions and allocations: the
    // Better Care Fund's own tab takes the whole height instead.
    connect(lines, &QTabWidget::currentChanged, budget_,
            [this, bcf](int index) { budget_->setVisible(index != bcf); });
    layout->addWidget(stacked({lines, budget_}), 1);
    return page;
}

QWidget* PlanPage::savingsTab() {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new RecordForm(document_, planning::budgetSettings(),
                                     partnership::kPartnershipId, {"savings_sharing_rule"}, page));
    auto* targets =
        new RecordTableView(document_, planning::savingsTarget(), tr("Savings targets by year"));
    auto* schemes = new RecordTableView(document_, planning::savingsScheme(), tr("Schemes"));
    auto* years = new RecordTableView(document_, planning::schemeSaving(),
                                      tr("Planned and realised savings of the selected scheme"));
    years->follow(schemes, "scheme_id", tr("Choose a scheme first."));
    auto* lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(schemes);
    lower->addWidget(years);
    lower->setChildrenCollapsible(false);
    auto* top = new QSplitter(Qt::Horizontal);
    top->addWidget(targets);
    top->addWidget(new SavingsSplitView(document_));
    top->setChildrenCollapsible(false);
    top->setSizes({480, 620});
    layout->addWidget(stacked({top, lower}), 1);
    return page;
}

// A Better Care Fund-style expenditure plan, under Budget: the year's
// income, the schemes and their lines of spending, the year's ring-fence;
// beside them the template's checks and the export.
QWidget* PlanPage::bcfTab() {
    auto* page = new QWidget;
    auto* layout = new QHBoxLayout(page);
    auto* tables = new QTabWidget;
    tables->addTab(new RecordTableView(document_, bcf::bcfIncome(), tr("Income by source")),
                   tr("Income"));
    tables->addTab(new RecordTableView(document_, bcf::bcfScheme(), tr("Schemes")), tr("Schemes"));
    tables->addTab(
        new RecordTableView(document_, bcf::bcfExpenditure(), tr("Each scheme's spending by year")),
        tr("Spending"));
    tables->addTab(new RecordTableView(document_, bcf::bcfYear(),
                                       tr("Each year's NHS minimum to adult social care")),
                   tr("Ring-fence"));
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(tables);
    split->addWidget(new BcfPanel(document_));
    split->setChildrenCollapsible(false);
    split->setSizes({760, 440});
    layout->addWidget(split);
    return page;
}

QWidget* PlanPage::risksTab() {
    auto* page = new QWidget;
    auto* layout = new QHBoxLayout(page);
    risks_ = new RecordTableView(document_, planning::risk(), tr("Risks"));
    heatMap_ = new RiskHeatMap(document_);
    auto* mapBox = new QVBoxLayout;
    mapBox->addWidget(new QLabel(tr("<b>Heat map</b> (risks not closed)")));
    mapBox->addWidget(heatMap_, 1);
    layout->addWidget(risks_, 3);
    layout->addLayout(mapBox, 2);
    return page;
}

QWidget* PlanPage::actionsTab() {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(explanation(tr("Milestones and actions, each with an owner and a due date. "
                                     "Overdue ones are shown in red."),
                                  page));
    actions_ = new RecordTableView(document_, planning::planAction(), tr("Actions"), page);
    const auto& kind = planning::planAction();
    actions_->model().setHighlight([&kind](const records::Record& record) {
        const auto status = record.text(kind, "status");
        const auto due =
            QDate::fromString(QString::fromStdString(record.text(kind, "due_on")), Qt::ISODate);
        if (status == "done" || status == "cancelled" || !due.isValid() ||
            due >= QDate::currentDate()) {
            return QString();
        }
        return QObject::tr("Overdue: it was due on %1.")
            .arg(QLocale().toString(due, QLocale::LongFormat));
    });
    layout->addWidget(actions_, 1);
    return page;
}

QWidget* PlanPage::plansTab() {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(explanation(
        tr("The plan documents: framework, strategy, care-group plans, the 3-year implementation "
           "plan and the 1-year investment plan, with their horizon and next refresh date."),
        page));
    plans_ = new RecordTableView(document_, partnership::planDocument(), tr("Plans"), page);
    auto* roll = new QPushButton(tr("Roll the selected plan &forward a year"), page);
    roll->setObjectName(QStringLiteral("roll_forward"));
    roll->setEnabled(!document_.isReadOnly());
    connect(roll, &QPushButton::clicked, this, [this] {
        const auto id = plans_->selectedId();
        if (id == 0) {
            emit document_.problem(tr("Choose the plan to roll forward first."));
            return;
        }
        document_.check(planning::rollPlanForward(document_.project(), id));
    });
    auto* row = new QHBoxLayout;
    row->addWidget(roll);
    row->addStretch(1);
    layout->addLayout(row);
    // Below the documents, the plan as each was approved: its baselines.
    auto* documents = new QWidget;
    auto* documentsLayout = new QVBoxLayout(documents);
    documentsLayout->setContentsMargins(0, 0, 0, 0);
    documentsLayout->addWidget(plans_);
    baselines_ = new BaselinesPanel(document_);
    layout->addWidget(stacked({documents, baselines_}), 1);
    return page;
}

} // namespace jointly::ui
