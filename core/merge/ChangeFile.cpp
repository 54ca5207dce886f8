#include "merge/ChangeFile.h"

#include "baseline/ArchiveEnvelope.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace jointly::merge {

namespace {

using Json = nlohmann::ordered_json;
using history::RowOp;
using history::StoredValue;

// Our documents nest seven deep; a document deeper than this is not ours,
// and is refused before the parser sees it.
constexpr int kDeepest = 12;

std::string_view opWord(RowOp op) {
    switch (op) {
    case RowOp::Added:
        return "added";
    case RowOp::Removed:
        return "removed";
    case RowOp::Changed:
        break;
    }
    return "changed";
}

Json valueJson(const StoredValue& value) {
    if (const auto* whole = std::get_if<std::int64_t>(&value)) {
        return *whole;
    }
    if (const auto* real = std::get_if<double>(&value)) {
        return *real;
    }
    if (const auto* text = std::get_if<std::string>(&value)) {
        return *text;
    }
    if (const auto* bytes = std::get_if<std::vector<unsigned char>>(&value)) {
        std::string hex;
        hex.reserve(bytes->size() * 2);
        for (unsigned char byte : *bytes) {
            char pair[3];
            std::snprintf(pair, sizeof pair, "%02x", byte);
            hex += pair;
        }
        return Json{{"hex", hex}};
    }
    return nullptr;
}

Json valuesJson(const FieldValues& values) {
    Json object = Json::object();
    for (const auto& [field, value] : values) {
        object[field] = valueJson(value);
    }
    return object;
}

// Thrown while reading a document that is not a change file as we write
// them; caught at the top and put into the refusal's sentence.
struct NotOurs {
    std::string why;
};

int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

StoredValue readValue(const Json& json) {
    switch (json.type()) {
    case Json::value_t::null:
        return {};
    case Json::value_t::number_integer:
        return json.get<std::int64_t>();
    case Json::value_t::number_unsigned:
        if (json.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) {
            throw NotOurs{"a whole number is too large"};
        }
        return static_cast<std::int64_t>(json.get<std::uint64_t>());
    case Json::value_t::number_float:
        return json.get<double>();
    case Json::value_t::string:
        return json.get<std::string>();
    case Json::value_t::object: {
        if (json.size() != 1 || !json.contains("hex") || !json["hex"].is_string()) {
            throw NotOurs{"a value is neither a number, text nor bytes"};
        }
        const auto& hex = json["hex"].get_ref<const std::string&>();
        if (hex.size() % 2 != 0) {
            throw NotOurs{"a value's bytes are cut short"};
        }
        std::vector<unsigned char> bytes;
        bytes.reserve(hex.size() / 2);
        for (std::size_t i = 0; i < hex.size(); i += 2) {
            const int high = hexDigit(hex[i]);
            const int low = hexDigit(hex[i + 1]);
            if (high < 0 || low < 0) {
                throw NotOurs{"a value's bytes are not hexadecimal"};
            }
            bytes.push_back(static_cast<unsigned char>(high * 16 + low));
        }
        return bytes;
    }
    default:
        break;
    }
    throw NotOurs{"a value is neither a number, text nor bytes"};
}

const Json& member(const Json& object, const char* name, Json::value_t type) {
    if (!object.is_object() || !object.contains(name)) {
        throw NotOurs{std::string("“") + name + "” is missing"};
    }
    const auto& value = object[name];
    const bool matches = value.type() == type || (type == Json::value_t::number_integer &&
                                                  value.type() == Json::value_t::number_unsigned);
    if (!matches) {
        throw NotOurs{std::string("“") + name + "” is not of the right kind"};
    }
    return value;
}

std::string text(const Json& object, const char* name) {
    return member(object, name, Json::value_t::string).get<std::string>();
}

std::int64_t whole(const Json& object, const char* name) {
    const auto& value = member(object, name, Json::value_t::number_integer);
    if (value.is_number_unsigned() &&
        value.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) {
        throw NotOurs{std::string("“") + name + "” is too large"};
    }
    return value.get<std::int64_t>();
}

FieldValues readValues(const Json& object, const char* name) {
    FieldValues values;
    for (const auto& [field, value] : member(object, name, Json::value_t::object).items()) {
        if (field.empty() || field.size() > 100) {
            throw NotOurs{"a field has no name or too long a one"};
        }
        values.emplace(field, readValue(value));
    }
    return values;
}

RowEdit readRow(const Json& json, const SentEdit& edit) {
    RowEdit row;
    row.table = text(json, "table");
    if (row.table.empty() || row.table.size() > 100) {
        throw NotOurs{"a record's kind has no name or too long a one"};
    }
    const auto op = text(json, "op");
    row.op = op == "added"     ? RowOp::Added
             : op == "removed" ? RowOp::Removed
             : op == "changed" ? RowOp::Changed
                               : throw NotOurs{"a change is neither an addition, a change nor a "
                                               "removal"};
    row.id = whole(json, "id");
    row.before = readValues(json, "before");
    row.after = readValues(json, "after");
    row.madeBy = edit.madeBy;
    row.madeAt = edit.madeAt;
    return row;
}

// Whether the text nests arrays and objects no deeper than kDeepest.
bool shallowEnough(std::string_view text) {
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kDeepest) {
                return false;
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return true;
}

Error damaged(const std::string& fileName, const std::string& why) {
    return Error{ErrorKind::Damaged, "The change file " + fileName +
                                         " is damaged or was not made by Jointly (" + why +
                                         "). Nothing was merged; ask for it to be sent again."};
}

} // namespace

