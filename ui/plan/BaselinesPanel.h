#pragma once

#include <QString>
#include <QWidget>

#include <cstdint>

class QPushButton;

namespace jointly::ui {

class BaselineComparisonDialog;
class ProjectDocument;
class RecordTableView;

// The plan's baselines: each a named, dated snapshot of the plan as it was
// approved, kept in the file. "Freeze the plan as approved…" takes one;
// "Compare with the plan now…" shows what has moved since, to the penny.
class BaselinesPanel : public QWidget {
    Q_OBJECT

public:
    explicit BaselinesPanel(ProjectDocument& document, QWidget* parent = nullptr);

    RecordTableView& baselines() { return *baselines_; }
    QPushButton& compareButton() { return *compare_; }
    // Freezes the plan now under this name, dated today, and selects the
    // baseline; false, with the reason in the message bar, if refused.
    bool freeze(const QString& name);
    // The comparison of the plan now with the selected baseline, shown in
    // its dialog (returned, for the tests); nullptr if none is selected or
    // the baseline cannot be read.
    BaselineComparisonDialog* compareSelected();

private:
    void askAndFreeze();
    void updateButtons();

    ProjectDocument& document_;
    RecordTableView* baselines_;
    QPushButton* compare_;
};

} // namespace jointly::ui
