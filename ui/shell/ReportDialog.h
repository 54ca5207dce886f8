#pragma once

#include "report/ReportChoice.h"

#include <QDialog>

class QComboBox;
class QListWidget;
class QLabel;

namespace jointly::ui {

class ProjectDocument;

// File > Write a report: which report (the commissioning plan, a tender
// evaluation, the monitoring report), the plan's sections or the
// procurement, then Save as (PDF, ODT or HTML), Print preview or Print.
class ReportDialog : public QDialog {
    Q_OBJECT

public:
    ReportDialog(ProjectDocument& document, QWidget* parent = nullptr);

    // What the choices ask for, dated today.
    report::ReportRequest request() const;

    QComboBox* reportChoice() const { return report_; }
    QListWidget* sectionList() const { return sections_; }
    QComboBox* procurementChoice() const { return procurement_; }

    // Save as, asking where; false when nothing was written.
    bool saveAs();

private:
    void showChoices();
    bool ready();

    ProjectDocument& document_;
    QComboBox* report_ = nullptr;
    QLabel* about_ = nullptr;
    QLabel* sectionsLabel_ = nullptr;
    QListWidget* sections_ = nullptr;
    QLabel* procurementLabel_ = nullptr;
    QComboBox* procurement_ = nullptr;
};

} // namespace jointly::ui
