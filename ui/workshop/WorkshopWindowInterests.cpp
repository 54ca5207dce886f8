#include "ui/workshop/WorkshopWindow.h"

#include "partnership/PartnershipKinds.h"
#include "records/RecordStore.h"
#include "ui/common/ProjectDocument.h"
#include "ui/workshop/ChairActionDialog.h"
#include "ui/workshop/InterestOnTheDayDialog.h"
#include "workshop/ItemStanding.h"
#include "workshop/WorkshopInterests.h"

#include <QListWidget>
#include <QTableWidget>

#include <algorithm>

// The facilitator's window's part in interests met on the day: one
// declared in the room, and the chair's action on a member's interest.
namespace jointly::ui {

namespace {

QString fromCore(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace

std::optional<std::int64_t> WorkshopWindow::currentItem() const {
    const auto row = agenda_->currentRow();
    if (row < 0 || row >= static_cast<int>(items_.size())) {
        return std::nullopt;
    }
    return items_[static_cast<std::size_t>(row)];
}

void WorkshopWindow::declareInterest() {
    if (!currentItem() || presentMembers_.empty()) {
        return;
    }
    InterestOnTheDayDialog::Choices members;
    for (int r = 0; r < present_->rowCount(); ++r) {
        members.emplace_back(presentMembers_[static_cast<std::size_t>(r)],
                             present_->item(r, 0)->text());
    }
    std::vector<std::pair<std::int64_t, std::string>> organisations;
    std::optional<workshop::ItemStanding> standing;
    document_.readSafely([&] {
        organisations =
            records::linkChoices(document_.database(), partnership::partnerOrganisation());
        standing = workshop::loadItemStanding(document_.database(), *currentItem());
    });
    // The providers this item concerns come first: the likeliest answer.
    InterestOnTheDayDialog::Choices providers;
    for (const bool concerned : {true, false}) {
        for (const auto& [id, name] : organisations) {
            const bool onItem = standing && std::find(standing->providersConcerned.begin(),
                                                      standing->providersConcerned.end(),
                                                      name) != standing->providersConcerned.end();
            if (onItem == concerned) {
                providers.emplace_back(id, fromCore(name));
            }
        }
    }
    const auto row = present_->currentRow();
    InterestOnTheDayDialog dialog(
        members, providers,
        row >= 0 ? presentMembers_[static_cast<std::size_t>(row)] : presentMembers_.front(), this);
    if (dialog.exec() == QDialog::Accepted) {
        auto declared =
            workshop::declareInterestOnTheDay(document_.project(), dialog.interest(workshopId_));
        document_.check(declared.ok() ? Status(Done{}) : Status(declared.error()));
    }
}

void WorkshopWindow::recordChairAction() {
    const auto row = present_->currentRow();
    if (!currentItem() || row < 0 || row >= static_cast<int>(presentMembers_.size())) {
        return;
    }
    // Kept before the dialog: the agenda may be read again while it is open.
    const auto item = *currentItem();
    const auto member = presentMembers_[static_cast<std::size_t>(row)];
    std::optional<workshop::ChairsAction> recorded;
    document_.readSafely(
        [&] { recorded = workshop::chairActionOf(document_.database(), item, member); });
    ChairActionDialog dialog(
        present_->item(row, 0)->text(),
        agenda_->item(agenda_->currentRow())->data(Qt::UserRole + 1).toString(),
        present_->item(row, 2)->text(), recorded, this);
    if (dialog.exec() == QDialog::Accepted) {
        document_.check(workshop::recordChairAction(document_.project(),
                                                    dialog.action(*currentItem(), member)));
    }
}

} // namespace jointly::ui
