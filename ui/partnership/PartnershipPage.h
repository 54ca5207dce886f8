#pragma once

#include <QWidget>

class QTabWidget;

namespace jointly::ui {

class ProjectDocument;
class RecordTableView;
class RecordForm;
class LazyTabWidget;

// The partnership stage (PRODUCT.md stage 0): the group and its aims, the
// area, partners and members with their interests, linked groups, the
// agreement, care groups, the plan hierarchy and the terms of reference.
class PartnershipPage : public QWidget {
    Q_OBJECT
public:
    explicit PartnershipPage(ProjectDocument& document, QWidget* parent = nullptr);

    QTabWidget& tabs();
    // Each builds its tab first if it has not been shown yet.
    RecordTableView& partners();
    RecordTableView& members();
    RecordForm& groupForm();

private:
    QWidget* groupTab();
    QWidget* areaTab();
    QWidget* membershipTab();
    QWidget* agreementTab();
    QWidget* plansTab();

    ProjectDocument& document_;
    LazyTabWidget* tabs_;
    int membershipIndex_ = 0;
    RecordForm* groupForm_ = nullptr;
    RecordTableView* partners_ = nullptr;
    RecordTableView* members_ = nullptr;
};

} // namespace jointly::ui
