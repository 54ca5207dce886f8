#include "ui/monitor/OutcomesPanel.h"

#include "monitoring/OutcomeReview.h"
#include "quantities/FinancialYear.h"
#include "ui/common/Explanation.h"
#include "ui/common/ProjectDocument.h"
#include "ui/monitor/SpcStyle.h"

#include <QDate>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace jointly::ui {

namespace {

enum Column { What, Baseline, Target, Latest, Judged, Said, ColumnCount };

QString qs(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

QString value(const std::optional<std::int64_t>& hundredths, const std::string& unit) {
    return hundredths ? qs(monitoring::valueWords(*hundredths, unit)) : QStringLiteral("\u2014");
}

QString trackText(monitoring::Track track) {
    const auto words = qs(monitoring::trackWords(track));
    switch (track) {
    case monitoring::Track::OnTrack:
        return QStringLiteral("\u2713 ") + words;
    case monitoring::Track::NotOnTrack:
        return QStringLiteral("\u2717 ") + words;
    case monitoring::Track::NoTarget:
    case monitoring::Track::NoEvidence:
        break;
    }
    return QStringLiteral("\u25CB ") + words;
}

} // namespace

OutcomesPanel::OutcomesPanel(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), table_(new QTableWidget) {
    table_->setObjectName(QStringLiteral("outcome_review"));
    table_->setAccessibleName(tr("Each outcome's measures against their trajectory"));
    table_->setColumnCount(ColumnCount);
    table_->setHorizontalHeaderLabels({tr("Outcome, measure or KPI"), tr("Baseline"),
                                       tr("This year's target"), tr("Latest"), tr("On track?"),
                                       tr("In words")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->setVisible(false);
    table_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation(
        tr("Each outcome of the plan: its measures' trajectory (the baseline and the target for "
           "this financial year, set under Plan, Outcomes) against the latest evidence, the "
           "linked indicator's latest value for the partnership's own area or else the figure "
           "of the outcome's KPI of the same name, on track or not; then the outcome's own "
           "KPIs with their RAG and SPC variation."),
        this));
    layout->addWidget(table_, 1);
    connect(&document_, &ProjectDocument::changed, this, [this](const QSet<QString>& tables) {
        if (ProjectDocument::touchesAny(tables, monitoring::kOutcomeReviewReads)) {
            refresh();
        }
    });
    refresh();
}

void OutcomesPanel::refresh() {
    std::vector<monitoring::OutcomeReview> review;
    const auto today = QDate::currentDate().toString(Qt::ISODate).toStdString();
    document_.readSafely([&] { review = monitoring::reviewOutcomes(document_.database(), today); });
    table_->setRowCount(0);
    QFont bold = table_->font();
    bold.setBold(true);
    const auto addRow = [&] {
        const int row = table_->rowCount();
        table_->insertRow(row);
        return row;
    };
    for (const auto& outcome : review) {
        const int heading = addRow();
        auto* name = cell(outcome.name.empty() ? tr("Unnamed outcome") : qs(outcome.name));
        name->setFont(bold);
        table_->setItem(heading, What, name);
        table_->setItem(heading, Said, cell(qs(outcome.sentence)));
        for (const auto& measure : outcome.measures) {
            const int row = addRow();
            table_->setItem(row, What, cell(QStringLiteral("    ") + qs(measure.name)));
            table_->setItem(row, Baseline, cell(value(measure.baseline, measure.unit)));
            table_->setItem(
                row, Target,
                cell(measure.target
                         ? value(measure.target, measure.unit) + QStringLiteral(" (") +
                               qs(quantities::formatFinancialYear({*measure.targetYear})) +
                               QLatin1Char(')')
                         : QStringLiteral("\u2014")));
            table_->setItem(row, Latest,
                            cell(measure.latest ? qs(measure.latestPeriod) + QStringLiteral(": ") +
                                                      value(measure.latest, measure.unit)
                                                : QStringLiteral("\u2014")));
            table_->setItem(row, Judged, cell(trackText(measure.track)));
            table_->setItem(
                row, Said,
                cell(qs(measure.sentence) +
                     (measure.evidence.empty()
                          ? QString()
                          : QStringLiteral(" (") + qs(measure.evidence) + QLatin1Char(')'))));
        }
        for (const auto& kpi : outcome.kpis) {
            const int row = addRow();
            table_->setItem(row, What, cell(QStringLiteral("    ") + tr("KPI: ") + qs(kpi.name)));
            table_->setItem(row, Target, cell(value(kpi.target, kpi.unit)));
            table_->setItem(row, Latest,
                            cell(kpi.latest ? qs(kpi.latestPeriod) + QStringLiteral(": ") +
                                                  value(kpi.latest, kpi.unit)
                                            : tr("No figures")));
            table_->setItem(row, Judged,
                            cell(kpi.rag ? spc::ragShort(kpi.rag->rag) : tr("No RAG")));
            table_->setItem(row, Said,
                            cell((kpi.rag ? qs(kpi.rag->sentence) + QLatin1Char(' ') : QString()) +
                                 tr("Variation: %1.").arg(spc::variationShort(kpi.variation))));
        }
    }
    table_->resizeColumnsToContents();
    // Long names and figures wrap in narrower columns (each tip gives its
    // cell whole), so the sentence keeps room on a laptop's screen and the
    // rows stay a few lines high.
    const int character = table_->fontMetrics().averageCharWidth();
    for (const auto& [column, characters] : {std::pair{What, 30}, std::pair{Baseline, 14},
                                             std::pair{Target, 16}, std::pair{Latest, 16}}) {
        const auto* heading = table_->horizontalHeaderItem(column);
        const int headingWidth =
            heading ? table_->horizontalHeader()->fontMetrics().horizontalAdvance(heading->text()) +
                          character * 3
                    : 0;
        table_->setColumnWidth(column, std::max(headingWidth, std::min(table_->columnWidth(column),
                                                                       character * characters)));
    }
    table_->horizontalHeader()->setMinimumSectionSize(
        table_->fontMetrics().horizontalAdvance(tr("In words")) + 24);
    table_->horizontalHeader()->setSectionResizeMode(Said, QHeaderView::Stretch);
    // The sentences wrap within their column as it is laid out.
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace jointly::ui
