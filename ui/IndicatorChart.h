#pragma once

#include "needs/IndicatorSeries.h"

#include <QWidget>

#include <vector>

class QTabWidget;

namespace jointly::ui {

class ChartPanel;

// Two pictures of an indicator: the chosen area's values over time with their
// 95% confidence intervals and the comparator's values, and the latest period
// for every area as bars coloured (and labelled) by significance with the
// comparator's value as a line.
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

private:
    void drawTrend(const std::vector<needs::JudgedValue>& values,
                   const needs::JudgedValue& selected);
    void drawAreas(const std::vector<needs::JudgedValue>& values,
                   const needs::JudgedValue& selected);

    QTabWidget* tabs_;
    QWidget* trendView_;
    QWidget* areasView_;
    QString trendDescription_;
    QString areasDescription_;
};

} // namespace jointly::ui
