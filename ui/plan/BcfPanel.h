#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace jointly::ui {

class ProjectDocument;

// Beside the Better Care Fund's tables: the planning year, the totals, the
// template's checks in words (met or not met, never by colour alone), kept
// up to date with every edit, and Export, which writes the year's plan in
// the planning template's columns as XLSX or CSV (as `jointly export-bcf`).
class BcfPanel : public QWidget {
    Q_OBJECT

public:
    explicit BcfPanel(ProjectDocument& document, QWidget* parent = nullptr);

    QComboBox& year() { return *year_; }
    QListWidget& checks() { return *checks_; }
    QLabel& totals() { return *totals_; }

    // Writes the year's plan to `path` (.xlsx or .csv); false, with the
    // reason shown, if it could not.
    bool exportTo(const QString& path);

private:
    void recalculate();
    void exportPlan();

    ProjectDocument& document_;
    QComboBox* year_;
    QLabel* totals_;
    QListWidget* checks_;
    QPushButton* export_;
};

} // namespace jointly::ui
