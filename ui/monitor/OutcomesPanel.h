#pragma once

#include <QWidget>

class QTableWidget;

namespace jointly::ui {

class ProjectDocument;

// Outcome review: each outcome of the plan with its measures' trajectory
// against the latest evidence, on track or not in words and a symbol, and
// the outcome's own KPIs with their RAG and SPC.
class OutcomesPanel : public QWidget {
    Q_OBJECT
public:
    explicit OutcomesPanel(ProjectDocument& document, QWidget* parent = nullptr);

    QTableWidget& table() { return *table_; }

private:
    void refresh();

    ProjectDocument& document_;
    QTableWidget* table_;
};

} // namespace jointly::ui
