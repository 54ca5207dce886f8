#include "RecordCommands.h"

#include "CommandSupport.h"
#include "project/Project.h"
#include "records/FieldInput.h"
#include "records/RecordStore.h"
#include "records/TypedInput.h"
#include "sheets/TableExport.h"
#include "util/NearestWord.h"
#include "util/Text.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <map>

namespace jointly::app {

namespace {

using Json = nlohmann::ordered_json;

// A refusal of what was typed: exit code 9, whatever the core called it.
int refuse(std::ostream& err, const std::string& sentence) {
    err << "jointly: " << sentence << "\n";
    return kInvalid;
}

std::string kindList() {
    std::string names;
    for (const auto* kind : records::everyKind()) {
        names += (names.empty() ? "" : ", ") + records::typedName(*kind);
    }
    return names;
}

const records::RecordKind* kindOrSay(const std::string& name, std::ostream& err) {
    if (const auto* kind = records::kindTyped(name)) {
        return kind;
    }
    std::vector<std::string> names;
    for (const auto* kind : records::everyKind()) {
        names.push_back(records::typedName(*kind));
    }
    std::vector<std::string_view> words(names.begin(), names.end());
    const auto nearest = util::nearestWord(name, words);
    err << "jointly: there is no kind of record called " << util::curlyQuoted(name)
        << (nearest ? "; did you mean " + util::curlyQuoted(*nearest) + "? " : std::string(". "))
        << "The kinds are " << kindList() << ".\n";
    return nullptr;
}

std::optional<std::int64_t> idOf(const std::string& text) {
    std::int64_t id = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc() || end != text.data() + text.size() || id <= 0) {
        return std::nullopt;
    }
    return id;
}

// Reads FIELD=VALUE words into values, or says which word is wrong and why.
std::optional<std::string> readFields(storage::Database& db, const records::RecordKind& kind,
                                      const std::vector<std::string>& words,
                                      records::FieldValues& values) {
    for (const auto& word : words) {
        const auto equals = word.find('=');
        if (equals == std::string::npos) {
            return "\"" + word + "\" is not FIELD=VALUE, such as name=\"Dr Amy Shah\".";
        }
        const auto name = word.substr(0, equals);
        const auto* field = records::fieldTyped(kind, name);
        if (field == nullptr) {
            std::string fields;
            for (const auto& each : kind.fields) {
                fields += (fields.empty() ? "" : ", ") + records::typedName(each);
            }
            return "a " + std::string(kind.singular) + " has no field called " +
                   util::curlyQuoted(name) + "; its fields are " + fields + ".";
        }
        for (const auto& [column, value] : values) {
            if (column == field->column) {
                return records::typedName(*field) + " is given twice; give it once.";
            }
        }
        auto value = records::readTyped(db, *field, word.substr(equals + 1));
        if (!value.ok()) {
            return value.error().message;
        }
        values.emplace_back(field->column, value.value());
    }
    return std::nullopt;
}

// A field's value as the window shows it: a link by the linked record's name.
std::string shown(storage::Database& db, const records::FieldSpec& field,
                  const records::FieldValue& value,
                  std::map<std::string, std::map<std::int64_t, std::string>>& names) {
    const auto* linked = records::linkedKind(field);
    const auto* id = std::get_if<std::int64_t>(&value);
    if (linked == nullptr || id == nullptr) {
        return records::formatValue(field, value);
    }
    auto& byId = names[std::string(linked->table)];
    if (byId.empty()) {
        for (const auto& [choice, name] : records::linkChoices(db, *linked)) {
            byId.emplace(choice, name);
        }
    }
    auto found = byId.find(*id);
    return found == byId.end() ? std::string() : found->second;
}

Json storedJson(const records::FieldValue& value) {
    if (const auto* number = std::get_if<std::int64_t>(&value)) {
        return *number;
    }
    if (const auto* text = std::get_if<std::string>(&value)) {
        return *text;
    }
    return nullptr;
}

std::vector<records::Record> recordsOf(storage::Database& db, const records::RecordKind& kind) {
    if (!kind.oneRow) {
        return records::listRecords(db, kind);
    }
    // A one-row kind views the partnership's own row, id 1.
    std::vector<records::Record> one;
    if (auto record = records::findRecord(db, kind, 1)) {
        one.push_back(*record);
    }
    return one;
}

int refuseOneRow(const records::RecordKind& kind, std::string_view verb, std::ostream& err) {
    return refuse(err, "The " + std::string(kind.singular) +
                           " is one record that is always there, so it cannot be " +
                           (verb == "add" ? "added" : "deleted") +
                           "; change it with \"jointly set FILE " + records::typedName(kind) +
                           " 1 FIELD=VALUE\".");
}

} // namespace

