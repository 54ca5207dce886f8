#include "interchange/SchemaCatalogue.h"

#include "project/Schema.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <sqlite3.h>

#include <map>

namespace jointly::interchange {

namespace {

ColumnType typeFromDeclaration(const std::string& table, const std::string& column,
                               const std::string& declared) {
    if (declared == "INTEGER") {
        return ColumnType::Integer;
    }
    if (declared == "REAL") {
        return ColumnType::Real;
    }
    if (declared == "TEXT") {
        return ColumnType::Text;
    }
    throw storage::StorageError(SQLITE_SCHEMA, "The column " + table + "." + column +
                                                   " has the type \"" + declared +
                                                   "\", which the JSON format cannot hold");
}

} // namespace

std::optional<std::size_t> Table::find(const std::string& wanted) const {
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].name == wanted) {
            return i;
        }
    }
    return std::nullopt;
}

std::string quoted(const std::string& name) {
    std::string result = "\"";
    for (char c : name) {
        result += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return result + "\"";
}

Catalogue catalogueOf(storage::Database& db) {
    Catalogue catalogue;
    // The undo history (edit_step) belongs to this copy of the file, not to
    // the project: its changesets mean nothing in another file. So do where
    // an offline copy came from and which edits of other copies were merged.
    auto tables = db.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
        "ESCAPE '\\' AND name NOT IN ('edit_step', 'offline_origin', 'merged_edit') ORDER BY "
        "rowid");
    while (tables.step()) {
        Table table;
        table.name = tables.text(0);
        auto columns = db.prepare("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?1)");
        columns.bind(1, table.name);
        int keys = 0;
        while (columns.step()) {
            Column column;
            column.name = columns.text(0);
            column.type = typeFromDeclaration(table.name, column.name, columns.text(1));
            column.notNull = columns.int64(2) != 0;
            column.primaryKey = columns.int64(3) != 0;
            if (column.primaryKey) {
                ++keys;
                table.primaryKey = table.columns.size();
            }
            table.columns.push_back(std::move(column));
        }
        if (keys != 1 || table.columns[table.primaryKey].type != ColumnType::Integer) {
            throw storage::StorageError(SQLITE_SCHEMA, "The table " + table.name +
                                                           " has no whole-number id, so the "
                                                           "JSON format cannot hold it");
        }
        auto links = db.prepare("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?1)");
        links.bind(1, table.name);
        while (links.step()) {
            if (auto index = table.find(links.text(0))) {
                table.columns[*index].linksTo = links.text(1);
            }
        }
        catalogue.push_back(std::move(table));
    }
    return catalogue;
}

Catalogue catalogueForVersion(int schemaVersion) {
    storage::Database db(":memory:", storage::OpenMode::Memory);
    db.execute("PRAGMA application_id = " + std::to_string(project::kApplicationId));
    project::migrateTo(db, schemaVersion);
    return catalogueOf(db);
}

} // namespace jointly::interchange
