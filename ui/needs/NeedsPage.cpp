#include "ui/needs/NeedsPage.h"

#include "needs/ComparatorDescription.h"
#include "needs/NeedsKinds.h"
#include "needs/PopulationImport.h"
#include "partnership/PartnershipKinds.h"
#include "records/RecordStore.h"
#include "ui/common/Explanation.h"
#include "ui/common/FileFolders.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordForm.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTableView.h"
#include "ui/needs/ImportIndicatorsDialog.h"
#include "ui/needs/IndicatorChart.h"
#include "ui/needs/IndicatorImportRunner.h"
#include "ui/needs/IndicatorValuesModel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jointly::ui {

NeedsPage::NeedsPage(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), tabs_(new QTabWidget(this)) {
    tabs_->setObjectName(QStringLiteral("needs_tabs"));
    tabs_->setAccessibleName(tr("Needs assessment sections"));
    tabs_->addTab(indicatorsTab(), tr("&Indicators"));
    tabs_->addTab(concernsTab(), tr("&Worse and getting worse"));
    tabs_->addTab(simpleTab(new RecordTableView(document_, needs::needsArea(), tr("Areas")),
                            tr("The partnership's own areas and the areas it compares itself "
                               "with. Codes must match those in imported files (E92000001 is "
                               "England).")),
                  tr("A&reas"));
    tabs_->addTab(populationTab(), tr("P&opulation"));
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
    // What the comparator's code stands for, in words, as it is typed.
    auto* comparatorMeaning = new QLabel(page);
    comparatorMeaning->setObjectName(QStringLiteral("comparator_meaning"));
    comparatorMeaning->setWordWrap(true);
    comparatorMeaning->setTextFormat(Qt::PlainText);
    auto* comparatorCode = qobject_cast<QLineEdit*>(settings->editorFor("comparator_code"));
    auto describe = [this, comparatorMeaning, comparatorCode] {
        const QString code = comparatorCode ? comparatorCode->text() : QString();
        document_.readSafely([&] {
            comparatorMeaning->setText(QString::fromStdString(
                needs::describeComparator(document_.database(), code.toStdString())));
        });
    };
    describe();
    if (comparatorCode) {
        comparatorCode->setAccessibleDescription(
            tr("The area significance is judged against; what it stands for is shown below it."));
        connect(comparatorCode, &QLineEdit::textChanged, comparatorMeaning, describe);
    }
    connect(&document_, &ProjectDocument::changed, comparatorMeaning, describe);
    auto* settingsBox = new QVBoxLayout;
    settingsBox->addWidget(settings);
    settingsBox->addWidget(comparatorMeaning);
    auto* top = new QHBoxLayout;
    top->addLayout(settingsBox, 1);
    top->addWidget(importButton, 0, Qt::AlignTop);

    // Filters: by care group and by topic.
    auto* careFilter = new QComboBox(page);
    careFilter->setObjectName(QStringLiteral("filter_care_group"));
    careFilter->setAccessibleName(tr("Show indicators for care group"));
    auto* topicFilter = new QComboBox(page);
    topicFilter->setObjectName(QStringLiteral("filter_topic"));
    topicFilter->setAccessibleName(tr("Show indicators on topic"));
    auto* filters = new QHBoxLayout;
    auto* careLabel = new QLabel(tr("Care &group:"), page);
    careLabel->setBuddy(careFilter);
    auto* topicLabel = new QLabel(tr("T&opic:"), page);
    topicLabel->setBuddy(topicFilter);
    filters->addWidget(careLabel);
    filters->addWidget(careFilter);
    filters->addSpacing(12);
    filters->addWidget(topicLabel);
    filters->addWidget(topicFilter);
    filters->addStretch();

    auto* splitter = new QSplitter(Qt::Vertical, page);
    indicators_ = new RecordTableView(document_, needs::indicator(), tr("Indicators"), splitter);
    auto* lower = new QSplitter(Qt::Horizontal, splitter);
    auto* valuesView = new QTableView(lower);
    values_ = new IndicatorValuesModel(document_, valuesView);
    valuesView->setModel(values_);
    valuesView->setObjectName(QStringLiteral("indicator_values"));
    valuesView->setAccessibleName(tr("Values of the selected indicator"));
    valuesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    valuesView->setSelectionMode(QAbstractItemView::SingleSelection);
    valuesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    valuesView->setAlternatingRowColors(true);
    valuesView->setWordWrap(false);
    valuesView->verticalHeader()->hide();
    valuesView->horizontalHeader()->setStretchLastSection(true);
    chart_ = new IndicatorChart(lower);
    chart_->setMinimumWidth(360);
    lower->addWidget(valuesView);
    lower->addWidget(chart_);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    splitter->addWidget(indicators_);
    splitter->addWidget(lower);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    connect(indicators_, &RecordTableView::selectionChanged, values_,
            &IndicatorValuesModel::showIndicator);
    connect(values_, &QAbstractItemModel::modelReset, valuesView, [this, valuesView] {
        valuesView->resizeColumnsToContents();
        // Start on the latest period of the first area listed.
        int latest = -1;
        const auto* first = values_->valueAt(0);
        for (int row = 0; first && row < values_->rowCount(); ++row) {
            const auto* value = values_->valueAt(row);
            if (value->areaCode == first->areaCode && value->sex == first->sex &&
                value->age == first->age && value->category == first->category) {
                latest = row;
            }
        }
        if (latest >= 0) {
            valuesView->setCurrentIndex(values_->index(latest, 0));
        }
        chart_->show(values_->values(), values_->valueAt(valuesView->currentIndex().row()));
    });
    connect(valuesView->selectionModel(), &QItemSelectionModel::currentRowChanged, chart_,
            [this](const QModelIndex& current) {
                chart_->show(values_->values(), values_->valueAt(current.row()));
            });

    auto refreshFilters = [this, careFilter, topicFilter] {
        const auto keepCare = careFilter->currentData();
        const auto keepTopic = topicFilter->currentText();
        const QSignalBlocker blockCare(careFilter);
        const QSignalBlocker blockTopic(topicFilter);
        careFilter->clear();
        careFilter->addItem(tr("All"), QVariant());
        std::vector<std::pair<std::int64_t, std::string>> careGroups;
        std::vector<records::Record> indicators;
        document_.readSafely([&] {
            careGroups = records::linkChoices(document_.database(), partnership::careGroup());
            indicators = records::listRecords(document_.database(), needs::indicator());
        });
        for (const auto& [id, name] : careGroups) {
            careFilter->addItem(QString::fromStdString(name),
                                QVariant::fromValue(static_cast<qlonglong>(id)));
        }
        careFilter->setCurrentIndex(std::max(0, careFilter->findData(keepCare)));
        topicFilter->clear();
        topicFilter->addItem(tr("All"));
        QStringList topics;
        for (const auto& record : indicators) {
            auto topic = QString::fromStdString(record.text(needs::indicator(), "topic"));
            if (!topic.isEmpty() && !topics.contains(topic)) {
                topics << topic;
            }
        }
        topics.sort(Qt::CaseInsensitive);
        topicFilter->addItems(topics);
        topicFilter->setCurrentIndex(std::max(0, topicFilter->findText(keepTopic)));
    };
    refreshFilters();
    connect(&document_, &ProjectDocument::changed, page, refreshFilters);
    connect(careFilter, &QComboBox::currentIndexChanged, page, [this, careFilter] {
        auto chosen = careFilter->currentData();
        indicators_->model().setMatch(
            "care_group_id", chosen.isNull() ? std::nullopt
                                             : std::optional<records::FieldValue>(
                                                   static_cast<std::int64_t>(chosen.toLongLong())));
    });
    connect(topicFilter, &QComboBox::currentIndexChanged, page, [this, topicFilter] {
        indicators_->model().setMatch("topic", topicFilter->currentIndex() <= 0
                                                   ? std::nullopt
                                                   : std::optional<records::FieldValue>(
                                                         topicFilter->currentText().toStdString()));
    });

    // Open on the first indicator, so its values and charts show at once.
    if (indicators_->model().rowCount() > 0) {
        indicators_->table().setCurrentIndex(indicators_->model().index(0, 0));
    }

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    return page;
}

