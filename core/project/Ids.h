#pragma once

#include "Outcome.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace jointly::storage {
class Database;
}

// Ids that never collide between copies of a project file (the schema step
// project/schema/0006-copy-sites.sql says why and how). Every row Jointly
// adds takes its id from here, never from SQLite's own choice, which would
// pick the next number after the largest id in the table, whichever copy
// made it.
namespace jointly::project {

inline constexpr int kSerialBits = 40;
inline constexpr std::int64_t kLastSite = (std::int64_t{1} << 23) - 1;

// The block of sites a file owns; it makes its own records under the first.
struct SiteBlock {
    std::int64_t first = 0;
    std::int64_t last = kLastSite;
};

// The file's block of sites.
SiteBlock siteBlock(storage::Database& db);

// The site that made a record with this id.
constexpr std::int64_t siteOf(std::int64_t id) {
    return id >> kSerialBits;
}

// Hands out new ids for one table in this file's site, in order. Reads the
// largest id the site has used once, so a large import takes millions of ids
// without asking the file each time. Use it inside the transaction that adds
// the rows. Throws StorageError if the site has used every id it has.
class IdAllocator {
public:
    IdAllocator(storage::Database& db, std::string_view table);
    std::int64_t next();

private:
    std::int64_t next_ = 0;
    std::int64_t last_ = 0;
    std::string table_;
};

// One new id for a row of table.
std::int64_t newId(storage::Database& db, std::string_view table);

// Splits this file's block of sites for a copy about to be taken from it: the
// copy gets the upper half of the sites after this file's own, and this file
// keeps the rest. Run inside a transaction. Refuses, with a sentence, when
// this file has no site left to give (after 23 copies of copies).
Outcome<SiteBlock> giveSitesToCopy(storage::Database& original);

// Records in a copy the block of sites it was given.
void setSiteBlock(storage::Database& copy, SiteBlock block);

} // namespace jointly::project
