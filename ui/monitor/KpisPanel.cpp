#include "ui/monitor/KpisPanel.h"

#include "monitoring/ActualsImport.h"
#include "monitoring/KpiChart.h"
#include "monitoring/MonitoringKinds.h"
#include "monitoring/SeriesCsv.h"
#include "procurement/ContractKinds.h"
#include "ui/common/Explanation.h"
#include "ui/common/FileFolders.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTableView.h"
#include "ui/monitor/SpcChartView.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <sstream>

namespace jointly::ui {

KpisPanel::KpisPanel(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document),
      kpis_(new RecordTableView(document, procurement::contractKpi(), tr("KPIs"))),
      figures_(new RecordTableView(document, monitoring::actual(), tr("Figures"))),
      chart_(new SpcChartView), import_(new QPushButton(tr("&Import figures from CSV..."))),
      paste_(new QPushButton(tr("Pas&te figures"))) {
    import_->setObjectName(QStringLiteral("import_figures"));
    import_->setToolTip(tr("A CSV with the period, the value and, if you like, a note on each "
                           "row. A bad row is named and nothing is imported."));
    paste_->setObjectName(QStringLiteral("paste_figures"));
    paste_->setToolTip(tr("Copy the period and value columns in a spreadsheet, then press "
                          "this: the figures are checked and added as one step."));
    auto* targets =
        new RecordTableView(document_, monitoring::targetChange(), tr("Target changes"));
    auto* notes = new RecordTableView(document_, monitoring::annotation(), tr("Annotations"));
    auto* rebases = new RecordTableView(document_, monitoring::rebase(), tr("Rebases"));
    for (auto* view : {figures_, targets, notes, rebases}) {
        view->follow(kpis_, "kpi_id", tr("Choose a KPI first."));
    }
    auto* figuresPage = new QWidget;
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(import_);
    buttons->addWidget(paste_);
    buttons->addStretch(1);
    auto* figuresLayout = new QVBoxLayout(figuresPage);
    figuresLayout->setContentsMargins(0, 0, 0, 0);
    figuresLayout->addLayout(buttons);
    figuresLayout->addWidget(figures_, 1);
    auto* parts = new QTabWidget;
    parts->setObjectName(QStringLiteral("kpi_parts"));
    parts->setAccessibleName(tr("Parts of the selected KPI"));
    parts->addTab(figuresPage, tr("&Figures"));
    parts->addTab(withExplanation(tr("A target that changes from a period on, with the "
                                     "reason; the KPI's own target applies before the first."),
                                  targets),
                  tr("Tar&get changes"));
    parts->addTab(withExplanation(tr("A sentence on a period (\"new service started\"), "
                                     "numbered on the chart and given in exports."),
                                  notes),
                  tr("&Annotations"));
    parts->addTab(withExplanation(tr("Work the chart's limits out again from a period, once a "
                                     "change to the process is understood: say why. The "
                                     "rebases are kept as history."),
                                  rebases),
                  tr("&Rebases"));
    // Wide enough for every tab's title, on a laptop as on a projector.
    parts->setMinimumWidth(parts->tabBar()->sizeHint().width() + 8);
    auto* lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(parts);
    lower->addWidget(chart_);
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 3);
    lower->setChildrenCollapsible(false);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(kpis_);
    split->addWidget(lower);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation(
        tr("Each KPI, a contract's or directly an outcome's: its definition, unit, which way is "
           "better, frequency, target and amber tolerance, data source, owner, the question it "
           "answers, the breach threshold and consequence, and the SPC rules its chart uses."),
        this));
    layout->addWidget(split, 1);

    connect(import_, &QPushButton::clicked, this, [this] { importFile(); });
    connect(paste_, &QPushButton::clicked, this,
            [this] { importPasted(QApplication::clipboard()->text()); });
    connect(kpis_, &RecordTableView::selectionChanged, this, [this] { refreshChart(); });
    connect(&document_, &ProjectDocument::changed, this, [this](const QSet<QString>& tables) {
        if (ProjectDocument::touchesAny(tables, monitoring::kKpiReads)) {
            refreshChart();
        }
    });
    refreshChart();
}

void KpisPanel::showKpi(std::int64_t id) {
    const int row = kpis_->model().rowOf(id);
    if (row >= 0) {
        kpis_->table().selectRow(row);
        kpis_->table().setFocus();
    }
}

void KpisPanel::refreshChart() {
    const auto id = kpis_->selectedId();
    const bool chosen = id != 0;
    import_->setEnabled(chosen && !document_.isReadOnly());
    paste_->setEnabled(chosen && !document_.isReadOnly());
    if (!chosen) {
        chart_->showNothing(tr("Choose a KPI to see its chart."));
        return;
    }
    std::optional<monitoring::KpiRecord> kpi;
    document_.readSafely([&] { kpi = monitoring::readKpi(document_.database(), id); });
    if (!kpi) {
        chart_->showNothing(tr("Choose a KPI to see its chart."));
        return;
    }
    chart_->showKpi(*kpi, monitoring::chartOf(*kpi));
}

void KpisPanel::importFile() {
    const auto id = kpis_->selectedId();
    if (id == 0) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import figures"), FileFolders::startFolder(),
        tr("CSV files or Excel workbooks (*.csv *.xlsx);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    FileFolders::remember(path);
    auto imported = monitoring::importActualsFile(document_.project(), id, path.toStdString());
    if (imported.ok()) {
        emit document_.notice(QString::fromStdString(imported.value().sentence) + QLatin1Char(' ') +
                              tr("Edit > Undo takes them back."));
    } else {
        emit document_.problem(QString::fromStdString(imported.error().message));
    }
}

void KpisPanel::importPasted(const QString& text) {
    const auto id = kpis_->selectedId();
    if (id == 0) {
        return;
    }
    if (document_.isReadOnly()) {
        document_.refuseReadOnlyEdit();
        return;
    }
    std::istringstream in(monitoring::pastedAsCsv(text.toStdString()));
    auto imported = monitoring::importActuals(document_.project(), id, in,
                                              tr("the pasted cells").toStdString());
    if (imported.ok()) {
        emit document_.notice(QString::fromStdString(imported.value().sentence) + QLatin1Char(' ') +
                              tr("Edit > Undo takes them back."));
    } else {
        emit document_.problem(QString::fromStdString(imported.error().message));
    }
}

} // namespace jointly::ui