std::string writeChangeFile(const ChangeFile& changes) {
    Json edits = Json::array();
    for (const auto& edit : changes.edits) {
        Json rows = Json::array();
        for (const auto& row : edit.rows) {
            rows.push_back({{"table", row.table},
                            {"op", opWord(row.op)},
                            {"id", row.id},
                            {"before", valuesJson(row.before)},
                            {"after", valuesJson(row.after)}});
        }
        edits.push_back({{"id", edit.id},
                         {"label", edit.label},
                         {"madeAt", edit.madeAt},
                         {"madeBy", edit.madeBy},
                         {"undone", edit.undone},
                         {"rows", rows}});
    }
    Json totals = Json::array();
    for (const auto& total : changes.totals) {
        totals.push_back(
            {{"table", total.table}, {"group", total.group}, {"total", total.basisPoints}});
    }
    const Json document{{"changeFile", kChangeFileFormat},
                        {"project", changes.project},
                        {"format", changes.format},
                        {"from", changes.from},
                        {"sentBy", changes.sentBy},
                        {"sentAt", changes.sentAt},
                        {"edits", edits},
                        {"totals", totals}};
    return baseline::wrapArchive(baseline::ArchiveContent::Changes,
                                 document.dump(-1, ' ', false, Json::error_handler_t::replace));
}

Outcome<ChangeFile> readChangeFile(std::string_view bytes, const std::string& fileName) {
    auto payload =
        baseline::unwrapArchive(bytes, baseline::ArchiveContent::Changes, "The file " + fileName);
    if (!payload.ok()) {
        return payload.error();
    }
    if (!shallowEnough(payload.value())) {
        return damaged(fileName, "its contents nest too deeply");
    }
    const Json document = Json::parse(payload.value(), nullptr, false);
    if (document.is_discarded()) {
        return damaged(fileName, "its contents are not JSON");
    }
    try {
        const auto version = whole(document, "changeFile");
        if (version > kChangeFileFormat) {
            return Error{ErrorKind::NewerVersion,
                         "The change file " + fileName +
                             " was made by a newer version of Jointly (change file format " +
                             std::to_string(version) +
                             "). Install the newer version to merge it. Nothing was merged."};
        }
        ChangeFile changes;
        changes.project = text(document, "project");
        const auto format = whole(document, "format");
        if (format < 0 || format > 100'000) {
            throw NotOurs{"its format is not a version of Jointly's"};
        }
        changes.format = static_cast<int>(format);
        changes.from = text(document, "from");
        changes.sentBy = text(document, "sentBy");
        changes.sentAt = text(document, "sentAt");
        const auto& edits = member(document, "edits", Json::value_t::array);
        if (edits.size() > kMostEdits) {
            throw NotOurs{"it holds more edits than a change file may"};
        }
        std::size_t rows = 0;
        for (const auto& json : edits) {
            SentEdit edit;
            edit.id = whole(json, "id");
            edit.label = text(json, "label");
            edit.madeAt = text(json, "madeAt");
            edit.madeBy = text(json, "madeBy");
            edit.undone = member(json, "undone", Json::value_t::boolean).get<bool>();
            const auto& list = member(json, "rows", Json::value_t::array);
            rows += list.size();
            if (rows > kMostRows) {
                throw NotOurs{"it holds more changes than a change file may"};
            }
            for (const auto& row : list) {
                edit.rows.push_back(readRow(row, edit));
            }
            changes.edits.push_back(std::move(edit));
        }
        if (document.contains("totals")) {
            const auto& totals = member(document, "totals", Json::value_t::array);
            if (totals.size() > kMostEdits) {
                throw NotOurs{"it holds more totals than a change file may"};
            }
            for (const auto& json : totals) {
                changes.totals.push_back(
                    {text(json, "table"), whole(json, "group"), whole(json, "total")});
            }
        }
        return changes;
    } catch (const NotOurs& problem) {
        return damaged(fileName, problem.why);
    } catch (const nlohmann::json::exception&) {
        return damaged(fileName, "its contents are not as Jointly writes them");
    }
}

} // namespace jointly::merge
