#include "ui/procure/ContractsPanel.h"

#include "procurement/ContractKinds.h"
#include "procurement/ContractRegister.h"
#include "procurement/PlanFunding.h"
#include "quantities/FinancialYear.h"
#include "quantities/Money.h"
#include "ui/common/Explanation.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordTableView.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace jointly::ui {

namespace {

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace

ContractsPanel::ContractsPanel(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document),
      contracts_(new RecordTableView(document, procurement::contract(), tr("Contracts"))),
      months_(new QSpinBox), alerts_(new QListWidget), split_(new QListWidget),
      plan_(new QListWidget) {
    months_->setObjectName(QStringLiteral("alert_months"));
    months_->setAccessibleName(tr("Show dates due within this many months"));
    months_->setRange(0, 120);
    months_->setValue(6);
    months_->setSuffix(tr(" months"));
    alerts_->setObjectName(QStringLiteral("contract_alerts"));
    alerts_->setAccessibleName(tr("Notice dates and extension decisions due"));
    alerts_->setWordWrap(true);
    alerts_->setMaximumHeight(90);
    split_->setObjectName(QStringLiteral("contract_split"));
    split_->setAccessibleName(tr("Each year's value split between the co-funders"));
    split_->setWordWrap(true);
    plan_->setObjectName(QStringLiteral("contract_against_plan"));
    plan_->setAccessibleName(tr("The plan's allocations against the contract, year by year"));
    plan_->setWordWrap(true);

    auto* values =
        new RecordTableView(document_, procurement::contractValue(), tr("Value by year"));
    auto* funders = new RecordTableView(document_, procurement::contractFunder(), tr("Co-funders"));
    auto* kpis = new RecordTableView(document_, procurement::contractKpi(), tr("KPIs"));
    auto* services = new RecordTableView(document_, procurement::contractService(),
                                         tr("Services of the service map it delivers"));
    auto* specifications = new RecordTableView(document_, procurement::contractSpecification(),
                                               tr("Specifications it also covers"));
    for (auto* view : {values, funders, kpis, services, specifications}) {
        view->follow(contracts_, "contract_id", tr("Choose a contract first."));
    }
    auto* money = new QSplitter(Qt::Horizontal);
    money->addWidget(values);
    money->addWidget(funders);
    money->addWidget(split_);
    money->setChildrenCollapsible(false);
    auto* parts = new QTabWidget;
    parts->setObjectName(QStringLiteral("contract_parts"));
    parts->setAccessibleName(tr("Parts of the selected contract"));
    parts->addTab(money, tr("&Value and co-funders"));
    parts->addTab(kpis, tr("&KPIs"));
    auto* delivers = new QSplitter(Qt::Horizontal);
    delivers->addWidget(services);
    delivers->addWidget(specifications);
    delivers->setChildrenCollapsible(false);
    parts->addTab(delivers, tr("Servi&ces delivered"));
    parts->addTab(withExplanation(tr("What the plan's allocations for this contract come to "
                                     "against what it costs, each year, and each partner's part "
                                     "of both: of the plan's money in proportion to what the "
                                     "partners put in that year, of the contract's by its "
                                     "co-funding shares."),
                                  plan_),
                  tr("Against the &plan"));

    auto* due = new QHBoxLayout;
    auto* dueLabel = new QLabel(tr("Dates due &within:"));
    dueLabel->setBuddy(months_);
    due->addWidget(dueLabel);
    due->addWidget(months_);
    due->addStretch(1);
    auto* lower = new QSplitter(Qt::Vertical);
    lower->addWidget(contracts_);
    lower->addWidget(parts);
    lower->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation(
        tr("Each contract with its provider, the procurement it came from, its dates, notice "
           "period and extensions; its value by financial year, split between the co-funders "
           "to the penny; the share at risk on outcomes; and its KPIs, which monitoring "
           "measures."),
        this));
    layout->addLayout(due);
    layout->addWidget(alerts_);
    layout->addWidget(lower, 1);

