#include "core/FaultyDisk.h"

#include <cstring>
#include <stdexcept>

namespace jointly::testing {

namespace {

using Call = FaultyDisk::Call;

struct State {
    sqlite3_vfs* real = nullptr;
    Call armed = Call::Write;
    sqlite3_vfs faulty{};
    sqlite3_io_methods methods{};
    int writesLeft = -1; // below zero: no fault armed
    int code = SQLITE_FULL;
    bool once = true;
    bool failing = false;
    int done = 0;
    int failed = 0;
};

State& state() {
    static State instance;
    return instance;
}

// Each open file: SQLite's own file object follows ours in the same block.
struct FaultyFile {
    sqlite3_file base;
    sqlite3_file* real() { return reinterpret_cast<sqlite3_file*>(this + 1); }
};

FaultyFile* wrap(sqlite3_file* file) {
    return reinterpret_cast<FaultyFile*>(file);
}

// Whether this call fails, counting it either way if it is of the kind armed.
bool shouldFail(Call call) {
    auto& s = state();
    if (call != s.armed) {
        return false;
    }
    if (s.failing) {
        ++s.failed;
        return true;
    }
    if (s.writesLeft < 0) {
        ++s.done;
        return false;
    }
    if (s.writesLeft == 0) {
        ++s.failed;
        if (s.once) {
            s.writesLeft = -1;
        } else {
            s.failing = true;
        }
        return true;
    }
    --s.writesLeft;
    ++s.done;
    return false;
}

int fileClose(sqlite3_file* file) {
    auto* real = wrap(file)->real();
    return real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
}
int fileRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset) {
    if (shouldFail(Call::Read)) {
        return state().code;
    }
    auto* real = wrap(file)->real();
    return real->pMethods->xRead(real, buffer, amount, offset);
}
int fileWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset) {
    if (shouldFail(Call::Write)) {
        return state().code;
    }
    auto* real = wrap(file)->real();
    return real->pMethods->xWrite(real, buffer, amount, offset);
}
int fileTruncate(sqlite3_file* file, sqlite3_int64 size) {
    if (shouldFail(Call::Truncate)) {
        return state().code;
    }
    auto* real = wrap(file)->real();
    return real->pMethods->xTruncate(real, size);
}
int fileSync(sqlite3_file* file, int flags) {
    if (shouldFail(Call::Sync)) {
        return state().code;
    }
    auto* real = wrap(file)->real();
    return real->pMethods->xSync(real, flags);
}
int fileSize(sqlite3_file* file, sqlite3_int64* size) {
    auto* real = wrap(file)->real();
    return real->pMethods->xFileSize(real, size);
}
int fileLock(sqlite3_file* file, int level) {
    auto* real = wrap(file)->real();
    return real->pMethods->xLock(real, level);
}
int fileUnlock(sqlite3_file* file, int level) {
    auto* real = wrap(file)->real();
    return real->pMethods->xUnlock(real, level);
}
int fileCheckLock(sqlite3_file* file, int* out) {
    auto* real = wrap(file)->real();
    return real->pMethods->xCheckReservedLock(real, out);
}
int fileControl(sqlite3_file* file, int op, void* argument) {
    auto* real = wrap(file)->real();
    return real->pMethods->xFileControl(real, op, argument);
}
int fileSectorSize(sqlite3_file* file) {
    auto* real = wrap(file)->real();
    return real->pMethods->xSectorSize(real);
}
int fileDevice(sqlite3_file* file) {
    auto* real = wrap(file)->real();
    return real->pMethods->xDeviceCharacteristics(real);
}

int vfsOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags) {
    auto& s = state();
    auto* faulty = wrap(file);
    std::memset(faulty, 0, sizeof(FaultyFile));
    if ((flags & SQLITE_OPEN_MAIN_JOURNAL) != 0 && shouldFail(Call::OpenJournal)) {
        return s.code;
    }
    int rc = s.real->xOpen(s.real, name, faulty->real(), flags, outFlags);
    // SQLite calls xClose only when pMethods is set, so set it even on
    // failure if the real file was half opened; fileClose checks.
    faulty->base.pMethods = &s.methods;
    if (rc != SQLITE_OK && faulty->real()->pMethods == nullptr) {
        faulty->base.pMethods = nullptr;
    }
    return rc;
}
int vfsDelete(sqlite3_vfs*, const char* name, int syncDir) {
    if (shouldFail(Call::Delete)) {
        return state().code;
    }
    return state().real->xDelete(state().real, name, syncDir);
}
int vfsAccess(sqlite3_vfs*, const char* name, int flags, int* out) {
    return state().real->xAccess(state().real, name, flags, out);
}
int vfsFullPathname(sqlite3_vfs*, const char* name, int size, char* out) {
    return state().real->xFullPathname(state().real, name, size, out);
}
int vfsRandomness(sqlite3_vfs*, int size, char* out) {
    return state().real->xRandomness(state().real, size, out);
}
int vfsSleep(sqlite3_vfs*, int microseconds) {
    return state().real->xSleep(state().real, microseconds);
}
int vfsCurrentTime(sqlite3_vfs*, double* out) {
    return state().real->xCurrentTime(state().real, out);
}
int vfsLastError(sqlite3_vfs*, int size, char* out) {
    return state().real->xGetLastError ? state().real->xGetLastError(state().real, size, out) : 0;
}
int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) {
    return state().real->xCurrentTimeInt64(state().real, out);
}

} // namespace

FaultyDisk::FaultyDisk() {
    auto& s = state();
    s.real = sqlite3_vfs_find(nullptr);
    if (s.real == nullptr) {
        throw std::runtime_error("SQLite has no default VFS");
    }
    s.methods = sqlite3_io_methods{};
    s.methods.iVersion = 1;
    s.methods.xClose = fileClose;
    s.methods.xRead = fileRead;
    s.methods.xWrite = fileWrite;
    s.methods.xTruncate = fileTruncate;
    s.methods.xSync = fileSync;
    s.methods.xFileSize = fileSize;
    s.methods.xLock = fileLock;
    s.methods.xUnlock = fileUnlock;
    s.methods.xCheckReservedLock = fileCheckLock;
    s.methods.xFileControl = fileControl;
    s.methods.xSectorSize = fileSectorSize;
    s.methods.xDeviceCharacteristics = fileDevice;
    s.faulty = sqlite3_vfs{};
    s.faulty.iVersion = 2;
    s.faulty.szOsFile = static_cast<int>(sizeof(FaultyFile)) + s.real->szOsFile;
    s.faulty.mxPathname = s.real->mxPathname;
    s.faulty.zName = "jointly-faulty-disk";
    s.faulty.xOpen = vfsOpen;
    s.faulty.xDelete = vfsDelete;
    s.faulty.xAccess = vfsAccess;
    s.faulty.xFullPathname = vfsFullPathname;
    s.faulty.xRandomness = vfsRandomness;
    s.faulty.xSleep = vfsSleep;
    s.faulty.xCurrentTime = vfsCurrentTime;
    s.faulty.xGetLastError = vfsLastError;
    s.faulty.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    heal();
    sqlite3_vfs_register(&s.faulty, 1);
}

FaultyDisk::~FaultyDisk() {
    auto& s = state();
    sqlite3_vfs_unregister(&s.faulty);
    sqlite3_vfs_register(s.real, 1);
}

void FaultyDisk::failAfter(int writesFirst, int code, bool once) {
    failAfter(Call::Write, writesFirst, code, once);
}

void FaultyDisk::failAfter(Call call, int writesFirst, int code, bool once) {
    auto& s = state();
    s.armed = call;
    s.writesLeft = writesFirst;
    s.code = code;
    s.once = once;
    s.failing = false;
    s.done = 0;
    s.failed = 0;
}

void FaultyDisk::heal() {
    auto& s = state();
    s.armed = Call::Write;
    s.writesLeft = -1;
    s.failing = false;
    s.done = 0;
    s.failed = 0;
}

int FaultyDisk::writesDone() const {
    return state().done;
}

int FaultyDisk::writesFailed() const {
    return state().failed;
}

std::string describe(FaultyDisk::Call call) {
    switch (call) {
    case Call::Write:
        return "write";
    case Call::Read:
        return "read";
    case Call::Sync:
        return "sync";
    case Call::Truncate:
        return "truncate";
    case Call::OpenJournal:
        return "opening the journal";
    case Call::Delete:
        return "deleting the journal";
    }
    return "?";
}

} // namespace jointly::testing
