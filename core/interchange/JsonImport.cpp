#include "interchange/ConstraintWords.h"
#include "interchange/JsonSyntax.h"
#include "interchange/ProjectJson.h"
#include "interchange/SchemaCatalogue.h"
#include "interchange/TemporaryProject.h"
#include "project/FileInspection.h"
#include "project/Ids.h"
#include "project/Schema.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <limits>
#include <tuple>
#include <unordered_map>

namespace jointly::interchange {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

// Thrown inside the import to stop at the first problem; caught below.
struct Refused {
    Error error;
};

[[noreturn]] void refuse(const std::string& path, const std::string& reason,
                         ErrorKind kind = ErrorKind::Invalid) {
    throw Refused{Error{kind, path + ": " + reason}};
}

// What a JSON value is, for messages: null, true, 3.5, the text "abc", a list.
std::string describe(const Json& value) {
    if (value.is_string()) {
        std::string text = value.get_ref<const std::string&>();
        if (text.size() > 40) {
            std::size_t cut = 40;
            while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
                --cut; // never cut a character in two
            }
            text = text.substr(0, cut) + "...";
        }
        return "the text " + Json(text).dump();
    }
    if (value.is_array()) {
        return "a list";
    }
    if (value.is_object()) {
        return "an object";
    }
    return value.dump();
}

std::int64_t wholeNumber(const Json& value, const std::string& path, const std::string& wanted) {
    if (!value.is_number_integer() ||
        (value.is_number_unsigned() &&
         value.get<std::uint64_t>() > std::uint64_t{std::numeric_limits<std::int64_t>::max()})) {
        refuse(path, "must be " + wanted + ", not " + describe(value));
    }
    return value.get<std::int64_t>();
}

// Checks the document's own fields and returns the schema version it holds.
int checkHeader(const Json& document) {
    const std::string current = std::to_string(project::kCurrentSchemaVersion);
    if (!document.is_object()) {
        refuse("$", "must be an object holding \"format\", \"version\", \"schemaVersion\" and "
                    "\"tables\", not " +
                        describe(document));
    }
    const auto format = document.find("format");
    if (format == document.end() || *format != kJsonFormatMarker) {
        refuse("$.format", std::string("must be \"") + kJsonFormatMarker + "\", " +
                               (format == document.end() ? std::string("but it is missing")
                                                         : "not " + describe(*format)) +
                               "; this is not a Jointly project in JSON");
    }
    for (const auto& [key, value] : document.items()) {
        if (key != "format" && key != "version" && key != "schemaVersion" && key != "tables") {
            refuse(keyPath("$", key), "is not part of the format (a Jointly project in JSON "
                                      "holds only format, version, schemaVersion and tables)");
        }
    }
    for (const char* key : {"version", "schemaVersion", "tables"}) {
        if (!document.contains(key)) {
            refuse(keyPath("$", key), "is missing");
        }
    }
    const auto version = wholeNumber(document["version"], "$.version", "a whole number");
    if (version > kJsonFormatVersion) {
        refuse("$.version",
               "the file uses version " + std::to_string(version) +
                   " of the JSON format, but this Jointly reads only up to version " +
                   std::to_string(kJsonFormatVersion) + ". Use a newer Jointly.",
               ErrorKind::NewerVersion);
    }
    if (version < 1) {
        refuse("$.version", "must be from 1 to " + std::to_string(kJsonFormatVersion));
    }
    const auto schema = wholeNumber(document["schemaVersion"], "$.schemaVersion", "a whole number");
    if (schema > project::kCurrentSchemaVersion) {
        refuse("$.schemaVersion",
               "the project comes from a newer Jointly (schema version " + std::to_string(schema) +
                   "; this Jointly knows up to version " + current + "). Use a newer Jointly.",
               ErrorKind::NewerVersion);
    }
    if (schema < 1) {
        refuse("$.schemaVersion", "must be a whole number from 1 to " + current);
    }
    if (!document["tables"].is_object()) {
        refuse("$.tables", "must be an object with one list of rows for each table, not " +
                               describe(document["tables"]));
    }
    return static_cast<int>(schema);
}

// Binds one field's value, refusing a value of the wrong JSON type.
void bindField(storage::Statement& insert, int index, const Column& column, const Json& value,
               const std::string& path) {
    const bool required = column.notNull || column.primaryKey;
    const std::string orNull = required ? "" : " or null";
    if (value.is_null()) {
        if (required) {
            refuse(path, "must not be null");
        }
        insert.bindNull(index);
        return;
    }
    switch (column.type) {
    case ColumnType::Integer:
        insert.bind(index, wholeNumber(value, path, "a whole number" + orNull));
        return;
    case ColumnType::Real:
        // Whole numbers are accepted where JSON tools drop the ".0", as long
        // as the double holds them exactly.
        if (value.is_number_float()) {
            insert.bindDouble(index, value.get<double>());
            return;
        }
        if (value.is_number_integer()) {
            const auto whole = wholeNumber(value, path, "a number" + orNull);
            constexpr std::int64_t kExact = std::int64_t{1} << 53;
            if (whole < -kExact || whole > kExact) {
                refuse(path, "is a whole number too large to hold exactly as a number; write "
                             "it with a decimal point or an exponent");
            }
            insert.bindDouble(index, static_cast<double>(whole));
            return;
        }
        refuse(path, "must be a number" + orNull + ", not " + describe(value));
    case ColumnType::Text:
        if (!value.is_string()) {
            refuse(path, "must be text (a JSON string)" + orNull + ", not " + describe(value));
        }
        insert.bind(index, std::string_view(value.get_ref<const std::string&>()));
        return;
    }
}

