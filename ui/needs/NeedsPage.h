#pragma once

#include "ui/needs/ImportIndicatorsDialog.h"

#include <QWidget>

#include <optional>

class QTabWidget;
class QTableView;
class QTableWidget;

namespace jointly::ui {

class ProjectDocument;
class RecordTableView;
class IndicatorValuesModel;
class IndicatorChart;

// The needs assessment stage (PRODUCT.md stage 1): indicators and their
// imports, areas, population, the service map, assets, engagement evidence
// and needs statements with the evidence they cite.
class NeedsPage : public QWidget {
    Q_OBJECT
public:
    explicit NeedsPage(ProjectDocument& document, QWidget* parent = nullptr);

    QTabWidget& tabs() { return *tabs_; }
    RecordTableView& indicators() { return *indicators_; }
    IndicatorValuesModel& values() { return *values_; }
    IndicatorChart& chart() { return *chart_; }
    QTableWidget& concerns() { return *concerns_; }
    void refreshConcerns();

public slots:
    void importIndicators();

private:
    QWidget* indicatorsTab();
    QWidget* servicesTab();
    QWidget* populationTab();
    QWidget* concernsTab();
    QWidget* statementsTab();
    QWidget* simpleTab(RecordTableView* table, const QString& explanation);

    ProjectDocument& document_;
    QTabWidget* tabs_;
    RecordTableView* indicators_ = nullptr;
    IndicatorValuesModel* values_ = nullptr;
    IndicatorChart* chart_ = nullptr;
    QTableWidget* concerns_ = nullptr;
    bool concernsStale_ = true;
    // After an import that stopped: what was chosen and why it stopped, to
    // offer again.
    struct Retry {
        ImportIndicatorsDialog::Choices choices;
        QString why;
    };
    std::optional<Retry> retry_;
};

} // namespace jointly::ui
