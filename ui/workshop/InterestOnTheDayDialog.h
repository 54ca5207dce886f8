#pragma once

#include "workshop/WorkshopInterests.h"

#include <QDialog>

#include <utility>
#include <vector>

class QComboBox;
class QLineEdit;

namespace jointly::ui {

// An interest declared in the room: who, what kind, the provider it
// concerns and what it is. The facilitator's window adds it to the
// member's register dated the workshop's day, so it takes effect at once.
class InterestOnTheDayDialog : public QDialog {
    Q_OBJECT
public:
    using Choices = std::vector<std::pair<std::int64_t, QString>>;

    // `members` are those present; `providers` every partner organisation,
    // those the item concerns first. `member` is chosen to begin with.
    InterestOnTheDayDialog(const Choices& members, const Choices& providers, std::int64_t member,
                           QWidget* parent = nullptr);

    workshop::InterestOnTheDay interest(std::int64_t workshop) const;

private:
    QComboBox* member_;
    QComboBox* kind_;
    QComboBox* provider_;
    QLineEdit* description_;
};

} // namespace jointly::ui
