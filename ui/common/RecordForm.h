#pragma once

#include "records/RecordKind.h"

#include <QWidget>

#include <cstdint>
#include <vector>

class QFormLayout;

namespace jointly::ui {

class ProjectDocument;

// A form for some fields of one record (the partnership's details, the
// agreement). Each field is committed as one undoable edit when the user
// leaves it or picks a choice, and refreshed after undo and redo.
class RecordForm : public QWidget {
    Q_OBJECT
public:
    RecordForm(ProjectDocument& document, const records::RecordKind& kind, std::int64_t id,
               const std::vector<std::string_view>& columns, QWidget* parent = nullptr);

    // The editor for a field, for tests and focus.
    QWidget* editorFor(std::string_view column) const;

    // Shows what the file holds; a field being typed in keeps its text unless
    // everyField.
    void reload(bool everyField = false);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Row {
        const records::FieldSpec* field;
        QWidget* editor;
    };
    void commit(const Row& row);
    // A value that could not be saved: says why, and puts back what is saved.
    void refuse(const Row& row, const QString& why);
    void onChanged(const QSet<QString>& tables);

    ProjectDocument& document_;
    const records::RecordKind& kind_;
    std::int64_t id_;
    std::vector<Row> rows_;
    bool loading_ = false;
};

} // namespace jointly::ui
