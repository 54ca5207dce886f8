#include "ui/plan/BudgetPanel.h"

#include "planning/PlanStore.h"
#include "quantities/Money.h"
#include "ui/common/PlaceFinder.h"
#include "ui/common/ProjectDocument.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace jointly::ui {

namespace {

QString pounds(std::int64_t pence) {
    return QString::fromStdString(quantities::formatPounds(pence));
}

QTableWidgetItem* money(std::int64_t pence) {
    auto* item = new QTableWidgetItem(pounds(pence));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget* newTable(const QStringList& headings, const QString& name) {
    auto* table = new QTableWidget(0, static_cast<int>(headings.size()));
    table->setHorizontalHeaderLabels(headings);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    // Every column as wide as its heading and its widest figure, so no
    // amount is ever cut; a narrow screen scrolls the table sideways instead.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setWordWrap(false);
    table->setAccessibleName(name);
    return table;
}

} // namespace

BudgetPanel::BudgetPanel(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document) {
    span_ = new QComboBox;
    span_->setObjectName(QStringLiteral("budget_span"));
    span_->setAccessibleName(tr("Years to show"));
    span_->addItem(tr("1 year"), 1);
    span_->addItem(tr("3 years (implementation plan)"), 3);
    span_->addItem(tr("10 years (long-term financial plan)"), 10);
    span_->setCurrentIndex(1);
    auto* spanLabel = new QLabel(tr("&Show"));
    spanLabel->setBuddy(span_);
    summary_ = new QLabel;
    summary_->setTextFormat(Qt::PlainText);
    summary_->setWordWrap(true);
    auto* controls = new QHBoxLayout;
    controls->addWidget(spanLabel);
    controls->addWidget(span_);
    controls->addWidget(summary_, 1);

    years_ = newTable({tr("Year"), tr("Pooled"), tr("Aligned"), tr("Contributed"), tr("Allocated"),
                       tr("Headroom or shortfall")},
                      tr("Contributions against allocations by year"));
    years_->setObjectName(QStringLiteral("budget_years"));
    PlaceFinder::mark(*years_, "reconciliation");
    shareSentence_ = new QLabel;
    shareSentence_->setWordWrap(true);
    shareSentence_->setTextFormat(Qt::PlainText);
    shareSentence_->setObjectName(QStringLiteral("risk_share_sentence"));
    shares_ = newTable({tr("Partner"), tr("Share of the forecast")},
                       tr("Each partner's share of the forecast overspend or underspend"));
    shares_->setObjectName(QStringLiteral("risk_shares"));
    // The partners' names take the room the shares leave.
    shares_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* yearsHeading = new QLabel(tr("<b>&Reconciliation</b>"));
    yearsHeading->setBuddy(years_);
    auto* sharesHeading = new QLabel(tr("<b>Risk &share of the selected year's forecast</b>"));
    sharesHeading->setBuddy(shares_);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(yearsHeading);
    leftLayout->addWidget(years_, 1);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(sharesHeading);
    rightLayout->addWidget(shareSentence_);
    rightLayout->addWidget(shares_, 1);
    // The reconciliation gets the width its figures need, the shares the
    // rest (fitReconciliation), until the user moves the divider.
    beside_ = new QSplitter(Qt::Horizontal);
    beside_->setObjectName(QStringLiteral("budget_split"));
    beside_->addWidget(left);
    beside_->addWidget(right);
    beside_->setChildrenCollapsible(false);
    beside_->installEventFilter(this);
    connect(beside_, &QSplitter::splitterMoved, this, [this] { besideMoved_ = true; });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(beside_, 1);

    connect(span_, &QComboBox::currentIndexChanged, this, &BudgetPanel::recalculate);
    connect(years_, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (auto* item = years_->item(row, 0)) {
            showShares(item->data(Qt::UserRole).toInt());
        }
    });
    connect(&document_, &ProjectDocument::changed, this, [this](const QSet<QString>& tables) {
        if (ProjectDocument::touchesAny(tables, planning::kReconciliationReads)) {
            recalculate();
        }
    });
    recalculate();
}

