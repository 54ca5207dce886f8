#include "ui/common/LazyTabWidget.h"

#include <QVBoxLayout>

namespace jointly::ui {

LazyTabWidget::LazyTabWidget(QWidget* parent) : QTabWidget(parent) {
    connect(this, &QTabWidget::currentChanged, this, &LazyTabWidget::ensureBuilt);
}

int LazyTabWidget::addLazyTab(const QString& title, std::function<QWidget*()> build) {
    auto* container = new QWidget(this);
    auto* layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    lazy_.push_back(Lazy{container, std::move(build)});
    const int index = addTab(container, title);
    if (index == currentIndex()) {
        ensureBuilt(index);
    }
    return index;
}

bool LazyTabWidget::ensureBuilt(int index) {
    if (index < 0 || index >= static_cast<int>(lazy_.size())) {
        return false;
    }
    auto& tab = lazy_[static_cast<std::size_t>(index)];
    if (!tab.build) {
        return false;
    }
    auto build = std::move(tab.build);
    tab.build = nullptr;
    auto* page = build();
    tab.container->layout()->addWidget(page);
    // A layout shows a widget added to a visible parent only later, from the
    // event loop; show it now so it is ready as soon as its tab is.
    if (tab.container->isVisible()) {
        page->show();
    }
    return true;
}

} // namespace jointly::ui
