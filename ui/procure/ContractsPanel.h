#pragma once

#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

class QListWidget;
class QSpinBox;

namespace jointly::ui {

class ProjectDocument;
class RecordTableView;
} // namespace jointly::ui

namespace jointly::procurement {
struct PlanFunding;
}

namespace jointly::ui {

// The contract register: every contract with its provider, dates, notice
// and extensions; below, the selected contract's value by year, its
// co-funders with each year split between them to the penny, and its KPIs;
// above, the dates due within the months chosen.
class ContractsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ContractsPanel(ProjectDocument& document, QWidget* parent = nullptr);

    RecordTableView& contracts() { return *contracts_; }
    QListWidget& alerts() { return *alerts_; }
    QListWidget& split() { return *split_; }
    QListWidget& plan() { return *plan_; }
    QSpinBox& months() { return *months_; }

private:
    void refresh();
    void showPlan(const std::vector<procurement::PlanFunding>& funding,
                  std::optional<std::int64_t> selected);

    ProjectDocument& document_;
    RecordTableView* contracts_;
    QSpinBox* months_;
    QListWidget* alerts_;
    QListWidget* split_;
    QListWidget* plan_;
};

} // namespace jointly::ui
