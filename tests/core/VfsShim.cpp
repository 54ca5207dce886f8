#include "core/VfsShim.h"

#include <cstring>

namespace jointly::testing {

namespace {

int fileClose(sqlite3_file* file) {
    auto* real = realFile(file);
    return real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
}
int fileRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset) {
    auto* real = realFile(file);
    return real->pMethods->xRead(real, buffer, amount, offset);
}
int fileWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset) {
    auto* real = realFile(file);
    return real->pMethods->xWrite(real, buffer, amount, offset);
}
int fileTruncate(sqlite3_file* file, sqlite3_int64 size) {
    auto* real = realFile(file);
    return real->pMethods->xTruncate(real, size);
}
int fileSync(sqlite3_file* file, int flags) {
    auto* real = realFile(file);
    return real->pMethods->xSync(real, flags);
}
int fileSize(sqlite3_file* file, sqlite3_int64* size) {
    auto* real = realFile(file);
    return real->pMethods->xFileSize(real, size);
}
int fileLock(sqlite3_file* file, int level) {
    auto* real = realFile(file);
    return real->pMethods->xLock(real, level);
}
int fileUnlock(sqlite3_file* file, int level) {
    auto* real = realFile(file);
    return real->pMethods->xUnlock(real, level);
}
int fileCheckLock(sqlite3_file* file, int* out) {
    auto* real = realFile(file);
    return real->pMethods->xCheckReservedLock(real, out);
}
int fileControl(sqlite3_file* file, int op, void* argument) {
    auto* real = realFile(file);
    return real->pMethods->xFileControl(real, op, argument);
}
int fileSectorSize(sqlite3_file* file) {
    auto* real = realFile(file);
    return real->pMethods->xSectorSize(real);
}
int fileDevice(sqlite3_file* file) {
    auto* real = realFile(file);
    return real->pMethods->xDeviceCharacteristics(real);
}

int vfsOpen(sqlite3_vfs* shim, sqlite3_filename name, sqlite3_file* file, int flags,
            int* outFlags) {
    static const sqlite3_io_methods kMethods = passThroughMethods();
    return openReal(shim, name, file, flags, outFlags, &kMethods);
}
int vfsDelete(sqlite3_vfs* shim, const char* name, int syncFolder) {
    return realVfs(shim)->xDelete(realVfs(shim), name, syncFolder);
}
int vfsAccess(sqlite3_vfs* shim, const char* name, int flags, int* out) {
    return realVfs(shim)->xAccess(realVfs(shim), name, flags, out);
}
int vfsFullPathname(sqlite3_vfs* shim, const char* name, int size, char* out) {
    return realVfs(shim)->xFullPathname(realVfs(shim), name, size, out);
}
int vfsRandomness(sqlite3_vfs* shim, int size, char* out) {
    return realVfs(shim)->xRandomness(realVfs(shim), size, out);
}
int vfsSleep(sqlite3_vfs* shim, int microseconds) {
    return realVfs(shim)->xSleep(realVfs(shim), microseconds);
}
int vfsCurrentTime(sqlite3_vfs* shim, double* out) {
    return realVfs(shim)->xCurrentTime(realVfs(shim), out);
}
int vfsLastError(sqlite3_vfs* shim, int size, char* out) {
    auto* real = realVfs(shim);
    return real->xGetLastError ? real->xGetLastError(real, size, out) : 0;
}
int vfsCurrentTimeInt64(sqlite3_vfs* shim, sqlite3_int64* out) {
    return realVfs(shim)->xCurrentTimeInt64(realVfs(shim), out);
}

} // namespace

sqlite3_io_methods passThroughMethods() {
    sqlite3_io_methods methods{};
    methods.iVersion = 1;
    methods.xClose = fileClose;
    methods.xRead = fileRead;
    methods.xWrite = fileWrite;
    methods.xTruncate = fileTruncate;
    methods.xSync = fileSync;
    methods.xFileSize = fileSize;
    methods.xLock = fileLock;
    methods.xUnlock = fileUnlock;
    methods.xCheckReservedLock = fileCheckLock;
    methods.xFileControl = fileControl;
    methods.xSectorSize = fileSectorSize;
    methods.xDeviceCharacteristics = fileDevice;
    return methods;
}

sqlite3_vfs passThroughVfs(sqlite3_vfs* real, const char* name, int shimFileSize) {
    sqlite3_vfs vfs{};
    vfs.iVersion = 2;
    vfs.szOsFile = shimFileSize + real->szOsFile;
    vfs.mxPathname = real->mxPathname;
    vfs.zName = name;
    vfs.pAppData = real;
    vfs.xOpen = vfsOpen;
    vfs.xDelete = vfsDelete;
    vfs.xAccess = vfsAccess;
    vfs.xFullPathname = vfsFullPathname;
    vfs.xRandomness = vfsRandomness;
    vfs.xSleep = vfsSleep;
    vfs.xCurrentTime = vfsCurrentTime;
    vfs.xGetLastError = vfsLastError;
    vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    return vfs;
}

int openReal(sqlite3_vfs* shim, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags,
             const sqlite3_io_methods* methods) {
    sqlite3_vfs* real = realVfs(shim);
    const auto shimSize = static_cast<std::size_t>(shim->szOsFile - real->szOsFile);
    std::memset(file, 0, shimSize);
    auto* ours = reinterpret_cast<ShimFile*>(file);
    ours->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + shimSize);
    const int rc = real->xOpen(real, name, ours->real, flags, outFlags);
    // SQLite calls xClose only when pMethods is set, so set it whenever the
    // real file was (even half) opened; the pass-through xClose checks.
    if (ours->real->pMethods != nullptr) {
        ours->base.pMethods = methods;
    }
    return rc;
}

} // namespace jointly::testing
