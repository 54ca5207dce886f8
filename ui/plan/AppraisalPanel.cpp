#include "ui/plan/AppraisalPanel.h"

#include "planning/PlanningKinds.h"
#include "ui/common/PlaceFinder.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTableView.h"
#include "ui/plan/AppraisalChart.h"
#include "ui/plan/AppraisalResultsView.h"
#include "ui/plan/ScoringGridModel.h"

#include <QEvent>
#include <QHeaderView>

#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace jointly::ui {

AppraisalPanel::AppraisalPanel(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document) {
    // Set up: the appraisals above; the selected one's options and criteria
    // side by side below, with the room a long list needs.
    auto* setUp = new QSplitter(Qt::Vertical);
    appraisals_ = new RecordTableView(document_, planning::appraisal(), tr("Appraisals"), setUp);
    auto* choices = new QSplitter(Qt::Horizontal);
    options_ = new RecordTableView(document_, planning::appraisalOption(),
                                   tr("Options (long list) of the selected appraisal"), choices);
    criteria_ = new RecordTableView(document_, planning::appraisalCriterion(),
                                    tr("Criteria and weights"), choices);
    choices->addWidget(options_);
    choices->addWidget(criteria_);
    choices->setChildrenCollapsible(false);
    choices->setStretchFactor(0, 3);
    choices->setStretchFactor(1, 2);
    setUp->addWidget(appraisals_);
    setUp->addWidget(choices);
    setUp->setChildrenCollapsible(false);
    setUp->setStretchFactor(0, 1);
    setUp->setStretchFactor(1, 3);
    options_->follow(appraisals_, "appraisal_id", tr("Choose an appraisal first."));
    criteria_->follow(appraisals_, "appraisal_id", tr("Choose an appraisal first."));

    grid_ = new ScoringGridModel(document_, this);
    gridView_ = new QTableView;
    gridView_->setObjectName(QStringLiteral("scoring_grid"));
    PlaceFinder::mark(*gridView_, "scores");
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
    // Long option names are cut short here; the full name is in the tip. How
    // much room the names get follows the grid's width (fitOptionNames).
    gridView_->verticalHeader()->setMaximumWidth(300);
    gridView_->installEventFilter(this);
    weights_ = new QLabel;
    weights_->setWordWrap(true);
    weights_->setTextFormat(Qt::PlainText);
    weights_->setObjectName(QStringLiteral("weights_check"));
    scoring_ = new QLabel;
    scoring_->setWordWrap(true);
    scoring_->setTextFormat(Qt::PlainText);
    scoring_->setObjectName(QStringLiteral("scoring_scale"));
    auto* gridHeading = new QLabel(tr("<b>S&cores</b>"));
    gridHeading->setBuddy(gridView_);

    auto* scoring = new QWidget;
    auto* scoringLayout = new QVBoxLayout(scoring);
    scoringLayout->setContentsMargins(0, 0, 0, 0);
    scoringLayout->addWidget(gridHeading);
    scoringLayout->addWidget(scoring_);
    scoringLayout->addWidget(weights_);
    scoringLayout->addWidget(gridView_, 1);

    results_ = new AppraisalResultsView;
    chart_ = new AppraisalChart;
    // Four parts, each whole on a laptop screen for a dozen options: setting
    // up, scoring (the weighted scores and ranks follow each score typed),
    // the ranking beside its sensitivity, and the chart.
    parts_ = new QTabWidget(this);
    parts_->setObjectName(QStringLiteral("appraisal_parts"));
    parts_->setAccessibleName(tr("Options appraisal"));
    parts_->addTab(setUp, tr("&Set up: appraisals, options and criteria"));
    parts_->addTab(scoring, tr("S&core"));
    parts_->addTab(results_, tr("Ranking and sensitivit&y"));
    parts_->addTab(chart_, tr("C&hart"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(parts_);

    connect(appraisals_, &RecordTableView::selectionChanged, grid_,
            &ScoringGridModel::setAppraisal);
    connect(grid_, &ScoringGridModel::appraisalChanged, this, &AppraisalPanel::recalculate);
    recalculate();
    // Open on the first appraisal, so its scores and ranking show at once;
    // on scoring when it has something to score, else on setting it up.
    if (appraisals_->model().rowCount() > 0) {
        appraisals_->table().setCurrentIndex(appraisals_->model().index(0, 0));
    }
    const auto& loaded = grid_->loaded();
    const bool scorable =
        loaded && !loaded->appraisal.options.empty() && !loaded->appraisal.criteria.empty();
    parts_->setCurrentIndex(scorable ? 1 : 0);
}

bool AppraisalPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == gridView_ && event->type() == QEvent::Resize) {
        fitOptionNames();
    }
    return QWidget::eventFilter(watched, event);
}

void AppraisalPanel::fitOptionNames() {
    // The options' names take whatever the scores leave free, but at least
    // two fifths of the grid, so on a narrow screen the scores beside them
    // stay in view and the names are cut, with a tip showing them whole.
    const int free = gridView_->width() - gridView_->horizontalHeader()->length() -
                     2 * gridView_->frameWidth() -
                     gridView_->verticalScrollBar()->sizeHint().width();
    gridView_->verticalHeader()->setMaximumWidth(
        std::clamp(std::max(free, gridView_->width() * 2 / 5), 140, 420));
}

void AppraisalPanel::recalculate() {
    fitOptionNames();
    const auto& loaded = grid_->loaded();
    if (!loaded) {
        scoring_->setText(tr("Choose an appraisal under Set up to score its options."));
        weights_->clear();
        results_->clear(QString());
        chart_->clear();
        return;
    }
    const auto& appraisal = loaded->appraisal;
    // The appraisal being scored and its scale, beside the grid.
    scoring_->setText(tr("%1: each option scored from %2 (worst) to %3 (best) on each criterion.")
                          .arg(QString::fromStdString(loaded->summary.name))
                          .arg(appraisal.scale.min)
                          .arg(appraisal.scale.max));
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
