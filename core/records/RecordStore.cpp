#include "records/RecordStore.h"

#include "records/DeletionImpact.h"
#include "util/Text.h"

#include "project/Ids.h"
#include "project/Project.h"
#include "records/FieldInput.h"
#include "storage/Database.h"

#include <stdexcept>

namespace jointly::records {

namespace {

std::string columnList(const RecordKind& kind) {
    std::string columns = "id";
    for (const auto& field : kind.fields) {
        columns += ", ";
        columns += field.column;
    }
    return columns;
}

FieldValue readValue(const storage::Statement& statement, int column) {
    if (statement.isNull(column)) {
        return FieldValue{};
    }
    // Text columns hold text, the others whole numbers; the schema's CHECKs
    // and types keep them so, and a stray type from a foreign file reads as
    // its text form rather than failing.
    return FieldValue{statement.text(column)};
}

FieldValue normalise(const FieldSpec& field, FieldValue value) {
    auto* text = std::get_if<std::string>(&value);
    if (!text) {
        return value;
    }
    switch (field.type) {
    case FieldType::Count:
    case FieldType::Money:
    case FieldType::Share:
    case FieldType::Year:
    case FieldType::Decimal:
    case FieldType::Flag:
    case FieldType::Link: {
        try {
            std::size_t used = 0;
            auto number = std::stoll(*text, &used);
            if (used == text->size()) {
                return FieldValue{static_cast<std::int64_t>(number)};
            }
        } catch (const std::exception&) {
        }
        return FieldValue{};
    }
    default:
        return value;
    }
}

void bindValue(storage::Statement& statement, int index, const FieldValue& value) {
    if (const auto* number = std::get_if<std::int64_t>(&value)) {
        statement.bind(index, *number);
    } else if (const auto* text = std::get_if<std::string>(&value)) {
        statement.bind(index, *text);
    } else {
        statement.bindNull(index);
    }
}

const FieldSpec& fieldOf(const RecordKind& kind, std::string_view column) {
    return kind.fields.at(static_cast<std::size_t>(fieldIndex(kind, column)));
}

// Refuses, inside the edit, a change that breaks the kind's own rule: the
// exception rolls the edit back and its sentence becomes the error.
void keepRule(storage::Database& db, const RecordKind& kind, std::int64_t id) {
    if (kind.refuseChange) {
        if (auto why = kind.refuseChange(db, id); !why.empty()) {
            throw std::runtime_error(why);
        }
    }
}

std::string checkLink(storage::Database& db, const FieldSpec& field, const FieldValue& value) {
    const auto* id = std::get_if<std::int64_t>(&value);
    if (field.type != FieldType::Link || id == nullptr) {
        return {};
    }
    const auto* linked = records::linkedKind(field);
    if (linked == nullptr || !findRecord(db, *linked, *id)) {
        return std::string(field.label) + " refers to something that no longer exists.";
    }
    return {};
}

} // namespace

void forEachRecord(storage::Database& db, const RecordKind& kind,
                   const std::function<bool(const Record&)>& each) {
    const std::string where =
        kind.visibleWhere.empty() ? std::string() : " WHERE " + std::string(kind.visibleWhere);
    auto statement = db.prepare("SELECT " + columnList(kind) + " FROM " + std::string(kind.table) +
                                where + " ORDER BY id");
    Record record;
    while (statement.step()) {
        record.id = statement.int64(0);
        record.values.clear();
        for (std::size_t i = 0; i < kind.fields.size(); ++i) {
            record.values.push_back(
                normalise(kind.fields[i], readValue(statement, static_cast<int>(i) + 1)));
        }
        if (!each(record)) {
            return;
        }
    }
}

std::vector<Record> listRecords(storage::Database& db, const RecordKind& kind) {
    std::vector<Record> records;
    forEachRecord(db, kind, [&](const Record& record) {
        records.push_back(record);
        return true;
    });
    return records;
}

std::optional<Record> findRecord(storage::Database& db, const RecordKind& kind, std::int64_t id) {
    auto statement = db.prepare("SELECT " + columnList(kind) + " FROM " + std::string(kind.table) +
                                " WHERE id = ?1");
    statement.bind(1, id);
    if (!statement.step()) {
        return std::nullopt;
    }
    Record record;
    record.id = id;
    for (std::size_t i = 0; i < kind.fields.size(); ++i) {
        record.values.push_back(
            normalise(kind.fields[i], readValue(statement, static_cast<int>(i) + 1)));
    }
    return record;
}

std::int64_t countRecords(storage::Database& db, const RecordKind& kind) {
    std::string where =
        kind.visibleWhere.empty() ? std::string() : " WHERE " + std::string(kind.visibleWhere);
    return db.queryInt64("SELECT count(*) FROM " + std::string(kind.table) + where);
}

std::string nameOf(const RecordKind& kind, const Record& record) {
    bool named = false;
    for (const auto& field : kind.fields) {
        named = named || field.column == kind.nameColumn;
    }
    if (!named || record.values.size() != kind.fields.size()) {
        return std::string(kind.singular); // a kind shown as a form, such as the agreement
    }
    auto name = record.text(kind, kind.nameColumn);
    auto end = name.find('\n');
    if (end != std::string::npos) {
        name = name.substr(0, end);
    }
    if (name.size() > 60) {
        // Cut at the start of a character, never inside one: a UTF-8
        // character's later bytes are 10xxxxxx.
        std::size_t cut = 57;
        while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) {
            --cut;
        }
        name = name.substr(0, cut) + "...";
    }
    if (name.find_first_not_of(" \t\r") == std::string::npos) {
        return "unnamed " + std::string(kind.singular);
    }
    return name;
}

