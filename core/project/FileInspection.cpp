#include "project/FileInspection.h"

#include "project/Schema.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <sqlite3.h>

#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>

namespace jointly::project {

namespace {

constexpr std::size_t kHeaderSize = 100;

std::uint32_t readBigEndian32(const std::array<unsigned char, kHeaderSize>& header,
                              std::size_t offset) {
    return (std::uint32_t{header[offset]} << 24) | (std::uint32_t{header[offset + 1]} << 16) |
           (std::uint32_t{header[offset + 2]} << 8) | std::uint32_t{header[offset + 3]};
}

Error refuse(ErrorKind kind, std::string message) {
    return Error{kind, std::move(message)};
}

} // namespace

std::string displayName(const std::string& path) {
    auto name = std::filesystem::path(path).filename().string();
    return name.empty() ? path : name;
}

Outcome<FileFacts> inspectProjectFile(const std::string& path) {
    namespace fs = std::filesystem;
    const std::string name = displayName(path);
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        auto folder = fs::absolute(fs::path(path), ec).parent_path().string();
        return refuse(ErrorKind::NotFound, "There is no file called " + name + " in " + folder +
                                               ". Check the name and folder.");
    }
    if (fs::is_directory(status)) {
        return refuse(ErrorKind::NotSqlite,
                      path + " is a folder, not a Jointly project. Choose a file ending in "
                             ".jointly.");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return refuse(ErrorKind::NotReadable,
                      "Jointly is not allowed to read " + name +
                          ". Ask whoever manages the folder for read access, or copy the file "
                          "somewhere you can read it.");
    }
    const auto size = fs::file_size(path, ec);
    std::array<unsigned char, kHeaderSize> header{};
    in.read(reinterpret_cast<char*>(header.data()), kHeaderSize);
    const auto got = static_cast<std::size_t>(in.gcount());

    static constexpr char kMagic[] = "SQLite format 3";
    const bool magic =
        got >= sizeof(kMagic) && std::equal(kMagic, kMagic + sizeof(kMagic), header.begin());
    if (!magic) {
        return refuse(ErrorKind::NotSqlite,
                      name + " is not a Jointly project: it is not a database file at all" +
                          (size == 0 ? " (it is empty)" : "") +
                          ". Choose a file ending in .jointly, or import this file's data "
                          "through an import command instead.");
    }
    if (got < kHeaderSize) {
        return refuse(ErrorKind::Damaged,
                      name + " is damaged: it ends after " + std::to_string(got) +
                          " bytes, inside its header. Open a backup copy of the project.");
    }

    const auto applicationId = static_cast<std::int32_t>(readBigEndian32(header, 68));
    const auto userVersion = static_cast<std::int32_t>(readBigEndian32(header, 60));
    if (applicationId != kApplicationId) {
        return refuse(ErrorKind::OtherApplication,
                      name + " is a database made by another program, not a Jointly project. "
                             "Jointly has left it as it was. Choose a file ending in .jointly.");
    }
    if (userVersion > kCurrentSchemaVersion) {
        return refuse(ErrorKind::NewerVersion,
                      name + " was saved by a newer version of Jointly (file format " +
                          std::to_string(userVersion) + "; this version reads up to format " +
                          std::to_string(kCurrentSchemaVersion) +
                          "). Install the newer Jointly to open it; the file has not been "
                          "changed.");
    }
    if (userVersion < 0) {
        return refuse(ErrorKind::Damaged, name + " is damaged: its format number is negative. "
                                                 "Open a backup copy of the project.");
    }

    // The header's page size and page count say how long the file must be.
    std::uint32_t pageSize = (std::uint32_t{header[16]} << 8) | std::uint32_t{header[17]};
    if (pageSize == 1) {
        pageSize = 65536;
    }
    const bool validPageSize = pageSize >= 512 && (pageSize & (pageSize - 1)) == 0;
    const std::uint32_t pageCount = readBigEndian32(header, 28);
    const bool countValid = readBigEndian32(header, 24) == readBigEndian32(header, 92);
    if (!validPageSize) {
        return refuse(ErrorKind::Damaged, name + " is damaged: its header is not valid. "
                                                 "Open a backup copy of the project.");
    }
    if (countValid && pageCount > 0 &&
        std::uintmax_t{pageCount} * pageSize > std::uintmax_t{size}) {
        return refuse(ErrorKind::Damaged,
                      name + " is damaged: it has been cut short (" + std::to_string(size) +
                          " bytes of the " + std::to_string(std::uintmax_t{pageCount} * pageSize) +
                          " it should have), perhaps by an interrupted copy or download. Copy "
                          "it again from where it came from, or open a backup.");
    }

    FileFacts facts;
    facts.schemaVersion = userVersion;
    std::string missing;
    try {
        storage::Database db(path, storage::OpenMode::ReadOnly);
        auto check = db.prepare("PRAGMA quick_check(1)");
        facts.integrity = check.step() ? check.text(0) : std::string("no answer");
        if (facts.integrity == "ok" && userVersion == kCurrentSchemaVersion) {
            missing = missingSchemaParts(db);
        }
    } catch (const storage::StorageError& error) {
        facts.integrity = error.primaryCode() == SQLITE_BUSY       ? std::string("busy")
                          : error.primaryCode() == SQLITE_READONLY ? std::string("unfinished")
                                                                   : std::string(error.what());
    }
    if (facts.integrity == "busy") {
        return refuse(ErrorKind::Locked, name + " is being changed by another program right now. "
                                                "Try again in a moment.");
    }
    if (facts.integrity == "unfinished") {
        // A journal beside the file that SQLite must play back before the
        // file can be read: a program stopped part way through a change
        // (or someone left a stray journal there). Reading only, Jointly
        // cannot put it back; opening the project for editing does.
        return refuse(ErrorKind::Damaged,
                      name +
                          " holds a change that was never finished: a program working on it "
                          "stopped part way, leaving " +
                          name +
                          "-journal beside it. Open it in Jointly, which puts the project back "
                          "as it was after its last saved change.");
    }
    if (facts.integrity != "ok") {
        return refuse(ErrorKind::Damaged,
                      name + " is damaged: SQLite's own check found broken pages inside it. "
                             "Jointly has not changed it. Open a backup copy of the project, or "
                             "the copy kept before its last upgrade.");
    }
    if (!missing.empty()) {
        return refuse(ErrorKind::Damaged,
                      name +
                          " has been changed by another program and no longer holds what "
                          "Jointly needs: " +
                          missing +
                          ". Jointly has not changed it. Open a backup copy of the project.");
    }
    return facts;
}

} // namespace jointly::project
