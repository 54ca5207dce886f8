#include "storage/PageChecksums.h"

#include <sqlite3.h>

#include <bit>
#include <cstring>
#include <mutex>
#include <vector>

namespace jointly::storage {

namespace {

static_assert(std::endian::native == std::endian::little ||
              std::endian::native == std::endian::big);

// Room kept for the file object of the VFS beneath: more than any SQLite VFS
// or test disk needs (the unix VFS needs about 120 bytes).
constexpr int kRoomBelow = 1024;

thread_local std::uint64_t damagedPage = 0;

// One open file: ours, then the file object of the VFS beneath.
struct CheckedFile {
    sqlite3_file base;
    sqlite3_vfs* below;
    bool isProject;         // the main database, not a journal or temporary file
    bool checked;           // its header reserves room for checksums
    std::uint32_t pageSize; // the page size its header names
    bool sumAgain;          // pages were written at another size: sum them again before sync
    std::vector<unsigned char>* scratch;
    sqlite3_file* real() { return reinterpret_cast<sqlite3_file*>(this + 1); }
};

CheckedFile* checkedFile(sqlite3_file* file) {
    return reinterpret_cast<CheckedFile*>(file);
}

std::uint64_t loadWord(const unsigned char* at) {
    std::uint64_t word = 0;
    std::memcpy(&word, at, sizeof word);
    if constexpr (std::endian::native == std::endian::big) {
        word = __builtin_bswap64(word);
    }
    return word;
}

void storeWord(unsigned char* at, std::uint64_t word) {
    if constexpr (std::endian::native == std::endian::big) {
        word = __builtin_bswap64(word);
    }
    std::memcpy(at, &word, sizeof word);
}

// Reads from the database header (the first 100 bytes of page 1) whether
// the file reserves room for checksums.
void learnHeader(CheckedFile* file, const unsigned char* header) {
    static constexpr unsigned char kMagic[] = "SQLite format 3";
    if (std::memcmp(header, kMagic, sizeof kMagic) != 0) {
        file->checked = false;
        return;
    }
    std::uint32_t size = (std::uint32_t{header[16]} << 8) | header[17];
    if (size == 1) {
        size = 65536;
    }
    const bool sizeValid = size >= 512 && size <= 65536 && (size & (size - 1)) == 0;
    file->checked = sizeValid && header[20] == kChecksumBytes;
    file->pageSize = sizeValid ? size : 0;
}

// SQLite moves the pages of a project file whole; its other reads of it are
// of parts of the header (100 bytes, or 16 at offset 24). A read or write of
// a power of two from 512 to 65536 bytes at a multiple of its size is a whole
// page of that size: the size is taken from the call rather than the header,
// because while VACUUM changes the page size, pages of the new size are
// written before the header that names it.
bool isWholePage(const CheckedFile* file, int amount, sqlite3_int64 offset) {
    return file->checked && amount >= 512 && amount <= 65536 && (amount & (amount - 1)) == 0 &&
           offset % amount == 0;
}

int fileClose(sqlite3_file* file) {
    auto* ours = checkedFile(file);
    delete ours->scratch;
    ours->scratch = nullptr;
    auto* real = ours->real();
    return real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
}

int fileRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset) {
    auto* ours = checkedFile(file);
    const int rc = ours->real()->pMethods->xRead(ours->real(), buffer, amount, offset);
    if (rc != SQLITE_OK || !ours->isProject) {
        return rc;
    }
    auto* bytes = static_cast<unsigned char*>(buffer);
    if (offset == 0 && amount >= 100) {
        learnHeader(ours, bytes);
    }
    if (isWholePage(ours, amount, offset)) {
        const auto page = static_cast<std::uint64_t>(offset / amount) + 1;
        const auto size = static_cast<std::size_t>(amount);
        if (pageChecksum(bytes, size, page) != loadWord(bytes + size - kChecksumBytes)) {
            damagedPage = page;
            return SQLITE_IOERR_DATA;
        }
    }
    return rc;
}

int fileWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset) {
    auto* ours = checkedFile(file);
    auto* real = ours->real();
    if (!ours->isProject) {
        return real->pMethods->xWrite(real, buffer, amount, offset);
    }
    const auto* bytes = static_cast<const unsigned char*>(buffer);
    if (offset == 0 && amount >= 100) {
        learnHeader(ours, bytes);
    }
    if (!isWholePage(ours, amount, offset)) {
        return real->pMethods->xWrite(real, buffer, amount, offset);
    }
    // SQLite's buffer is its cached page; sum a copy, leaving the cache as it was.
    const auto size = static_cast<std::size_t>(amount);
    if (ours->scratch == nullptr) {
        ours->scratch = new std::vector<unsigned char>();
    }
    auto& page = *ours->scratch;
    page.assign(bytes, bytes + size);
    const auto number = static_cast<std::uint64_t>(offset / amount) + 1;
    storeWord(page.data() + size - kChecksumBytes, pageChecksum(page.data(), size, number));
    if (static_cast<std::uint32_t>(amount) != ours->pageSize) {
        // A VACUUM changing the page size writes the new pages in blocks of
        // the old size; they are summed again, page by page, before the sync
        // that makes them durable.
        ours->sumAgain = true;
    }
    return real->pMethods->xWrite(real, page.data(), amount, offset);
}

