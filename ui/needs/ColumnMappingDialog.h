#pragma once

#include "needs/IndicatorColumns.h"

#include <QDialog>

#include <array>
#include <vector>

class QComboBox;
class QTableWidget;

namespace jointly::ui {

class ProjectDocument;

// Maps the columns of any CSV onto the fields Jointly keeps for indicator
// values, with a preview of the file's first rows. Mappings can be saved in
// the project under a name and chosen again for the next file.
class ColumnMappingDialog : public QDialog {
    Q_OBJECT
public:
    ColumnMappingDialog(ProjectDocument& document, const QString& csvPath,
                        QWidget* parent = nullptr);

    // Whether the file could be read for the preview; if not, problem() says why.
    bool readable() const { return problem_.isEmpty(); }
    QString problem() const { return problem_; }

    needs::Mapping mapping() const;
    void setMapping(const needs::Mapping& mapping);
    QComboBox* boxFor(needs::IndicatorField field) const;
    QTableWidget& preview() { return *preview_; }

    void accept() override;

private:
    void readPreview(const QString& csvPath);
    void guess();
    void saveMapping();
    void loadSaved(int index);

    ProjectDocument& document_;
    QString problem_;
    std::vector<std::string> header_;
    QTableWidget* preview_;
    QComboBox* saved_;
    std::array<QComboBox*, needs::kIndicatorFieldCount> boxes_{};
};

} // namespace jointly::ui
