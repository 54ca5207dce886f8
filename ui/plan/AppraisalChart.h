#pragma once

#include "planning/Appraisal.h"

#include <QWidget>

class QChartView;
class QLabel;

namespace jointly::ui {

class ChartLegend;

// The weighted scores of an appraisal's ranked options as stacked bars, one
// segment per criterion, so the group can see where each option's total
// comes from.
class AppraisalChart : public QWidget {
    Q_OBJECT
public:
    explicit AppraisalChart(QWidget* parent = nullptr);

    void show(const planning::Appraisal& appraisal, const planning::Ranking& ranking);
    void clear();

    // A sentence describing the chart, also given to screen readers.
    QString description() const { return description_; }
    // The key under the chart, as plain text: the criteria in order.
    QString key() const;
    // The options the numbered bars stand for, in rank order with their
    // totals: "1: Community falls service (7.30); 2: ...".
    QString optionsKey() const;

private:
    QChartView* view_;
    ChartLegend* legend_;
    QLabel* options_;
    QString description_;
};

} // namespace jointly::ui