void BudgetPanel::recalculate() {
    document_.readSafely([&] {
        auto& db = document_.database();
        const auto first = planning::baseYear(db);
        const auto span = static_cast<quantities::YearSpan>(span_->currentData().toInt());
        const int keepRow = std::max(0, years_->currentRow());
        years_->setRowCount(0);
        std::int64_t contributed = 0;
        std::int64_t allocated = 0;
        for (const auto& year : quantities::yearsFrom(first, span)) {
            auto reconciliation = planning::loadReconciliation(db, year);
            const int row = years_->rowCount();
            years_->insertRow(row);
            auto* name =
                new QTableWidgetItem(QString::fromStdString(quantities::formatFinancialYear(year)));
            name->setData(Qt::UserRole, year.startYear);
            years_->setItem(row, 0, name);
            if (!reconciliation.ok()) {
                years_->setItem(
                    row, 1,
                    new QTableWidgetItem(QString::fromStdString(reconciliation.error().message)));
                continue;
            }
            const auto& r = reconciliation.value();
            years_->setItem(row, 1, money(r.pooledPence));
            years_->setItem(row, 2, money(r.alignedPence));
            years_->setItem(row, 3, money(r.contributedPence));
            years_->setItem(row, 4, money(r.allocatedPence));
            auto* balance = new QTableWidgetItem(
                r.balancePence < 0   ? tr("Shortfall of %1").arg(pounds(r.shortfallPence()))
                : r.balancePence > 0 ? tr("Headroom of %1").arg(pounds(r.headroomPence()))
                                     : tr("Balanced"));
            balance->setToolTip(QString::fromStdString(r.sentence));
            if (r.balancePence < 0) {
                balance->setForeground(QColor(0x8B, 0x00, 0x00));
            }
            years_->setItem(row, 5, balance);
            contributed += r.contributedPence;
            allocated += r.allocatedPence;
        }
        summary_->setText(tr("From %1: %2 contributed and %3 allocated over the years shown.")
                              .arg(QString::fromStdString(quantities::formatFinancialYear(first)),
                                   pounds(contributed), pounds(allocated)));
        years_->resizeColumnsToContents();
        fitReconciliation();
        years_->setCurrentCell(std::min(keepRow, years_->rowCount() - 1), 0);
        if (auto* item = years_->item(years_->currentRow(), 0)) {
            showShares(item->data(Qt::UserRole).toInt());
        }
    });
}

bool BudgetPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == beside_ && event->type() == QEvent::Resize) {
        fitReconciliation();
    }
    return QWidget::eventFilter(watched, event);
}

void BudgetPanel::fitReconciliation() {
    if (besideMoved_ || beside_->width() <= 0) {
        return;
    }
    // Every figure of the reconciliation in view where the screen allows,
    // leaving the shares at least room for a partner's name and its share.
    const int wanted = years_->horizontalHeader()->length() + 2 * years_->frameWidth() +
                       years_->verticalScrollBar()->sizeHint().width();
    const int available = beside_->width() - beside_->handleWidth();
    const int sharesAtLeast = std::min(available / 2, 360);
    const int reconciliation = std::clamp(wanted, available / 2, available - sharesAtLeast);
    beside_->setSizes({reconciliation, available - reconciliation});
}

void BudgetPanel::showShares(int startYear) {
    document_.readSafely([&] {
        auto& db = document_.database();
        const quantities::FinancialYear year{startYear};
        shares_->setRowCount(0);
        const auto variance = planning::forecastVariance(db, year);
        const auto yearText = QString::fromStdString(quantities::formatFinancialYear(year));
        if (!variance) {
            shareSentence_->setText(
                tr("No forecast for %1 yet: add one under Forecasts to see each partner's share.")
                    .arg(yearText));
            return;
        }
        auto reconciliation = planning::loadReconciliation(db, year);
        if (!reconciliation.ok()) {
            shareSentence_->setText(QString::fromStdString(reconciliation.error().message));
            return;
        }
        auto portions = planning::shareVariance(*variance, planning::loadRiskShareRule(db),
                                                reconciliation.value());
        if (!portions.ok()) {
            shareSentence_->setText(QString::fromStdString(portions.error().message));
            return;
        }
        shareSentence_->setText(
            *variance >= 0
                ? tr("A forecast overspend of %1 in %2, shared under the agreement's rule:")
                      .arg(pounds(*variance), yearText)
                : tr("A forecast underspend of %1 in %2, shared under the agreement's rule:")
                      .arg(pounds(-*variance), yearText));
        for (const auto& portion : portions.value()) {
            const int row = shares_->rowCount();
            shares_->insertRow(row);
            shares_->setItem(row, 0,
                             new QTableWidgetItem(QString::fromStdString(portion.partnerName)));
            auto* amount = money(portion.pence);
            amount->setToolTip(
                QString::fromStdString(planning::describePortion(portion, *variance, year)));
            shares_->setItem(row, 1, amount);
        }
        shares_->resizeColumnsToContents();
    });
}

} // namespace jointly::ui
