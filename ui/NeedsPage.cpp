#include "ui/NeedsPage.h"

#include "needs/NeedsKinds.h"
#include "partnership/PartnershipKinds.h"
#include "ui/ImportIndicatorsDialog.h"
#include "ui/IndicatorImportRunner.h"
#include "ui/IndicatorValuesModel.h"
#include "ui/ProjectDocument.h"
#include "ui/RecordForm.h"
#include "ui/RecordTableModel.h"
#include "ui/RecordTableView.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace jointly::ui {

namespace {

QLabel* explanation(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// Makes `child` follow the record selected in `parent`: it shows only the
// records linked to it, and new ones are linked to it.
void follow(RecordTableView* parent, RecordTableView* child, std::string_view column,
            const QString& chooseFirst) {
    child->model().setFilter(column, std::nullopt);
    QObject::connect(
        parent, &RecordTableView::selectionChanged, child, [child, column](std::int64_t id) {
            child->model().setFilter(column, id ? std::optional<std::int64_t>(id) : std::nullopt);
        });
    child->setDefaults(
        [parent, column, chooseFirst](records::FieldValues& initial, QString& whyNot) {
            auto id = parent->selectedId();
            if (id == 0) {
                whyNot = chooseFirst;
                return false;
            }
            initial.emplace_back(column, records::FieldValue{id});
            return true;
        });
}

} // namespace

NeedsPage::NeedsPage(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), tabs_(new QTabWidget(this)) {
    tabs_->setObjectName(QStringLiteral("needs_tabs"));
    tabs_->setAccessibleName(tr("Needs assessment sections"));
    tabs_->addTab(indicatorsTab(), tr("&Indicators"));
    tabs_->addTab(simpleTab(new RecordTableView(document_, needs::needsArea(), tr("Areas")),
                            tr("The partnership's own areas and the areas it compares itself "
                               "with. Codes must match those in imported files (E92000001 is "
                               "England).")),
                  tr("A&reas"));
    tabs_->addTab(simpleTab(new RecordTableView(document_, needs::population(),
                                                tr("Population by age band and year")),
                            tr("Population estimates and projections by age band, sex and "
                               "year.")),
                  tr("P&opulation"));
    tabs_->addTab(servicesTab(), tr("&Services"));
    tabs_->addTab(simpleTab(new RecordTableView(document_, needs::asset(), tr("Assets")),
                            tr("Community and voluntary-sector resources the partnership can "
                               "build on.")),
                  tr("Asse&ts"));
    tabs_->addTab(
        simpleTab(new RecordTableView(document_, needs::engagement(), tr("Engagement evidence")),
                  tr("What service users, carers, providers and clinicians said, "
                     "when and how.")),
        tr("&Engagement"));
    tabs_->addTab(statementsTab(), tr("Needs state&ments"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);
}

QWidget* NeedsPage::simpleTab(RecordTableView* table, const QString& text) {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(explanation(text, page));
    layout->addWidget(table, 1);
    table->setParent(page);
    return page;
}

QWidget* NeedsPage::indicatorsTab() {
    auto* page = new QWidget;
    auto* settings = new RecordForm(document_, needs::needsSettings(), partnership::kPartnershipId,
                                    {"comparator_code", "confidence_level"}, page);
    auto* importButton = new QPushButton(tr("Im&port indicators from CSV..."), page);
    importButton->setObjectName(QStringLiteral("import_indicators"));
    importButton->setAccessibleName(tr("Import indicators from a Fingertips or other CSV file"));
    importButton->setEnabled(!document_.isReadOnly());
    connect(importButton, &QPushButton::clicked, this, &NeedsPage::importIndicators);
    auto* top = new QHBoxLayout;
    top->addWidget(settings, 1);
    top->addWidget(importButton, 0, Qt::AlignTop);

    auto* splitter = new QSplitter(Qt::Vertical, page);
    indicators_ = new RecordTableView(document_, needs::indicator(), tr("Indicators"), splitter);
    auto* valuesView = new QTableView(splitter);
    values_ = new IndicatorValuesModel(document_, valuesView);
    valuesView->setModel(values_);
    valuesView->setObjectName(QStringLiteral("indicator_values"));
    valuesView->setAccessibleName(tr("Values of the selected indicator"));
    valuesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    valuesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    valuesView->setAlternatingRowColors(true);
    valuesView->setWordWrap(false);
    valuesView->verticalHeader()->hide();
    valuesView->horizontalHeader()->setStretchLastSection(true);
    splitter->addWidget(indicators_);
    splitter->addWidget(valuesView);
    splitter->setChildrenCollapsible(false);
    connect(indicators_, &RecordTableView::selectionChanged, values_,
            &IndicatorValuesModel::showIndicator);
    connect(values_, &QAbstractItemModel::modelReset, valuesView,
            [valuesView] { valuesView->resizeColumnsToContents(); });

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    return page;
}

QWidget* NeedsPage::servicesTab() {
    auto* page = new QWidget;
    auto* splitter = new QSplitter(Qt::Vertical, page);
    auto* services = new RecordTableView(document_, needs::service(),
                                         tr("Current services (the service map)"), splitter);
    auto* funding = new RecordTableView(document_, needs::serviceFunding(),
                                        tr("Funding partners of the selected service"), splitter);
    splitter->addWidget(services);
    splitter->addWidget(funding);
    follow(services, funding, "service_id",
           tr("Select the service the funding is for first (add one if there is none)."));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(explanation(
        tr("Each service with its provider, care group, tier, capacity, use and annual cost, and "
           "the partners who fund it with their shares."),
        page));
    layout->addWidget(splitter, 1);
    return page;
}

QWidget* NeedsPage::statementsTab() {
    auto* page = new QWidget;
    auto* splitter = new QSplitter(Qt::Vertical, page);
    auto* statements =
        new RecordTableView(document_, needs::needsStatement(), tr("Needs statements"), splitter);
    auto* evidence = new RecordTableView(document_, needs::statementEvidence(),
                                         tr("Evidence cited by the selected statement"), splitter);
    splitter->addWidget(statements);
    splitter->addWidget(evidence);
    follow(statements, evidence, "statement_id",
           tr("Select the needs statement the evidence supports first."));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(explanation(
        tr("Findings that cite their evidence: an indicator, a service, an asset or a piece of "
           "engagement each. Tick Candidate priority to carry a finding into planning."),
        page));
    layout->addWidget(splitter, 1);
    return page;
}

void NeedsPage::importIndicators() {
    ImportIndicatorsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    IndicatorImportRunner runner(document_, window());
    auto report = runner.run(dialog.csvPath(), dialog.options());
    if (!report.ok()) {
        return;
    }
    const auto& done = report.value();
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    QString summary = tr("Imported %1 of %2 rows from %3.")
                          .arg(locale.toString(static_cast<qulonglong>(done.rowsImported)),
                               locale.toString(static_cast<qulonglong>(done.rowsRead)),
                               QString::fromStdString(done.fileName));
    if (done.rowsAlreadyHeld > 0) {
        summary += tr(" %1 rows were already in the project.")
                       .arg(locale.toString(static_cast<qulonglong>(done.rowsAlreadyHeld)));
    }
    if (done.rowsSkipped == 0) {
        emit document_.problem(summary + tr(" Edit > Undo takes the whole import back."));
        return;
    }
    QStringList lines;
    for (const auto& skipped : done.skipped) {
        lines << tr("Row %1: %2").arg(skipped.row).arg(QString::fromStdString(skipped.reason));
    }
    QMessageBox box(QMessageBox::Information, tr("Rows skipped"),
                    summary + tr(" %1 bad rows were skipped; the details list each one.")
                                  .arg(locale.toString(static_cast<qulonglong>(done.rowsSkipped))),
                    QMessageBox::Ok, this);
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace jointly::ui
