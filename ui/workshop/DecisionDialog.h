#pragma once

#include "workshop/WorkshopEdits.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace jointly::ui {

// Records a decision taken on an agenda item: what was decided, the
// outcome and how it was decided, the reasons, the alternatives considered
// and rejected, and the evidence. Drawn from a round whose results were
// shown, the round's result is written as the tally.
class DecisionDialog : public QDialog {
    Q_OBJECT
public:
    DecisionDialog(const QString& item, const QString& tallyFrom, QWidget* parent = nullptr);

    // The decision as typed, for the item and round given.
    workshop::DecisionDraft draft(std::int64_t item, std::optional<std::int64_t> round) const;

private:
    QLineEdit* decision_;
    QComboBox* outcome_;
    QComboBox* method_;
    QPlainTextEdit* reasons_;
    QPlainTextEdit* alternatives_;
    QPlainTextEdit* evidence_;
};

} // namespace jointly::ui
