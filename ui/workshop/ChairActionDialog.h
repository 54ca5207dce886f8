#pragma once

#include "workshop/WorkshopInterests.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace jointly::ui {

// How the chair managed a member's interest on one agenda item: noted,
// discussion only, excluded or left the room, any dispensation, and a
// note for the record. The facilitator's window records it at once.
class ChairActionDialog : public QDialog {
    Q_OBJECT
public:
    // `recorded` is the action recorded before, shown to begin with.
    ChairActionDialog(const QString& member, const QString& item, const QString& standing,
                      const std::optional<workshop::ChairsAction>& recorded,
                      QWidget* parent = nullptr);

    // The action as chosen, for the item and member given.
    workshop::ChairsAction action(std::int64_t item, std::int64_t member) const;

private:
    QComboBox* action_;
    QCheckBox* dispensation_;
    QLineEdit* note_;
};

} // namespace jointly::ui
