#pragma once

#include "needs/IndicatorImport.h"

#include <QDialog>

class QCheckBox;
class QFormLayout;
class QLabel;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace jointly::ui {

class ProjectDocument;

// Asks which CSV to import and how: a Fingertips export or another CSV with
// a column mapping, whether to skip bad rows, and the "data as at" date.
class ImportIndicatorsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportIndicatorsDialog(ProjectDocument& document, QWidget* parent = nullptr);

    // What the user chose, to offer again after an import that failed, so
    // trying again (skipping bad rows, say) needs no second search for the
    // file.
    struct Choices {
        QString path;
        int kind = 0; // 0 a Fingertips export, 1 another CSV with a mapping
        QString mapping;
        bool skipBadRows = false;
        QString dataAsAt;
    };
    Choices choices() const;
    // Fills the dialog in again, saying why the last try stopped.
    void tryAgain(const Choices& choices, const QString& whyItStopped);

    QString csvPath() const;
    needs::ImportOptions options() const;

    QLineEdit& fileEdit() { return *file_; }

    void accept() override;

private:
    void browse();
    void mapColumns();

    ProjectDocument& document_;

    QLineEdit* file_;
    QComboBox* format_;
    QPlainTextEdit* mapping_;
    QCheckBox* skipBadRows_;
    QLineEdit* dataAsAt_;
    QLabel* lastTry_;
    QFormLayout* form_;
};

} // namespace jointly::ui