int listCommand(const Invocation& call) {
    const auto* kind = kindOrSay(call.positional[1], call.err);
    if (kind == nullptr) {
        return kInvalid;
    }
    auto opened = openForReading(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& db = opened.value()->database();
    std::map<std::string, std::map<std::int64_t, std::string>> names;
    const auto all = recordsOf(db, *kind);
    if (call.flag("--json")) {
        Json list = Json::array();
        for (const auto& record : all) {
            Json fields = Json::object();
            for (std::size_t i = 0; i < kind->fields.size(); ++i) {
                const auto& field = kind->fields[i];
                fields[records::typedName(field)] = {
                    {"value", storedJson(record.values[i])},
                    {"text", shown(db, field, record.values[i], names)}};
            }
            list.push_back(
                {{"id", record.id}, {"name", records::nameOf(*kind, record)}, {"fields", fields}});
        }
        call.out << Json{{"kind", records::typedName(*kind)}, {"records", list}}.dump(
                        2, ' ', false, Json::error_handler_t::replace)
                 << "\n";
        return kOk;
    }
    for (const auto& record : all) {
        call.out << util::capitalised(kind->singular) << " " << record.id << ": "
                 << records::nameOf(*kind, record) << "\n";
        for (std::size_t i = 0; i < kind->fields.size(); ++i) {
            const auto text = shown(db, kind->fields[i], record.values[i], names);
            if (!text.empty()) {
                call.out << "  " << kind->fields[i].label << ": " << text << "\n";
            }
        }
    }
    if (all.empty()) {
        call.out << "No " << kind->plural << ".\n";
    }
    return kOk;
}

int addCommand(const Invocation& call) {
    const auto* kind = kindOrSay(call.positional[1], call.err);
    if (kind == nullptr) {
        return kInvalid;
    }
    if (kind->oneRow) {
        return refuseOneRow(*kind, "add", call.err);
    }
    auto opened = openForEditing(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    records::FieldValues values;
    const std::vector<std::string> words(call.positional.begin() + 2, call.positional.end());
    if (auto problem = readFields(project.database(), *kind, words, values)) {
        return refuse(call.err, *problem + " Nothing was added.");
    }
    auto added = records::addRecord(project, *kind, values);
    if (!added.ok()) {
        return added.error().kind == ErrorKind::Invalid
                   ? refuse(call.err, added.error().message + " Nothing was added.")
                   : fail(call.err, added.error());
    }
    if (call.flag("--json")) {
        call.out << Json{{"id", added.value()}}.dump() << "\n";
    } else {
        call.out << added.value() << "\n";
    }
    return kOk;
}

int setCommand(const Invocation& call) {
    const auto* kind = kindOrSay(call.positional[1], call.err);
    if (kind == nullptr) {
        return kInvalid;
    }
    const auto id = idOf(call.positional[2]);
    if (!id) {
        return refuse(call.err, "\"" + call.positional[2] + "\" is not the id of a record; " +
                                    "\"jointly list FILE " + records::typedName(*kind) +
                                    "\" shows each one's id.");
    }
    if (call.positional.size() < 4) {
        return usage(call.err, "set needs at least one FIELD=VALUE.", "set");
    }
    auto opened = openForEditing(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    records::FieldValues values;
    const std::vector<std::string> words(call.positional.begin() + 3, call.positional.end());
    if (auto problem = readFields(project.database(), *kind, words, values)) {
        return refuse(call.err, *problem + " Nothing was changed.");
    }
    if (!records::findRecord(project.database(), *kind, *id)) {
        return refuse(call.err, "There is no " + std::string(kind->singular) + " with the id " +
                                    std::to_string(*id) + ". Nothing was changed.");
    }
    auto status = records::setFields(project, *kind, *id, values);
    if (!status.ok()) {
        return status.error().kind == ErrorKind::Invalid ||
                       status.error().kind == ErrorKind::NotFound
                   ? refuse(call.err, status.error().message + " Nothing was changed.")
                   : fail(call.err, status.error());
    }
    return kOk;
}

int deleteCommand(const Invocation& call) {
    const auto* kind = kindOrSay(call.positional[1], call.err);
    if (kind == nullptr) {
        return kInvalid;
    }
    if (kind->oneRow) {
        return refuseOneRow(*kind, "delete", call.err);
    }
    const auto id = idOf(call.positional[2]);
    if (!id) {
        return refuse(call.err, "\"" + call.positional[2] + "\" is not the id of a record; " +
                                    "\"jointly list FILE " + records::typedName(*kind) +
                                    "\" shows each one's id.");
    }
    auto opened = openForEditing(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    if (!records::findRecord(project.database(), *kind, *id)) {
        return refuse(call.err, "There is no " + std::string(kind->singular) + " with the id " +
                                    std::to_string(*id) + ". Nothing was deleted.");
    }
    // "Delete “NHS Westshire” with its 3 members ..." becomes "Deleted ...".
    const auto what = records::deletionDescription(project.database(), *kind, *id);
    auto status = records::deleteRecord(project, *kind, *id);
    if (!status.ok()) {
        return status.error().kind == ErrorKind::Invalid ||
                       status.error().kind == ErrorKind::NotFound
                   ? refuse(call.err, status.error().message + " Nothing was deleted.")
                   : fail(call.err, status.error());
    }
    call.out << "Deleted" << what.substr(std::string("Delete").size()) << "\n";
    return kOk;
}

int exportTableCommand(const Invocation& call) {
    const auto* kind = kindOrSay(call.positional[1], call.err);
    if (kind == nullptr) {
        return kInvalid;
    }
    const auto& out = call.positional[2];
    if (auto format = sheets::sheetFormatOf(out); !format.ok()) {
        return refuse(call.err, format.error().message);
    }
    auto opened = openForReading(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    const auto written = project.guarded<Outcome<std::size_t>>(
        [&] { return sheets::exportTable(project.database(), *kind, out); });
    if (!written.ok()) {
        return fail(call.err, written.error());
    }
    call.out << "Wrote " << written.value() << " "
             << (written.value() == 1 ? kind->singular : kind->plural) << " to " << out << "\n";
    return kOk;
}

} // namespace jointly::app
