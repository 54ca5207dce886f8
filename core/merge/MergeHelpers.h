#pragma once

#include "storage/Database.h"

#include <cstdint>
#include <string>
#include <vector>

// Small helpers the merge's parts share (merge/Merger*.cpp): names for
// conflicts and records, and the links SQLite finds broken.
namespace jointly::merge::detail {

inline std::string quotedName(const std::string& name) {
    return "\"" + name + "\""; // names checked against the schema first
}

inline std::string keyOf(const std::string& table, std::int64_t id,
                         const std::string& column = {}) {
    return table + "#" + std::to_string(id) + (column.empty() ? "" : "." + column);
}

inline std::string orNothing(const std::string& words) {
    return words.empty() ? "nothing" : words;
}

inline std::string whoseCopy(const std::string& who) {
    return who.empty() ? "the other copy" : who + "’s copy";
}

struct BrokenLink {
    std::string table;
    std::int64_t id = 0;
    int link = 0; // the foreign key's number in pragma_foreign_key_list
};

inline std::vector<BrokenLink> brokenLinks(storage::Database& db) {
    std::vector<BrokenLink> links;
    auto check = db.prepare("PRAGMA foreign_key_check");
    while (check.step()) {
        links.push_back({check.text(0), check.int64(1), static_cast<int>(check.int64(3))});
    }
    return links;
}

inline std::string linkKey(const BrokenLink& link) {
    return link.table + " " + std::to_string(link.id) + " " + std::to_string(link.link);
}

} // namespace jointly::merge::detail
