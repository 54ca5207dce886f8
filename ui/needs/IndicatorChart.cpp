#include "ui/needs/IndicatorChart.h"

#include "ui/common/ChartLegend.h"
#include "ui/needs/SignificanceStyle.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QFontMetrics>
#include <QLabel>
#include <QLocale>
#include <QPen>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace jointly::ui {

namespace {

const QColor kAreaColour(0x1f, 0x6f, 0xb4);
const QColor kComparatorColour(0x33, 0x33, 0x33);

bool sameBreakdown(const needs::JudgedValue& a, const needs::JudgedValue& b) {
    return a.sex == b.sex && a.age == b.age && a.categoryType == b.categoryType &&
           a.category == b.category;
}

QChartView* newView(const QString& name) {
    auto* view = new QChartView(new QChart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(name);
    view->setMinimumHeight(200);
    view->chart()->legend()->hide(); // the key is a ChartLegend under the chart
    view->chart()->setMargins(QMargins(2, 2, 2, 2));
    return view;
}

QLabel* newTitle() {
    auto* title = new QLabel;
    title->setWordWrap(true);
    title->setTextFormat(Qt::PlainText);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    return title;
}

QWidget* panel(QLabel* title, QChartView* view, ChartLegend* legend) {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addWidget(view, 1);
    layout->addWidget(legend);
    return page;
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

QString number(double value, int decimals) {
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(value, 'f', decimals);
}

// A value axis over [low, high] with round ticks, labelled with no more
// decimal places than the tick spacing needs.
QValueAxis* valueAxis(double low, double high) {
    auto* axis = new QValueAxis;
    if (low > high) {
        return axis;
    }
    const double margin = (high - low) * 0.1 + 1e-9;
    double bottom = low - margin;
    if (low >= 0 && bottom < 0) {
        bottom = 0; // a rate or percentage axis does not go below nought
    }
    axis->setRange(bottom, high + margin);
    axis->applyNiceNumbers();
    const double step = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
    const int places = step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(step)));
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(std::clamp(places, 0, 6)));
    return axis;
}

} // namespace

IndicatorChart::IndicatorChart(QWidget* parent)
    : QWidget(parent), tabs_(new QTabWidget(this)),
      trendView_(newView(tr("Values over time with 95% confidence intervals"))),
      areasView_(newView(tr("Latest values by area against the comparator"))),
      trendTitle_(newTitle()), areasTitle_(newTitle()), trendLegend_(new ChartLegend),
      areasLegend_(new ChartLegend) {
    tabs_->addTab(panel(trendTitle_, trendView_, trendLegend_), tr("Over time"));
    tabs_->addTab(panel(areasTitle_, areasView_, areasLegend_), tr("By area"));
    tabs_->setAccessibleName(tr("Indicator charts"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);
}

QString IndicatorChart::trendKey() const {
    return trendLegend_->plainText();
}

QString IndicatorChart::areasKey() const {
    return areasLegend_->plainText();
}

void IndicatorChart::show(const std::vector<needs::JudgedValue>& values,
                          const needs::JudgedValue* selected) {
    if (!selected) {
        clear(trendView_->chart());
        clear(areasView_->chart());
        trendTitle_->setText(tr("Choose a value to draw its area over time"));
        areasTitle_->clear();
        trendLegend_->setEntries({});
        areasLegend_->setEntries({});
        periods_.clear();
        periodLabels_.clear();
        trendDescription_.clear();
        areasDescription_.clear();
        return;
    }
    drawTrend(values, *selected);
    drawAreas(values, *selected);
}

void IndicatorChart::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    labelPeriods();
}

void IndicatorChart::labelPeriods() {
    auto* chart = trendView_->chart();
    const auto axes = chart->axes(Qt::Horizontal);
    auto* axis = axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis*>(axes.first());
    if (!axis) {
        return;
    }
    for (const auto& old : axis->categoriesLabels()) {
        axis->remove(old);
    }
    periodLabels_.clear();
    const int count = static_cast<int>(periods_.size());
    if (count == 0) {
        return;
    }
    const QFontMetrics metrics(axis->labelsFont());
    int widest = 0;
    for (const auto& period : periods_) {
        widest = std::max(widest, metrics.horizontalAdvance(period));
    }
    // The plot is the view less the value axis' labels and the margins.
    const int plotWidth = std::max(60, trendView_->width() - 90);
    const int room = widest + metrics.horizontalAdvance(QStringLiteral("MM"));
    const int every = std::max(1, (count * room + plotWidth - 1) / plotWidth);
    // Counting back from the latest period, which is always labelled. A
    // category axis draws each label at its category's end, so each label's
    // category runs from the one before it.
    QList<int> shown;
    for (int index = count - 1; index >= 0; index -= every) {
        shown.prepend(index);
    }
    for (int index : shown) {
        axis->append(periods_[index], index);
        periodLabels_ << periods_[index];
    }
    // Room on the right for half of the latest period's label, which is
    // centred on the last point.
    auto margins = chart->margins();
    margins.setRight(metrics.horizontalAdvance(periods_.last()) / 2 + 4);
    chart->setMargins(margins);
}

