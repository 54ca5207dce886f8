#include "core/PowerCutDisk.h"

#include "core/VfsShim.h"

#include <sqlite3.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <stdexcept>
#include <vector>

namespace jointly::testing {

namespace {

// A write or a truncation not yet made durable by a sync of its file.
struct Change {
    bool truncation = false;
    sqlite3_int64 offset = 0; // or the new size, for a truncation
    std::string bytes;
};

// One life of a file: made when a path is created, or first seen existing,
// and left behind (but kept, as a power cut may bring it back) when deleted.
struct FileLife {
    std::string path;
    std::string durable; // content as of its last sync
    std::vector<Change> unsynced;
};

constexpr int kAbsent = -1;

struct State {
    sqlite3_vfs* real = nullptr;
    sqlite3_vfs vfs{};
    sqlite3_io_methods methods{};
    int generation = 0;
    bool watching = false;
    bool cut = false;
    int cutAt = -1;
    int events = 0;
    int changedByCut = 0;
    std::vector<FileLife> lives;
    std::map<std::string, int> linkedNow;     // path -> life, as the folder says now
    std::map<std::string, int> linkedDurably; // path -> life, as a synced folder says
};

State& state() {
    static State instance;
    return instance;
}

// Each open file: the shim's header, what this disk knows of the file, then
// (in the same block) the real VFS's file object.
struct WatchedFile {
    ShimFile shim;
    const char* name;     // SQLite keeps it valid until the file is closed
    int generation;       // the watch() this file's life belongs to
    int life;             // index into State::lives, or kAbsent
    bool syncFolderFirst; // a new journal: its first sync also syncs the folder
};

WatchedFile* watched(sqlite3_file* file) {
    return reinterpret_cast<WatchedFile*>(file);
}

std::string apply(std::string content, const Change& change) {
    if (change.truncation) {
        content.resize(static_cast<std::size_t>(change.offset));
        return content;
    }
    const auto end = static_cast<std::size_t>(change.offset) + change.bytes.size();
    if (content.size() < end) {
        content.resize(end, '\0');
    }
    std::memcpy(content.data() + change.offset, change.bytes.data(), change.bytes.size());
    return content;
}

std::string readWhole(sqlite3_file* real) {
    sqlite3_int64 size = 0;
    if (real->pMethods->xFileSize(real, &size) != SQLITE_OK) {
        throw std::runtime_error("PowerCutDisk cannot size a file");
    }
    std::string content(static_cast<std::size_t>(size), '\0');
    if (size > 0 &&
        real->pMethods->xRead(real, content.data(), static_cast<int>(size), 0) != SQLITE_OK) {
        throw std::runtime_error("PowerCutDisk cannot read a file");
    }
    return content;
}

// The life a file's writes belong to: a file opened before watch() starts
// one now, its present content counting as durable.
int lifeOf(WatchedFile* file) {
    auto& s = state();
    if (file->name == nullptr) {
        return kAbsent; // a temporary file, gone after any crash anyway
    }
    if (file->generation != s.generation || file->life == kAbsent) {
        auto found = s.linkedNow.find(file->name);
        if (found != s.linkedNow.end() && found->second != kAbsent) {
            file->life = found->second;
        } else {
            s.lives.push_back(FileLife{file->name, readWhole(file->shim.real), {}});
            file->life = static_cast<int>(s.lives.size()) - 1;
            s.linkedNow[file->name] = file->life;
            s.linkedDurably.try_emplace(file->name, file->life);
        }
        file->generation = s.generation;
    }
    return file->life;
}

void syncFolder() {
    auto& s = state();
    s.linkedDurably = s.linkedNow;
}

// Counts a durability event; true when the power goes at it.
bool powerGoesNow() {
    auto& s = state();
    if (!s.watching) {
        return false;
    }
    if (!s.cut && s.cutAt >= 0 && s.events == s.cutAt) {
        s.cut = true;
    }
    if (s.cut) {
        return true;
    }
    ++s.events;
    return false;
}

int fileRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset) {
    if (state().cut) {
        return SQLITE_IOERR_READ;
    }
    auto* real = realFile(file);
    return real->pMethods->xRead(real, buffer, amount, offset);
}

int fileWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset) {
    auto& s = state();
    if (s.cut) {
        return SQLITE_IOERR_WRITE;
    }
    auto* ours = watched(file);
    if (s.watching) {
        const int life = lifeOf(ours);
        if (life != kAbsent) {
            s.lives[static_cast<std::size_t>(life)].unsynced.push_back(Change{
                false, offset,
                std::string(static_cast<const char*>(buffer), static_cast<std::size_t>(amount))});
        }
    }
    return ours->shim.real->pMethods->xWrite(ours->shim.real, buffer, amount, offset);
}

