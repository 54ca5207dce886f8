#pragma once

#include "records/RecordKind.h"

#include <QAbstractTableModel>
#include <QString>

#include <functional>
#include <map>
#include <vector>

namespace jointly::ui {

class ProjectDocument;

// A table of the records of one kind (partner organisations, members, ...),
// one column per field. Reads through the core's record store and writes each
// edited cell as one undoable edit. Refreshes itself when an edit, undo or
// redo touches its table or a table it links to.
class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Role carrying a record's id, and for Link columns the linked id.
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int LinkChoicesRole = Qt::UserRole + 2; // QVariantList of {id, name}

    RecordTableModel(ProjectDocument& document, const records::RecordKind& kind,
                     QObject* parent = nullptr);

    const records::RecordKind& kind() const { return kind_; }
    std::int64_t idAt(int row) const;
    int rowOf(std::int64_t id) const;

    // Shows only records whose `column` links to `id` (e.g. one partner's
    // members); an empty column shows all.
    void setFilter(std::string_view column, std::optional<std::int64_t> id);
    // Shows only records whose `column` equals `value` (with other matches
    // and the filter above); nothing removes the match.
    void setMatch(std::string_view column, std::optional<records::FieldValue> value);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    void reload();

    // Marks rows that need attention (an overdue action): rule returns the
    // reason shown as the row's tip, or an empty string for a normal row.
    using Highlight = std::function<QString(const records::Record&)>;
    void setHighlight(Highlight rule);
    // The record shown in a row (rows are in the order of the table).
    const records::Record& recordAt(int row) const;

private:
    void onChanged(const QSet<QString>& tables);
    QString display(const records::Record& record, int column) const;

    ProjectDocument& document_;
    const records::RecordKind& kind_;
    std::vector<records::Record> records_;
    std::map<std::string, std::map<std::int64_t, std::string>> linkNames_; // by linked table
    std::string filterColumn_;
    std::optional<std::int64_t> filterId_;
    std::map<std::string, records::FieldValue> matches_;
    Highlight highlight_;
};

} // namespace jointly::ui
