#include "TestSupport.h"

#include "project/Project.h"
#include "project/Schema.h"
#include "records/RecordKind.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

using namespace jointly;
using jointly::testing::TempDir;
namespace fs = std::filesystem;

namespace {

const fs::path kCurrentSchema =
    fs::path(JOINTLY_SOURCE_DIR) / "core" / "project" / "schema" / "current.sql";

// The schema a database holds, as current.sql shows it: every table and
// index in the order they were made, as SQLite keeps their SQL.
std::string schemaText(storage::Database& db) {
    std::ostringstream text;
    text << "-- The whole schema of a project file at format " << project::schemaVersionOf(db)
         << ", as a file made by the steps in\n"
            "-- this folder holds it (SQLite keeps each table's SQL with the columns later\n"
            "-- steps added). Read it to see every table; change the schema by adding a\n"
            "-- step, never by editing this file. tests/core/schema_test.cpp checks that\n"
            "-- it matches; JOINTLY_WRITE_SCHEMA=1 build/dev/tests/core_tests \"[schema]\"\n"
            "-- writes it again after a new step.\n";
    auto rows = db.prepare("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT "
                           "LIKE 'sqlite_%' ORDER BY rowid");
    while (rows.step()) {
        text << "\n" << rows.text(0) << ";\n";
    }
    return text.str();
}

// Every table's and index's SQL, whatever order SQLite lists them in.
std::multiset<std::string> statements(storage::Database& db) {
    std::multiset<std::string> all;
    auto rows = db.prepare(
        "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'");
    while (rows.step()) {
        all.insert(rows.text(0));
    }
    return all;
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("current.sql is the schema the migrations make", "[schema]") {
    storage::Database fresh("", storage::OpenMode::Memory);
    project::initialiseNewProject(fresh);
    CHECK(project::schemaVersionOf(fresh) == project::kCurrentSchemaVersion);
    const auto made = schemaText(fresh);
    if (std::getenv("JOINTLY_WRITE_SCHEMA") != nullptr) {
        std::ofstream(kCurrentSchema, std::ios::binary) << made;
    }
    INFO("core/project/schema/current.sql differs from the schema the migrations make; if a "
         "step was added on purpose, write it again with JOINTLY_WRITE_SCHEMA=1");
    CHECK(readFile(kCurrentSchema) == made);
}

TEST_CASE("a file upgraded from the prototype has exactly the schema of a new file", "[schema]") {
    TempDir dir;
    const auto path = dir.file("Prototype.jointly");
    fs::copy_file(std::string(JOINTLY_FIXTURES_DIR) + "/partnership-v0.jointly", path);
    {
        auto opened = project::Project::open(path);
        REQUIRE(opened.ok());
    }
    // The same tables and indexes with the same SQL; the order SQLite lists
    // them in may differ, as the prototype's tables were set aside first.
    storage::Database upgraded(path, storage::OpenMode::ReadOnly);
    storage::Database fresh("", storage::OpenMode::Memory);
    project::initialiseNewProject(fresh);
    CHECK(project::schemaVersionOf(upgraded) == project::kCurrentSchemaVersion);
    CHECK(statements(upgraded) == statements(fresh));
    CHECK(statements(fresh).size() > 50);
}

namespace {

// Each column's declared type, and its CHECK (column IN (...)) list if it has one.
struct Column {
    std::string type;
    std::set<std::string> choices;
    bool hasChoices = false;
};

std::map<std::string, Column> columnsOf(storage::Database& db, const std::string& table) {
    std::map<std::string, Column> columns;
    auto info = db.prepare("SELECT name, type FROM pragma_table_info(?1)");
    info.bind(1, table);
    while (info.step()) {
        columns[info.text(0)].type = info.text(1);
    }
    auto sql = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    sql.bind(1, table);
    REQUIRE(sql.step());
    const std::string text = sql.text(0);
    const std::regex check(R"(CHECK\s*\(\s*(\w+)\s+IN\s*\(([^)]*)\))");
    const std::regex item(R"('([^']*)'|(-?\d+))");
    for (std::sregex_iterator it(text.begin(), text.end(), check), end; it != end; ++it) {
        auto& column = columns[(*it)[1].str()];
        column.hasChoices = true;
        const std::string list = (*it)[2].str();
        for (std::sregex_iterator word(list.begin(), list.end(), item); word != end; ++word) {
            column.choices.insert((*word)[1].matched ? (*word)[1].str() : (*word)[2].str());
        }
    }
    return columns;
}

// column -> the table its foreign key points at.
std::map<std::string, std::string> foreignKeysOf(storage::Database& db, const std::string& table) {
    std::map<std::string, std::string> keys;
    auto list = db.prepare("SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?1)");
    list.bind(1, table);
    while (list.step()) {
        CHECK(list.text(2) == "id");
        keys[list.text(0)] = list.text(1);
    }
    return keys;
}

bool storedAsText(records::FieldType type) {
    using records::FieldType;
    return type == FieldType::Text || type == FieldType::LongText || type == FieldType::Date ||
           type == FieldType::Choice;
}

} // namespace

TEST_CASE("every kind of record agrees with the schema", "[schema]") {
    storage::Database db("", storage::OpenMode::Memory);
    project::initialiseNewProject(db);
    int fieldsChecked = 0;
    REQUIRE(records::everyKind().size() > 30);
    for (const auto* kind : records::everyKind()) {
        const std::string table(kind->table);
        const auto columns = columnsOf(db, table);
        const auto keys = foreignKeysOf(db, table);
        INFO("the " << kind->singular << " kind, table " << table);
        REQUIRE(!columns.empty());
        CHECK(columns.count(std::string(kind->nameColumn)) == 1);
        for (const auto& field : kind->fields) {
            INFO("field " << field.column);
            const auto column = columns.find(std::string(field.column));
            REQUIRE(column != columns.end());
            // Text, dates and choices are TEXT; every number (money, shares,
            // years, decimals, counts, flags, links) an exact INTEGER.
            CHECK(column->second.type == (storedAsText(field.type) ? "TEXT" : "INTEGER"));
            if (field.type == records::FieldType::Choice) {
                std::set<std::string> keysOfKind;
                for (const auto& option : field.choices) {
                    keysOfKind.insert(std::string(option.key));
                }
                CHECK(column->second.hasChoices);
                CHECK(keysOfKind == column->second.choices);
            } else if (field.type == records::FieldType::Flag) {
                // Yes and No are stored as 1 and 0, and nothing else.
                CHECK(column->second.choices == std::set<std::string>{"0", "1"});
            } else {
                CHECK_FALSE(column->second.hasChoices);
            }
            const auto key = keys.find(std::string(field.column));
            if (field.type == records::FieldType::Link) {
                REQUIRE(records::linkedKind(field) != nullptr);
                REQUIRE(key != keys.end());
                CHECK(key->second == records::linkedTable(field));
            } else {
                CHECK(key == keys.end());
            }
            ++fieldsChecked;
        }
    }
    CHECK(fieldsChecked > 180);
}
