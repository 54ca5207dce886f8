#include "ui/monitor/DeliveryPanel.h"

#include "monitoring/Delivery.h"
#include "ui/common/Explanation.h"
#include "ui/common/ProjectDocument.h"

#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace jointly::ui {

namespace {

enum Column { State, What, Name, From, Due, Said, ColumnCount };

QString qs(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// A symbol beside each state's word, so no meaning rests on colour.
QString stateText(monitoring::DeliveryState state) {
    switch (state) {
    case monitoring::DeliveryState::Overdue:
        return QStringLiteral("\u25A0 ") + qs(monitoring::deliveryWords(state));
    case monitoring::DeliveryState::DueSoon:
        return QStringLiteral("\u25B2 ") + qs(monitoring::deliveryWords(state));
    case monitoring::DeliveryState::Done:
        return QStringLiteral("\u2713 ") + qs(monitoring::deliveryWords(state));
    case monitoring::DeliveryState::Later:
    case monitoring::DeliveryState::NotDated:
        break;
    }
    return QStringLiteral("\u25CB ") + qs(monitoring::deliveryWords(state));
}

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

} // namespace

DeliveryPanel::DeliveryPanel(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), summary_(new QLabel), table_(new QTableWidget) {
    summary_->setObjectName(QStringLiteral("delivery_summary"));
    summary_->setTextFormat(Qt::PlainText);
    table_->setObjectName(QStringLiteral("delivery"));
    table_->setAccessibleName(tr("Actions and milestones against their dates"));
    table_->setColumnCount(ColumnCount);
    table_->setHorizontalHeaderLabels(
        {tr("State"), tr("What"), tr("Action or milestone"), tr("Of"), tr("Due"), tr("In words")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->setVisible(false);
    table_->setWordWrap(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation(
        tr("The plan's actions (Plan, Risks and actions), every procurement's milestones "
           "(Procure, Procurements) and the milestones of remedial action plans (Monitor, "
           "Contracts) against their dates, as at today: overdue first, then due "
           "within 30 days, due later, not yet dated, and done. Change a date or mark one done "
           "where it is kept."),
        this));
    layout->addWidget(summary_);
    layout->addWidget(table_, 1);
    connect(&document_, &ProjectDocument::changed, this, [this](const QSet<QString>& tables) {
        if (ProjectDocument::touchesAny(tables, monitoring::kDeliveryReads)) {
            refresh();
        }
    });
    refresh();
}

void DeliveryPanel::refresh() {
    monitoring::Delivery delivery;
    const auto today = QDate::currentDate().toString(Qt::ISODate).toStdString();
    document_.readSafely([&] { delivery = monitoring::deliveryAsAt(document_.database(), today); });
    summary_->setText(qs(delivery.sentence));
    table_->setRowCount(static_cast<int>(delivery.items.size()));
    for (int row = 0; row < table_->rowCount(); ++row) {
        const auto& item = delivery.items[static_cast<std::size_t>(row)];
        table_->setItem(row, State, cell(stateText(item.state)));
        table_->setItem(row, What,
                        cell(item.kind == "action"     ? tr("Action")
                             : item.kind == "remedial" ? tr("Remedial milestone")
                                                       : tr("Milestone")));
        table_->setItem(row, Name, cell(qs(item.name)));
        table_->setItem(row, From, cell(qs(item.from)));
        table_->setItem(row, Due, cell(qs(item.dueOn)));
        table_->setItem(row, Said, cell(qs(item.sentence)));
    }
    table_->resizeColumnsToContents();
    // Long names and plans give way to the sentence, which says them whole;
    // each cell's tip holds its whole text.
    const int character = table_->fontMetrics().averageCharWidth();
    table_->setColumnWidth(Name, std::min(table_->columnWidth(Name), character * 40));
    table_->setColumnWidth(From, std::min(table_->columnWidth(From), character * 26));
    table_->horizontalHeader()->setSectionResizeMode(Said, QHeaderView::Stretch);
}

} // namespace jointly::ui
