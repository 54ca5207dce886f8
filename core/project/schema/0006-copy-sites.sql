-- Version 6: ids that never collide between copies of a file.
--
-- People will take a copy of a project to work offline and merge it back, so
-- a record added in one copy must never take an id that a record added in
-- another copy could take. Every id is 64 bits: the high 23 bits are the site
-- that made the record, the low 40 bits a serial number within that site
-- (about a million million records per site). A file owns a block of sites:
-- it makes its own records under the first, and a copy taken from it is given
-- the upper half of the rest of the block (so a copy of a copy still has sites
-- of its own, and no two files ever share one). The original file owns every
-- site, 0 to 8,388,607, and makes its records under site 0: ids below 2^40,
-- exactly the ids every file made before this version already holds, so no
-- id or link changes when a file is upgraded.
CREATE TABLE copy_site (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    site_first INTEGER NOT NULL CHECK (site_first BETWEEN 0 AND 8388607),
    site_last INTEGER NOT NULL CHECK (site_last BETWEEN site_first AND 8388607)
);

INSERT INTO copy_site (id, site_first, site_last) VALUES (1, 0, 8388607);
