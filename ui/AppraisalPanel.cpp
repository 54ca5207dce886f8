#include "ui/AppraisalPanel.h"

#include "planning/PlanningKinds.h"
#include "ui/AppraisalChart.h"
#include "ui/AppraisalResultsView.h"
#include "ui/ProjectDocument.h"
#include "ui/RecordTableModel.h"
#include "ui/RecordTableView.h"
#include "ui/ScoringGridModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace jointly::ui {

AppraisalPanel::AppraisalPanel(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document) {
    auto* setUp = new QSplitter(Qt::Horizontal);
    appraisals_ = new RecordTableView(document_, planning::appraisal(), tr("Appraisals"), setUp);
    options_ = new RecordTableView(document_, planning::appraisalOption(),
                                   tr("Options (long list) of the selected appraisal"), setUp);
    criteria_ = new RecordTableView(document_, planning::appraisalCriterion(),
                                    tr("Criteria and weights"), setUp);
    setUp->addWidget(appraisals_);
    setUp->addWidget(options_);
    setUp->addWidget(criteria_);
    setUp->setChildrenCollapsible(false);
    setUp->setStretchFactor(0, 2);
    setUp->setStretchFactor(1, 3);
    setUp->setStretchFactor(2, 2);
    options_->follow(appraisals_, "appraisal_id", tr("Choose an appraisal first."));
    criteria_->follow(appraisals_, "appraisal_id", tr("Choose an appraisal first."));

    grid_ = new ScoringGridModel(document_, this);
    gridView_ = new QTableView;
    gridView_->setObjectName(QStringLiteral("scoring_grid"));
    gridView_->setModel(grid_);
    gridView_->setAccessibleName(tr("Scores"));
    gridView_->setAccessibleDescription(
        tr("A row per short-listed option and a column per criterion. Type a score; it is "
           "saved at once and the ranking is recalculated."));
    gridView_->setEditTriggers(QAbstractItemView::DoubleClicked |
                               QAbstractItemView::EditKeyPressed |
                               QAbstractItemView::AnyKeyPressed);
    gridView_->setTabKeyNavigation(false);
    gridView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Long option names are cut short here; the full name is in the tip.
    gridView_->verticalHeader()->setMaximumWidth(180);
    weights_ = new QLabel;
    weights_->setWordWrap(true);
    weights_->setTextFormat(Qt::PlainText);
    weights_->setObjectName(QStringLiteral("weights_check"));
    auto* gridHeading = new QLabel(tr("<b>S&cores</b>"));
    gridHeading->setBuddy(gridView_);

    auto* scoring = new QWidget;
    auto* scoringLayout = new QVBoxLayout(scoring);
    scoringLayout->setContentsMargins(0, 0, 0, 0);
    scoringLayout->addWidget(gridHeading);
    scoringLayout->addWidget(weights_);
    scoringLayout->addWidget(gridView_, 1);

    results_ = new AppraisalResultsView;
    chart_ = new AppraisalChart;
    // Scores above their chart on the left; the ranking beside its
    // sensitivity on the right, where the longest sentences need the room.
    auto* scoresAndChart = new QSplitter(Qt::Vertical);
    scoresAndChart->addWidget(scoring);
    scoresAndChart->addWidget(chart_);
    scoresAndChart->setChildrenCollapsible(false);
    scoresAndChart->setSizes({160, 280});
    auto* outcome = new QSplitter(Qt::Horizontal);
    outcome->addWidget(scoresAndChart);
    outcome->addWidget(results_);
    outcome->setChildrenCollapsible(false);
    outcome->setSizes({430, 670});

    auto* whole = new QSplitter(Qt::Vertical, this);
    whole->addWidget(setUp);
    whole->addWidget(outcome);
    whole->setChildrenCollapsible(false);
    whole->setSizes({170, 440});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(whole);

    connect(appraisals_, &RecordTableView::selectionChanged, grid_,
            &ScoringGridModel::setAppraisal);
    connect(grid_, &ScoringGridModel::appraisalChanged, this, &AppraisalPanel::recalculate);
    recalculate();
    // Open on the first appraisal, so its scores and ranking show at once.
    if (appraisals_->model().rowCount() > 0) {
        appraisals_->table().setCurrentIndex(appraisals_->model().index(0, 0));
    }
}

void AppraisalPanel::recalculate() {
    const auto& loaded = grid_->loaded();
    if (!loaded) {
        weights_->setText(tr("Choose an appraisal above to score its options."));
        results_->clear(QString());
        chart_->clear();
        return;
    }
    const auto& appraisal = loaded->appraisal;
    weights_->setText(QString::fromStdString(planning::checkWeights(appraisal.criteria).sentence));
    auto result = planning::appraise(appraisal);
    results_->show(appraisal, result);
    if (result.ok()) {
        chart_->show(appraisal, result.value().ranking);
    } else {
        chart_->clear();
    }
}

} // namespace jointly::ui
