#pragma once

#include <QWidget>

#include <cstdint>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace jointly::ui {

class ProjectDocument;

// The first page for a partnership meeting: one row per KPI with its
// latest figure, target, RAG, both SPC icons (in words and colour) and a
// sparkline of its recent figures. Enter or a double-click opens the KPI's
// chart. Below, the year at a glance (monitoring/YearAtAGlance.h): budget,
// savings realised, high risks, what is overdue, contracts due notice.
// Large type makes it readable on a projector; "Export for the board"
// writes it to print. "Start the next
// cycle year" closes the cycle (cycle/NextCycle.h).
class DashboardPanel : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPanel(ProjectDocument& document, QWidget* parent = nullptr);

    QTableWidget& table() { return *table_; }
    QCheckBox& largeType() { return *large_; }
    QLabel& summary() { return *summary_; }
    QLabel& glance() { return *glance_; }
    QPushButton& nextCycleButton() { return *nextCycle_; }
    QPushButton& exportButton() { return *export_; }

    // Asks, showing what it will do, then starts the next cycle year.
    void startNextCycle();
    // Writes the dashboard (monitoring/DashboardReport.h) as PDF, ODT or
    // HTML, to print or take to a board; asks where unless given a path.
    void exportForBoard(QString path = {});

signals:
    void openKpi(std::int64_t id);

private:
    void refresh();
    void applyType();

    ProjectDocument& document_;
    QLabel* summary_;
    QCheckBox* large_;
    QTableWidget* table_;
    QLabel* glance_;
    QPushButton* nextCycle_;
    QPushButton* export_;
};

} // namespace jointly::ui
