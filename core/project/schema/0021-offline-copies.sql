-- Version 21: drafting offline together (issue 18). A copy taken to work
-- offline says where it came from; a project remembers every edit it has
-- merged from a copy, so the same changes merged twice change nothing.
--
-- offline_origin has one row in a copy taken with 'Take a copy to work
-- offline' and none elsewhere: the file it was taken from (as that file's
-- path was then), when and by whom. Like copy_site it belongs to this file
-- and is never part of an edit or of what a copy sends back.
CREATE TABLE offline_origin (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    original_file TEXT NOT NULL DEFAULT '',
    taken_at TEXT NOT NULL DEFAULT '',
    taken_by TEXT NOT NULL DEFAULT ''
);

-- One row per edit merged from another copy of the project, with that edit's
-- own id (from the copy's site, so never the id of an edit made here), what
-- it was called, who made it and when, and where it came from. Written in
-- the same edit as the merge itself, so undoing the merge forgets them.
CREATE TABLE merged_edit (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL DEFAULT '',
    made_at TEXT NOT NULL DEFAULT '',
    made_by TEXT NOT NULL DEFAULT '',
    merged_from TEXT NOT NULL DEFAULT ''
);
