#pragma once

#include <QWidget>

namespace jointly::ui {

class AppraisalPanel;
class BudgetPanel;
class LazyTabWidget;
class PbmaPanel;
class ProjectDocument;
class RecordTableView;
class RiskHeatMap;
class BaselinesPanel;
class WorkshopsPanel;

// The planning stage (PRODUCT.md stage 2): outcomes with measures and target
// trajectories, priorities, options appraisal, investment and disinvestment,
// the budget, savings, risks, actions and the plan documents.
class PlanPage : public QWidget {
    Q_OBJECT
public:
    explicit PlanPage(ProjectDocument& document, QWidget* parent = nullptr);

    LazyTabWidget& tabs() { return *tabs_; }
    RecordTableView& priorities();
    AppraisalPanel& appraisal();
    PbmaPanel& pbma();
    BudgetPanel& budget();
    RecordTableView& risks();
    RiskHeatMap& heatMap();
    RecordTableView& actions();
    RecordTableView& plans();
    BaselinesPanel& baselines();
    WorkshopsPanel& workshops();

private:
    QWidget* outcomesTab();
    QWidget* prioritiesTab();
    QWidget* budgetTab();
    QWidget* savingsTab();
    QWidget* bcfTab();
    QWidget* risksTab();
    QWidget* actionsTab();
    QWidget* plansTab();

    ProjectDocument& document_;
    LazyTabWidget* tabs_;
    int prioritiesIndex_ = 0;
    int appraisalIndex_ = 0;
    int pbmaIndex_ = 0;
    int budgetIndex_ = 0;
    int risksIndex_ = 0;
    int actionsIndex_ = 0;
    int plansIndex_ = 0;
    int workshopsIndex_ = 0;
    RecordTableView* priorities_ = nullptr;
    AppraisalPanel* appraisal_ = nullptr;
    PbmaPanel* pbma_ = nullptr;
    BudgetPanel* budget_ = nullptr;
    RecordTableView* risks_ = nullptr;
    RiskHeatMap* heatMap_ = nullptr;
    RecordTableView* actions_ = nullptr;
    RecordTableView* plans_ = nullptr;
    BaselinesPanel* baselines_ = nullptr;
    WorkshopsPanel* workshops_ = nullptr;
};

} // namespace jointly::ui
