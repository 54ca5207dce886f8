#pragma once

#include "ui/workshop/WorkshopWindow.h"

#include <QPointer>
#include <QWidget>

class QPushButton;

namespace jointly::ui {

class ProjectDocument;
class RecordTableView;

// The Workshops tab of the Plan page: workshops, and for the one chosen its
// attendance, agenda (with the providers each item concerns, the chair's
// actions on interests and its rounds) and decisions; "Run the workshop"
// opens the facilitator's window.
class WorkshopsPanel : public QWidget {
    Q_OBJECT
public:
    explicit WorkshopsPanel(ProjectDocument& document, QWidget* parent = nullptr);

    RecordTableView& workshops() { return *workshops_; }
    QPushButton& runButton() { return *run_; }
    WorkshopWindow* window() { return window_; }

    // Opens (or brings forward) the facilitator's window for the chosen workshop.
    void runSelected();

private:
    ProjectDocument& document_;
    RecordTableView* workshops_;
    QPushButton* run_;
    QPointer<WorkshopWindow> window_;
};

} // namespace jointly::ui
