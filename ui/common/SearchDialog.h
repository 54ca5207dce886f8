#pragma once

#include <QDialog>

#include <cstdint>
#include <memory>
#include <set>
#include <string>

class QLabel;
class QLineEdit;
class QThread;
class QTreeWidget;
class QTreeWidgetItem;

namespace jointly::search {
class SearchIndex;
}

namespace jointly::ui {

class ProjectDocument;

// Ctrl+F: search every record's text in every stage. Results come as the
// words are typed, grouped by stage with the best match first, the matching
// words in bold; Enter (or a double click) opens the chosen record. The
// index is built when the dialog first opens, on a thread of its own with a
// connection of its own (the dialog can be typed in meanwhile), and kept in
// step with every edit, undo and redo while the project is open.
class SearchDialog : public QDialog {
    Q_OBJECT
public:
    explicit SearchDialog(ProjectDocument& document, QWidget* parent = nullptr);
    ~SearchDialog() override;

    QLineEdit& words() { return *words_; }
    QTreeWidget& results() { return *results_; }
    // Searches for what is typed now (typing does this by itself).
    void searchNow();
    // Whether the index is still being built.
    bool isBuilding() const { return builder_ != nullptr; }

signals:
    // The user chose a record to open: the stage's key, the kind in the
    // users' words, its table and id.
    void openRequested(const QString& stage, const QString& kind, const QString& table,
                       std::int64_t id);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void openChosen(QTreeWidgetItem* item);
    void startBuilding();
    void finishBuilding();
    void refresh(const std::set<std::string>& tables);

    ProjectDocument& document_;
    std::unique_ptr<search::SearchIndex> index_;
    // While the index is built: the thread, what it built, and the tables
    // edited meanwhile (indexed again once it has finished).
    std::unique_ptr<QThread> builder_;
    std::unique_ptr<search::SearchIndex> built_;
    std::set<std::string> editedMeanwhile_;
    QLineEdit* words_;
    QLabel* summary_;
    QTreeWidget* results_;
};

} // namespace jointly::ui
