#include "ui/plan/PbmaPanel.h"

#include "planning/PlanStore.h"
#include "planning/PlanningKinds.h"
#include "quantities/Money.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordTableView.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jointly::ui {

namespace {

QString pounds(std::int64_t pence) {
    return QString::fromStdString(quantities::formatPounds(pence));
}

void addRows(QTableWidget* table, const std::vector<planning::Proposal>& proposals,
             const QString& status) {
    for (const auto& proposal : proposals) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(status));
        table->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(proposal.name)));
        table->setItem(
            row, 2,
            new QTableWidgetItem(QString::fromStdString(planning::tierName(proposal.tier))));
        auto* amount = new QTableWidgetItem(pounds(proposal.amountPence));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 3, amount);
        auto* benefit = new QTableWidgetItem(QString::number(proposal.benefit));
        benefit->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 4, benefit);
    }
}

} // namespace

PbmaPanel::PbmaPanel(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document) {
    proposals_ = new RecordTableView(document_, planning::proposal(),
                                     tr("Proposals to invest and to disinvest"));
    change_ = new QDoubleSpinBox;
    change_->setObjectName(QStringLiteral("budget_change"));
    change_->setAccessibleName(tr("Change in the budget, in percent"));
    change_->setRange(-100.0, 100.0);
    change_->setDecimals(2);
    change_->setSingleStep(0.5);
    change_->setSuffix(QStringLiteral("%"));
    change_->setValue(2.5);
    auto* changeLabel = new QLabel(tr("What if the budget changed &by"));
    changeLabel->setBuddy(change_);
    base_ = new QLabel;
    base_->setTextFormat(Qt::PlainText);
    auto* controls = new QHBoxLayout;
    controls->addWidget(changeLabel);
    controls->addWidget(change_);
    controls->addWidget(base_, 1);

    sentence_ = new QLabel;
    sentence_->setWordWrap(true);
    sentence_->setTextFormat(Qt::PlainText);
    sentence_->setObjectName(QStringLiteral("pbma_sentence"));
    outcome_ = new QTableWidget(0, 5);
    outcome_->setObjectName(QStringLiteral("pbma_outcome"));
    outcome_->setAccessibleName(tr("Funded investments and needed disinvestments"));
    outcome_->setHorizontalHeaderLabels(
        {tr("Result"), tr("Proposal"), tr("Tier"), tr("A year"), tr("Benefit")});
    outcome_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    outcome_->setTabKeyNavigation(false);
    outcome_->verticalHeader()->hide();
    outcome_->horizontalHeader()->setStretchLastSection(true);
    tiers_ = new QChartView(new QChart);
    tiers_->setRenderHint(QPainter::Antialiasing);
    tiers_->setAccessibleName(tr("Balance of spend across the tiers, before and after"));
    tiers_->setMinimumHeight(180);

    auto* results = new QWidget;
    auto* resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addLayout(controls);
    resultsLayout->addWidget(sentence_);
    auto* beside = new QSplitter(Qt::Horizontal);
    beside->addWidget(outcome_);
    beside->addWidget(tiers_);
    beside->setChildrenCollapsible(false);
    beside->setSizes({600, 500});
    resultsLayout->addWidget(beside, 1);

    auto* whole = new QSplitter(Qt::Vertical, this);
    whole->addWidget(proposals_);
    whole->addWidget(results);
    whole->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(whole);

    connect(change_, &QDoubleSpinBox::valueChanged, this, &PbmaPanel::recalculate);
    connect(&document_, &ProjectDocument::changed, this, [this](const QSet<QString>& tables) {
        if (ProjectDocument::touchesAny(tables, planning::kPbmaReads)) {
            recalculate();
        }
    });
    recalculate();
}

void PbmaPanel::recalculate() {
    document_.readSafely([&] {
        auto& db = document_.database();
        const auto year = planning::baseYear(db);
        const auto yearText = QString::fromStdString(quantities::formatFinancialYear(year));
        auto reconciliation = planning::loadReconciliation(db, year);
        const std::int64_t basePence =
            reconciliation.ok() ? reconciliation.value().contributedPence : 0;
        base_->setText(
            tr("of %1, the partners' contributions in %2.").arg(pounds(basePence), yearText));
        // The spin box holds two decimals; rounding gives exact basis points.
        const auto changeBp = static_cast<std::int64_t>(qRound64(change_->value() * 100.0));
        auto scenario = planning::whatIfBudgetChanges(
            planning::loadProposals(db), basePence, changeBp, planning::allocatedByTier(db, year));
        outcome_->setRowCount(0);
        auto* chart = tiers_->chart();
        chart->removeAllSeries();
        for (auto* axis : chart->axes()) {
            chart->removeAxis(axis);
            delete axis;
        }
        if (!scenario.ok()) {
            sentence_->setText(QString::fromStdString(scenario.error().message));
            return;
        }
        const auto& what = scenario.value();
        sentence_->setText(QString::fromStdString(what.sentence));
        addRows(outcome_, what.funded, tr("Funded"));
        addRows(outcome_, what.unfunded, tr("Not funded"));
        addRows(outcome_, what.disinvestments, tr("Disinvest"));
        addRows(outcome_, what.notNeeded, tr("Not needed"));
        outcome_->resizeColumnsToContents();

        auto* series = new QBarSeries;
        auto addSet = [series](const QString& name, const planning::TierBalance& balance) {
            auto* set = new QBarSet(name);
            for (std::size_t tier = 0; tier < planning::kTierCount; ++tier) {
                // Drawing only: the shares are exact basis points.
                set->append(balance.shareBasisPoints
                                ? static_cast<double>((*balance.shareBasisPoints)[tier]) / 100.0
                                : 0.0);
            }
            series->append(set);
        };
        addSet(tr("Before"), what.before);
        addSet(tr("After"), what.after);
        chart->addSeries(series);
        auto* axisX = new QBarCategoryAxis;
        // Axis labels are rich text: a line break keeps "Early intervention" whole.
        axisX->append({tr("Prevention"), tr("Early<br>intervention"), tr("Intensive")});
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        auto* axisY = new QValueAxis;
        axisY->setRange(0, 100);
        axisY->setLabelFormat(QStringLiteral("%.0f%%"));
        axisY->setTitleText(tr("% of spend"));
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        chart->setTitle(tr("Spend by tier in %1, before and after").arg(yearText));
    });
}

} // namespace jointly::ui
