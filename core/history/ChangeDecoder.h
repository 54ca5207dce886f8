#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

// What one recorded edit did to the file's rows, read back from the SQLite
// session changeset kept with it: the rows it added, changed and removed,
// and for each the columns' values before and after. Plain values only; the
// change history above the stages puts them into the users' words.
namespace jointly::history {

enum class RowOp { Added, Changed, Removed };

// A stored value: empty (NULL), a whole number, a real, text or bytes.
using StoredValue =
    std::variant<std::monostate, std::int64_t, double, std::string, std::vector<unsigned char>>;

struct ColumnChange {
    int column = 0; // the column's position in its table
    StoredValue before;
    StoredValue after;
};

struct RowChange {
    std::string table;
    RowOp op = RowOp::Changed;
    std::int64_t id = 0; // the row's whole-number primary key, or 0 when it has none
    // Added: every column, before empty. Removed: every column, after
    // empty. Changed: only the columns whose value changed.
    std::vector<ColumnChange> columns;
};

// Whether the bytes are a changeset as SQLite's session extension writes
// one: table headers and row changes, every length within the bytes and
// every value of a known type, ending exactly at the end. SQLite's own
// readers trust their input (a crafted changeset can make them loop for
// ever), so a changeset from a file is checked here before any of them
// sees it.
bool isWellFormed(const std::vector<unsigned char>& changes);

// Every row change in the changeset, in its order, or nothing for bytes
// that are not a well-formed changeset (a damaged or hostile history row).
// At most `limit` rows are read; `more` is set when there were others.
std::optional<std::vector<RowChange>> decodeChanges(const std::vector<unsigned char>& changes,
                                                    std::size_t limit, bool* more = nullptr);

} // namespace jointly::history
