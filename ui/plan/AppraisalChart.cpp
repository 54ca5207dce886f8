#include "ui/plan/AppraisalChart.h"

#include "ui/common/ChartLegend.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace jointly::ui {

namespace {} // namespace

AppraisalChart::AppraisalChart(QWidget* parent)
    : QWidget(parent), view_(new QChartView(new QChart, this)), legend_(new ChartLegend(this)),
      options_(new QLabel(this)) {
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setAccessibleName(tr("Weighted scores by criterion"));
    view_->setObjectName(QStringLiteral("appraisal_chart"));
    view_->setMinimumHeight(160);
    view_->chart()->legend()->hide(); // the key is legend_, which wraps
    view_->chart()->setMargins(QMargins(4, 4, 4, 4));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(view_, 1);
    layout->addWidget(legend_);
    options_->setObjectName(QStringLiteral("appraisal_chart_options"));
    options_->setWordWrap(true);
    options_->setTextFormat(Qt::PlainText);
    layout->addWidget(options_);
}

QString AppraisalChart::optionsKey() const {
    return options_->text();
}

QString AppraisalChart::key() const {
    return legend_->plainText();
}

void AppraisalChart::clear() {
    auto* chart = view_->chart();
    chart->removeAllSeries();
    for (auto* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(QString());
    legend_->setEntries({});
    options_->clear();
    description_.clear();
    view_->setAccessibleDescription(description_);
}

void AppraisalChart::show(const planning::Appraisal& appraisal, const planning::Ranking& ranking) {
    clear();
    auto* chart = view_->chart();
    if (ranking.ranked.empty() || appraisal.criteria.empty()) {
        chart->setTitle(tr("Score every criterion for an option to see its bar"));
        return;
    }
    auto contributions = planning::contributionsByCriterion(appraisal);
    if (!contributions.ok()) {
        chart->setTitle(QString::fromStdString(contributions.error().message));
        return;
    }
    chart->setTitle(tr("Weighted score by criterion"));
    auto* series = new QHorizontalStackedBarSeries;
    // Each bar is numbered by its place in the ranking, best at the top, and
    // named in full under the chart: option names are too long to sit beside
    // their bars without being cut short, the more so with a dozen options.
    // A horizontal chart draws its first category at the bottom, so the
    // categories go in reverse order.
    QStringList categories;
    QStringList named;
    for (std::size_t place = ranking.ranked.size(); place > 0; --place) {
        categories << QString::number(place);
    }
    for (std::size_t place = 0; place < ranking.ranked.size(); ++place) {
        const auto& ranked = ranking.ranked[place];
        named << tr("%1: %2 (%3)")
                     .arg(place + 1)
                     .arg(QString::fromStdString(appraisal.options.at(ranked.option).name),
                          QString::fromStdString(ranked.totalText));
    }
    options_->setText(named.join(QStringLiteral("; ")));
    double lowest = 0;
    double highest = 0;
    for (std::size_t c = 0; c < appraisal.criteria.size(); ++c) {
        auto* set = new QBarSet(QString::fromStdString(appraisal.criteria[c].name));
        for (auto it = ranking.ranked.rbegin(); it != ranking.ranked.rend(); ++it) {
            const auto& part = contributions.value().at(it->option).byCriterion.at(c);
            // Drawing only: the totals and ranking are exact integers elsewhere.
            set->append(part ? static_cast<double>(*part) / 10000.0 : 0.0);
        }
        series->append(set);
    }
    for (const auto& ranked : ranking.ranked) {
        const double total = static_cast<double>(ranked.total) / 10000.0;
        lowest = std::min(lowest, total);
        highest = std::max(highest, total);
    }
    chart->addSeries(series);
    QList<ChartLegend::Entry> key;
    for (auto* set : series->barSets()) {
        key.append({set->label(), set->color(), ChartLegend::Mark::Box});
    }
    legend_->setEntries(key);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setRange(std::min(lowest, static_cast<double>(appraisal.scale.min)),
                    std::max(highest, static_cast<double>(appraisal.scale.max)));
    axisX->setTitleText(tr("Weighted score"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    const auto& top = appraisal.options.at(ranking.ranked.front().option).name;
    description_ = tr("Stacked bars of %1 options' weighted scores across %2 criteria; %3 is "
                      "top with %4.")
                       .arg(ranking.ranked.size())
                       .arg(appraisal.criteria.size())
                       .arg(QString::fromStdString(top),
                            QString::fromStdString(ranking.ranked.front().totalText));
    view_->setAccessibleDescription(description_);
}

} // namespace jointly::ui
