#pragma once

#include <QWidget>

#include <cstdint>

class QLabel;

namespace jointly::monitoring {
struct KpiChart;
struct KpiRecord;
} // namespace jointly::monitoring

namespace jointly::ui {

class SpcCanvas;

// A KPI's SPC chart with everything it shows said in words beside it: the
// rule set, the variation and assurance icons, the key to colours and
// shapes, the rebases with their reasons, the annotations by number, and
// why there are no limits when there are none.
class SpcChartView : public QWidget {
    Q_OBJECT
public:
    explicit SpcChartView(QWidget* parent = nullptr);

    void showKpi(const monitoring::KpiRecord& kpi, const monitoring::KpiChart& chart);
    void showNothing(const QString& why);

    SpcCanvas& canvas() { return *canvas_; }
    QLabel& heading() { return *heading_; }
    QLabel& words() { return *words_; }

private:
    QLabel* heading_;
    SpcCanvas* canvas_;
    QLabel* words_;
};

} // namespace jointly::ui