int fileTruncate(sqlite3_file* file, sqlite3_int64 size) {
    auto& s = state();
    if (s.cut) {
        return SQLITE_IOERR_TRUNCATE;
    }
    auto* ours = watched(file);
    if (s.watching) {
        const int life = lifeOf(ours);
        if (life != kAbsent) {
            s.lives[static_cast<std::size_t>(life)].unsynced.push_back(Change{true, size, {}});
        }
    }
    return ours->shim.real->pMethods->xTruncate(ours->shim.real, size);
}

int fileSync(sqlite3_file* file, int flags) {
    auto& s = state();
    auto* ours = watched(file);
    if (powerGoesNow()) {
        return SQLITE_IOERR_FSYNC;
    }
    const int rc = ours->shim.real->pMethods->xSync(ours->shim.real, flags);
    if (rc != SQLITE_OK || !s.watching) {
        return rc;
    }
    const int life = lifeOf(ours);
    if (life != kAbsent) {
        auto& it = s.lives[static_cast<std::size_t>(life)];
        for (const auto& change : it.unsynced) {
            it.durable = apply(std::move(it.durable), change);
        }
        it.unsynced.clear();
    }
    // SQLite's unix VFS syncs the folder the first time it syncs a journal
    // it has just created, so that the journal's name is durable before any
    // page of the project is overwritten (UNIXFILE_DIRSYNC).
    if (ours->syncFolderFirst) {
        ours->syncFolderFirst = false;
        syncFolder();
    }
    return rc;
}

int fileLock(sqlite3_file* file, int level) {
    if (state().cut) {
        return SQLITE_IOERR_LOCK;
    }
    auto* real = realFile(file);
    return real->pMethods->xLock(real, level);
}

bool exists(const char* name) {
    int found = 0;
    auto& s = state();
    return name != nullptr &&
           s.real->xAccess(s.real, name, SQLITE_ACCESS_EXISTS, &found) == SQLITE_OK && found != 0;
}

int vfsOpen(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags) {
    auto& s = state();
    if (s.cut) {
        file->pMethods = nullptr;
        return SQLITE_CANTOPEN;
    }
    const bool isNew = !exists(name);
    const bool creating = (flags & SQLITE_OPEN_CREATE) != 0;
    const bool journal =
        (flags & (SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_SUPER_JOURNAL | SQLITE_OPEN_WAL)) != 0;
    const int rc = openReal(vfs, name, file, flags, outFlags, &s.methods);
    if (rc != SQLITE_OK) {
        return rc;
    }
    auto* ours = watched(file);
    ours->name = name;
    ours->life = kAbsent;
    ours->generation = s.generation;
    ours->syncFolderFirst = creating && journal;
    if (s.watching && name != nullptr && isNew) {
        // A new name in the folder: durable only once the folder is synced.
        s.lives.push_back(FileLife{name, {}, {}});
        ours->life = static_cast<int>(s.lives.size()) - 1;
        s.linkedNow[name] = ours->life;
        s.linkedDurably.try_emplace(name, kAbsent);
    }
    return rc;
}

int vfsDelete(sqlite3_vfs*, const char* name, int syncFolderAfter) {
    auto& s = state();
    if (powerGoesNow()) {
        return SQLITE_IOERR_DELETE;
    }
    if (s.watching && exists(name)) {
        // A file never opened since watch() was durable as it stands.
        if (s.linkedNow.find(name) == s.linkedNow.end()) {
            std::ifstream in(name, std::ios::binary);
            std::string content((std::istreambuf_iterator<char>(in)),
                                std::istreambuf_iterator<char>());
            s.lives.push_back(FileLife{name, content, {}});
            s.linkedNow[name] = static_cast<int>(s.lives.size()) - 1;
            s.linkedDurably[name] = s.linkedNow[name];
        }
        s.linkedNow[name] = kAbsent;
    }
    const int rc = s.real->xDelete(s.real, name, syncFolderAfter);
    if (rc == SQLITE_OK && s.watching && syncFolderAfter != 0) {
        syncFolder();
    }
    return rc;
}