int fileTruncate(sqlite3_file* file, sqlite3_int64 size) {
    auto* real = checkedFile(file)->real();
    return real->pMethods->xTruncate(real, size);
}
// Sums every page of the file again at the page size its header names.
int sumEveryPage(CheckedFile* file) {
    auto* real = file->real();
    sqlite3_int64 size = 0;
    int rc = real->pMethods->xFileSize(real, &size);
    const auto pageSize = static_cast<sqlite3_int64>(file->pageSize);
    std::vector<unsigned char> page(file->pageSize);
    for (sqlite3_int64 offset = 0; rc == SQLITE_OK && offset + pageSize <= size;
         offset += pageSize) {
        rc = real->pMethods->xRead(real, page.data(), static_cast<int>(pageSize), offset);
        if (rc == SQLITE_OK) {
            const auto number = static_cast<std::uint64_t>(offset / pageSize) + 1;
            storeWord(page.data() + page.size() - kChecksumBytes,
                      pageChecksum(page.data(), page.size(), number));
            rc = real->pMethods->xWrite(real, page.data(), static_cast<int>(pageSize), offset);
        }
    }
    return rc;
}

int fileSync(sqlite3_file* file, int flags) {
    auto* ours = checkedFile(file);
    if (ours->isProject && ours->sumAgain && ours->checked && ours->pageSize != 0) {
        if (const int rc = sumEveryPage(ours); rc != SQLITE_OK) {
            return rc;
        }
        ours->sumAgain = false;
    }
    auto* real = ours->real();
    return real->pMethods->xSync(real, flags);
}
int fileSize(sqlite3_file* file, sqlite3_int64* size) {
    auto* real = checkedFile(file)->real();
    return real->pMethods->xFileSize(real, size);
}
int fileLock(sqlite3_file* file, int level) {
    auto* real = checkedFile(file)->real();
    return real->pMethods->xLock(real, level);
}
int fileUnlock(sqlite3_file* file, int level) {
    auto* real = checkedFile(file)->real();
    return real->pMethods->xUnlock(real, level);
}
int fileCheckLock(sqlite3_file* file, int* out) {
    auto* real = checkedFile(file)->real();
    return real->pMethods->xCheckReservedLock(real, out);
}
int fileControl(sqlite3_file* file, int op, void* argument) {
    auto* real = checkedFile(file)->real();
    return real->pMethods->xFileControl(real, op, argument);
}
int fileSectorSize(sqlite3_file* file) {
    auto* real = checkedFile(file)->real();
    return real->pMethods->xSectorSize(real);
}
int fileDevice(sqlite3_file* file) {
    auto* real = checkedFile(file)->real();
    return real->pMethods->xDeviceCharacteristics(real);
}
// Shared memory, only for a file in WAL mode (Jointly's own never are).
int fileShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** out) {
    auto* real = checkedFile(file)->real();
    return real->pMethods->xShmMap(real, region, size, extend, out);
}
int fileShmLock(sqlite3_file* file, int offset, int n, int flags) {
    auto* real = checkedFile(file)->real();
    return real->pMethods->xShmLock(real, offset, n, flags);
}
void fileShmBarrier(sqlite3_file* file) {
    auto* real = checkedFile(file)->real();
    real->pMethods->xShmBarrier(real);
}
int fileShmUnmap(sqlite3_file* file, int deleteFlag) {
    auto* real = checkedFile(file)->real();
    return real->pMethods->xShmUnmap(real, deleteFlag);
}

