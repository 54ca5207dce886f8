#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace jointly::ui {

// Asks for a new partnership's name and where to keep its project file.
class NewPartnershipDialog : public QDialog {
    Q_OBJECT
public:
    NewPartnershipDialog(const QString& folder, QWidget* parent = nullptr);

    QString partnershipName() const;
    QString filePath() const;
    QLineEdit& nameEdit() { return *name_; }
    QLineEdit& fileEdit() { return *file_; }

private:
    void nameEdited(const QString& name);
    void browse();
    void validate();

    QString folder_;
    QLineEdit* name_;
    QLineEdit* file_;
    QPushButton* create_ = nullptr;
    bool fileTouched_ = false;
};

} // namespace jointly::ui
