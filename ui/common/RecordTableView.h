#pragma once

#include "records/RecordStore.h"

#include <QWidget>

#include <functional>
#include <string>

class QAction;
class QTableView;
class QPushButton;
class QLabel;

namespace jointly::ui {

class ProjectDocument;
class RecordTableModel;

// A titled table of records with Add and Delete buttons. Insert adds a
// record and Delete removes the selected one, from the keyboard as well; the
// right-click menu and Ctrl+Shift+H show the selected record's history.
class RecordTableView : public QWidget {
    Q_OBJECT
public:
    RecordTableView(ProjectDocument& document, const records::RecordKind& kind,
                    const QString& title, QWidget* parent = nullptr);

    RecordTableModel& model() { return *model_; }
    QTableView& table() { return *table_; }
    QPushButton& addButton() { return *add_; }
    QPushButton& deleteButton() { return *delete_; }
    // "History of this record", in the table's right-click menu.
    QAction& historyAction() { return *history_; }
    // "Where it came from and what it led to", in the same menu.
    QAction& traceAction() { return *trace_; }
    // "Export this table", in the same menu (and File > Export table).
    QAction& exportAction() { return *export_; }
    const records::RecordKind& kind() const { return kind_; }
    // Copy (Ctrl+C) and Paste (Ctrl+V) of a record with what belongs to it,
    // for the kinds that can go to another project whole; else nullptr.
    QAction* copyAction() { return copy_; }
    QAction* pasteAction() { return paste_; }

    // Supplies the fields a new record starts with (e.g. the member's
    // organisation); returns false, with a message, when one cannot be added yet.
    using Defaults = std::function<bool(records::FieldValues&, QString& whyNot)>;
    void setDefaults(Defaults defaults) { defaults_ = std::move(defaults); }
    // For records made whole by an action of their own (a baseline, by
    // freezing the plan): the Add button, relabelled, and Insert run it.
    void setAddInstead(const QString& label, std::function<void()> action);

    // The id of the selected record, or 0.
    std::int64_t selectedId() const;
    // Selects the record with this id, choosing first the record it belongs
    // to in the table it follows (its contract, for a KPI), if need be.
    // False when no such record can be shown.
    bool selectId(std::int64_t id);

    // Shows only the records linked (by `column`) to the record selected in
    // `parent`, and links new ones to it; chooseFirst says what to select
    // when nothing is.
    void follow(RecordTableView* parent, std::string_view column, const QString& chooseFirst);

public slots:
    void addRecord();
    void deleteSelected();
    // Opens the change history of the selected record.
    void showHistory();
    // Opens the chain of the selected record.
    void showTrace();

signals:
    void selectionChanged(std::int64_t id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    // Asks before deleting a record that takes or empties others; true to go
    // ahead.
    bool confirmDeletion(std::int64_t id);

private:
    void updateButtons();
    void fitColumns();
    void fitFigures();
    // The width a figure column needs for its widest cell, in any row, and
    // its heading.
    int widestFigure(int column) const;

    ProjectDocument& document_;
    const records::RecordKind& kind_;
    RecordTableModel* model_;
    QTableView* table_;
    QPushButton* add_;
    QPushButton* delete_;
    QAction* history_;
    QAction* trace_;
    QAction* export_;
    QAction* copy_ = nullptr;
    QAction* paste_ = nullptr;
    RecordTableView* followed_ = nullptr; // the table this one follows, if any
    std::string followColumn_;            // the column linking to its records
    Defaults defaults_;
    std::function<void()> addInstead_;
    bool fitted_ = false;
};

} // namespace jointly::ui
