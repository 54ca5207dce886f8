#pragma once

// Helpers shared by the libFuzzer targets: a private folder for the files each
// input is written to, and a pass that reads everything a project holds the
// way the app and the command line do.

#include <cstddef>
#include <cstdint>
#include <string>

#include <memory>

namespace jointly::storage {
class Database;
}
namespace jointly::project {
class Project;
}

namespace jointly::fuzz {

// The full path of a file in this process's own folder. The folder is made
// the first time (under TMPDIR, or the system's temporary folder) and removed
// with everything in it when the process exits normally.
std::string workFile(const std::string& name);

// Says what is broken on stderr and aborts, so libFuzzer keeps the input.
[[noreturn]] void broken(const char* what);

// A new project in this process's folder, called `fileName`, holding the
// partner organisation "Westshire County Council" with its member "Jo": two
// edits. Aborts if it cannot be made.
std::unique_ptr<project::Project> projectWithPartner(const std::string& fileName);

// Writes the bytes to path, replacing what was there. Aborts if it cannot,
// since every later step would then test the wrong thing.
void writeBytes(const std::string& path, const std::uint8_t* data, std::size_t size);

// Removes a project file and what SQLite and Jointly keep beside it (the
// journal and the lock file), if they are there.
void removeProject(const std::string& path);

// Which storage errors a reading pass may meet. A project file from elsewhere
// may be damaged, so reading it may meet SQLite's corruption-class errors
// (SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_IOERR, which includes a page whose
// checksum does not match) and nothing else; a project Jointly has just
// written itself must meet none. Any other error aborts: it is a bug.
enum class Tolerate { Corruption, Nothing };

// Reads the whole project as the app and the command line would: every record
// of every kind with each field formatted for display, every judged indicator
// value and the list of those worse and getting worse, the three stages'
// progress, the terms of reference, every options appraisal, the investment
// what-ifs and the budget with its risk shares, and the change history put
// into words. A damaged file may make SQLite
// report an error, which the storage layer throws as storage::StorageError;
// what `tolerate` allows is an expected refusal and is caught here. Anything
// else aborts or escapes, and is a bug.
void readEverything(storage::Database& db, Tolerate tolerate);

// The needs stage's view of the indicators only: every judged value, those
// worse and getting worse, the stage's progress and the indicators exported
// as CSV. Quicker than readEverything, for the importers' targets.
void readIndicators(storage::Database& db, Tolerate tolerate);

// Rewrites the checksum of every whole page of a file in memory whose header
// makes room for them, as a crafted file's maker could; the fuzzed bytes
// then reach SQLite's own parsing rather than stopping at the first check.
void recomputeChecksums(std::string& bytes);

} // namespace jointly::fuzz
