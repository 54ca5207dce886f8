#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace jointly::storage {

// Thrown by the storage layer when SQLite reports a failure. Public core
// functions catch it and turn it into an Error the user can read.
class StorageError : public std::runtime_error {
public:
    StorageError(int sqliteCode, const std::string& message)
        : std::runtime_error(message), code_(sqliteCode) {}
    int sqliteCode() const { return code_; }
    // The primary result code (e.g. SQLITE_FULL) without extended bits.
    int primaryCode() const { return code_ & 0xff; }

private:
    int code_;
};

// Turns an SQLite failure into a sentence for the user, naming the file.
std::string describeStorageFailure(const StorageError& error, const std::string& fileName);

// The sentence for a page whose checksum does not match (PageChecksums.h).
std::string describeDamagedPage(const std::string& fileName, std::uint64_t page);

} // namespace jointly::storage