// Where each imported row came from, to name it in later messages.
struct TablePlace {
    const Table* table = nullptr;
    std::size_t order = 0; // position among the file's tables
    std::string path;      // $.tables.member
    const Json* rows = nullptr;
    std::unordered_map<std::int64_t, std::size_t> indexOfId;
};

class Importer {
public:
    Importer(storage::Database& db, const Catalogue& catalogue, int schemaVersion)
        : db_(db), catalogue_(catalogue), schemaVersion_(schemaVersion) {}

    void run(const Json& tables) {
        for (const auto& [name, rows] : tables.items()) {
            const std::string path = keyPath("$.tables", name);
            const Table* table = nullptr;
            for (const auto& candidate : catalogue_) {
                table = candidate.name == name ? &candidate : table;
            }
            if (table == nullptr) {
                refuse(path, "there is no table called " + Json(name).dump() +
                                 " in a Jointly project at schema version " +
                                 std::to_string(schemaVersion_));
            }
            if (!rows.is_array()) {
                refuse(path, "must be a list of rows, not " + describe(rows));
            }
            places_.push_back(TablePlace{table, places_.size(), path, &rows, {}});
            importTable(places_.back());
        }
        const auto partnerships = db_.queryInt64("SELECT count(*) FROM partnership");
        if (partnerships != 1) {
            refuse("$.tables.partnership",
                   "must hold exactly one row, the partnership itself (id 1), not " +
                       std::to_string(partnerships));
        }
        checkLinks();
    }

private:
    void importTable(TablePlace& place) {
        const Table& table = *place.table;
        std::string columns;
        std::string values;
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            columns += (i == 0 ? "" : ", ") + quoted(table.columns[i].name);
            values += (i == 0 ? "?" : ", ?") + std::to_string(i + 1);
        }
        auto insert = db_.prepare("INSERT INTO " + quoted(table.name) + " (" + columns +
                                  ") VALUES (" + values + ")");
        for (std::size_t index = 0; index < place.rows->size(); ++index) {
            importRow(place, insert, (*place.rows)[index], index);
        }
    }

    void importRow(TablePlace& place, storage::Statement& insert, const Json& row,
                   std::size_t index) {
        const Table& table = *place.table;
        const std::string path = indexPath(place.path, index);
        if (!row.is_object()) {
            refuse(path, "must be an object (one row of " + table.name + "), not " + describe(row));
        }
        for (const auto& [key, value] : row.items()) {
            if (!table.find(key)) {
                refuse(keyPath(path, key), "is not a field of the table " + table.name);
            }
        }
        const auto& idColumn = table.columns[table.primaryKey];
        try {
            insert.reset();
            for (std::size_t i = 0; i < table.columns.size(); ++i) {
                const auto& column = table.columns[i];
                const auto field = row.find(column.name);
                if (field == row.end()) {
                    refuse(path, "lacks the field \"" + column.name + "\"");
                }
                bindField(insert, static_cast<int>(i + 1), column, *field,
                          keyPath(path, column.name));
            }
            const auto id = row.at(idColumn.name).get<std::int64_t>();
            const auto [earlier, added] = place.indexOfId.emplace(id, index);
            if (!added) {
                refuse(keyPath(path, idColumn.name), "the id " + std::to_string(id) +
                                                         " is already used by " +
                                                         indexPath(place.path, earlier->second));
            }
            insert.run();
        } catch (const storage::StorageError& error) {
            const auto refusal = explainRefusedRow(error, table);
            if (!refusal) {
                throw;
            }
            refuse(refusal->column ? keyPath(path, *refusal->column) : path, refusal->reason);
        }
    }

    // Every link must lead to a row in the file. SQLite lists the rows whose
    // links lead nowhere; the first of them in the file's order is reported.
    void checkLinks() {
        auto problems = db_.prepare("PRAGMA foreign_key_check");
        std::size_t count = 0;
        std::tuple<std::size_t, std::size_t, std::size_t> first{};
        std::string message;
        while (problems.step()) {
            ++count;
            const auto place = placeOf(problems.text(0));
            const auto index = place->indexOfId.at(problems.int64(1));
            auto from = db_.prepare("SELECT \"from\" FROM pragma_foreign_key_list(?1) WHERE id = "
                                    "?2 ORDER BY seq");
            from.bind(1, place->table->name).bind(2, problems.int64(3));
            const std::string column = from.step() ? from.text(0) : std::string();
            const auto columnIndex = place->table->find(column).value_or(0);
            const std::tuple<std::size_t, std::size_t, std::size_t> at{place->order, index,
                                                                       columnIndex};
            if (count == 1 || at < first) {
                first = at;
                const std::string rowPath = indexPath(place->path, index);
                message = keyPath(rowPath, column) + ": refers to " + problems.text(2) + " " +
                          (*place->rows)[index][column].dump() + ", which is not in the file";
            }
        }
        if (count == 2) {
            message += " (and 1 other link leads to a row that is not in the file)";
        } else if (count > 2) {
            message += " (and " + std::to_string(count - 1) +
                       " other links lead to rows that are not in the file)";
        }
        if (count > 0) {
            throw Refused{Error{ErrorKind::Invalid, message}};
        }
    }

    TablePlace* placeOf(const std::string& table) {
        for (auto& place : places_) {
            if (place.table->name == table) {
                return &place;
            }
        }
        throw storage::StorageError(1, "A link check named a table that was not imported");
    }

    storage::Database& db_;
    const Catalogue& catalogue_;
    int schemaVersion_;
    std::vector<TablePlace> places_;
};

