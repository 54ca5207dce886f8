#pragma once

#include "project/StageProgress.h"

#include <QListWidget>

#include <string_view>

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
    // The text shown for a stage, e.g. "Partnership\n75% complete, 3 to do".
    QString summaryOf(int row) const;
    // What the core says of a built stage's completeness (empty otherwise).
    StageProgress progressOf(int row) const;

private:
    ProjectDocument* document_ = nullptr;
};

} // namespace jointly::ui
