#include "ui/IndicatorChart.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <QPen>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace jointly::ui {

namespace {

bool sameBreakdown(const needs::JudgedValue& a, const needs::JudgedValue& b) {
    return a.sex == b.sex && a.age == b.age && a.categoryType == b.categoryType &&
           a.category == b.category;
}

QChartView* newView(const QString& name, QWidget* parent) {
    auto* view = new QChartView(new QChart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(name);
    view->setMinimumHeight(220);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

void clear(QChart* chart) {
    chart->removeAllSeries();
    for (auto* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QString label(const needs::JudgedValue& value) {
    return QString::fromStdString(value.areaName.empty() ? value.areaCode : value.areaName);
}

} // namespace

IndicatorChart::IndicatorChart(QWidget* parent) : QWidget(parent), tabs_(new QTabWidget(this)) {
    trendView_ = newView(tr("Values over time with 95% confidence intervals"), tabs_);
    areasView_ = newView(tr("Latest values by area against the comparator"), tabs_);
    tabs_->addTab(trendView_, tr("Over time"));
    tabs_->addTab(areasView_, tr("By area"));
    tabs_->setAccessibleName(tr("Indicator charts"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);
}

void IndicatorChart::show(const std::vector<needs::JudgedValue>& values,
                          const needs::JudgedValue* selected) {
    auto* trend = static_cast<QChartView*>(trendView_)->chart();
    auto* areas = static_cast<QChartView*>(areasView_)->chart();
    if (!selected) {
        clear(trend);
        clear(areas);
        trend->setTitle(tr("Choose a value to draw its area over time"));
        areas->setTitle(QString());
        trendDescription_.clear();
        areasDescription_.clear();
        return;
    }
    drawTrend(values, *selected);
    drawAreas(values, *selected);
}

void IndicatorChart::drawTrend(const std::vector<needs::JudgedValue>& values,
                               const needs::JudgedValue& selected) {
    auto* view = static_cast<QChartView*>(trendView_);
    auto* chart = view->chart();
    clear(chart);
    auto* line = new QLineSeries;
    line->setName(label(selected));
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    auto* comparator = new QLineSeries;
    comparator->setName(tr("Comparator"));
    QPen dashed(Qt::DashLine);
    dashed.setWidth(2);
    dashed.setColor(QColor(0x33, 0x33, 0x33));
    comparator->setPen(dashed);
    auto* xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xAxis->setLabelsAngle(-45); // periods such as "2021/22" fit when the chart is narrow
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    int x = 0;
    for (const auto& value : values) {
        if (value.areaCode != selected.areaCode || !sameBreakdown(value, selected)) {
            continue;
        }
        if (value.value) {
            line->append(x, *value.value);
            low = std::min(low, *value.value);
            high = std::max(high, *value.value);
        }
        if (value.lower95 && value.upper95) {
            lower->append(x, *value.lower95);
            upper->append(x, *value.upper95);
            low = std::min(low, *value.lower95);
            high = std::max(high, *value.upper95);
        }
        if (value.comparatorValue) {
            comparator->append(x, *value.comparatorValue);
            low = std::min(low, *value.comparatorValue);
            high = std::max(high, *value.comparatorValue);
        }
        xAxis->append(QString::fromStdString(value.period), x);
        ++x;
    }
    auto* band = new QAreaSeries(upper, lower);
    band->setName(tr("95% confidence interval"));
    band->setColor(QColor(0x1f, 0x6f, 0xb4, 60));
    band->setBorderColor(QColor(0x1f, 0x6f, 0xb4, 90));
    QPen main(QColor(0x1f, 0x6f, 0xb4));
    main.setWidth(3);
    line->setPen(main);
    line->setPointsVisible(true);
    chart->addSeries(band);
    chart->addSeries(line);
    chart->addSeries(comparator);
    auto* yAxis = new QValueAxis;
    if (low <= high) {
        const double margin = (high - low) * 0.1 + 1e-9;
        yAxis->setRange(low - margin, high + margin);
    }
    xAxis->setRange(-0.25, std::max(0.25, x - 0.75));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (auto* series : chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    chart->setTitle(QString::fromStdString(selected.indicatorName) + QStringLiteral(": ") +
                    label(selected));
    trendDescription_ =
        tr("%1 for %2 over %3 periods, with 95% confidence intervals and the comparator's values.")
            .arg(QString::fromStdString(selected.indicatorName), label(selected))
            .arg(x);
    view->setAccessibleDescription(trendDescription_);
}

void IndicatorChart::drawAreas(const std::vector<needs::JudgedValue>& values,
                               const needs::JudgedValue& selected) {
    auto* view = static_cast<QChartView*>(areasView_);
    auto* chart = view->chart();
    clear(chart);
    struct Group {
        needs::Significance significance;
        QString name;
        QColor colour;
    };
    const Group groups[] = {
        {needs::Significance::Better, tr("Better"), QColor(0x92, 0xd0, 0x50)},
        {needs::Significance::Similar, tr("Similar"), QColor(0xff, 0xd9, 0x66)},
        {needs::Significance::Worse, tr("Worse"), QColor(0xff, 0x80, 0x80)},
        {needs::Significance::NotCompared, tr("Not compared"), QColor(0xbb, 0xbb, 0xbb)},
    };
    std::vector<const needs::JudgedValue*> latest;
    for (const auto& value : values) {
        if (value.periodKey == selected.periodKey && sameBreakdown(value, selected) &&
            value.value) {
            latest.push_back(&value);
        }
    }
    auto* series = new QHorizontalStackedBarSeries;
    std::vector<QBarSet*> sets;
    for (const auto& group : groups) {
        auto* set = new QBarSet(group.name);
        set->setColor(group.colour);
        set->setBorderColor(group.colour.darker(130));
        sets.push_back(set);
    }
    QStringList names;
    double high = 0;
    std::optional<double> comparatorValue;
    for (const auto* value : latest) {
        names << label(*value);
        for (std::size_t g = 0; g < std::size(groups); ++g) {
            sets[g]->append(groups[g].significance == value->significance ? *value->value : 0.0);
        }
        high = std::max(high, *value->value);
        if (value->comparatorValue) {
            comparatorValue = value->comparatorValue;
        }
    }
    for (auto* set : sets) {
        series->append(set);
    }
    chart->addSeries(series);
    auto* yAxis = new QBarCategoryAxis;
    yAxis->append(names);
    auto* xAxis = new QValueAxis;
    chart->addAxis(yAxis, Qt::AlignLeft);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(yAxis);
    series->attachAxis(xAxis);
    if (comparatorValue) {
        auto* line = new QLineSeries;
        line->setName(tr("Comparator (%1)").arg(*comparatorValue));
        QPen pen(QColor(0x22, 0x22, 0x22));
        pen.setWidth(2);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->append(*comparatorValue, -0.5);
        line->append(*comparatorValue, static_cast<double>(names.size()) - 0.5);
        chart->addSeries(line);
        auto* hidden = new QValueAxis;
        hidden->setRange(-0.5, static_cast<double>(names.size()) - 0.5);
        hidden->setVisible(false);
        chart->addAxis(hidden, Qt::AlignRight);
        line->attachAxis(xAxis);
        line->attachAxis(hidden);
        high = std::max(high, *comparatorValue);
    }
    xAxis->setRange(0, high * 1.1 + 1e-9);
    chart->setTitle(tr("%1, %2").arg(QString::fromStdString(selected.indicatorName),
                                     QString::fromStdString(selected.period)));
    areasDescription_ =
        tr("Bars for %n areas in %1, coloured by how each compares with the comparator.", nullptr,
           static_cast<int>(names.size()))
            .arg(QString::fromStdString(selected.period));
    view->setAccessibleDescription(areasDescription_);
}

} // namespace jointly::ui
