#include "ui/monitor/DashboardPanel.h"

#include "cycle/NextCycle.h"
#include "monitoring/DashboardReport.h"
#include "monitoring/KpiBoard.h"
#include "monitoring/YearAtAGlance.h"
#include "ui/common/Explanation.h"
#include "ui/common/FileFolders.h"
#include "ui/common/ProjectDocument.h"
#include "ui/documents/DocumentExporter.h"
#include "ui/monitor/SpcStyle.h"

#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace jointly::ui {

namespace {

enum Column { Name, Latest, Target, RagColumn, Variation, Assurance, Recent, ColumnCount };

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

QString valueText(const std::optional<std::int64_t>& value, const std::string& unit) {
    return value ? qs(monitoring::valueWords(*value, unit)) : QStringLiteral("\u2014");
}

// The recent figures as a small line, a gap where one is missing.
QPixmap sparkline(const std::vector<std::optional<std::int64_t>>& values, QSize size,
                  const QColor& ink) {
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    std::optional<std::int64_t> low;
    std::optional<std::int64_t> high;
    for (const auto& value : values) {
        if (value) {
            low = low ? std::min(*low, *value) : *value;
            high = high ? std::max(*high, *value) : *value;
        }
    }
    if (!low || values.size() < 2) {
        return pixmap;
    }
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(ink, 1.5));
    const double span = static_cast<double>(*high - *low);
    const auto at = [&](std::size_t i) {
        const double x = 2 + (size.width() - 4) * static_cast<double>(i) /
                                 static_cast<double>(values.size() - 1);
        const double share = span == 0 ? 0.5 : static_cast<double>(*values[i] - *low) / span;
        return QPointF(x, size.height() - 3 - (size.height() - 6) * share);
    };
    for (std::size_t i = 1; i < values.size(); ++i) {
        if (values[i] && values[i - 1]) {
            painter.drawLine(at(i - 1), at(i));
        }
    }
    if (values.back()) {
        painter.setBrush(ink);
        painter.drawEllipse(at(values.size() - 1), 2.5, 2.5);
    }
    return pixmap;
}

QTableWidgetItem* cell(const QString& text, const QString& tip = {}) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

} // namespace

