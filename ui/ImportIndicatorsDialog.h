#pragma once

#include "needs/IndicatorImport.h"

#include <QDialog>

class QCheckBox;
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
};

} // namespace jointly::ui
