#pragma once

#include <QWidget>

#include <cstdint>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace jointly::ui {

class ProjectDocument;
class RecordTableView;

// Contract performance: for the contract chosen, its KPIs' latest status
// with any breach and its consequence; the performance notices given to its
// provider with each remedial action plan's milestones; and its yearly
// assessments with a rating per KPI, which can be made from the figures
// and then changed.
class ContractPerformancePanel : public QWidget {
    Q_OBJECT
public:
    explicit ContractPerformancePanel(ProjectDocument& document, QWidget* parent = nullptr);

    QComboBox& contract() { return *contract_; }
    QLabel& summary() { return *summary_; }
    QTableWidget& kpis() { return *kpis_; }
    QTabWidget& logs() { return *logs_; }
    RecordTableView& notices() { return *notices_; }
    RecordTableView& milestones() { return *milestones_; }
    RecordTableView& assessments() { return *assessments_; }
    RecordTableView& ratings() { return *ratings_; }
    QComboBox& year() { return *year_; }
    QPushButton& assessButton() { return *assess_; }

public slots:
    // Asks, showing what the figures suggest, then records the assessment
    // of the chosen contract for the chosen year as one undoable edit.
    void assess();

private:
    void refresh();
    void showContract();
    std::int64_t contractId() const;

    ProjectDocument& document_;
    QComboBox* contract_;
    QLabel* summary_;
    QTableWidget* kpis_;
    QTabWidget* logs_;
    RecordTableView* notices_;
    RecordTableView* milestones_;
    RecordTableView* assessments_;
    RecordTableView* ratings_;
    QComboBox* year_;
    QPushButton* assess_;
    std::int64_t shownContract_ = 0;
};

} // namespace jointly::ui