DashboardPanel::DashboardPanel(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), summary_(new QLabel),
      large_(new QCheckBox(tr("&Large type, for a projector"))), table_(new QTableWidget),
      glance_(new QLabel), nextCycle_(new QPushButton(tr("Start the &next cycle year..."))),
      export_(new QPushButton(tr("&Export for the board..."))) {
    export_->setObjectName(QStringLiteral("export_dashboard"));
    export_->setToolTip(tr("Write the dashboard as PDF, ODT or HTML to print or send with the "
                           "board papers: every KPI in words, the year at a glance and each "
                           "contract's performance."));
    nextCycle_->setObjectName(QStringLiteral("start_next_cycle"));
    nextCycle_->setToolTip(tr("Roll the plans forward a year, carry the open actions and risks, "
                              "and make each KPI showing special cause concern, and each "
                              "outcome measure not on track, a draft needs statement for the "
                              "next needs assessment. One step: Edit > Undo takes it back."));
    summary_->setObjectName(QStringLiteral("dashboard_summary"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::PlainText);
    large_->setObjectName(QStringLiteral("large_type"));
    table_->setObjectName(QStringLiteral("kpi_dashboard"));
    table_->setAccessibleName(tr("KPIs: latest figure, target, RAG and SPC icons"));
    table_->setColumnCount(ColumnCount);
    table_->setHorizontalHeaderLabels({tr("KPI"), tr("Latest"), tr("Target"), tr("RAG"),
                                       tr("Variation (SPC)"), tr("Assurance (SPC)"),
                                       tr("Recent figures")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    table_->setWordWrap(false);
    auto* top = new QHBoxLayout;
    top->addWidget(summary_, 1);
    top->addWidget(large_);
    top->addWidget(export_);
    top->addWidget(nextCycle_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation(
        tr("Every KPI as a partnership meeting reads it: the latest figure against the target "
           "it is held to then, RAG by the KPI's tolerance, and beside it, never instead of it, "
           "the SPC view: whether the latest figure shows special cause variation and whether "
           "the process can be relied on to meet the target. Press Enter or double-click a KPI "
           "to open its chart."),
        this));
    layout->addLayout(top);
    glance_->setObjectName(QStringLiteral("year_at_a_glance"));
    glance_->setTextFormat(Qt::RichText);
    glance_->setWordWrap(true);
    glance_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    glance_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    glance_->setFocusPolicy(Qt::StrongFocus);
    glance_->setAccessibleName(tr("The year at a glance"));
    auto* scroll = new QScrollArea;
    scroll->setWidget(glance_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(table_);
    split->addWidget(scroll);
    // The table and the year at a glance share the height: a dashboard of a
    // dozen KPIs leaves the rest readable without scrolling.
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({1, 1});
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    connect(large_, &QCheckBox::toggled, this, [this] { applyType(); });
    connect(nextCycle_, &QPushButton::clicked, this, [this] { startNextCycle(); });
    connect(export_, &QPushButton::clicked, this, [this] { exportForBoard(); });
    connect(table_, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        if (const auto* first = table_->item(item->row(), Name)) {
            emit openKpi(first->data(Qt::UserRole).toLongLong());
        }
    });
    connect(&document_, &ProjectDocument::changed, this, [this](const QSet<QString>& tables) {
        if (!tables.isEmpty()) {
            refresh(); // the year at a glance reads from every stage
        }
    });
    refresh();
}

void DashboardPanel::startNextCycle() {
    if (document_.isReadOnly()) {
        document_.refuseReadOnlyEdit();
        return;
    }
    const auto today = QDate::currentDate().toString(Qt::ISODate).toStdString();
    std::optional<Outcome<cycle::NextCycle>> preview;
    if (!document_.readSafely(
            [&] { preview = cycle::previewNextCycle(document_.database(), today); }) ||
        !preview) {
        return;
    }
    if (!preview->ok()) {
        emit document_.problem(QString::fromStdString(preview->error().message));
        return;
    }
    const auto& next = preview->value();
    QString details;
    for (const auto& plan : next.plans) {
        details += tr("Plan: %1 becomes %2, starting %3\n")
                       .arg(qs(plan.name), qs("\u201C" + plan.title + "\u201D"), qs(plan.startsOn));
    }
    for (const auto& action : next.actions) {
        details += tr("Action carried: %1 (%2)\n").arg(qs(action.description), qs(action.note));
    }
    for (const auto& risk : next.risks) {
        details += tr("Risk carried: %1 (%2)\n").arg(qs(risk.description), qs(risk.note));
    }
    for (const auto& finding : next.findings) {
        details += tr("Draft needs statement: %1\n").arg(qs(finding.statement));
    }
    QMessageBox box(QMessageBox::Question, tr("Start the next cycle year"),
                    tr("Start the %1 cycle year?").arg(qs(next.yearText)), QMessageBox::NoButton,
                    this);
    box.setInformativeText(tr("It will do this: %1 Edit > Undo takes it all back.")
                               .arg(qs(next.sentence.substr(next.sentence.find(": ") + 2))));
    box.setDetailedText(details);
    auto* start = box.addButton(tr("&Start %1").arg(qs(next.yearText)), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(start);
    box.exec();
    if (box.clickedButton() != start) {
        return;
    }
    auto done = cycle::startNextCycle(document_.project(), today);
    if (done.ok()) {
        emit document_.notice(qs(done.value().sentence) + QLatin1Char(' ') +
                              tr("The draft needs statements are under Needs, Needs statements. "
                                 "Edit > Undo takes it all back."));
    } else {
        emit document_.problem(qs(done.error().message));
    }
}

void DashboardPanel::exportForBoard(QString path) {
    if (path.isEmpty()) {
        const QString suggested = FileFolders::suggestedPath(
            document_.partnershipName(), tr("Dashboard"), QStringLiteral("pdf"));
        path = QFileDialog::getSaveFileName(this, tr("Export the dashboard for the board"),
                                            suggested, exportFileFilter());
        if (path.isEmpty()) {
            return;
        }
    }
    std::string html;
    const auto today = QDate::currentDate().toString(Qt::ISODate).toStdString();
    if (!document_.readSafely(
            [&] { html = monitoring::dashboardHtml(document_.database(), today); })) {
        return;
    }
    const QString problem = exportDocument(QString::fromStdString(html), path);
    if (!problem.isEmpty()) {
        emit document_.problem(problem);
        return;
    }
    FileFolders::remember(path);
    emit document_.written(
        tr("The dashboard was written to %1.").arg(QDir::toNativeSeparators(path)), path);
}

void DashboardPanel::applyType() {
    QFont bigger = table_->font();
    bigger.setPointSizeF(large_->isChecked() ? 18.0 : QFont().pointSizeF());
    table_->setFont(bigger);
    summary_->setFont(bigger);
    glance_->setFont(bigger);
    refresh();
}

void DashboardPanel::refresh() {
    std::vector<monitoring::KpiStatus> board;
    document_.readSafely([&] { board = monitoring::kpiBoard(document_.database()); });
    const auto selected = table_->currentRow();
    table_->setRowCount(static_cast<int>(board.size()));
    const QFontMetrics metrics(table_->font());
    const QSize spark(metrics.horizontalAdvance(QLatin1Char('0')) * 14, metrics.height());
    table_->setIconSize(spark);
    int green = 0;
    int amber = 0;
    int red = 0;
    int concern = 0;
    for (int row = 0; row < static_cast<int>(board.size()); ++row) {
        const auto& kpi = board[static_cast<std::size_t>(row)];
        QString name = kpi.name.empty() ? tr("Unnamed KPI") : qs(kpi.name);
        if (!kpi.contract.empty()) {
            name += QStringLiteral(" (") + qs(kpi.contract) + QLatin1Char(')');
        }
        auto* first = cell(name);
        first->setData(Qt::UserRole, static_cast<qlonglong>(kpi.id));
        table_->setItem(row, Name, first);
        table_->setItem(row, Latest,
                        cell(kpi.latest ? qs(kpi.latestPeriod) + QStringLiteral(": ") +
                                              valueText(kpi.latest, kpi.unit)
                                        : tr("No figures")));
        table_->setItem(row, Target, cell(valueText(kpi.target, kpi.unit)));
        if (kpi.rag) {
            auto* rag = cell(spc::ragShort(kpi.rag->rag), qs(kpi.rag->sentence));
            rag->setBackground(spc::ragTint(kpi.rag->rag));
            rag->setForeground(QColor(Qt::black));
            table_->setItem(row, RagColumn, rag);
            green += kpi.rag->rag == monitoring::Rag::Green;
            amber += kpi.rag->rag == monitoring::Rag::Amber;
            red += kpi.rag->rag == monitoring::Rag::Red;
        } else {
            table_->setItem(row, RagColumn,
                            cell(tr("None"), kpi.polarity == "neither"
                                                 ? tr("No RAG: neither direction is better.")
                                                 : tr("No RAG without a figure and a target.")));
        }
        auto* variation =
            cell(spc::variationShort(kpi.variation),
                 kpi.variation ? qs(monitoring::variationWords(*kpi.variation))
                               : (kpi.problems.empty() ? tr("No icon") : qs(kpi.problems.front())));
        variation->setForeground(spc::variationColour(kpi.variation).darker(115));
        table_->setItem(row, Variation, variation);
        concern += kpi.variation && (*kpi.variation == monitoring::VariationIcon::ConcernHigh ||
                                     *kpi.variation == monitoring::VariationIcon::ConcernLow);
        auto* assurance =
            cell(spc::assuranceShort(kpi.assurance),
                 kpi.assurance ? qs(monitoring::assuranceWords(*kpi.assurance)) : tr("No icon"));
        assurance->setForeground(spc::assuranceColour(kpi.assurance).darker(115));
        table_->setItem(row, Assurance, assurance);
        auto* recent =
            cell(QString(),
                 tr("The figures of the last %1 periods, oldest first").arg(kpi.recent.size()));
        recent->setData(Qt::DecorationRole,
                        sparkline(kpi.recent, spark, palette().color(QPalette::Text)));
        table_->setItem(row, Recent, recent);
    }
    table_->resizeColumnsToContents();
    table_->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    table_->resizeRowsToContents();
    if (selected >= 0 && selected < table_->rowCount()) {
        table_->selectRow(selected);
    }
    summary_->setText(
        board.empty() ? tr("No KPIs yet: add them under KPIs, or to a contract under Procure.")
                      : (board.size() == 1 ? tr("1 KPI: ") : tr("%1 KPIs: ").arg(board.size())) +
                            tr("%1 green, %2 amber, %3 red; %4 showing special cause "
                               "concern.")
                                .arg(green)
                                .arg(amber)
                                .arg(red)
                                .arg(concern));
    const auto today = QDate::currentDate().toString(Qt::ISODate).toStdString();
    monitoring::YearAtAGlance year;
    document_.readSafely([&] { year = monitoring::yearAtAGlance(document_.database(), today); });
    const auto esc = [](const std::string& text) {
        return qs(text).toHtmlEscaped();
    };
    const auto list = [&](const std::vector<std::string>& lines, const QString& none) {
        if (lines.empty()) {
            return QStringLiteral("<br>") + none;
        }
        QString items;
        for (const auto& line : lines) {
            items += QStringLiteral("<br>\u2022 ") + esc(line);
        }
        return items;
    };
    std::vector<std::string> overdue;
    for (const auto& item : year.delivery.items) {
        if (item.state == monitoring::DeliveryState::Overdue) {
            overdue.push_back(item.sentence);
        }
    }
    const auto heading = [](const QString& text) {
        return QStringLiteral("<p><b>") + text + QStringLiteral("</b>");
    };
    glance_->setText(heading(tr("Budget, %1").arg(qs(year.yearText))) + QStringLiteral("<br>") +
                     esc(year.budget) + list(year.partners, QString()) + QStringLiteral("</p>") +
                     heading(tr("Savings realised")) + QStringLiteral("<br>") + esc(year.savings) +
                     list(year.savingsShares, QString()) + QStringLiteral("</p>") +
                     heading(tr("Open risks scoring %1 or more").arg(monitoring::kRiskShownFrom)) +
                     list(year.risks, tr("None.")) + QStringLiteral("</p>") +
                     heading(tr("Overdue")) + list(overdue, tr("Nothing is overdue.")) +
                     QStringLiteral("</p>") +
                     heading(tr("Contracts: notice and extension dates within six months")) +
                     list(year.contracts, tr("None due.")) + QStringLiteral("</p>"));
}

} // namespace jointly::ui
