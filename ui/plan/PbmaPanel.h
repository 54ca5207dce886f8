#pragma once

#include <QWidget>

class QChartView;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;

namespace jointly::ui {

class ProjectDocument;
class RecordTableView;

// Programme budgeting and marginal analysis: the proposals to invest and
// disinvest, and "what if the budget rose or fell by X%?" showing which
// investments are funded, which disinvestments are needed and the balance of
// spend across the three tiers before and after.
class PbmaPanel : public QWidget {
    Q_OBJECT
public:
    explicit PbmaPanel(ProjectDocument& document, QWidget* parent = nullptr);

    RecordTableView& proposals() { return *proposals_; }
    QDoubleSpinBox& change() { return *change_; }
    QLabel& sentence() { return *sentence_; }
    QTableWidget& outcome() { return *outcome_; }

    void recalculate();

private:
    ProjectDocument& document_;
    RecordTableView* proposals_;
    QDoubleSpinBox* change_;
    QLabel* base_;
    QLabel* sentence_;
    QTableWidget* outcome_;
    QChartView* tiers_;
};

} // namespace jointly::ui