void IndicatorChart::drawTrend(const std::vector<needs::JudgedValue>& values,
                               const needs::JudgedValue& selected) {
    auto* chart = trendView_->chart();
    clear(chart);
    auto* line = new QLineSeries;
    line->setName(label(selected));
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    auto* comparator = new QLineSeries;
    const QString comparatorName =
        selected.comparatorCode.empty()
            ? tr("Comparator")
            : tr("Comparator (%1)")
                  .arg(QString::fromStdString(selected.comparatorCode) ==
                               QStringLiteral("E92000001")
                           ? tr("England")
                           : QString::fromStdString(selected.comparatorCode));
    comparator->setName(comparatorName);
    QPen dashed(Qt::DashLine);
    dashed.setWidth(2);
    dashed.setColor(kComparatorColour);
    comparator->setPen(dashed);
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    periods_.clear();
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
        periods_ << QString::fromStdString(value.period);
        ++x;
    }
    auto* band = new QAreaSeries(upper, lower);
    band->setName(tr("95% confidence interval"));
    band->setColor(QColor(0x1f, 0x6f, 0xb4, 60));
    band->setBorderColor(QColor(0x1f, 0x6f, 0xb4, 90));
    QPen main(kAreaColour);
    main.setWidth(3);
    line->setPen(main);
    line->setPointsVisible(true);
    chart->addSeries(band);
    chart->addSeries(line);
    chart->addSeries(comparator);
    auto* xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xAxis->setRange(-0.25, std::max(0.25, x - 0.75));
    auto* yAxis = valueAxis(low, high);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (auto* series : chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    labelPeriods();
    trendTitle_->setText(QString::fromStdString(selected.indicatorName) + QStringLiteral(": ") +
                         label(selected));
    trendLegend_->setEntries(
        {{label(selected), kAreaColour, ChartLegend::Mark::Line},
         {tr("95% confidence interval"), QColor(0x1f, 0x6f, 0xb4, 140), ChartLegend::Mark::Band},
         {comparatorName, kComparatorColour, ChartLegend::Mark::DashedLine}});
    trendDescription_ =
        tr("%1 for %2 over %3 periods, with 95% confidence intervals and the comparator's values.")
            .arg(QString::fromStdString(selected.indicatorName), label(selected))
            .arg(x);
    trendView_->setAccessibleDescription(trendDescription_);
}

void IndicatorChart::drawAreas(const std::vector<needs::JudgedValue>& values,
                               const needs::JudgedValue& selected) {
    auto* chart = areasView_->chart();
    clear(chart);
    struct Group {
        needs::Significance significance;
        QString name;
        QColor colour;
        bool used = false;
    };
    std::vector<Group> groups;
    for (auto significance : {needs::Significance::Better, needs::Significance::Similar,
                              needs::Significance::Worse, needs::Significance::Higher,
                              needs::Significance::Lower, needs::Significance::NotCompared}) {
        groups.push_back(
            {significance, significanceSymbolic(significance), significanceColour(significance)});
    }
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
        for (std::size_t g = 0; g < groups.size(); ++g) {
            const bool here = groups[g].significance == value->significance;
            groups[g].used = groups[g].used || here;
            sets[g]->append(here ? *value->value : 0.0);
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
    if (comparatorValue) {
        high = std::max(high, *comparatorValue);
    }
    auto* xAxis = valueAxis(0, high);
    chart->addAxis(yAxis, Qt::AlignLeft);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(yAxis);
    series->attachAxis(xAxis);
    QList<ChartLegend::Entry> key;
    for (const auto& group : groups) {
        if (group.used) {
            key.append({group.name, group.colour, ChartLegend::Mark::Box});
        }
    }
    if (comparatorValue) {
        auto* line = new QLineSeries;
        const QString name = tr("Comparator: %1").arg(number(*comparatorValue, selected.decimals));
        line->setName(name);
        QPen pen(kComparatorColour);
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
        key.append({name, kComparatorColour, ChartLegend::Mark::DashedLine});
    }
    areasTitle_->setText(tr("%1, %2").arg(QString::fromStdString(selected.indicatorName),
                                          QString::fromStdString(selected.period)));
    areasLegend_->setEntries(key);
    areasDescription_ =
        tr("Bars for %n areas in %1, coloured by how each compares with the comparator.", nullptr,
           static_cast<int>(names.size()))
            .arg(QString::fromStdString(selected.period));
    areasView_->setAccessibleDescription(areasDescription_);
}

} // namespace jointly::ui
