#include "project/FileInspection.h"

#include "project/Schema.h"
#include "storage/Database.h"
#include "storage/PageChecksums.h"
#include "storage/StorageError.h"
#include "util/Text.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string_view>

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

constexpr std::size_t kSampleSize = 4096;

bool looksLikeText(std::string_view sample) {
    for (const char byte : sample) {
        const auto c = static_cast<unsigned char>(byte);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            return false;
        }
    }
    return !sample.empty();
}

// Text laid out as a table: its first two lines split into the same number
// (more than one) of fields on a comma, semicolon or tab.
bool looksLikeCsv(std::string_view sample) {
    const auto firstEnd = sample.find('\n');
    if (firstEnd == std::string_view::npos) {
        return false;
    }
    const auto first = sample.substr(0, firstEnd);
    const auto rest = sample.substr(firstEnd + 1);
    const auto second = rest.substr(0, rest.find('\n'));
    for (const char separator : {',', ';', '\t'}) {
        const auto count = std::count(first.begin(), first.end(), separator);
        if (count > 0 && count == std::count(second.begin(), second.end(), separator)) {
            return true;
        }
    }
    return false;
}

// Says what a file that is not a database holds, from its first bytes, and
// what the user can do with it: its name may end in .jointly, but that does
// not make it a project.
std::string notADatabase(const std::string& name, std::string_view sample) {
    const std::string leftAlone = " Jointly has left it as it was.";
    const std::string askForProject =
        " If you expected a partnership's project, ask whoever sent it for the .jointly file "
        "itself, or open a backup.";
    if (sample.empty()) {
        return name +
               " is empty: there is nothing in it, so there is no project to open. It may be a "
               "copy or download that never finished: copy the project again from where it "
               "came from, or open a backup.";
    }
    auto startsWith = [&](std::string_view prefix) {
        return sample.substr(0, prefix.size()) == prefix;
    };
    if (startsWith("%PDF")) {
        return name +
               " is a PDF document, not a Jointly project, although its name ends in "
               ".jointly." +
               leftAlone + askForProject;
    }
    if (startsWith("PK\x03\x04")) {
        return name +
               " is a ZIP archive (as Word, Excel and OpenDocument files are), not a "
               "Jointly project, although its name ends in .jointly." +
               leftAlone + askForProject;
    }
    if (looksLikeText(sample)) {
        const auto first = sample.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
        const char lead = first == std::string_view::npos ? ' ' : sample[first];
        if (lead == '{' || lead == '[') {
            return name +
                   " holds JSON text, not a Jointly project, although its name ends in "
                   ".jointly." +
                   leftAlone +
                   " If it is a partnership exported as JSON, make a project from it with File "
                   "> New partnership from JSON.";
        }
        if (lead == '<') {
            return name +
                   " holds a web page or XML text, not a Jointly project, although its "
                   "name ends in .jointly." +
                   leftAlone + askForProject;
        }
        if (looksLikeCsv(sample)) {
            return name +
                   " holds text laid out like a CSV spreadsheet, not a Jointly project, "
                   "although its name ends in .jointly." +
                   leftAlone +
                   " To bring its figures into a partnership, open the partnership and use one "
                   "of its Import ... from CSV buttons." +
                   askForProject;
        }
        return name +
               " holds plain text, not a Jointly project, although its name ends in "
               ".jointly." +
               leftAlone + " Open it in a text editor to see what it is." + askForProject;
    }
    return name +
           " was made by another program: it is not a Jointly project, although its "
           "name ends in .jointly." +
           leftAlone + askForProject;
}

} // namespace

std::string displayName(const std::string& path) {
    return util::fileNameOf(path);
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
        // A longer look, to say what the file holds instead.
        std::string sample(kSampleSize, '\0');
        in.clear();
        in.seekg(0);
        in.read(sample.data(), static_cast<std::streamsize>(kSampleSize));
        sample.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
        return refuse(ErrorKind::NotSqlite, notADatabase(name, sample));
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

    if (userVersion >= kFirstChecksummedVersion && header[20] != storage::kChecksumBytes) {
        return refuse(ErrorKind::Damaged,
                      name + " is damaged: its header no longer makes room for the checksums "
                             "that let Jointly check every page, perhaps because a program "
                             "other than Jointly rewrote it. Jointly has not changed it. Open a "
                             "backup copy of the project.");
    }

    FileFacts facts;
    facts.schemaVersion = userVersion;
    std::string missing;
    try {
        storage::Database db(path, storage::OpenMode::ReadOnly);
        // quick_check reads every page in use, so each page's checksum is
        // checked too; SQLite reports a page that fails as one it could not
        // read, and the checking VFS says which.
        storage::forgetDamagedPage();
        auto check = db.prepare("PRAGMA quick_check(1)");
        facts.integrity = check.step() ? check.text(0) : std::string("no answer");
        if (const auto page = storage::lastDamagedPage(); page != 0) {
            return refuse(ErrorKind::Damaged, storage::describeDamagedPage(name, page));
        }
        if (facts.integrity == "ok" && userVersion == kCurrentSchemaVersion) {
            missing = missingSchemaParts(db);
        } else if (facts.integrity == "ok") {
            // An older file is checked as it will be used: upgraded, here in
            // a private copy in memory, so that a table someone else changed
            // is found now rather than as a failure to read it later.
            storage::Database upgraded(path, storage::OpenMode::Memory);
            upgraded.copyFrom(db);
            try {
                migrateToCurrent(upgraded);
                missing = missingSchemaParts(upgraded);
            } catch (const storage::StorageError& error) {
                missing = std::string("it cannot be upgraded to this version's format (") +
                          error.what() + ")";
            }
        }
    } catch (const storage::StorageError& error) {
        if (error.sqliteCode() == SQLITE_IOERR_DATA) {
            return refuse(ErrorKind::Damaged,
                          storage::describeDamagedPage(name, storage::lastDamagedPage()));
        }
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
