#pragma once

#include <QDialog>

#include <cstdint>
#include <string>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTimer;
class QTreeWidget;

namespace jointly::ui {

class ProjectDocument;

// The change history: each edit, newest first, with when it was made, by
// whom and its undo label (undone ones marked so in words), and under it
// each field's old and new value. For the whole project it filters by
// stage, person and date; for one record it shows only that record's edits.
// It follows every edit, undo and redo while it is open: a burst of them is
// read once, when the window next has time, only if it could have changed
// what is shown, and a hidden window reads them when it is shown again.
class HistoryDialog : public QDialog {
    Q_OBJECT
public:
    // The whole project's history.
    HistoryDialog(ProjectDocument& document, QWidget* parent = nullptr);
    // One record's: `table` and `id` name it, `title` says which.
    HistoryDialog(ProjectDocument& document, const std::string& table, std::int64_t id,
                  const QString& title, QWidget* parent = nullptr);

    QTreeWidget& entries() { return *entries_; }
    QComboBox& stageFilter() { return *stage_; }
    QComboBox& personFilter() { return *person_; }
    QCheckBox& sinceOn() { return *sinceOn_; }
    QDateEdit& since() { return *since_; }
    // How many times the history has been read since the window opened.
    int readCount() const { return reads_; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void build(const QString& title, bool filters);
    void reload();
    void edited(const QSet<QString>& tables);

    ProjectDocument& document_;
    std::string table_;
    std::int64_t id_ = 0;
    QLabel* summary_;
    QComboBox* stage_;
    QComboBox* person_;
    QCheckBox* sinceOn_;
    QDateEdit* since_;
    QTreeWidget* entries_;
    QTimer* reloadSoon_;
    bool stale_ = false;
    int reads_ = 0;
};

} // namespace jointly::ui
