#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace jointly::ui {

class ProjectDocument;

// Delivery against dates: the plan's actions and the procurements'
// milestones, overdue first, each with its state in words and a symbol.
class DeliveryPanel : public QWidget {
    Q_OBJECT
public:
    explicit DeliveryPanel(ProjectDocument& document, QWidget* parent = nullptr);

    QTableWidget& table() { return *table_; }
    QLabel& summary() { return *summary_; }

private:
    void refresh();

    ProjectDocument& document_;
    QLabel* summary_;
    QTableWidget* table_;
};

} // namespace jointly::ui
