#pragma once

#include "monitoring/KpiChart.h"

#include <QWidget>

namespace jointly::ui {

// Draws one KPI's XmR chart with QPainter, as NHS "Making Data Count" does:
// the figures joined in period order (a missing period breaks the line and
// is marked), the mean as a solid line, the process limits dashed (marked
// "trial" when NHSRplotthedots calls them so), the target dash-dotted, each
// point coloured and shaped by its type, a rebase as a labelled vertical
// line, and annotations numbered above their points. Sized to be legible at
// 1366x768 and on a projector; the words for all of it are beside it.
class SpcCanvas : public QWidget {
    Q_OBJECT
public:
    explicit SpcCanvas(QWidget* parent = nullptr);

    void setChart(const monitoring::KpiChart& chart);
    const monitoring::KpiChart& chart() const { return chart_; }

    QSize minimumSizeHint() const override { return {360, 180}; }
    QSize sizeHint() const override { return {760, 320}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    monitoring::KpiChart chart_;
};

} // namespace jointly::ui
