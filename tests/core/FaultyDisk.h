#pragma once

#include <sqlite3.h>

#include <string>

// A disk that fails on request, for tests: an SQLite VFS that passes every
// call to the real one but can make writes fail as a full disk (SQLITE_FULL)
// or an input/output error (SQLITE_IOERR_WRITE) would. While a FaultyDisk is
// alive it is SQLite's default VFS, so every connection a test opens (the
// project's own and an import's worker connection) goes through it.
namespace jointly::testing {

class FaultyDisk {
public:
    // The calls a fault can be put on: SQLite's xWrite, xRead, xSync and
    // xTruncate on any file, xOpen of a journal, and xDelete (of a journal).
    enum class Call { Write, Read, Sync, Truncate, OpenJournal, Delete };

    FaultyDisk();
    ~FaultyDisk();
    FaultyDisk(const FaultyDisk&) = delete;
    FaultyDisk& operator=(const FaultyDisk&) = delete;

    // After `writesFirst` more writes succeed, writes fail with `code`: just
    // the next one when `once` (a passing fault), otherwise every one until
    // heal() (a disk that stays full).
    void failAfter(int writesFirst, int code, bool once);
    // The same for any kind of call.
    void failAfter(Call call, int callsFirst, int code, bool once);
    void heal();

    // Calls of the kind armed (writes, unless told otherwise) that succeeded
    // and that failed since the last failAfter() or heal().
    int writesDone() const;
    int writesFailed() const;
};

std::string describe(FaultyDisk::Call call);

} // namespace jointly::testing
