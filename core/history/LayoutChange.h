#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace jointly::storage {
class Database;
}

// Keeping the recorded edits through an upgrade of the file's format. Each
// edit is kept as a SQLite changeset, which names a table's columns by
// their place in it: a step of the upgrade that adds a column, or rebuilds
// a table with its columns in another order, would leave the kept edits
// pointing at the wrong columns. So each step rewrites them for the tables'
// new layout, matching columns by name; undo, the change history and the
// changes an offline copy sends go on working across the upgrade.
namespace jointly::history {

struct ColumnLayout {
    std::string name;
    // Its place in the table's primary key, from 1; 0 for a column not in
    // it (as SQLite's changesets mark them).
    unsigned char key = 0;
    // The column's value for a row that had none before: its declared
    // default, already in the changeset's form of a value.
    std::vector<unsigned char> fillValue;
};

// Each table's columns, in order, by table.
using TableLayouts = std::map<std::string, std::vector<ColumnLayout>>;

// The layout of every table of the file as it is now.
TableLayouts tableLayouts(storage::Database& db);

// The changeset rewritten for the `after` layout from the `before` one:
// columns matched by name, a column new since given its default in an added
// or removed row and left out of a changed one, a column gone left out (and
// a change to nothing but such columns with it). Nothing for bytes that are
// not a well-formed changeset, or a change to a table gone or whose key
// cannot be found.
std::optional<std::vector<unsigned char>> relayoutChanges(const std::vector<unsigned char>& changes,
                                                          const TableLayouts& before,
                                                          const TableLayouts& after);

// Rewrites every edit the file keeps (in edit_step) for the tables' layout
// now, from `before`; run inside the transaction of the upgrade's step. An
// edit that cannot be rewritten (it changed a table the step removed) is
// forgotten, with every edit older than it, since none of those could be
// undone past it; one that is undone already, or of which nothing is left
// (it changed only columns the step removed), is forgotten alone. Returns
// how many edits were forgotten.
std::size_t carryKeptEdits(storage::Database& db, const TableLayouts& before);

} // namespace jointly::history
