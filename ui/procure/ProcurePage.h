#pragma once

#include <QWidget>

namespace jointly::ui {

class ContractsPanel;
class EvaluationPanel;
class LazyTabWidget;
class ProjectDocument;
class RecordTableView;
class TimelinePanel;

// The procurement stage (PRODUCT.md stage 3): outcome-based specifications
// with their budget envelope, the log of market engagement, each
// procurement with its regime, route, timeline of milestones and conflicts
// assessment, the evaluation of its tenders, and the contract register.
class ProcurePage : public QWidget {
    Q_OBJECT
public:
    explicit ProcurePage(ProjectDocument& document, QWidget* parent = nullptr);

    LazyTabWidget& tabs() { return *tabs_; }
    RecordTableView& specifications();
    RecordTableView& procurements();
    TimelinePanel& timeline();
    EvaluationPanel& evaluation();
    ContractsPanel& contracts();

private:
    QWidget* specificationsTab();
    QWidget* procurementsTab();

    ProjectDocument& document_;
    LazyTabWidget* tabs_;
    int specificationsIndex_ = 0;
    int procurementsIndex_ = 0;
    int evaluationIndex_ = 0;
    int contractsIndex_ = 0;
    RecordTableView* specifications_ = nullptr;
    RecordTableView* procurements_ = nullptr;
    TimelinePanel* timeline_ = nullptr;
    EvaluationPanel* evaluation_ = nullptr;
    ContractsPanel* contracts_ = nullptr;
};

} // namespace jointly::ui
