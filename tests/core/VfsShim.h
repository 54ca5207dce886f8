#pragma once

#include <sqlite3.h>

// What the test disks (FaultyDisk, PowerCutDisk) share: an SQLite VFS whose
// every call goes straight to the real VFS beneath, so that each disk
// replaces only the calls it changes.
namespace jointly::testing {

// The start of each open file of a shim VFS: SQLite's header, then the real
// VFS's own file object, which lives after the shim's in the same block.
struct ShimFile {
    sqlite3_file base;
    sqlite3_file* real;
};

inline sqlite3_file* realFile(sqlite3_file* file) {
    return reinterpret_cast<ShimFile*>(file)->real;
}

// The real VFS behind a shim VFS made by passThroughVfs.
inline sqlite3_vfs* realVfs(sqlite3_vfs* shim) {
    return static_cast<sqlite3_vfs*>(shim->pAppData);
}

// Version 1 io methods that pass every call to the real file.
sqlite3_io_methods passThroughMethods();

// A VFS named `name` that passes every call to `real` (kept in pAppData),
// giving each open file `shimFileSize` bytes (at least sizeof(ShimFile))
// before the real VFS's file object. Its xOpen opens files with
// passThroughMethods(); a shim with methods of its own sets xOpen to a
// function that calls openReal with them.
sqlite3_vfs passThroughVfs(sqlite3_vfs* real, const char* name, int shimFileSize);

// Opens the real file behind `file` and, if the real VFS made it, gives the
// shim's file the shim's `methods`, so SQLite calls them (and xClose).
int openReal(sqlite3_vfs* shim, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags,
             const sqlite3_io_methods* methods);

} // namespace jointly::testing
