#include "ui/partnership/PartnershipPage.h"

#include "partnership/PartnershipKinds.h"
#include "ui/common/Explanation.h"
#include "ui/common/LazyTabWidget.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordForm.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTableView.h"
#include "ui/partnership/TermsOfReferenceView.h"

#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace jointly::ui {

namespace kinds = jointly::partnership;

namespace {

QWidget* scrolling(QWidget* content) {
    auto* area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

PartnershipPage::PartnershipPage(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), tabs_(new LazyTabWidget(this)) {
    tabs_->setObjectName(QStringLiteral("partnership_tabs"));
    tabs_->setAccessibleName(tr("Partnership sections"));
    tabs_->addLazyTab(tr("&Group and aims"), [this] { return groupTab(); });
    tabs_->addLazyTab(tr("A&rea"), [this] { return areaTab(); });
    membershipIndex_ =
        tabs_->addLazyTab(tr("&Partners and members"), [this] { return membershipTab(); });
    tabs_->addLazyTab(tr("&Linked groups"), [this] {
        auto* page = new QWidget;
        auto* layout = new QVBoxLayout(page);
        layout->addWidget(explanation(
            tr("Groups this partnership works with, such as the health and wellbeing board, the "
               "drug action team or a reference group, and how it relates to each."),
            page));
        layout->addWidget(
            new RecordTableView(document_, kinds::linkedGroup(), tr("Linked groups")));
        return page;
    });
    tabs_->addLazyTab(tr("Agreemen&t"), [this] { return agreementTab(); });
    tabs_->addLazyTab(tr("&Care groups"), [this] {
        auto* page = new QWidget;
        auto* layout = new QVBoxLayout(page);
        layout->addWidget(explanation(
            tr("The care groups or programmes the partnership commissions for, each with the "
               "partner that leads its commissioning."),
            page));
        layout->addWidget(new RecordTableView(document_, kinds::careGroup(), tr("Care groups")));
        return page;
    });
    tabs_->addLazyTab(tr("Pla&ns"), [this] { return plansTab(); });
    tabs_->addLazyTab(tr("Terms of re&ference"),
                      [this] { return new TermsOfReferenceView(document_); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);
}

QTabWidget& PartnershipPage::tabs() {
    return *tabs_;
}

RecordTableView& PartnershipPage::partners() {
    tabs_->ensureBuilt(membershipIndex_);
    return *partners_;
}

RecordTableView& PartnershipPage::members() {
    tabs_->ensureBuilt(membershipIndex_);
    return *members_;
}

RecordForm& PartnershipPage::groupForm() {
    tabs_->ensureBuilt(0);
    return *groupForm_;
}

QWidget* PartnershipPage::groupTab() {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    groupForm_ =
        new RecordForm(document_, kinds::profile(), kinds::kPartnershipId,
                       {"name", "aims", "group_kind", "parent_body", "meeting_frequency"}, page);
    layout->addWidget(groupForm_);
    layout->addWidget(new RecordTableView(document_, kinds::objective(), tr("Objectives"), page),
                      1);
    return page;
}

QWidget* PartnershipPage::areaTab() {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new RecordForm(
        document_, kinds::profile(), kinds::kPartnershipId,
        {"area", "population_served", "boundary_notes", "overlapping_initiatives"}, page));
    layout->addWidget(new RecordTableView(document_, kinds::locality(), tr("Localities"), page), 1);
    return page;
}

QWidget* PartnershipPage::membershipTab() {
    auto* splitter = new QSplitter(Qt::Vertical);
    partners_ = new RecordTableView(document_, kinds::partnerOrganisation(),
                                    tr("Partner organisations"), splitter);
    members_ = new RecordTableView(document_, kinds::member(),
                                   tr("Members of the selected organisation"), splitter);
    auto* interests =
        new RecordTableView(document_, kinds::declaredInterest(),
                            tr("Declared interests of the selected member"), splitter);
    // The quorum the terms of reference set for the selected partner, beside
    // its members (workshops check it for every item).
    auto* quorum = new RecordTableView(document_, kinds::quorumRule(),
                                       tr("Quorum of the selected organisation"), splitter);
    quorum->follow(partners_, "partner_id", tr("Choose a partner organisation first."));
    auto* middle = new QSplitter(Qt::Horizontal, splitter);
    middle->addWidget(members_);
    middle->addWidget(quorum);
    middle->setStretchFactor(0, 3);
    middle->setStretchFactor(1, 1);
    middle->setChildrenCollapsible(false);
    splitter->addWidget(partners_);
    splitter->addWidget(middle);
    splitter->addWidget(interests);
    splitter->setChildrenCollapsible(false);

    // Members follow the selected partner; interests follow the selected member.
    members_->model().setFilter("partner_id", std::nullopt);
    interests->model().setFilter("member_id", std::nullopt);
    connect(partners_, &RecordTableView::selectionChanged, members_, [this](std::int64_t id) {
        members_->model().setFilter("partner_id",
                                    id ? std::optional<std::int64_t>(id) : std::nullopt);
        if (members_->model().rowCount() > 0) {
            members_->table().setCurrentIndex(members_->model().index(0, 0));
        }
    });
    connect(members_, &RecordTableView::selectionChanged, interests, [interests](std::int64_t id) {
        interests->model().setFilter("member_id",
                                     id ? std::optional<std::int64_t>(id) : std::nullopt);
    });
    members_->setDefaults([this](records::FieldValues& initial, QString& whyNot) {
        auto partner = partners_->selectedId();
        if (partner == 0) {
            whyNot = tr("Select the partner organisation the member belongs to first (add one "
                        "if there is none).");
            return false;
        }
        initial.emplace_back("partner_id", records::FieldValue{partner});
        return true;
    });
    interests->setDefaults([this](records::FieldValues& initial, QString& whyNot) {
        auto person = members_->selectedId();
        if (person == 0) {
            whyNot = tr("Select the member who is declaring the interest first.");
            return false;
        }
        initial.emplace_back("member_id", records::FieldValue{person});
        return true;
    });
    if (partners_->model().rowCount() > 0) {
        partners_->table().setCurrentIndex(partners_->model().index(0, 0));
    }
    return splitter;
}

QWidget* PartnershipPage::agreementTab() {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(explanation(
        tr("How the partners share money: a pooled budget held by a host partner, aligned "
           "budgets planned together, or none. Each partner's annual contribution and fixed risk "
           "share are on the Partners and members tab."),
        page));
    layout->addWidget(
        new RecordForm(document_, kinds::agreement(), kinds::kPartnershipId,
                       {"agreement_kind", "legal_basis", "host_partner_id", "risk_share_rule",
                        "agreement_starts_on", "agreement_review_on"},
                       page));
    layout->addStretch();
    return scrolling(page);
}

QWidget* PartnershipPage::plansTab() {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(explanation(
        tr("The plan hierarchy: a strategic commissioning framework for the whole partnership "
           "(10 years), strategies per local authority area, a strategic commissioning plan per "
           "care group (10 years, refreshed), rolling 3-year implementation plans refreshed each "
           "year, and 1-year investment plans."),
        page));
    layout->addWidget(new RecordTableView(document_, kinds::planDocument(), tr("Plans"), page), 1);
    return page;
}

} // namespace jointly::ui
