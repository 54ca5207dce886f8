#pragma once

#include <QWidget>

class QListWidget;
class QSpinBox;

namespace jointly::ui {

class ProjectDocument;
class RecordTableView;

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
    QSpinBox& months() { return *months_; }

private:
    void refresh();

    ProjectDocument& document_;
    RecordTableView* contracts_;
    QSpinBox* months_;
    QListWidget* alerts_;
    QListWidget* split_;
};

} // namespace jointly::ui
