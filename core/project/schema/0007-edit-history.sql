-- Version 7: the undo history is kept in the file, so an edit can be undone
-- after the project is closed and opened again, whether it was made in the
-- window or from the command line.
--
-- Each committed edit is one row: its undo label, when and by whom it was
-- made, and the rows it changed as an SQLite session changeset (old and new
-- values of each field). Undoing an edit applies the changeset's inverse and
-- marks the row undone in the same transaction; redoing applies it again. A
-- new edit ends what could be redone; those rows stay, marked undone. The
-- table belongs to this copy of the file: it is never part of the JSON.
CREATE TABLE edit_step (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    made_at TEXT NOT NULL,
    made_by TEXT NOT NULL DEFAULT '',
    changes BLOB NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
);
