#include "ui/monitor/MonitorPage.h"

#include "ui/common/LazyTabWidget.h"
#include "ui/common/ProjectDocument.h"
#include "ui/monitor/ContractPerformancePanel.h"
#include "ui/monitor/DashboardPanel.h"
#include "ui/monitor/DeliveryPanel.h"
#include "ui/monitor/KpisPanel.h"
#include "ui/monitor/OutcomesPanel.h"

#include <QVBoxLayout>

namespace jointly::ui {

MonitorPage::MonitorPage(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), tabs_(new LazyTabWidget(this)) {
    tabs_->setObjectName(QStringLiteral("monitor_tabs"));
    tabs_->setAccessibleName(tr("Monitoring sections"));
    dashboardIndex_ = tabs_->addLazyTab(tr("&Dashboard"), [this] {
        dashboard_ = new DashboardPanel(document_);
        connect(dashboard_, &DashboardPanel::openKpi, this, [this](std::int64_t id) {
            tabs_->setCurrentIndex(kpisIndex_);
            kpis().showKpi(id);
        });
        return dashboard_;
    });
    kpisIndex_ = tabs_->addLazyTab(tr("&KPIs"), [this] {
        kpis_ = new KpisPanel(document_);
        return kpis_;
    });
    deliveryIndex_ = tabs_->addLazyTab(tr("De&livery"), [this] {
        delivery_ = new DeliveryPanel(document_);
        return delivery_;
    });
    outcomesIndex_ = tabs_->addLazyTab(tr("&Outcomes"), [this] {
        outcomes_ = new OutcomesPanel(document_);
        return outcomes_;
    });
    contractsIndex_ = tabs_->addLazyTab(tr("&Contracts"), [this] {
        contracts_ = new ContractPerformancePanel(document_);
        return contracts_;
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);
}

DashboardPanel& MonitorPage::dashboard() {
    tabs_->ensureBuilt(dashboardIndex_);
    return *dashboard_;
}

DeliveryPanel& MonitorPage::delivery() {
    tabs_->ensureBuilt(deliveryIndex_);
    return *delivery_;
}

OutcomesPanel& MonitorPage::outcomes() {
    tabs_->ensureBuilt(outcomesIndex_);
    return *outcomes_;
}

ContractPerformancePanel& MonitorPage::contracts() {
    tabs_->ensureBuilt(contractsIndex_);
    return *contracts_;
}

KpisPanel& MonitorPage::kpis() {
    tabs_->ensureBuilt(kpisIndex_);
    return *kpis_;
}

} // namespace jointly::ui