// Version 1 for files beneath that have no shared memory, version 2 for
// those that do. Never version 3: memory-mapped reads would bypass the check.
sqlite3_io_methods methodsOfVersion(int version) {
    sqlite3_io_methods m{};
    m.iVersion = version;
    m.xClose = fileClose;
    m.xRead = fileRead;
    m.xWrite = fileWrite;
    m.xTruncate = fileTruncate;
    m.xSync = fileSync;
    m.xFileSize = fileSize;
    m.xLock = fileLock;
    m.xUnlock = fileUnlock;
    m.xCheckReservedLock = fileCheckLock;
    m.xFileControl = fileControl;
    m.xSectorSize = fileSectorSize;
    m.xDeviceCharacteristics = fileDevice;
    if (version >= 2) {
        m.xShmMap = fileShmMap;
        m.xShmLock = fileShmLock;
        m.xShmBarrier = fileShmBarrier;
        m.xShmUnmap = fileShmUnmap;
    }
    return m;
}

const sqlite3_io_methods kMethodsV1 = methodsOfVersion(1);
const sqlite3_io_methods kMethodsV2 = methodsOfVersion(2);

// The VFS beneath: SQLite's default at the time of the call.
sqlite3_vfs* beneath() {
    return sqlite3_vfs_find(nullptr);
}

int vfsOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags) {
    auto* ours = checkedFile(file);
    std::memset(ours, 0, sizeof(CheckedFile));
    sqlite3_vfs* below = beneath();
    if (below->szOsFile > kRoomBelow) {
        return SQLITE_CANTOPEN;
    }
    const int rc = below->xOpen(below, name, ours->real(), flags, outFlags);
    const sqlite3_io_methods* realMethods = ours->real()->pMethods;
    if (realMethods != nullptr) {
        ours->base.pMethods = realMethods->iVersion >= 2 ? &kMethodsV2 : &kMethodsV1;
    }
    ours->below = below;
    ours->isProject = (flags & SQLITE_OPEN_MAIN_DB) != 0;
    return rc;
}
int vfsDelete(sqlite3_vfs*, const char* name, int syncFolder) {
    return beneath()->xDelete(beneath(), name, syncFolder);
}
int vfsAccess(sqlite3_vfs*, const char* name, int flags, int* out) {
    return beneath()->xAccess(beneath(), name, flags, out);
}
int vfsFullPathname(sqlite3_vfs*, const char* name, int size, char* out) {
    return beneath()->xFullPathname(beneath(), name, size, out);
}
int vfsRandomness(sqlite3_vfs*, int size, char* out) {
    return beneath()->xRandomness(beneath(), size, out);
}
int vfsSleep(sqlite3_vfs*, int microseconds) {
    return beneath()->xSleep(beneath(), microseconds);
}
int vfsCurrentTime(sqlite3_vfs*, double* out) {
    return beneath()->xCurrentTime(beneath(), out);
}
int vfsLastError(sqlite3_vfs*, int size, char* out) {
    return beneath()->xGetLastError ? beneath()->xGetLastError(beneath(), size, out) : 0;
}
int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) {
    return beneath()->xCurrentTimeInt64(beneath(), out);
}

sqlite3_vfs makeVfs() {
    sqlite3_vfs vfs{};
    vfs.iVersion = 2;
    vfs.szOsFile = static_cast<int>(sizeof(CheckedFile)) + kRoomBelow;
    vfs.mxPathname = beneath()->mxPathname;
    vfs.zName = "jointly-checked";
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

} // namespace

const char* checkedFileSystem() {
    static sqlite3_vfs vfs = makeVfs();
    static std::once_flag registered;
    std::call_once(registered, [] { sqlite3_vfs_register(&vfs, 0); });
    return vfs.zName;
}

std::uint64_t pageChecksum(const unsigned char* page, std::size_t size, std::uint64_t pageNumber) {
    // Two running sums over the page's 64-bit words (Fletcher's scheme, modulo
    // 2^64): the first changes with any changed bit, the second also with
    // words swapped or moved. The page number is summed first, so a page
    // written to the wrong place does not match.
    std::uint64_t sum = pageNumber * 0x9E3779B97F4A7C15ULL;
    std::uint64_t sumOfSums = sum;
    const std::size_t words = (size - kChecksumBytes) / 8;
    for (std::size_t i = 0; i < words; ++i) {
        sum += loadWord(page + 8 * i);
        sumOfSums += sum;
    }
    return sum ^ ((sumOfSums << 32) | (sumOfSums >> 32));
}

std::uint64_t lastDamagedPage() {
    return damagedPage;
}

void forgetDamagedPage() {
    damagedPage = 0;
}

} // namespace jointly::storage
