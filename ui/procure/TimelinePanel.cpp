#include "ui/procure/TimelinePanel.h"

#include "procurement/ProcurementKinds.h"
#include "procurement/ProcurementReview.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordTableView.h"

#include <QDate>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace jointly::ui {

namespace {

std::string today() {
    return QDate::currentDate().toString(Qt::ISODate).toStdString();
}

} // namespace

TimelinePanel::TimelinePanel(ProjectDocument& document, RecordTableView& procurements,
                             QWidget* parent)
    : QWidget(parent), document_(document), procurements_(procurements),
      milestones_(new RecordTableView(document, procurement::milestone(), tr("Milestones"))),
      checks_(new QListWidget), firstDate_(new QDateEdit(QDate::currentDate())),
      layOut_(new QPushButton(tr("&Lay out the route's milestones"))) {
    milestones_->follow(&procurements_, "procurement_id", tr("Choose a procurement first."));
    firstDate_->setObjectName(QStringLiteral("timeline_first_date"));
    firstDate_->setAccessibleName(tr("Date of the first milestone"));
    firstDate_->setCalendarPopup(true);
    firstDate_->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    layOut_->setObjectName(QStringLiteral("lay_out_timeline"));
    layOut_->setAccessibleName(tr("Lay out the route's milestones from the date chosen"));
    layOut_->setToolTip(tr("Dates every step of the route from the first date, on working "
                           "days, with the standstill counted as the regime counts it. "
                           "Replaces the milestones the procurement has; Undo puts them back."));
    checks_->setObjectName(QStringLiteral("timeline_checks"));
    checks_->setAccessibleName(tr("What the checks find in the selected procurement"));
    checks_->setWordWrap(true);
    checks_->setSelectionMode(QAbstractItemView::NoSelection);
    checks_->setMinimumWidth(280);

    auto* from = new QLabel(tr("&From:"));
    from->setBuddy(firstDate_);
    auto* row = new QHBoxLayout;
    row->addWidget(from);
    row->addWidget(firstDate_);
    row->addWidget(layOut_);
    row->addStretch(1);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(row);
    leftLayout->addWidget(milestones_, 1);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(tr("&Checks"));
    heading->setBuddy(checks_);
    rightLayout->addWidget(heading);
    rightLayout->addWidget(checks_, 1);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(layOut_, &QPushButton::clicked, this, &TimelinePanel::layOut);
    connect(&procurements_, &RecordTableView::selectionChanged, this, [this] { refresh(); });
    connect(&document_, &ProjectDocument::changed, this, [this](const QSet<QString>& tables) {
        if (ProjectDocument::touchesAny(tables, procurement::kReviewReads)) {
            refresh();
        }
    });
    refresh();
}

void TimelinePanel::layOut() {
    const auto id = procurements_.selectedId();
    if (id == 0) {
        emit document_.problem(tr("Choose a procurement first, then lay out its milestones."));
        return;
    }
    const auto first = firstDate_->date().toString(Qt::ISODate).toStdString();
    auto status = procurement::planMilestones(document_.project(), id, first);
    if (!status.ok()) {
        emit document_.problem(QString::fromStdString(status.error().message));
    }
}

void TimelinePanel::refresh() {
    checks_->clear();
    const auto id = procurements_.selectedId();
    layOut_->setEnabled(id != 0 && !document_.isReadOnly());
    if (id == 0) {
        checks_->addItem(tr("Choose a procurement to see its checks."));
        return;
    }
    std::optional<procurement::ProcurementReview> review;
    document_.readSafely(
        [&] { review = procurement::reviewProcurement(document_.database(), id, today()); });
    if (!review) {
        return;
    }
    // Each finding is a sentence that starts by saying what it is, so none
    // relies on colour.
    for (const auto& warning : review->warnings) {
        checks_->addItem(tr("Warning: %1").arg(QString::fromStdString(warning)));
    }
    if (review->change) {
        checks_->addItem(tr("Considerable change test: %1")
                             .arg(QString::fromStdString(review->change->explanation)));
    }
    for (const auto& broken : review->broken) {
        checks_->addItem(tr("Broken: %1").arg(QString::fromStdString(broken.sentence)));
    }
    if (review->milestones.empty()) {
        checks_->addItem(tr("No milestones yet: choose the first date and lay out the route's "
                            "milestones."));
    } else if (review->broken.empty()) {
        checks_->addItem(tr("Every statutory minimum and the route's order hold."));
    }
    if (review->conflictEntries == 0) {
        checks_->addItem(tr("To do: write the conflicts assessment before the tender, "
                            "transparency or intention notice is marked done."));
    }
}

} // namespace jointly::ui
