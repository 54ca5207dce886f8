#include "project/Ids.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

namespace jointly::project {

SiteBlock siteBlock(storage::Database& db) {
    if (!db.tableExists("copy_site")) {
        // A file before format 6 (only while it is built or upgraded) is the
        // original, which owns every site.
        return SiteBlock{};
    }
    auto read = db.cached("SELECT site_first, site_last FROM copy_site WHERE id = 1");
    if (!read->step()) {
        throw storage::StorageError(1, "the file does not say which copy it is (its copy_site "
                                       "table has no row)");
    }
    return SiteBlock{read->int64(0), read->int64(1)};
}

IdAllocator::IdAllocator(storage::Database& db, std::string_view table) : table_(table) {
    const std::int64_t site = siteBlock(db).first;
    const std::int64_t first = site << kSerialBits;
    last_ = first + ((std::int64_t{1} << kSerialBits) - 1);
    // The table's name is one of our own constants, never what a user typed.
    auto largest = db.cached("SELECT max(id) FROM \"" + table_ + "\" WHERE id BETWEEN ?1 AND ?2");
    largest->bind(1, first).bind(2, last_);
    next_ = largest->step() && !largest->isNull(0) ? largest->int64(0) + 1 : first + 1;
}

std::int64_t IdAllocator::next() {
    if (next_ > last_) {
        throw storage::StorageError(13, "this copy of the project has used every id it has for "
                                        "its " +
                                            table_ + " table");
    }
    return next_++;
}

std::int64_t newId(storage::Database& db, std::string_view table) {
    return IdAllocator(db, table).next();
}

Outcome<SiteBlock> giveSitesToCopy(storage::Database& original) {
    auto block = siteBlock(original);
    const std::int64_t spare = block.last - block.first;
    if (spare <= 0) {
        return Error{ErrorKind::Invalid,
                     "This copy cannot give a copy of its own: it has no spare sites for the "
                     "records a new copy would add. Take the copy from the original file."};
    }
    const std::int64_t given = (spare + 1) / 2;
    const SiteBlock copy{block.last - given + 1, block.last};
    block.last -= given;
    setSiteBlock(original, block);
    return copy;
}

void setSiteBlock(storage::Database& copy, SiteBlock block) {
    auto write = copy.prepare("UPDATE copy_site SET site_first = ?1, site_last = ?2 WHERE id = 1");
    write.bind(1, block.first).bind(2, block.last);
    write.run();
}

} // namespace jointly::project
