#include "ui/plan/AppraisalResultsView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jointly::ui {

namespace {

QString text(const std::string& value) {
    return QString::fromStdString(value);
}

QTableWidget* newTable(const QStringList& headings, const QString& name, QWidget* parent) {
    auto* table = new QTableWidget(0, static_cast<int>(headings.size()), parent);
    table->setHorizontalHeaderLabels(headings);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setWordWrap(true);
    table->setAccessibleName(name);
    return table;
}

QTableWidgetItem* cell(const QString& value) {
    auto* item = new QTableWidgetItem(value);
    item->setToolTip(value);
    return item;
}

QString shiftText(const planning::WeightShift& shift, const planning::Appraisal& appraisal) {
    switch (shift.outcome) {
    case planning::ShiftOutcome::Robust:
        return QObject::tr("Robust");
    case planning::ShiftOutcome::NotPossible:
        return QObject::tr("Cannot move");
    case planning::ShiftOutcome::ChangesTop: {
        QStringList names;
        for (auto option : shift.newTop) {
            names << text(appraisal.options.at(option).name);
        }
        return QObject::tr("%1 points: %2")
            .arg(text(shift.pointsText), names.join(QStringLiteral(", ")));
    }
    }
    return {};
}

} // namespace

AppraisalResultsView::AppraisalResultsView(QWidget* parent)
    : QWidget(parent), status_(new QLabel(this)),
      ranking_(newTable({tr("Rank"), tr("Option"), tr("Weighted score")}, tr("Ranking"), this)),
      sensitivityNote_(new QLabel(this)),
      sensitivity_(newTable({tr("Criterion"), tr("Weight"), tr("If it rises"), tr("If it falls")},
                            tr("Sensitivity of the top option to each weight"), this)) {
    status_->setWordWrap(true);
    status_->setObjectName(QStringLiteral("appraisal_status"));
    status_->setTextFormat(Qt::PlainText);
    sensitivityNote_->setWordWrap(true);
    sensitivityNote_->setTextFormat(Qt::PlainText);
    ranking_->setObjectName(QStringLiteral("appraisal_ranking"));
    // The names take what room is left; ranks, totals and thresholds are short.
    ranking_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    ranking_->setWordWrap(false);
    sensitivity_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    sensitivity_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    sensitivity_->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    // The stretched columns never narrower than their headings.
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, sensitivity_);
    sensitivity_->horizontalHeader()->setMinimumSectionSize(
        sensitivity_->horizontalHeader()->fontMetrics().horizontalAdvance(tr("If it rises")) +
        4 * margin);
    sensitivity_->setObjectName(QStringLiteral("appraisal_sensitivity"));
    // Rows as tall as their wrapped sentences at the width they are shown.
    sensitivity_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* rankingBox = new QVBoxLayout;
    auto* rankingHeading = new QLabel(tr("<b>&Ranking</b>"), this);
    rankingHeading->setBuddy(ranking_);
    rankingBox->addWidget(rankingHeading);
    rankingBox->addWidget(ranking_, 1);
    auto* sensitivityBox = new QVBoxLayout;
    auto* sensitivityHeading = new QLabel(tr("<b>Se&nsitivity to the weights</b>"), this);
    sensitivityHeading->setBuddy(sensitivity_);
    sensitivityBox->addWidget(sensitivityHeading);
    sensitivityBox->addWidget(sensitivityNote_);
    sensitivityBox->addWidget(sensitivity_, 1);
    // The ranking beside its sensitivity, so a dozen options and half a
    // dozen criteria both read whole on a laptop screen.
    auto* both = new QHBoxLayout;
    both->addLayout(rankingBox, 1);
    both->addLayout(sensitivityBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(status_);
    layout->addLayout(both, 1);
}

void AppraisalResultsView::clear(const QString& why) {
    status_->setText(why);
    ranking_->setRowCount(0);
    sensitivity_->setRowCount(0);
    sensitivityNote_->clear();
}

void AppraisalResultsView::show(const planning::Appraisal& appraisal,
                                const Outcome<planning::AppraisalResult>& result) {
    if (!result.ok()) {
        clear(text(result.error().message));
        return;
    }
    const auto& ranking = result.value().ranking;
    status_->setText(ranking.isFinal ? tr("Final: %1").arg(text(ranking.weights.sentence))
                                     : tr("Not final yet. %1").arg(text(ranking.notFinalReason)));
    ranking_->setRowCount(static_cast<int>(ranking.ranked.size() + ranking.unranked.size()));
    int row = 0;
    for (const auto& ranked : ranking.ranked) {
        ranking_->setItem(row, 0, cell(text(ranked.rankText)));
        ranking_->setItem(row, 1, cell(text(appraisal.options.at(ranked.option).name)));
        auto* total = cell(text(ranked.totalText));
        total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        ranking_->setItem(row, 2, total);
        ++row;
    }
    for (const auto& unranked : ranking.unranked) {
        ranking_->setItem(row, 0, cell(tr("Unranked")));
        ranking_->setItem(row, 1, cell(text(appraisal.options.at(unranked.option).name)));
        ranking_->setItem(row, 2, cell(text(unranked.reason)));
        ++row;
    }

    const auto& sensitivity = result.value().sensitivity;
    if (sensitivity.state != planning::SensitivityState::Analysed) {
        sensitivityNote_->setText(text(sensitivity.reason));
        sensitivity_->setRowCount(0);
        return;
    }
    sensitivityNote_->setText(
        tr("How many percentage points each weight must move, the others rescaled in "
           "proportion, before %1 is no longer top, and which option takes over.")
            .arg(text(appraisal.options.at(sensitivity.top.front()).name)));
    sensitivity_->setRowCount(static_cast<int>(sensitivity.criteria.size()));
    row = 0;
    for (const auto& criterion : sensitivity.criteria) {
        sensitivity_->setItem(row, 0, cell(text(appraisal.criteria.at(criterion.criterion).name)));
        sensitivity_->setItem(
            row, 1,
            cell(text(planning::formatHundredths(criterion.weightBp)) + QStringLiteral("%")));
        auto* rise = cell(shiftText(criterion.rise, appraisal));
        rise->setToolTip(text(criterion.rise.sentence));
        sensitivity_->setItem(row, 2, rise);
        auto* fall = cell(shiftText(criterion.fall, appraisal));
        fall->setToolTip(text(criterion.fall.sentence));
        sensitivity_->setItem(row, 3, fall);
        ++row;
    }
}

} // namespace jointly::ui
