#pragma once

#include "needs/IndicatorSeries.h"

#include <QWidget>

#include <vector>

class QLabel;
class QTabWidget;

class QChartView;

namespace jointly::ui {

class ChartLegend;

// Two pictures of an indicator: the chosen area's values over time with their
// 95% confidence intervals and the comparator's values, and the latest period
// for every area as bars coloured (and labelled) by significance with the
// comparator's value as a line. Each has its title above and its key below,
// wrapped rather than cut short, and the periods along the bottom are thinned
// to as many as fit, always keeping the latest.
class IndicatorChart : public QWidget {
    Q_OBJECT
public:
    explicit IndicatorChart(QWidget* parent = nullptr);

    // Draws both charts for `selected`, using `values` (all of one indicator's
    // judged values).
    void show(const std::vector<needs::JudgedValue>& values, const needs::JudgedValue* selected);

    // A sentence describing each chart, also given to screen readers.
    QString trendDescription() const { return trendDescription_; }
    QString areasDescription() const { return areasDescription_; }
    // The periods labelled along the bottom of the chart over time.
    QStringList periodLabels() const { return periodLabels_; }
    // The keys under the charts, as plain text.
    QString trendKey() const;
    QString areasKey() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void drawTrend(const std::vector<needs::JudgedValue>& values,
                   const needs::JudgedValue& selected);
    void drawAreas(const std::vector<needs::JudgedValue>& values,
                   const needs::JudgedValue& selected);
    // Labels every k-th period, counting back from the latest, so that the
    // labels fit the chart's width without being cut short.
    void labelPeriods();

    QTabWidget* tabs_;
    QChartView* trendView_;
    QChartView* areasView_;
    QLabel* trendTitle_;
    QLabel* areasTitle_;
    ChartLegend* trendLegend_;
    ChartLegend* areasLegend_;
    QStringList periods_; // every period of the chart over time, oldest first
    QStringList periodLabels_;
    QString trendDescription_;
    QString areasDescription_;
};

} // namespace jointly::ui
