#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace jointly::ui {

class ProjectDocument;

// A year's planned savings against its targets, and each partner's part:
// its share of the joint schemes' savings under the partnership's sharing
// rule, and the schemes it leads alone.
class SavingsSplitView : public QWidget {
    Q_OBJECT
public:
    explicit SavingsSplitView(ProjectDocument& document, QWidget* parent = nullptr);

    QComboBox& year() { return *year_; }
    QLabel& sentence() { return *sentence_; }
    QTableWidget& partners() { return *partners_; }

    void recalculate();

private:
    ProjectDocument& document_;
    QComboBox* year_;
    QLabel* sentence_;
    QTableWidget* partners_;
};

} // namespace jointly::ui
