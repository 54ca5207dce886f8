#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jointly::storage {
class Database;
}

namespace jointly::records {

// What deleting a record would do to others, worked out from the file's own
// foreign keys, so every kind of record, now and in later stages, is
// described the same way: the records deleted with it (ON DELETE CASCADE,
// followed as far as it goes) and the links to it that would be emptied (ON
// DELETE SET NULL).
struct Consequence {
    enum class Effect { Deleted, Unlinked };
    Effect effect = Effect::Deleted;
    std::string table;
    std::string column; // for Unlinked: the field that would be emptied
    std::int64_t count = 0;
    // For Deleted records whose kind names a money field to total
    // (RecordKind::totalOnDelete): that total, in pence.
    std::optional<std::int64_t> moneyPence;
};

// The consequences of deleting row `id` of `table`, in the order they were
// found (nearest first). Throws StorageError if the file cannot be read.
std::vector<Consequence> deletionConsequences(storage::Database& db, std::string_view table,
                                              std::int64_t id);

// The consequences in the users' words, each a phrase:
// "3 members", "15 contributions worth £394,800,000.00 in all",
// "2 care groups lose their lead commissioner",
// "the partnership loses its host partner".
std::vector<std::string> describeConsequences(const std::vector<Consequence>& consequences);

} // namespace jointly::records
