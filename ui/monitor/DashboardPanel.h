#pragma once

#include <QWidget>

#include <cstdint>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace jointly::ui {

class ProjectDocument;

// The first page for a partnership meeting: one row per KPI with its
// latest figure, target, RAG, both SPC icons (in words and colour) and a
// sparkline of its recent figures. Enter or a double-click opens the KPI's
// chart. Large type makes it readable on a projector.
class DashboardPanel : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPanel(ProjectDocument& document, QWidget* parent = nullptr);

    QTableWidget& table() { return *table_; }
    QCheckBox& largeType() { return *large_; }
    QLabel& summary() { return *summary_; }

signals:
    void openKpi(std::int64_t id);

private:
    void refresh();
    void applyType();

    ProjectDocument& document_;
    QLabel* summary_;
    QCheckBox* large_;
    QTableWidget* table_;
};

} // namespace jointly::ui
