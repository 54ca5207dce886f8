#pragma once

#include "project/StageProgress.h"

#include <QListWidget>

namespace jointly::ui {

class ProjectDocument;

// The commissioning cycle down the side of the window: Partnership, Needs,
// Plan, Procure, Monitor. Each shows how complete it is; its tip says what is
// missing. Stages not built yet say so plainly.
class CycleNavigator : public QListWidget {
    Q_OBJECT
public:
    enum Stage { Partnership = 0, Needs, Plan, Procure, Monitor };

    explicit CycleNavigator(QWidget* parent = nullptr);

    void setDocument(ProjectDocument* document);
    void refresh();

    // The text shown for a stage, e.g. "Partnership\n75% complete, 3 to do".
    QString summaryOf(Stage stage) const;
    // What the core says of a built stage's completeness.
    StageProgress progressOf(Stage stage) const;

private:
    ProjectDocument* document_ = nullptr;
};

} // namespace jointly::ui
