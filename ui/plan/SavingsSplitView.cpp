#include "ui/plan/SavingsSplitView.h"

#include "planning/PlanStore.h"
#include "planning/SavingsSplit.h"
#include "quantities/Money.h"
#include "ui/common/ProjectDocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jointly::ui {

namespace {

QTableWidgetItem* money(std::int64_t pence) {
    auto* item = new QTableWidgetItem(QString::fromStdString(quantities::formatPounds(pence)));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

SavingsSplitView::SavingsSplitView(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), year_(new QComboBox(this)), sentence_(new QLabel(this)),
      partners_(new QTableWidget(0, 4, this)) {
    year_->setObjectName(QStringLiteral("savings_year"));
    year_->setAccessibleName(tr("Financial year of the savings shown"));
    auto* yearLabel = new QLabel(tr("Who gets the savings &in"), this);
    yearLabel->setBuddy(year_);
    sentence_->setWordWrap(true);
    sentence_->setTextFormat(Qt::PlainText);
    sentence_->setObjectName(QStringLiteral("savings_sentence"));
    partners_->setObjectName(QStringLiteral("savings_partners"));
    partners_->setAccessibleName(tr("Each partner's part of the year's planned savings"));
    partners_->setHorizontalHeaderLabels(
        {tr("Partner"), tr("Share of joint savings"), tr("Own schemes"), tr("Total")});
    partners_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    partners_->setTabKeyNavigation(false);
    partners_->verticalHeader()->hide();
    partners_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    partners_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* row = new QHBoxLayout;
    row->addWidget(yearLabel);
    row->addWidget(year_);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(sentence_);
    layout->addWidget(partners_, 1);

    // The plan's first year and the nine after it.
    quantities::FinancialYear first;
    document_.readSafely([&] { first = planning::baseYear(document_.database()); });
    for (const auto& year : quantities::yearsFrom(first, quantities::YearSpan::Ten)) {
        year_->addItem(QString::fromStdString(quantities::formatFinancialYear(year)),
                       year.startYear);
    }
    connect(year_, &QComboBox::currentIndexChanged, this, &SavingsSplitView::recalculate);
    connect(&document_, &ProjectDocument::changed, this, [this](const QSet<QString>& tables) {
        if (ProjectDocument::touchesAny(tables, planning::kSavingsReads)) {
            recalculate();
        }
    });
    recalculate();
}

void SavingsSplitView::recalculate() {
    document_.readSafely([&] {
        partners_->setRowCount(0);
        const quantities::FinancialYear year{year_->currentData().toInt()};
        auto split = planning::loadSavingsSplit(document_.database(), year);
        if (!split.ok()) {
            sentence_->setText(QString::fromStdString(split.error().message));
            return;
        }
        const auto& s = split.value();
        QString text = QString::fromStdString(s.sentence);
        if (s.realisedPence > 0) {
            text += QLatin1Char(' ') +
                    tr("%1 realised so far.")
                        .arg(QString::fromStdString(quantities::formatPounds(s.realisedPence)));
        }
        if (!s.problem.empty()) {
            text += QLatin1Char(' ') + tr("The joint savings are not shared yet: %1")
                                           .arg(QString::fromStdString(s.problem));
        }
        sentence_->setText(text);
        for (const auto& partner : s.partners) {
            const int row = partners_->rowCount();
            partners_->insertRow(row);
            partners_->setItem(row, 0,
                               new QTableWidgetItem(QString::fromStdString(partner.partnerName)));
            partners_->setItem(row, 1, money(partner.jointPence));
            partners_->setItem(row, 2, money(partner.ownPence));
            partners_->setItem(row, 3, money(partner.totalPence));
        }
    });
}

} // namespace jointly::ui
