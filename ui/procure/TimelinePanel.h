#pragma once

#include <QWidget>

#include <cstdint>

class QDateEdit;
class QListWidget;
class QPushButton;

namespace jointly::ui {

class ProjectDocument;
class RecordTableView;

// The timeline of the procurement selected above it: its milestones (dates
// can be moved, steps marked done), a button that lays the route's
// milestones out from a date, and what the checks find: a route that does
// not belong to the regime, a value on the wrong side of a threshold, the
// considerable change test for direct award C, and every statutory minimum
// or order the dates break, saying which rule and by how many days.
class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    TimelinePanel(ProjectDocument& document, RecordTableView& procurements,
                  QWidget* parent = nullptr);

    RecordTableView& milestones() { return *milestones_; }
    QListWidget& checks() { return *checks_; }
    QDateEdit& firstDate() { return *firstDate_; }
    QPushButton& layOutButton() { return *layOut_; }

public slots:
    // Lays out the selected procurement's milestones from the date chosen.
    void layOut();

private:
    void refresh();

    ProjectDocument& document_;
    RecordTableView& procurements_;
    RecordTableView* milestones_;
    QListWidget* checks_;
    QDateEdit* firstDate_;
    QPushButton* layOut_;
};

} // namespace jointly::ui
