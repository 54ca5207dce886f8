#pragma once

#include <QDialog>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace jointly::ui {

class ProjectDocument;

// Where a record came from and what it led to, as a readable chain: the
// evidence behind a priority, the option chosen, the money, the
// specification, the contract, its KPIs and what was observed. Enter (or a
// double click) opens the chosen record on its page; "Trace from this one"
// follows the chain from it, and Back returns. It follows every edit, undo
// and redo while it is open.
class TraceDialog : public QDialog {
    Q_OBJECT
public:
    // The chain of the record with this id in this table.
    TraceDialog(ProjectDocument& document, const std::string& table, std::int64_t id,
                QWidget* parent = nullptr);

    QTreeWidget& chain() { return *chain_; }
    QLabel& heading() { return *heading_; }
    // Follows the chain from the record chosen in it.
    void traceChosen();
    // Opens the record chosen on its page.
    void openChosen();

private:
    void reload();
    void showBack();
    void updateButtons();

    ProjectDocument& document_;
    // The records traced (table and id), the one shown last.
    std::vector<std::pair<std::string, std::int64_t>> path_;
    QLabel* heading_;
    QTreeWidget* chain_;
    QPushButton* open_;
    QPushButton* traceFrom_;
    QPushButton* back_;
};

} // namespace jointly::ui
