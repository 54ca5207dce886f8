#pragma once

#include "project/StageProgress.h"

#include <QListWidget>

#include <string>
#include <string_view>
#include <vector>

namespace jointly::stages {
struct Stage;
}

namespace jointly::ui {

class ProjectDocument;

// The commissioning cycle down the side of the window, one row for each stage
// in core's list of stages (Partnership, Needs, Plan, Procure, Monitor). Each
// shows how complete it is; its tip says what is missing. Stages not built yet
// say so plainly.
class CycleNavigator : public QListWidget {
    Q_OBJECT
public:
    explicit CycleNavigator(QWidget* parent = nullptr);

    void setDocument(ProjectDocument* document);
    void refresh();

    // The stage shown in a row; rows follow core's list of stages.
    static const stages::Stage& stageAt(int row);
    // The row of the stage with this key ("plan"), or -1.
    static int rowOf(std::string_view key);
    // The text shown for a stage, e.g. "Partnership\n75% complete, 3 to do",
    // with a third line when it flags things to act on ("⚠ 2 to act on").
    QString summaryOf(int row, std::size_t alerts) const;
    // What the core says of a built stage's completeness (empty otherwise).
    StageProgress progressOf(int row) const;
    // What the stage flags to act on soon (stages::Stage::alerts), as at
    // today, then the gaps in the chain from the evidence to the result in
    // the records it keeps.
    std::vector<std::string> alertsOf(int row) const;
    // The gaps alone: each sentence, and the place that shows its record
    // ("record:plan:priority:4", which MainWindow::goToPlace opens).
    std::vector<std::pair<QString, QString>> gapsOf(int row) const;

private:
    ProjectDocument* document_ = nullptr;
};

} // namespace jointly::ui
