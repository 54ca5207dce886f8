#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QTabWidget;

namespace jointly::ui {

class AppraisalChart;
class AppraisalResultsView;
class ProjectDocument;
class RecordTableView;
class ScoringGridModel;

// The options appraisal workspace, in four parts so that a dozen options by
// half a dozen criteria read whole on a laptop screen:
//  - Set up: the appraisals (one or more per priority), the selected one's
//    long list of options and its criteria with their weights;
//  - Score: the scoring grid with its scale, each option's weighted score
//    and rank following every score typed;
//  - Ranking and sensitivity: the options in rank order beside how far each
//    weight must move before the top option changes;
//  - Chart: the weighted scores by criterion as stacked bars.
class AppraisalPanel : public QWidget {
    Q_OBJECT
public:
    explicit AppraisalPanel(ProjectDocument& document, QWidget* parent = nullptr);

    RecordTableView& appraisals() { return *appraisals_; }
    RecordTableView& options() { return *options_; }
    RecordTableView& criteria() { return *criteria_; }
    QTableView& grid() { return *gridView_; }
    ScoringGridModel& gridModel() { return *grid_; }
    AppraisalResultsView& results() { return *results_; }
    AppraisalChart& chart() { return *chart_; }
    QTabWidget& parts() { return *parts_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void recalculate();
    void fitOptionNames();

    ProjectDocument& document_;
    RecordTableView* appraisals_;
    RecordTableView* options_;
    RecordTableView* criteria_;
    ScoringGridModel* grid_;
    QTableView* gridView_;
    QLabel* weights_;
    QLabel* scoring_;
    QTabWidget* parts_;
    AppraisalResultsView* results_;
    AppraisalChart* chart_;
};

} // namespace jointly::ui
