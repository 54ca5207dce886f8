#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSplitter;
class QTableWidget;

namespace jointly::ui {

class ProjectDocument;

// The budget reconciled, year by year over a 1-, 3- or 10-year view: each
// year's pooled and aligned contributions against its allocations, with the
// exact shortfall or headroom, and for the chosen year the forecast
// overspend or underspend shared between the partners under the agreement's
// risk-share rule, to the penny.
class BudgetPanel : public QWidget {
    Q_OBJECT
public:
    explicit BudgetPanel(ProjectDocument& document, QWidget* parent = nullptr);

    QComboBox& span() { return *span_; }
    QTableWidget& years() { return *years_; }
    QTableWidget& shares() { return *shares_; }
    QLabel& shareSentence() { return *shareSentence_; }

    void recalculate();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showShares(int startYear);
    void fitReconciliation();

    ProjectDocument& document_;
    QComboBox* span_;
    QLabel* summary_;
    QTableWidget* years_;
    QLabel* shareSentence_;
    QTableWidget* shares_;
    QSplitter* beside_;
    bool besideMoved_ = false; // the user has set the split by hand
};

} // namespace jointly::ui
