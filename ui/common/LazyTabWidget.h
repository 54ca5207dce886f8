#pragma once

#include <QTabWidget>

#include <functional>
#include <vector>

namespace jointly::ui {

// Tabs whose pages are built the first time they are shown (or asked for),
// so a stage with many tables opens quickly.
class LazyTabWidget : public QTabWidget {
    Q_OBJECT
public:
    explicit LazyTabWidget(QWidget* parent = nullptr);

    // Adds a tab whose page `build` makes when it is first needed.
    int addLazyTab(const QString& title, std::function<QWidget*()> build);
    // Builds the page of tab `index` now if it has not been built yet;
    // true when it was built by this call.
    bool ensureBuilt(int index);

private:
    struct Lazy {
        QWidget* container = nullptr;
        std::function<QWidget*()> build;
    };
    std::vector<Lazy> lazy_;
};

} // namespace jointly::ui
