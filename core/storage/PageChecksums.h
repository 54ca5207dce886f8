#pragma once

#include <cstddef>
#include <cstdint>

// Page checksums: every page of a project file ends with 8 bytes that hold a
// checksum of the rest of the page and of its page number, written as the
// page is written and checked every time it is read.
//
// Why: SQLite's quick_check finds damage to the structure of the file (its
// b-trees and free list), but a bit flipped inside a record, a name or an
// amount, leaves the structure sound, and such a file would open and show a
// changed figure as if it were right. A checksum per page catches any such
// change the moment the page is read. Why per page (as SQLite's own checksum
// VFS does) rather than per record: it covers every table, index and
// future stage without any code keeping record checksums in step with edits,
// imports, undo and upgrades; it costs one pass over each page as it moves
// between the disk and SQLite's cache; and a write that landed on the wrong
// page is caught too, since the page number is part of the sum.
//
// The 8 bytes are SQLite's "reserved space" at the end of each page, which
// SQLite itself never touches. Files are given it when made (reserveBytes()
// on an empty database) or, for older files, when upgraded (a VACUUM). A
// file whose header reserves 8 bytes is checked; others are read as they are.
//
// The checking is done by an SQLite VFS named checkedFileSystem(), layered
// over whichever VFS is SQLite's default when each file is opened (so tests
// can put a faulty or power-cut disk beneath it). A page that fails its check
// is reported to SQLite as SQLITE_IOERR_DATA, and lastDamagedPage() says which.
namespace jointly::storage {

inline constexpr int kChecksumBytes = 8;

// The name of the checking VFS, registered on the first call.
const char* checkedFileSystem();

// The checksum of one page: `size` bytes, the last 8 of which are not summed.
std::uint64_t pageChecksum(const unsigned char* page, std::size_t size, std::uint64_t pageNumber);

// The page number of the last page this thread found damaged (0 if none),
// and forgetting it, so that a check can tell whether it found one.
std::uint64_t lastDamagedPage();
void forgetDamagedPage();

} // namespace jointly::storage