std::vector<std::pair<std::int64_t, std::string>> linkChoices(storage::Database& db,
                                                              const RecordKind& linked) {
    std::vector<std::pair<std::int64_t, std::string>> choices;
    for (const auto& record : listRecords(db, linked)) {
        choices.emplace_back(record.id, nameOf(linked, record));
    }
    return choices;
}

std::int64_t insertRecord(storage::Database& db, const RecordKind& kind, const FieldValues& values,
                          AlsoOnAdd also) {
    // The id comes from this copy's own site, so a record added in another
    // copy of the file never takes the same one.
    const auto id = project::newId(db, kind.table);
    std::string columns = "id";
    std::string placeholders = "?1";
    for (std::size_t i = 0; i < values.size(); ++i) {
        columns += ", " + std::string(values[i].first);
        placeholders += ", ?" + std::to_string(i + 2);
    }
    auto statement = db.prepare("INSERT INTO " + std::string(kind.table) + " (" + columns +
                                ") VALUES (" + placeholders + ")");
    statement.bind(1, id);
    for (std::size_t i = 0; i < values.size(); ++i) {
        bindValue(statement, static_cast<int>(i) + 2, values[i].second);
    }
    statement.run();
    if (also == AlsoOnAdd::Yes) {
        for (const auto& alsoAdd : kind.alsoOnAdd) {
            auto insert = db.prepare(std::string(alsoAdd.sql));
            insert.bind(1, id).bind(2, project::newId(db, alsoAdd.table));
            insert.run();
        }
    }
    keepRule(db, kind, id);
    return id;
}

Outcome<std::int64_t> addRecord(project::Project& project, const RecordKind& kind,
                                const FieldValues& initial) {
    return project.guarded<Outcome<std::int64_t>>([&]() -> Outcome<std::int64_t> {
        for (const auto& [column, value] : initial) {
            const auto& field = fieldOf(kind, column);
            auto problem = validate(field, value);
            if (problem.empty()) {
                problem = checkLink(project.database(), field, value);
            }
            if (!problem.empty()) {
                return Error{ErrorKind::Invalid, problem};
            }
        }
        for (const auto& field : kind.fields) {
            bool given = false;
            for (const auto& item : initial) {
                given = given || item.first == field.column;
            }
            if (field.required && !given) {
                return Error{ErrorKind::Invalid, "A " + std::string(kind.singular) + " needs " +
                                                     std::string(field.label) +
                                                     " to be chosen first."};
            }
        }
        std::int64_t id = 0;
        auto status = project.edit("Add " + std::string(kind.singular), [&](storage::Database& db) {
            id = insertRecord(db, kind, initial, AlsoOnAdd::Yes);
        });
        if (!status.ok()) {
            return status.error();
        }
        return id;
    });
}

Status setField(project::Project& project, const RecordKind& kind, std::int64_t id,
                std::string_view column, const FieldValue& value) {
    return setFields(project, kind, id, {{column, value}});
}

