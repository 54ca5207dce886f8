#pragma once

#include <QWidget>

namespace jointly::ui {

class ContractPerformancePanel;
class DashboardPanel;
class DeliveryPanel;
class OutcomesPanel;
class KpisPanel;
class LazyTabWidget;
class ProjectDocument;

// The monitoring stage (PRODUCT.md stage 4, "review"): the partnership
// dashboard, every KPI with its figures and SPC chart, delivery against
// dates, the outcome review, and contract performance.
class MonitorPage : public QWidget {
    Q_OBJECT
public:
    explicit MonitorPage(ProjectDocument& document, QWidget* parent = nullptr);

    LazyTabWidget& tabs() { return *tabs_; }
    DashboardPanel& dashboard();
    KpisPanel& kpis();
    DeliveryPanel& delivery();
    OutcomesPanel& outcomes();
    ContractPerformancePanel& contracts();

private:
    ProjectDocument& document_;
    LazyTabWidget* tabs_;
    int dashboardIndex_ = 0;
    int kpisIndex_ = 0;
    int deliveryIndex_ = 0;
    int outcomesIndex_ = 0;
    int contractsIndex_ = 0;
    DashboardPanel* dashboard_ = nullptr;
    KpisPanel* kpis_ = nullptr;
    DeliveryPanel* delivery_ = nullptr;
    OutcomesPanel* outcomes_ = nullptr;
    ContractPerformancePanel* contracts_ = nullptr;
};

} // namespace jointly::ui
