#pragma once

#include <QWidget>

#include <cstdint>

class QPushButton;

namespace jointly::ui {

class ProjectDocument;
class RecordTableView;
class SpcChartView;

// Every KPI, a contract's or an outcome's, with what it measures and
// against what; below, the selected KPI's figures (typed, pasted from a
// spreadsheet or imported from a CSV), target changes, annotations and
// rebases, and beside them its SPC chart.
class KpisPanel : public QWidget {
    Q_OBJECT
public:
    explicit KpisPanel(ProjectDocument& document, QWidget* parent = nullptr);

    RecordTableView& kpis() { return *kpis_; }
    RecordTableView& figures() { return *figures_; }
    SpcChartView& chart() { return *chart_; }
    QPushButton& importButton() { return *import_; }
    QPushButton& pasteButton() { return *paste_; }

    // Shows this KPI, as the dashboard's click-through does.
    void showKpi(std::int64_t id);
    // Imports pasted cells (or CSV text) into the selected KPI.
    void importPasted(const QString& text);

private:
    void refreshChart();
    void importFile();

    ProjectDocument& document_;
    RecordTableView* kpis_;
    RecordTableView* figures_;
    SpcChartView* chart_;
    QPushButton* import_;
    QPushButton* paste_;
};

} // namespace jointly::ui
