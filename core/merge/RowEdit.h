#pragma once

#include "history/ChangeDecoder.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

// What one edit did to one record, with its fields named rather than
// numbered, so that it means the same in any copy of the project (and to a
// server that is not SQLite). The unit a change file carries and a merge
// applies.
namespace jointly::merge {

using FieldValues = std::map<std::string, history::StoredValue>;

struct RowEdit {
    std::string table;
    history::RowOp op = history::RowOp::Changed;
    std::int64_t id = 0;
    // Added: none. Changed: the value each changed field had before.
    // Removed: every field's value as it was removed.
    FieldValues before;
    // Added: every field's value. Changed: each changed field's new value.
    // Removed: none.
    FieldValues after;
    std::string madeBy; // who made the last edit that touched the record
    std::string madeAt;
};

// The edit that takes a record back: an addition becomes a removal, a
// change its reverse.
RowEdit inverse(const RowEdit& edit);

// The edits' combined effect when made one after another, oldest first:
// one row edit per record, in the order the records were first touched. A
// record added and then removed is left out, as is a field changed and
// changed back.
std::vector<RowEdit> fold(std::vector<std::vector<RowEdit>> edits);

} // namespace jointly::merge
