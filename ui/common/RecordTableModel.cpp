#include "ui/common/RecordTableModel.h"

#include "records/FieldInput.h"
#include "records/RecordStore.h"
#include "ui/common/ProjectDocument.h"

#include <QColor>

namespace jointly::ui {

using records::FieldType;
using records::FieldValue;

RecordTableModel::RecordTableModel(ProjectDocument& document, const records::RecordKind& kind,
                                   QObject* parent)
    : QAbstractTableModel(parent), document_(document), kind_(kind) {
    connect(&document_, &ProjectDocument::changed, this, &RecordTableModel::onChanged);
    reload();
}

void RecordTableModel::setFilter(std::string_view column, std::optional<std::int64_t> id) {
    filterColumn_ = std::string(column);
    filterId_ = id;
    reload();
}

void RecordTableModel::setMatch(std::string_view column, std::optional<records::FieldValue> value) {
    if (value) {
        matches_[std::string(column)] = *value;
    } else {
        matches_.erase(std::string(column));
    }
    reload();
}

void RecordTableModel::reload() {
    document_.readSafely([&] {
        std::vector<records::Record> fresh;
        for (auto& record : records::listRecords(document_.database(), kind_)) {
            if (!filterColumn_.empty() &&
                (!filterId_ || record.number(kind_, filterColumn_, -1) != *filterId_)) {
                continue;
            }
            bool matched = true;
            for (const auto& [column, wanted] : matches_) {
                matched = matched && record.value(kind_, column) == wanted;
            }
            if (!matched) {
                continue;
            }
            fresh.push_back(std::move(record));
        }
        decltype(linkNames_) names;
        for (const auto& field : kind_.fields) {
            if (field.type != FieldType::Link) {
                continue;
            }
            auto& byId = names[std::string(records::linkedTable(field))];
            if (const auto* linked = records::linkedKind(field)) {
                for (const auto& [id, name] : records::linkChoices(document_.database(), *linked)) {
                    byId[id] = name;
                }
            }
        }
        // The same rows as before: update the cells in place, so selection and any
        // open editor stay where they are. Otherwise rebuild the table.
        bool sameRows = fresh.size() == records_.size();
        for (std::size_t i = 0; sameRows && i < fresh.size(); ++i) {
            sameRows = fresh[i].id == records_[i].id;
        }
        if (sameRows) {
            records_ = std::move(fresh);
            linkNames_ = std::move(names);
            if (!records_.empty()) {
                emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            }
            return;
        }
        beginResetModel();
        records_ = std::move(fresh);
        linkNames_ = std::move(names);
        endResetModel();
    });
}

void RecordTableModel::onChanged(const QSet<QString>& tables) {
    bool affected = tables.contains(
        QString::fromUtf8(kind_.table.data(), static_cast<qsizetype>(kind_.table.size())));
    // Rows whose visibility depends on other tables (an indicator hidden by an
    // undone import) may change with any edit.
    affected = affected || !kind_.visibleWhere.empty();
    for (const auto& field : kind_.fields) {
        if (field.type != FieldType::Link) {
            continue;
        }
        const auto* linked = records::linkedKind(field);
        if (tables.contains(
                QString::fromUtf8(records::linkedTable(field).data(),
                                  static_cast<qsizetype>(records::linkedTable(field).size()))) ||
            (linked && !linked->visibleWhere.empty())) {
            affected = true;
        }
    }
    if (affected) {
        reload();
    }
}

std::int64_t RecordTableModel::idAt(int row) const {
    return row >= 0 && row < static_cast<int>(records_.size())
               ? records_[static_cast<std::size_t>(row)].id
               : 0;
}

int RecordTableModel::rowOf(std::int64_t id) const {
    for (std::size_t i = 0; i < records_.size(); ++i) {
        if (records_[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int RecordTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(records_.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(kind_.fields.size());
}

QString RecordTableModel::display(const records::Record& record, int column) const {
    const auto& field = kind_.fields[static_cast<std::size_t>(column)];
    const auto& value = record.values[static_cast<std::size_t>(column)];
    if (field.type == FieldType::Link) {
        const auto* id = std::get_if<std::int64_t>(&value);
        if (!id) {
            return {};
        }
        auto table = linkNames_.find(std::string(records::linkedTable(field)));
        if (table == linkNames_.end()) {
            return {};
        }
        auto name = table->second.find(*id);
        return name == table->second.end() ? QString() : QString::fromStdString(name->second);
    }
    auto text = QString::fromStdString(records::formatValue(field, value));
    if (field.type == FieldType::LongText) {
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    return text;
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const auto& record = records_[static_cast<std::size_t>(index.row())];
    const auto& field = kind_.fields[static_cast<std::size_t>(index.column())];
    const auto& value = record.values[static_cast<std::size_t>(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return field.type == FieldType::Flag ? QVariant()
                                             : QVariant(display(record, index.column()));
    case Qt::AccessibleTextRole:
        if (highlight_ && index.column() == 0) {
            if (auto why = highlight_(record); !why.isEmpty()) {
                return display(record, index.column()) + QStringLiteral(" (") + why +
                       QStringLiteral(")");
            }
        }
        return display(record, index.column());
    case Qt::EditRole:
        if (field.type == FieldType::Link || field.type == FieldType::Choice) {
            if (const auto* id = std::get_if<std::int64_t>(&value)) {
                return QVariant::fromValue(static_cast<qlonglong>(*id));
            }
            if (const auto* key = std::get_if<std::string>(&value)) {
                return QString::fromStdString(*key);
            }
            return {};
        }
        return QString::fromStdString(records::formatValue(field, value));
    case Qt::CheckStateRole:
        if (field.type == FieldType::Flag) {
            return record.number(kind_, field.column) == 1 ? Qt::Checked : Qt::Unchecked;
        }
        return {};
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        if (highlight_ && !highlight_(record).isEmpty()) {
            // Dark red on pale red: readable on a projector and not colour alone,
            // since the tip and the accessible text say why.
            return role == Qt::BackgroundRole ? QVariant(QColor(0xFD, 0xE2, 0xE1))
                                              : QVariant(QColor(0x8B, 0x00, 0x00));
        }
        return {};
    case Qt::ToolTipRole:
        if (highlight_) {
            if (auto why = highlight_(record); !why.isEmpty()) {
                return why;
            }
        }
        if (field.type == FieldType::LongText) {
            return QString::fromStdString(records::formatValue(field, value));
        }
        return field.help.empty() ? QVariant() : QVariant(QString::fromUtf8(field.help.data()));
    case Qt::TextAlignmentRole:
        if (field.type == FieldType::Money || field.type == FieldType::Count ||
            field.type == FieldType::Share || field.type == FieldType::Decimal) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case IdRole:
        return QVariant::fromValue(static_cast<qlonglong>(record.id));
    case LinkChoicesRole: {
        QVariantList choices;
        auto table = linkNames_.find(std::string(records::linkedTable(field)));
        if (table != linkNames_.end()) {
            for (const auto& [id, name] : table->second) {
                // One entry per choice: QList::append would add a list's
                // items one by one, so the pair is wrapped in a QVariant.
                choices.append(
                    QVariant(QVariantList{QVariant::fromValue(static_cast<qlonglong>(id)),
                                          QString::fromStdString(name)}));
            }
        }
        return choices;
    }
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const auto& field = kind_.fields[static_cast<std::size_t>(section)];
    if (role == Qt::DisplayRole) {
        return QString::fromUtf8(field.label.data(), static_cast<qsizetype>(field.label.size()));
    }
    if (role == Qt::ToolTipRole && !field.help.empty()) {
        return QString::fromUtf8(field.help.data(), static_cast<qsizetype>(field.help.size()));
    }
    return {};
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (document_.isReadOnly()) {
        return base;
    }
    const auto& field = kind_.fields[static_cast<std::size_t>(index.column())];
    if (field.type == FieldType::Flag) {
        return base | Qt::ItemIsUserCheckable;
    }
    return base | Qt::ItemIsEditable;
}

bool RecordTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.row() >= rowCount()) {
        return false;
    }
    const auto id = records_[static_cast<std::size_t>(index.row())].id;
    const auto& field = kind_.fields[static_cast<std::size_t>(index.column())];
    FieldValue stored;
    if (role == Qt::CheckStateRole && field.type == FieldType::Flag) {
        stored = std::int64_t{value.toInt() == Qt::Checked ? 1 : 0};
    } else if (role != Qt::EditRole) {
        return false;
    } else if (field.type == FieldType::Link) {
        if (!value.isNull() && value.toLongLong() > 0) {
            stored = static_cast<std::int64_t>(value.toLongLong());
        }
    } else {
        auto parsed = records::parseInput(field, value.toString().toStdString());
        if (!parsed.ok()) {
            emit document_.problem(QString::fromStdString(parsed.error().message));
            return false;
        }
        stored = parsed.value();
    }
    return document_.check(records::setField(document_.project(), kind_, id, field.column, stored));
}

void RecordTableModel::setHighlight(Highlight rule) {
    beginResetModel();
    highlight_ = std::move(rule);
    endResetModel();
}

const records::Record& RecordTableModel::recordAt(int row) const {
    return records_.at(static_cast<std::size_t>(row));
}

} // namespace jointly::ui
