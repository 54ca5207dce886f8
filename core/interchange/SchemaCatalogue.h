#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace jointly::storage {
class Database;
}

namespace jointly::interchange {

// The kind of value a column holds, from its declared type.
enum class ColumnType { Integer, Real, Text };

struct Column {
    std::string name;
    ColumnType type = ColumnType::Text;
    bool notNull = false;
    bool primaryKey = false;
    // The table this column links to (a foreign key), if any.
    std::optional<std::string> linksTo;
};

struct Table {
    std::string name;
    std::vector<Column> columns; // in the table's own order
    std::size_t primaryKey = 0;  // index of the id column in columns

    // The index of the column called name, if the table has one.
    std::optional<std::size_t> find(const std::string& name) const;
};

// Every table of a project's schema (SQLite's own tables left out), in the
// order they were created, so that a table comes after the tables it links
// to (apart from links to itself). The interchange format is driven by this
// list, so new tables and columns in later schema versions join it without
// further code.
using Catalogue = std::vector<Table>;

// Reads the catalogue of an open database. Throws StorageError if the schema
// holds a table Jointly could not exchange (no single whole-number id, or a
// column type other than INTEGER, REAL or TEXT).
Catalogue catalogueOf(storage::Database& db);

// The catalogue of a brand-new project at the given schema version (1 up to
// the current one), built in memory.
Catalogue catalogueForVersion(int schemaVersion);

// A table or column name quoted for SQL. Only names that came from a
// catalogue are ever passed here, never text from a file being imported.
std::string quoted(const std::string& name);

} // namespace jointly::interchange
