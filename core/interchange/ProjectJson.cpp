#include "interchange/ProjectJson.h"

#include "interchange/SchemaCatalogue.h"
#include "project/FileInspection.h"
#include "project/Schema.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cmath>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace jointly::interchange {

namespace {

using Json = nlohmann::ordered_json;

// A value in the project that JSON (or the format) cannot hold; export stops.
struct ExportRefusal {
    std::string message;
};

const char* expectedKind(ColumnType type) {
    switch (type) {
    case ColumnType::Integer:
        return "a whole number";
    case ColumnType::Real:
        return "a number";
    case ColumnType::Text:
        return "text";
    }
    return "a value";
}

// One column's value as JSON, refusing a value of another kind than the
// column's declared type (SQLite would let a damaged or hand-edited file hold
// one) and numbers JSON cannot write (infinities).
Json columnValue(const storage::Statement& row, int index, const Table& table,
                 const Column& column) {
    const std::string kind = row.text(2 * index);
    const int at = 2 * index + 1;
    if (kind == "null") {
        return nullptr;
    }
    if (kind == "integer" && column.type == ColumnType::Integer) {
        return row.int64(at);
    }
    if (kind == "real" && column.type == ColumnType::Real) {
        const double number = row.real(at);
        if (std::isfinite(number)) {
            return number;
        }
    }
    if (kind == "text" && column.type == ColumnType::Text) {
        return row.text(at);
    }
    const std::string where =
        "row " + std::to_string(row.int64(2 * static_cast<int>(table.primaryKey) + 1)) + " of " +
        table.name + " holds ";
    if (kind == "real" && column.type == ColumnType::Real) {
        throw ExportRefusal{where + "an infinite number in " + column.name +
                            ", which JSON cannot hold"};
    }
    const std::string found = kind == "real"      ? "a number with a fraction"
                              : kind == "integer" ? "a whole number"
                              : kind == "blob"    ? "binary data"
                                                  : "text";
    throw ExportRefusal{where + found + " in " + column.name + ", where " +
                        expectedKind(column.type) + " belongs"};
}

void writeTable(storage::Database& db, const Table& table, std::ostream& out) {
    std::string sql = "SELECT ";
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        const auto name = quoted(table.columns[i].name);
        sql += (i == 0 ? "typeof(" : ", typeof(") + name + "), " + name;
    }
    sql +=
        " FROM " + quoted(table.name) + " ORDER BY " + quoted(table.columns[table.primaryKey].name);
    auto rows = db.prepare(sql);
    bool first = true;
    while (rows.step()) {
        Json row = Json::object();
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            row[table.columns[i].name] =
                columnValue(rows, static_cast<int>(i), table, table.columns[i]);
        }
        try {
            out << (first ? "\n      " : ",\n      ") << row.dump();
        } catch (const Json::exception&) {
            throw ExportRefusal{"row " + row[table.columns[table.primaryKey].name].dump() + " of " +
                                table.name + " holds text that is not valid UTF-8"};
        }
        first = false;
    }
    out << (first ? "]" : "\n    ]");
}

// The whole document. Written by hand around each row so that every row is
// one line: easy to read, to compare and to change with line-based tools.
void writeDocument(storage::Database& db, const Catalogue& catalogue, std::ostream& out) {
    out << "{\n  \"format\": " << Json(kJsonFormatMarker).dump() << ",\n"
        << "  \"version\": " << kJsonFormatVersion << ",\n"
        << "  \"schemaVersion\": " << project::kCurrentSchemaVersion << ",\n"
        << "  \"tables\": {";
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
        out << (i == 0 ? "\n    " : ",\n    ") << Json(catalogue[i].name).dump() << ": [";
        writeTable(db, catalogue[i], out);
    }
    out << "\n  }\n}\n";
}

