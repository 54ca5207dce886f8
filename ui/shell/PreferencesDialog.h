#pragma once

#include <QDialog>

class QLineEdit;

namespace jointly::ui {

// Edit > Preferences: the name the change history gives for this person's
// edits (empty for the computer's user name).
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    QLineEdit& authorName() { return *author_; }
    // The name as typed, trimmed; empty for the computer's user name.
    QString chosenName() const;

private:
    QLineEdit* author_;
};

} // namespace jointly::ui
