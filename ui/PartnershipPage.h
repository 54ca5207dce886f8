#pragma once

#include <QWidget>

class QTabWidget;

namespace jointly::ui {

class ProjectDocument;
class RecordTableView;
class RecordForm;

// The partnership stage (PRODUCT.md stage 0): the group and its aims, the
// area, partners and members with their interests, linked groups, the
// agreement, care groups, the plan hierarchy and the terms of reference.
class PartnershipPage : public QWidget {
    Q_OBJECT
public:
    explicit PartnershipPage(ProjectDocument& document, QWidget* parent = nullptr);

    QTabWidget& tabs() { return *tabs_; }
    RecordTableView& partners() { return *partners_; }
    RecordTableView& members() { return *members_; }
    RecordForm& groupForm() { return *groupForm_; }

private:
    QWidget* groupTab();
    QWidget* areaTab();
    QWidget* membershipTab();
    QWidget* agreementTab();
    QWidget* plansTab();

    ProjectDocument& document_;
    QTabWidget* tabs_;
    RecordForm* groupForm_ = nullptr;
    RecordTableView* partners_ = nullptr;
    RecordTableView* members_ = nullptr;
};

} // namespace jointly::ui