Error alreadyExists(const std::string& path) {
    return Error{ErrorKind::Invalid, project::displayName(path) +
                                         " already exists. Jointly never replaces a file when "
                                         "importing: choose another name."};
}

void createProject(const std::string& path, const Json& document, int schemaVersion) {
    storage::Database db(path, storage::OpenMode::Create);
    db.execute("PRAGMA application_id = " + std::to_string(project::kApplicationId));
    project::migrateTo(db, schemaVersion);
    const Catalogue catalogue = catalogueOf(db);
    // Links are checked once every row is in, so tables and rows may come in
    // any order.
    db.execute("PRAGMA foreign_keys = OFF");
    {
        storage::Transaction transaction(db);
        // The rows a new file starts with (the partnership, and from format
        // 6 the copy's block of sites) come from the document instead.
        db.execute("DELETE FROM partnership");
        const bool hasSites = db.tableExists("copy_site");
        if (hasSites) {
            db.execute("DELETE FROM copy_site");
        }
        // From format 19 the project's identity, which the document keeps:
        // the JSON of a project makes the same project again.
        const bool hasIdentity = db.tableExists("project_identity");
        if (hasIdentity) {
            db.execute("DELETE FROM project_identity");
        }
        Importer(db, catalogue, schemaVersion).run(document["tables"]);
        if (hasSites) {
            // A document without one is the original's: it owns every site.
            db.execute("INSERT INTO copy_site (id, site_first, site_last) SELECT 1, 0, " +
                       std::to_string(project::kLastSite) +
                       " WHERE NOT EXISTS (SELECT 1 FROM copy_site)");
        }
        if (hasIdentity) {
            // A document from before format 19 has none: a new one is made.
            db.execute("INSERT INTO project_identity (id, uid) SELECT 1, "
                       "lower(hex(randomblob(16))) WHERE NOT EXISTS (SELECT 1 FROM "
                       "project_identity)");
        }
        transaction.commit();
    }
    db.execute("PRAGMA foreign_keys = ON");
    project::migrateToCurrent(db);
    auto check = db.prepare("PRAGMA integrity_check(1)");
    const std::string integrity = check.step() ? check.text(0) : std::string("no answer");
    if (integrity != "ok") {
        throw storage::StorageError(11,
                                    "the new file failed SQLite's integrity check: " + integrity);
    }
}

} // namespace

Status importProjectJsonText(std::string_view json, const std::string& newProjectPath) {
    std::error_code ec;
    if (fs::exists(fs::symlink_status(newProjectPath, ec))) {
        return alreadyExists(newProjectPath);
    }
    try {
        if (auto problem = checkJsonSyntax(json)) {
            return *problem;
        }
        const Json document = Json::parse(json.begin(), json.end());
        const int schemaVersion = checkHeader(document);
        TemporaryProject temporary(newProjectPath);
        createProject(temporary.path(), document, schemaVersion);
        switch (temporary.moveTo(newProjectPath)) {
        case TemporaryProject::Placed::Done:
            break;
        case TemporaryProject::Placed::NameTaken:
            return alreadyExists(newProjectPath);
        case TemporaryProject::Placed::Failed:
            return Error{ErrorKind::Storage, "Jointly could not give " +
                                                 project::displayName(newProjectPath) +
                                                 " its name. Check that you may write in its "
                                                 "folder."};
        }
    } catch (const Refused& refused) {
        return refused.error;
    } catch (const storage::StorageError& error) {
        return Error{ErrorKind::Storage,
                     storage::describeStorageFailure(error, project::displayName(newProjectPath))};
    } catch (const std::exception& error) {
        return Error{ErrorKind::Storage, "Jointly could not create " +
                                             project::displayName(newProjectPath) + ": " +
                                             error.what()};
    }
    return success();
}

} // namespace jointly::interchange
