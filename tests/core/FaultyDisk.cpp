#include "core/FaultyDisk.h"

#include "core/VfsShim.h"

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

int fileRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset) {
    if (shouldFail(Call::Read)) {
        return state().code;
    }
    auto* real = realFile(file);
    return real->pMethods->xRead(real, buffer, amount, offset);
}
int fileWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset) {
    if (shouldFail(Call::Write)) {
        return state().code;
    }
    auto* real = realFile(file);
    return real->pMethods->xWrite(real, buffer, amount, offset);
}
int fileTruncate(sqlite3_file* file, sqlite3_int64 size) {
    if (shouldFail(Call::Truncate)) {
        return state().code;
    }
    auto* real = realFile(file);
    return real->pMethods->xTruncate(real, size);
}
int fileSync(sqlite3_file* file, int flags) {
    if (shouldFail(Call::Sync)) {
        return state().code;
    }
    auto* real = realFile(file);
    return real->pMethods->xSync(real, flags);
}

int vfsOpen(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags) {
    if ((flags & SQLITE_OPEN_MAIN_JOURNAL) != 0 && shouldFail(Call::OpenJournal)) {
        file->pMethods = nullptr;
        return state().code;
    }
    return openReal(vfs, name, file, flags, outFlags, &state().methods);
}
int vfsDelete(sqlite3_vfs* vfs, const char* name, int syncDir) {
    if (shouldFail(Call::Delete)) {
        return state().code;
    }
    return realVfs(vfs)->xDelete(realVfs(vfs), name, syncDir);
}

} // namespace

FaultyDisk::FaultyDisk() {
    auto& s = state();
    s.real = sqlite3_vfs_find(nullptr);
    if (s.real == nullptr) {
        throw std::runtime_error("SQLite has no default VFS");
    }
    s.methods = passThroughMethods();
    s.methods.xRead = fileRead;
    s.methods.xWrite = fileWrite;
    s.methods.xTruncate = fileTruncate;
    s.methods.xSync = fileSync;
    s.faulty = passThroughVfs(s.real, "jointly-faulty-disk", static_cast<int>(sizeof(ShimFile)));
    s.faulty.xOpen = vfsOpen;
    s.faulty.xDelete = vfsDelete;
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
