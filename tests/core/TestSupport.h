#pragma once

// Small helpers shared by the core tests: a temporary folder removed at the
// end of each test, whole-file reads for byte comparisons, and a few raw
// SQLite calls for making files that Jointly itself would never write.

#include "Outcome.h"
#include "project/Project.h"
#include "storage/Database.h"
#include "storage/PageChecksums.h"

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace jointly::testing {

namespace fs = std::filesystem;

// A fresh, empty folder under the system's temporary directory, removed with
// everything in it when the object goes out of scope.
class TempDir {
public:
    TempDir() {
        static std::atomic<int> counter{0};
        const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
        path_ =
            fs::temp_directory_path() / ("jointly-core-test-" + std::to_string(::getpid()) + "-" +
                                         std::to_string(counter++) + "-" + std::to_string(now));
        fs::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const fs::path& path() const { return path_; }
    // The full path of a file inside the folder, as the core API takes it.
    std::string file(const std::string& name) const { return (path_ / name).string(); }

    // The names of everything in the folder, hidden files included.
    std::set<std::string> entries() const {
        std::set<std::string> names;
        for (const auto& entry : fs::directory_iterator(path_)) {
            names.insert(entry.path().filename().string());
        }
        return names;
    }

private:
    fs::path path_;
};

// The whole content of a file, byte for byte.
inline std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw std::runtime_error("cannot read " + path);
    }
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
        throw std::runtime_error("cannot write " + path);
    }
}

// True when the file holds exactly these bytes. Returned as a bool so that a
// failing check does not print two binary files.
inline bool hasBytes(const std::string& path, const std::string& expected) {
    return fs::exists(path) && readBytes(path) == expected;
}

// A raw SQLite connection with none of Jointly's settings, for making and
// reading files behind the core's back. It goes through the VFS that keeps
// each page's checksum (storage/PageChecksums.h), as a crafted file's maker
// could: checksums catch damage, not intent.
class RawSqlite {
public:
    explicit RawSqlite(const std::string& path, bool readOnly = false) {
        const int flags =
            readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        if (sqlite3_open_v2(path.c_str(), &db_, flags, storage::checkedFileSystem()) != SQLITE_OK) {
            std::string message = sqlite3_errmsg(db_);
            sqlite3_close(db_);
            throw std::runtime_error("cannot open " + path + ": " + message);
        }
    }
    ~RawSqlite() { sqlite3_close(db_); }
    RawSqlite(const RawSqlite&) = delete;
    RawSqlite& operator=(const RawSqlite&) = delete;

    void exec(const std::string& sql) {
        char* error = nullptr;
        if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
            std::string message = error ? error : "unknown error";
            sqlite3_free(error);
            throw std::runtime_error(message + " in: " + sql);
        }
    }

    std::int64_t queryInt(const std::string& sql) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
            throw std::runtime_error(std::string(sqlite3_errmsg(db_)) + " in: " + sql);
        }
        std::int64_t value = -1;
        if (sqlite3_step(statement) == SQLITE_ROW) {
            value = sqlite3_column_int64(statement, 0);
        }
        sqlite3_finalize(statement);
        return value;
    }

private:
    sqlite3* db_ = nullptr;
};

// Creates a project at path holding enough rows (objectives of about 100
// characters each) to fill many pages, then closes it.
// The page size an SQLite file's header gives (bytes 16 and 17, big-endian;
// 1 means 65,536).
inline std::size_t pageSizeOf(const std::string& fileBytes) {
    const auto size =
        (static_cast<std::size_t>(static_cast<unsigned char>(fileBytes.at(16))) << 8) |
        static_cast<unsigned char>(fileBytes.at(17));
    return size == 1 ? 65536 : size;
}

inline void makeProjectWithManyPages(const std::string& path, int objectives = 1000) {
    auto created = project::Project::create(path, "Westshire Partnership");
    if (!created.ok()) {
        throw std::runtime_error(created.error().message);
    }
    auto status = created.value()->edit("Add objectives", [&](storage::Database& db) {
        auto insert = db.prepare("INSERT INTO objective (text) VALUES (?1)");
        for (int i = 0; i < objectives; ++i) {
            insert.reset();
            insert.bind(1, "Objective " + std::to_string(i) + ": " +
                               std::string(90, static_cast<char>('a' + i % 26)));
            insert.run();
        }
    });
    if (!status.ok()) {
        throw std::runtime_error(status.error().message);
    }
}

// A readable description of a failed Outcome, for INFO().
template <class T> std::string describe(const Outcome<T>& outcome) {
    return outcome.ok() ? std::string("ok") : outcome.error().message;
}

} // namespace jointly::testing