QWidget* NeedsPage::concernsTab() {
    auto* page = new QWidget;
    concerns_ = new QTableWidget(page);
    concerns_->setObjectName(QStringLiteral("worse_and_getting_worse"));
    concerns_->setAccessibleName(tr("Indicators worse than the comparator and getting worse"));
    concerns_->setColumnCount(6);
    concerns_->setHorizontalHeaderLabels(
        {tr("Indicator"), tr("Area"), tr("Period"), tr("Value"), tr("Comparator"), tr("Trend")});
    concerns_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    concerns_->setSelectionBehavior(QAbstractItemView::SelectRows);
    concerns_->verticalHeader()->hide();
    concerns_->horizontalHeader()->setStretchLastSection(true);
    concerns_->setAlternatingRowColors(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(
        explanation(tr("The latest value of each indicator for the partnership's own areas that is "
                       "significantly worse than the comparator and getting worse."),
                    page));
    layout->addWidget(concerns_, 1);
    connect(&document_, &ProjectDocument::changed, this, [this] { concernsStale_ = true; });
    connect(tabs_, &QTabWidget::currentChanged, this, [this, page](int) {
        if (tabs_->currentWidget() == page && concernsStale_) {
            refreshConcerns();
        }
    });
    return page;
}

void NeedsPage::refreshConcerns() {
    document_.readSafely([&] {
        std::vector<std::string> ownAreas;
        for (const auto& area : records::listRecords(document_.database(), needs::needsArea())) {
            if (area.text(needs::needsArea(), "role") == "own" &&
                !area.isEmpty(needs::needsArea(), "code")) {
                ownAreas.push_back(area.text(needs::needsArea(), "code"));
            }
        }
        concernsStale_ = false;
        if (ownAreas.empty()) {
            concerns_->setRowCount(1);
            concerns_->setItem(
                0, 0,
                new QTableWidgetItem(tr("Record the partnership's own areas, with "
                                        "their codes, under Areas to see this list.")));
            for (int column = 1; column < concerns_->columnCount(); ++column) {
                concerns_->setItem(0, column, new QTableWidgetItem);
            }
            concerns_->resizeColumnsToContents();
            return;
        }
        const auto found = needs::worseAndGettingWorse(document_.database(), ownAreas);
        concerns_->setRowCount(static_cast<int>(found.size()));
        const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
        for (int row = 0; row < static_cast<int>(found.size()); ++row) {
            const auto& value = found[static_cast<std::size_t>(row)];
            const QStringList cells = {
                QString::fromStdString(value.indicatorName),
                QString::fromStdString(value.areaName.empty() ? value.areaCode : value.areaName),
                QString::fromStdString(value.period),
                value.value ? locale.toString(*value.value, 'f', value.decimals) : QString(),
                value.comparatorValue ? locale.toString(*value.comparatorValue, 'f', value.decimals)
                                      : QString(),
                QString::fromStdString(needs::trendWords(value))};
            for (int column = 0; column < cells.size(); ++column) {
                concerns_->setItem(row, column, new QTableWidgetItem(cells[column]));
            }
        }
        concerns_->resizeColumnsToContents();
        concernsStale_ = false;
    });
}

QWidget* NeedsPage::populationTab() {
    auto* page = simpleTab(
        new RecordTableView(document_, needs::population(), tr("Population by age band and year")),
        tr("Population estimates and projections by age band, sex and year. "
           "A CSV with the columns Area, Year, Age band, Sex, People and "
           "(optionally) Projected can be imported."));
    auto* importButton = new QPushButton(tr("Import population from CSV..."), page);
    importButton->setObjectName(QStringLiteral("import_population"));
    importButton->setEnabled(!document_.isReadOnly());
    static_cast<QVBoxLayout*>(page->layout())->insertWidget(1, importButton, 0, Qt::AlignLeft);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import population"), FileFolders::startFolder(),
                                         tr("CSV files (*.csv);;All files (*)"));
        if (path.isEmpty()) {
            return;
        }
        FileFolders::remember(path);
        auto imported = needs::importPopulation(document_.project(), path.toStdString());
        if (imported.ok()) {
            emit document_.notice(tr("Imported %n population figure(s) from %1. Edit > Undo "
                                     "takes them back.",
                                     nullptr, static_cast<int>(imported.value()))
                                      .arg(QFileInfo(path).fileName()));
        } else {
            emit document_.problem(QString::fromStdString(imported.error().message));
        }
    });
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
    funding->follow(services, "service_id",
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
    evidence->follow(statements, "statement_id",
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
    ImportIndicatorsDialog dialog(document_, this);
    if (retry_) {
        dialog.tryAgain(retry_->choices, retry_->why);
    }
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    IndicatorImportRunner runner(document_, window());
    auto report = runner.run(dialog.csvPath(), dialog.options());
    if (!report.ok()) {
        if (report.error().kind != ErrorKind::Cancelled) {
            retry_ = Retry{dialog.choices(), QString::fromStdString(report.error().message)};
        }
        return;
    }
    retry_.reset();
    const auto& done = report.value();
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    QString summary = tr("Imported %1 of %2 rows from %3.")
                          .arg(locale.toString(static_cast<qulonglong>(done.rowsImported)),
                               locale.toString(static_cast<qulonglong>(done.rowsRead)),
                               QString::fromStdString(done.fileName));
    if (done.rowsAlreadyHeld > 0) {
        summary += done.rowsAlreadyHeld == 1
                       ? tr(" 1 row was already in the project.")
                       : tr(" %1 rows were already in the project.")
                             .arg(locale.toString(static_cast<qulonglong>(done.rowsAlreadyHeld)));
    }
    if (done.rowsSkipped == 0) {
        emit document_.notice(summary + tr(" Edit > Undo takes the whole import back."));
        return;
    }
    QStringList lines;
    for (const auto& skipped : done.skipped) {
        lines << tr("Row %1: %2").arg(skipped.row).arg(QString::fromStdString(skipped.reason));
    }
    QMessageBox box(
        QMessageBox::Information, tr("Rows skipped"),
        summary + (done.rowsSkipped == 1
                       ? tr(" 1 bad row was skipped; the details say why.")
                       : tr(" %1 bad rows were skipped; the details list each one.")
                             .arg(locale.toString(static_cast<qulonglong>(done.rowsSkipped)))),
        QMessageBox::Ok, this);
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace jointly::ui