// The content a file has after the cut, under `loss`.
std::string survivingContent(const FileLife& life, PowerCutDisk::Loss loss, std::mt19937& random) {
    std::string content = life.durable;
    std::size_t keep = 0;
    switch (loss) {
    case PowerCutDisk::Loss::Everything:
        keep = 0;
        break;
    case PowerCutDisk::Loss::Nothing:
        keep = life.unsynced.size();
        break;
    case PowerCutDisk::Loss::Prefix:
        keep = std::uniform_int_distribution<std::size_t>(0, life.unsynced.size())(random);
        break;
    case PowerCutDisk::Loss::Random:
        for (const auto& change : life.unsynced) {
            if (random() % 2 == 0) {
                content = apply(std::move(content), change);
            }
        }
        return content;
    }
    for (std::size_t i = 0; i < keep; ++i) {
        content = apply(std::move(content), life.unsynced[i]);
    }
    return content;
}

} // namespace

PowerCutDisk::PowerCutDisk() {
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
    s.methods.xLock = fileLock;
    s.vfs = passThroughVfs(s.real, "jointly-power-cut-disk", static_cast<int>(sizeof(WatchedFile)));
    s.vfs.xOpen = vfsOpen;
    s.vfs.xDelete = vfsDelete;
    sqlite3_vfs_register(&s.vfs, 1);
}

PowerCutDisk::~PowerCutDisk() {
    auto& s = state();
    s.watching = false;
    s.cut = false;
    sqlite3_vfs_unregister(&s.vfs);
    sqlite3_vfs_register(s.real, 1);
}

void PowerCutDisk::watch() {
    auto& s = state();
    ++s.generation;
    s.watching = true;
    s.cut = false;
    s.cutAt = -1;
    s.events = 0;
    s.lives.clear();
    s.linkedNow.clear();
    s.linkedDurably.clear();
}

void PowerCutDisk::cutAt(int event) {
    state().cutAt = event;
}

int PowerCutDisk::events() const {
    return state().events;
}

bool PowerCutDisk::isCut() const {
    return state().cut;
}

void PowerCutDisk::restore(Loss loss, unsigned seed) {
    auto& s = state();
    std::mt19937 random(seed);
    s.changedByCut = 0;
    for (const auto& [path, durableLife] : s.linkedDurably) {
        const int nowLife = s.linkedNow.count(path) ? s.linkedNow.at(path) : kAbsent;
        int life = durableLife;
        if (nowLife != durableLife) {
            const bool keepFolderChange =
                loss == Loss::Nothing ||
                ((loss == Loss::Random || loss == Loss::Prefix) && random() % 2 == 0);
            life = keepFolderChange ? nowLife : durableLife;
        }
        std::error_code ignored;
        const bool wasThere = std::filesystem::exists(path, ignored);
        if (life == kAbsent) {
            std::filesystem::remove(path, ignored);
            s.changedByCut += wasThere ? 1 : 0;
            continue;
        }
        const auto& it = s.lives[static_cast<std::size_t>(life)];
        std::string content = survivingContent(it, loss, random);
        std::string before;
        if (wasThere) {
            std::ifstream in(path, std::ios::binary);
            before.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
        if (!wasThere || before != content) {
            ++s.changedByCut;
        }
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        if (!out) {
            throw std::runtime_error("PowerCutDisk cannot rewrite " + path);
        }
    }
    s.watching = false;
    s.cut = false;
    s.cutAt = -1;
    s.lives.clear();
    s.linkedNow.clear();
    s.linkedDurably.clear();
}

int PowerCutDisk::filesChangedByCut() const {
    return state().changedByCut;
}

std::string describe(PowerCutDisk::Loss loss) {
    switch (loss) {
    case PowerCutDisk::Loss::Everything:
        return "every unsynced change lost";
    case PowerCutDisk::Loss::Nothing:
        return "no unsynced change lost";
    case PowerCutDisk::Loss::Prefix:
        return "unsynced writes kept up to a random point";
    case PowerCutDisk::Loss::Random:
        return "unsynced changes kept or lost at random";
    }
    return "?";
}

} // namespace jointly::testing
