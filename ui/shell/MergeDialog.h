#pragma once

#include "merge/Conflict.h"
#include "merge/Merging.h"

#include <QDialog>

#include <vector>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace jointly::ui {

class ProjectDocument;

// Merging changes from another copy: what they bring, and each conflict
// one by one in words, with both sides and who made them, to keep this
// file's side, take the incoming one, or type a value of one's own. Merge
// stays unavailable until every conflict has an answer; then the changes
// are merged as one undoable edit. An answer that raises another question
// (a record brought back that links to one deleted here) adds it to the
// list instead of merging.
class MergeDialog : public QDialog {
    Q_OBJECT
public:
    MergeDialog(ProjectDocument& document, merge::ChangeFile changes, QString fileName,
                merge::MergeSummary preview, QWidget* parent = nullptr);

    // What the merge did, once it has been merged.
    const merge::MergeSummary& outcome() const { return summary_; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showConflicts();
    void showConflict(int row);
    void answerCurrent();
    void answerAll(merge::Choice choice);
    void updateState();
    void mergeNow();
    QString rowText(int row) const;

    ProjectDocument& document_;
    merge::ChangeFile changes_;
    QString fileName_;
    merge::MergeSummary summary_;
    merge::Answers answers_;
    std::vector<merge::Conflict> conflicts_;

    QLabel* overview_ = nullptr;
    QListWidget* list_ = nullptr;
    QLabel* sentence_ = nullptr;
    QLabel* sides_ = nullptr;
    QRadioButton* mine_ = nullptr;
    QRadioButton* theirs_ = nullptr;
    QRadioButton* edited_ = nullptr;
    QButtonGroup* choices_ = nullptr;
    QLineEdit* value_ = nullptr;
    QLabel* problem_ = nullptr;
    QPushButton* merge_ = nullptr;
};

} // namespace jointly::ui