    connect(months_, &QSpinBox::valueChanged, this, [this] { refresh(); });
    connect(contracts_, &RecordTableView::selectionChanged, this, [this] { refresh(); });
    connect(&document_, &ProjectDocument::changed, this, [this](const QSet<QString>& tables) {
        if (ProjectDocument::touchesAny(tables, procurement::kRegisterReads) ||
            ProjectDocument::touchesAny(tables, procurement::kPlanFundingReads)) {
            refresh();
        }
    });
    refresh();
}

void ContractsPanel::refresh() {
    alerts_->clear();
    split_->clear();
    plan_->clear();
    std::vector<procurement::ContractSummary> register_;
    std::vector<procurement::PlanFunding> funding;
    const auto today = QDate::currentDate().toString(Qt::ISODate).toStdString();
    document_.readSafely([&] {
        register_ = procurement::contractRegister(document_.database(), today, months_->value());
        funding = procurement::reconcilePlanWithContracts(document_.database());
    });
    for (const auto& contract : register_) {
        for (const auto& alert : contract.alerts) {
            alerts_->addItem(tr("Due: %1").arg(qs(alert.sentence)));
        }
    }
    if (alerts_->count() == 0) {
        alerts_->addItem(months_->value() == 1
                             ? tr("No notice date or extension decision is due within a month.")
                             : tr("No notice date or extension decision is due within %1 months.")
                                   .arg(months_->value()));
    }
    const auto selected = contracts_->selectedId();
    showPlan(funding, selected == 0 ? std::nullopt : std::optional<std::int64_t>(selected));
    for (const auto& contract : register_) {
        if (contract.id != selected) {
            continue;
        }
        for (const auto& warning : contract.warnings) {
            split_->addItem(tr("Warning: %1").arg(qs(warning)));
        }
        for (const auto& year : contract.years) {
            QStringList parts;
            for (std::size_t i = 0; i < year.byFunder.size(); ++i) {
                parts << tr("%1 %2").arg(qs(contract.funders[i].partner),
                                         qs(quantities::formatPounds(year.byFunder[i])));
            }
            split_->addItem(
                tr("%1: %2%3")
                    .arg(qs(quantities::formatFinancialYear(
                             quantities::FinancialYear{static_cast<int>(year.year)})),
                         qs(quantities::formatPounds(year.valuePence)),
                         parts.isEmpty() ? QString() : tr(" (%1)").arg(parts.join(tr(", ")))));
        }
        if (contract.atRiskPence) {
            split_->addItem(tr("At risk on outcomes: %1 of %2")
                                .arg(qs(quantities::formatPounds(*contract.atRiskPence)),
                                     qs(quantities::formatPounds(*contract.totalPence))));
        }
    }
}

void ContractsPanel::showPlan(const std::vector<procurement::PlanFunding>& funding,
                              std::optional<std::int64_t> selected) {
    if (!selected) {
        plan_->addItem(tr("Choose a contract first."));
        return;
    }
    auto pounds = [](const std::optional<std::int64_t>& pence) {
        return pence ? qs(quantities::formatPounds(*pence)) : tr("not known");
    };
    for (const auto& contract : funding) {
        if (contract.contractId != *selected) {
            continue;
        }
        for (const auto& year : contract.years) {
            plan_->addItem(tr("%1 %2").arg(year.matches() ? tr("Matches:") : tr("Differs:"),
                                           qs(year.sentence)));
            for (const auto& partner : year.partners) {
                plan_->addItem(tr("    %1: %2 in the plan, %3 by the contract's shares")
                                   .arg(qs(partner.partner), pounds(partner.plannedPence),
                                        pounds(partner.contractPence)));
            }
        }
        return;
    }
    plan_->addItem(tr("No allocation in the plan pays for this contract yet. Choose it as the "
                      "Contract of an allocation under Plan, Budget, Allocations."));
}

} // namespace jointly::ui
