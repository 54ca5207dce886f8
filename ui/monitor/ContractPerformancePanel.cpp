#include "ui/monitor/ContractPerformancePanel.h"

#include "monitoring/ContractPerformance.h"
#include "monitoring/MonitoringKinds.h"
#include "monitoring/Rag.h"
#include "quantities/FinancialYear.h"
#include "ui/common/Explanation.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTableView.h"
#include "ui/monitor/SpcStyle.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace jointly::ui {

namespace {

enum Column { Name, Latest, Target, RagColumn, Variation, Breach, ColumnCount };

QString qs(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QTableWidgetItem* cell(const QString& text, const QString& tip = {}) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

QString today() {
    return QDate::currentDate().toString(Qt::ISODate);
}

// A parent table on the left and the records of its selected row on the
// right, as one tab.
QWidget* sideBySide(RecordTableView* parent, RecordTableView* child) {
    auto* page = new QWidget;
    auto* layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(parent, 3);
    layout->addWidget(child, 2);
    return page;
}

} // namespace

ContractPerformancePanel::ContractPerformancePanel(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), contract_(new QComboBox), summary_(new QLabel),
      kpis_(new QTableWidget), logs_(new QTabWidget),
      notices_(new RecordTableView(document, monitoring::performanceNotice(),
                                   tr("Performance notices"))),
      milestones_(new RecordTableView(document, monitoring::remedialMilestone(),
                                      tr("Remedial action plan milestones"))),
      assessments_(
          new RecordTableView(document, monitoring::contractAssessment(), tr("Assessments"))),
      ratings_(new RecordTableView(document, monitoring::kpiRating(), tr("KPI ratings"))),
      year_(new QComboBox), assess_(new QPushButton(tr("Assess from the &figures…"))) {
    contract_->setObjectName(QStringLiteral("performance_contract"));
    contract_->setAccessibleName(tr("Contract"));
    summary_->setObjectName(QStringLiteral("performance_summary"));
    summary_->setTextFormat(Qt::PlainText);
    summary_->setWordWrap(true);
    kpis_->setObjectName(QStringLiteral("performance_kpis"));
    kpis_->setAccessibleName(tr("The contract's KPIs: latest figure, target, RAG, variation and "
                                "any breach"));
    kpis_->setColumnCount(ColumnCount);
    kpis_->setHorizontalHeaderLabels(
        {tr("KPI"), tr("Latest"), tr("Target"), tr("RAG"), tr("Variation"), tr("Breach")});
    kpis_->setSelectionBehavior(QAbstractItemView::SelectRows);
    kpis_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    kpis_->verticalHeader()->setVisible(false);
    kpis_->setWordWrap(false);
    kpis_->setMaximumHeight(kpis_->fontMetrics().height() * 9);
    year_->setObjectName(QStringLiteral("performance_year"));
    year_->setAccessibleName(tr("Financial year to assess"));
    assess_->setObjectName(QStringLiteral("performance_assess"));
    assess_->setToolTip(tr("Rate each KPI from the mean of the year's figures against its "
                           "target and tolerance, after showing what that gives; change any "
                           "rating afterwards under KPI ratings."));
    logs_->setObjectName(QStringLiteral("performance_logs"));
    logs_->setAccessibleName(tr("Performance notices and assessments"));

    const auto pick = [this](RecordTableView* view) {
        // Every row shown is the chosen contract's, so its column says nothing.
        view->table().setColumnHidden(records::fieldIndex(view->model().kind(), "contract_id"),
                                      true);
        view->setDefaults([this](records::FieldValues& values, QString& whyNot) {
            if (contractId() == 0) {
                whyNot = tr("Choose a contract first: add contracts under Procure, Contracts.");
                return false;
            }
            values.emplace_back("contract_id", contractId());
            return true;
        });
    };
    pick(notices_);
    pick(assessments_);
    milestones_->follow(notices_, "notice_id",
                        tr("Choose a notice to see its remedial action plan's milestones."));
    ratings_->follow(assessments_, "assessment_id", tr("Choose an assessment to see its ratings."));

    auto* noticesPage = sideBySide(notices_, milestones_);
    auto* assessmentsPage = new QWidget;
    auto* assessLayout = new QVBoxLayout(assessmentsPage);
    assessLayout->setContentsMargins(0, 0, 0, 0);
    auto* assessRow = new QHBoxLayout;
    auto* yearLabel = new QLabel(tr("Financial &year:"));
    yearLabel->setBuddy(year_);
    assessRow->addWidget(yearLabel);
    assessRow->addWidget(year_);
    assessRow->addWidget(assess_);
    assessRow->addStretch(1);
    assessLayout->addLayout(assessRow);
    assessLayout->addWidget(sideBySide(assessments_, ratings_), 1);
    logs_->addTab(noticesPage, tr("Performance notices"));
    logs_->addTab(assessmentsPage, tr("Yearly assessments"));

    auto* chooser = new QHBoxLayout;
    auto* contractLabel = new QLabel(tr("&Contract:"));
    contractLabel->setBuddy(contract_);
    chooser->addWidget(contractLabel);
    chooser->addWidget(contract_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation(
        tr("How each contract is performing: its KPIs as they stand, any breach with its "
           "consequence, the performance notices given to the provider with the milestones of "
           "each remedial action plan (NHS Standard Contract), and the yearly assessment with a "
           "rating per KPI that the Procurement Act asks for (good, approaching target, requires "
           "improvement, inadequate), which the OCDS export publishes."),
        this));
    layout->addLayout(chooser);
    layout->addWidget(summary_);
    layout->addWidget(kpis_);
    layout->addWidget(logs_, 1);

    connect(contract_, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(assess_, &QPushButton::clicked, this, &ContractPerformancePanel::assess);
    connect(&document_, &ProjectDocument::changed, this, [this](const QSet<QString>& tables) {
        if (ProjectDocument::touchesAny(tables, monitoring::kContractPerformanceReads)) {
            refresh();
        }
    });
    // The year to assess: the last complete financial year first, then this one.
    const auto now = quantities::financialYearContaining(today().toStdString());
    const int current = now.ok() ? now.value().startYear : QDate::currentDate().year();
    for (int year = current - 1; year >= current - 5; --year) {
        year_->addItem(qs(quantities::formatFinancialYear({year})), year);
    }
    year_->insertItem(1, qs(quantities::formatFinancialYear({current})), current);
    year_->setCurrentIndex(0);
    refresh();
}

std::int64_t ContractPerformancePanel::contractId() const {
    return contract_->currentIndex() < 0 ? 0 : contract_->currentData().toLongLong();
}

void ContractPerformancePanel::refresh() {
    std::vector<monitoring::ContractPerformance> contracts;
    document_.readSafely([&] {
        contracts = monitoring::contractPerformance(document_.database(), today().toStdString());
    });
    const auto chosen = contractId();
    {
        const QSignalBlocker quiet(contract_);
        contract_->clear();
        for (const auto& contract : contracts) {
            QString name = contract.name.empty() ? tr("Unnamed contract") : qs(contract.name);
            if (!contract.provider.empty()) {
                name += QStringLiteral(" (") + qs(contract.provider) + QLatin1Char(')');
            }
            contract_->addItem(name, static_cast<qlonglong>(contract.contractId));
        }
        int index = contract_->findData(static_cast<qlonglong>(chosen));
        // At first, the first contract with something to act on.
        for (std::size_t i = 0; index < 0 && i < contracts.size(); ++i) {
            const auto& contract = contracts[i];
            if (contract.red + contract.breaches + contract.openNotices > 0) {
                index = static_cast<int>(i);
            }
        }
        contract_->setCurrentIndex(index >= 0 ? index : (contracts.empty() ? -1 : 0));
    }
    const auto id = contractId();
    const monitoring::ContractPerformance* shown = nullptr;
    for (const auto& contract : contracts) {
        if (contract.contractId == id) {
            shown = &contract;
        }
    }
    assess_->setEnabled(shown != nullptr && !shown->kpis.empty());
    if (shown != nullptr && id != shownContract_) {
        // A newly chosen contract offers the latest year it is not yet assessed for.
        for (int i = 0; i < year_->count(); ++i) {
            const int year = year_->itemData(i).toInt();
            if (std::none_of(shown->assessments.begin(), shown->assessments.end(),
                             [year](const auto& a) { return a.year == year; })) {
                year_->setCurrentIndex(i);
                break;
            }
        }
    }
    shownContract_ = id;
    if (shown == nullptr) {
        summary_->setText(tr("No contracts yet: add them under Procure, Contracts."));
        kpis_->setRowCount(0);
    } else {
        summary_->setText(qs(shown->sentence));
        kpis_->setRowCount(static_cast<int>(shown->kpis.size()));
        for (int row = 0; row < kpis_->rowCount(); ++row) {
            const auto& kpi = shown->kpis[static_cast<std::size_t>(row)];
            kpis_->setItem(row, Name, cell(kpi.name.empty() ? tr("Unnamed KPI") : qs(kpi.name)));
            kpis_->setItem(row, Latest,
                           cell(kpi.latest ? qs(kpi.latestPeriod) + QStringLiteral(": ") +
                                                 qs(monitoring::valueWords(*kpi.latest, kpi.unit))
                                           : tr("No figures")));
            kpis_->setItem(
                row, Target,
                cell(kpi.target ? qs(monitoring::valueWords(*kpi.target, kpi.unit)) : tr("None")));
            if (kpi.rag) {
                auto* rag = cell(spc::ragShort(kpi.rag->rag), qs(kpi.rag->sentence));
                rag->setBackground(spc::ragTint(kpi.rag->rag));
                rag->setForeground(QColor(Qt::black));
                kpis_->setItem(row, RagColumn, rag);
            } else {
                kpis_->setItem(row, RagColumn, cell(tr("None")));
            }
            kpis_->setItem(row, Variation,
                           cell(spc::variationShort(kpi.variation),
                                kpi.variation ? qs(monitoring::variationWords(*kpi.variation))
                                              : tr("No icon")));
            kpis_->setItem(row, Breach,
                           cell(kpi.breached ? QStringLiteral("\u26A0 ") + qs(kpi.breach)
                                             : tr("Not in breach")));
        }
        kpis_->resizeColumnsToContents();
        // A long name gives way to the breach sentence; its tip holds it whole.
        const int character = kpis_->fontMetrics().averageCharWidth();
        kpis_->setColumnWidth(Name, std::min(kpis_->columnWidth(Name), character * 34));
        kpis_->horizontalHeader()->setSectionResizeMode(Breach, QHeaderView::Stretch);
    }
    showContract();
}

void ContractPerformancePanel::showContract() {
    const auto id = contractId();
    // No contract chosen shows none.
    const auto filter = id == 0 ? std::nullopt : std::optional<std::int64_t>(id);
    for (auto* view : {notices_, assessments_}) {
        view->model().setFilter("contract_id", filter);
        // The first chosen, so what belongs to it shows beside it at once.
        if (view->selectedId() == 0 && view->model().rowCount() > 0) {
            view->table().selectRow(0);
        }
    }
}

void ContractPerformancePanel::assess() {
    if (document_.isReadOnly()) {
        document_.refuseReadOnlyEdit();
        return;
    }
    const auto id = contractId();
    const int year = year_->currentData().toInt();
    std::optional<Outcome<monitoring::AssessmentPlan>> plan;
    if (!document_.readSafely(
            [&] { plan = monitoring::suggestAssessment(document_.database(), id, year); }) ||
        !plan) {
        return;
    }
    if (!plan->ok()) {
        emit document_.problem(qs(plan->error().message));
        return;
    }
    const auto& suggested = plan->value();
    QString details;
    for (const auto& rating : suggested.ratings) {
        details += tr("%1: %2. %3\n")
                       .arg(qs(rating.kpi), qs(monitoring::ratingWords(rating.rating)),
                            qs(rating.explanation));
    }
    QMessageBox box(QMessageBox::Question, tr("Assess the contract"),
                    tr("Record the assessment of \u201C%1\u201D for %2?")
                        .arg(qs(suggested.contract), qs(suggested.yearText)),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("The figures suggest %1 Read each rating and change any you judge "
                              "otherwise. Edit > Undo takes it back.")
                               .arg(qs(suggested.summary)));
    box.setDetailedText(details);
    auto* record = box.addButton(tr("&Record"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(record);
    box.exec();
    if (box.clickedButton() != record) {
        return;
    }
    auto done = monitoring::recordAssessment(document_.project(), id, year, today().toStdString());
    if (done.ok()) {
        // The new assessment is the last; show its ratings beside it.
        const int rows = assessments_->model().rowCount();
        if (rows > 0) {
            assessments_->table().selectRow(rows - 1);
        }
        emit document_.notice(tr("Assessed \u201C%1\u201D for %2 Edit > Undo takes it back.")
                                  .arg(qs(done.value().contract), qs(done.value().summary)));
    } else {
        emit document_.problem(qs(done.error().message));
    }
}

} // namespace jointly::ui