// Opens the project read-only, brings a private copy in memory up to date and
// hands it to write. Every failure becomes an Error naming the project.
Status withLiveCopy(const std::string& projectPath,
                    const std::function<Status(storage::Database&, const Catalogue&)>& write) {
    auto facts = project::inspectProjectFile(projectPath);
    if (!facts.ok()) {
        return facts.error();
    }
    const std::string name = project::displayName(projectPath);
    try {
        storage::Database file(projectPath, storage::OpenMode::ReadOnly);
        storage::Database copy(projectPath, storage::OpenMode::Memory);
        copy.copyFrom(file);
        project::migrateToCurrent(copy);
        project::removeUndoneImports(copy);
        return write(copy, catalogueForVersion(project::kCurrentSchemaVersion));
    } catch (const ExportRefusal& refusal) {
        return Error{ErrorKind::Damaged, name + " cannot be exported: " + refusal.message +
                                             ". Jointly never writes such a value; open a "
                                             "backup copy of the project."};
    } catch (const storage::StorageError& error) {
        return Error{ErrorKind::Damaged, name + " could not be read in full (" + error.what() +
                                             "). Open a backup copy of the project."};
    } catch (const std::exception& error) {
        return Error{ErrorKind::Storage,
                     "Jointly could not export " + name + ": " + error.what() + "."};
    }
}

Status writeFailure(const std::string& outPath) {
    return Error{ErrorKind::Storage, "Jointly cannot write " + project::displayName(outPath) +
                                         ". Check the folder exists, that you may write in it "
                                         "and that the disk is not full."};
}

} // namespace

Outcome<std::string> exportProjectJson(const std::string& projectPath) {
    std::string text;
    auto done = withLiveCopy(projectPath, [&](storage::Database& db, const Catalogue& catalogue) {
        std::ostringstream out;
        writeDocument(db, catalogue, out);
        text = std::move(out).str();
        return success();
    });
    if (!done.ok()) {
        return done.error();
    }
    return text;
}

Status writeProjectJson(const std::string& projectPath, const std::string& outPath) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::equivalent(projectPath, outPath, ec)) {
        return Error{ErrorKind::Invalid, "That is the project's own file. Choose a different "
                                         "name for the JSON."};
    }
    if (fs::is_directory(outPath, ec)) {
        return Error{ErrorKind::Invalid, outPath + " is a folder. Give a file name ending in "
                                                   ".json."};
    }
    const fs::path target(outPath);
    const fs::path temporary = target.parent_path() / ("." + target.filename().string() +
                                                       ".writing-" + std::to_string(::getpid()));
    return withLiveCopy(projectPath, [&](storage::Database& db, const Catalogue& catalogue) {
        // Readable by its owner only from the start: it holds the whole project.
        fs::remove(temporary, ec);
        const int fd =
            ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd < 0) {
            return writeFailure(outPath);
        }
        ::close(fd);
        try {
            std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
            writeDocument(db, catalogue, out);
            out.flush();
            if (!out) {
                throw std::ios_base::failure("write failed");
            }
        } catch (const std::ios_base::failure&) {
            fs::remove(temporary, ec);
            return writeFailure(outPath);
        } catch (...) {
            fs::remove(temporary, ec);
            throw;
        }
        fs::rename(temporary, target, ec);
        if (ec) {
            fs::remove(temporary, ec);
            return writeFailure(outPath);
        }
        return success();
    });
}

Status importProjectJson(const std::string& jsonPath, const std::string& newProjectPath) {
    const std::string name = project::displayName(jsonPath);
    std::error_code ec;
    if (!std::filesystem::exists(jsonPath, ec)) {
        return Error{ErrorKind::NotFound, "There is no file called " + name +
                                              ". Check the name "
                                              "and folder."};
    }
    std::string text;
    try {
        std::ifstream in(jsonPath, std::ios::binary);
        if (!in || std::filesystem::is_directory(jsonPath, ec)) {
            return Error{ErrorKind::NotReadable, "Jointly cannot read " + name + "."};
        }
        std::ostringstream whole;
        whole << in.rdbuf();
        text = std::move(whole).str();
    } catch (const std::exception&) {
        return Error{ErrorKind::NotReadable, "Jointly cannot read " + name + " in full."};
    }
    return importProjectJsonText(text, newProjectPath);
}

} // namespace jointly::interchange
