#include "ui/monitor/SpcChartView.h"

#include "monitoring/KpiChart.h"
#include "ui/monitor/SpcCanvas.h"
#include "ui/monitor/SpcStyle.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace jointly::ui {

namespace {

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

QString item(const QString& text) {
    return QStringLiteral("<li>") + text + QStringLiteral("</li>");
}

QString section(const QString& title, const QString& items) {
    return QStringLiteral("<p><b>") + title + QStringLiteral("</b></p><ul>") + items +
           QStringLiteral("</ul>");
}

} // namespace

SpcChartView::SpcChartView(QWidget* parent)
    : QWidget(parent), heading_(new QLabel), canvas_(new SpcCanvas), words_(new QLabel) {
    heading_->setObjectName(QStringLiteral("spc_heading"));
    heading_->setTextFormat(Qt::PlainText);
    heading_->setWordWrap(true);
    QFont bold = heading_->font();
    bold.setBold(true);
    heading_->setFont(bold);
    words_->setObjectName(QStringLiteral("spc_words"));
    words_->setTextFormat(Qt::RichText);
    words_->setWordWrap(true);
    words_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    words_->setFocusPolicy(Qt::StrongFocus);
    words_->setAccessibleName(tr("What the chart shows, in words"));
    words_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* scroll = new QScrollArea;
    scroll->setWidget(words_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumHeight(80);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading_);
    layout->addWidget(canvas_, 3);
    layout->addWidget(scroll, 2);
    showNothing(tr("Choose a KPI to see its chart."));
}

void SpcChartView::showNothing(const QString& why) {
    heading_->setText(why);
    canvas_->setChart({});
    words_->clear();
    canvas_->setAccessibleDescription(why);
}

void SpcChartView::showKpi(const monitoring::KpiRecord& kpi, const monitoring::KpiChart& chart) {
    using namespace monitoring;
    const auto periods = chart.periods.size();
    const QString span = periods == 0 ? tr("no figures yet")
                         : periods == 1
                             ? tr("1 period, %1").arg(qs(chart.periods.front()))
                             : tr("%1 periods, %2 to %3")
                                   .arg(periods)
                                   .arg(qs(chart.periods.front()), qs(chart.periods.back()));
    heading_->setText(tr("%1: %2; %3")
                          .arg(kpi.name.empty() ? tr("Unnamed KPI") : qs(kpi.name),
                               kpi.polarity == "lower"     ? tr("lower is better")
                               : kpi.polarity == "neither" ? tr("no better direction")
                                                           : tr("higher is better"),
                               span));
    canvas_->setChart(chart);
    const auto& spc = chart.chart;
    QString html;
    html += QStringLiteral("<p><b>") + tr("Variation:") + QStringLiteral("</b> ") +
            (spc.variation ? qs(variationWords(*spc.variation)).toHtmlEscaped() : tr("no icon")) +
            QStringLiteral("<br><b>") + tr("Assurance:") + QStringLiteral("</b> ") +
            (spc.assurance  ? qs(assuranceWords(*spc.assurance)).toHtmlEscaped()
             : chart.target ? tr("no icon")
                            : tr("no icon: the KPI has no target")) +
            QStringLiteral("</p>");
    QString problems;
    for (const auto& problem : chart.problems) {
        problems += item(qs(problem).toHtmlEscaped());
    }
    if (!problems.isEmpty()) {
        html += QStringLiteral("<ul>") + problems + QStringLiteral("</ul>");
    }
    QString rebases;
    for (const auto& rebase : kpi.rebases) {
        rebases += item(tr("From %1: %2")
                            .arg(qs(rebase.period).toHtmlEscaped(),
                                 rebase.reason.empty() ? tr("no reason given")
                                                       : qs(rebase.reason).toHtmlEscaped()));
    }
    if (!rebases.isEmpty()) {
        html += section(tr("Limits worked out again"), rebases);
    }
    QString notes;
    int number = 0;
    for (std::size_t i = 0; i < chart.notes.size(); ++i) {
        if (!chart.notes[i].empty()) {
            notes += QStringLiteral("<br>") + QString::number(++number) + QStringLiteral(". ") +
                     qs(chart.periods[i]).toHtmlEscaped() + QStringLiteral(": ") +
                     qs(chart.notes[i]).toHtmlEscaped();
        }
    }
    if (!notes.isEmpty()) {
        html += QStringLiteral("<p><b>") + tr("Annotations") + QStringLiteral("</b>") + notes +
                QStringLiteral("</p>");
    }
    html += QStringLiteral("<p><b>") + tr("Key") + QStringLiteral("</b><br>") +
            tr("Grey circle: common cause. Blue diamond: special cause, improvement. Orange "
               "square: special cause, concern. Purple triangle: special cause where neither "
               "direction is better. Solid line: the mean; dashed: the process limits (dotted "
               "when trial limits); red dash-dot: the target; ? below the line: a missing "
               "figure.") +
            QStringLiteral("</p><p><small>") + qs(ruleSetWords(chart.rules)).toHtmlEscaped() +
            QStringLiteral("</small></p>");
    words_->setText(html);
    canvas_->setAccessibleDescription(
        tr("Variation: %1. Assurance: %2.")
            .arg(spc::variationShort(spc.variation), spc::assuranceShort(spc.assurance)));
}

} // namespace jointly::ui