Status setFields(project::Project& project, const RecordKind& kind, std::int64_t id,
                 const FieldValues& values) {
    return project.guarded<Status>([&]() -> Status {
        for (const auto& [column, value] : values) {
            const auto& field = fieldOf(kind, column);
            auto problem = validate(field, value);
            if (problem.empty()) {
                problem = checkLink(project.database(), field, value);
            }
            if (!problem.empty()) {
                return Error{ErrorKind::Invalid, problem};
            }
        }
        auto record = findRecord(project.database(), kind, id);
        if (!record) {
            return Error{ErrorKind::NotFound, "That " + std::string(kind.singular) +
                                                  " no longer exists; it may have been deleted."};
        }
        // Only the fields whose value changes are written.
        FieldValues changed;
        for (const auto& [column, value] : values) {
            if (record->value(kind, column) != value) {
                changed.emplace_back(column, value);
            }
        }
        if (changed.empty()) {
            return success();
        }
        // "Change aims", "Change role of Dr Amy Shah", "Change name of new
        // member", "Change name and role of Dr Amy Shah".
        std::string what;
        for (std::size_t i = 0; i < changed.size(); ++i) {
            what += (i == 0                    ? ""
                     : i + 1 == changed.size() ? " and "
                                               : ", ") +
                    util::lowercaseFirst(fieldOf(kind, changed[i].first).label);
        }
        std::string label;
        if (kind.oneRow) {
            label = "Change " + what;
        } else if (record->isEmpty(kind, kind.nameColumn)) {
            label = "Change " + what + " of new " + std::string(kind.singular);
        } else {
            label = "Change " + what + " of " + nameOf(kind, *record);
        }
        return project.edit(label, [&](storage::Database& db) {
            for (const auto& [column, value] : changed) {
                auto statement = db.prepare("UPDATE " + std::string(kind.table) + " SET " +
                                            std::string(column) + " = ?1 WHERE id = ?2");
                bindValue(statement, 1, value);
                statement.bind(2, id);
                statement.run();
            }
            keepRule(db, kind, id);
        });
    });
}

std::string deletionDescription(storage::Database& db, const RecordKind& kind, std::int64_t id) {
    auto record = findRecord(db, kind, id);
    std::string text = "Delete " + (record ? util::curlyQuoted(nameOf(kind, *record))
                                           : std::string(kind.singular));
    // What goes with it, and the links to it that would be left empty, from
    // the file's own links: "Delete “NHS Westshire ICB” with its 3 members
    // and 15 contributions worth £394,800,000.00 in all; 2 care groups lose
    // their lead commissioner".
    const auto consequences = deletionConsequences(db, kind.table, id);
    const auto phrases = describeConsequences(consequences);
    std::vector<std::string> going;
    std::vector<std::string> emptied;
    for (std::size_t i = 0; i < consequences.size(); ++i) {
        (consequences[i].effect == Consequence::Effect::Deleted ? going : emptied)
            .push_back(phrases[i]);
    }
    if (!going.empty()) {
        text += " with its " + util::joinedWithAnd(going);
    }
    if (!emptied.empty()) {
        text += "; " + util::joinedWithAnd(emptied);
    }
    return text;
}

Status deleteRecord(project::Project& project, const RecordKind& kind, std::int64_t id) {
    return project.guarded<Status>([&]() -> Status {
        if (!findRecord(project.database(), kind, id)) {
            return Error{ErrorKind::NotFound, util::capitalised(kind.singular) +
                                                  " not found; it may "
                                                  "already have been "
                                                  "deleted."};
        }
        if (!kind.keepWhere.empty()) {
            auto kept = project.database().prepare(
                "SELECT EXISTS (SELECT 1 FROM " + std::string(kind.table) + " WHERE id = ?1 AND (" +
                std::string(kind.keepWhere) + "))");
            kept.bind(1, id);
            if (kept.step() && kept.int64(0) != 0) {
                return Error{ErrorKind::Invalid, std::string(kind.keepReason)};
            }
        }
        auto label = deletionDescription(project.database(), kind, id);
        return project.edit(label, [&](storage::Database& db) {
            auto statement =
                db.prepare("DELETE FROM " + std::string(kind.table) + " WHERE id = ?1");
            statement.bind(1, id);
            statement.run();
        });
    });
}

} // namespace jointly::records
