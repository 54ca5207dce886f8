-- Version 19: the project's identity (issue 17, section 4, and issue 18). A
-- random 128-bit name, made once when the file is created or upgraded, and
-- kept by every copy, saved copy, JSON export and offline copy of it: the
-- calendar events exported from the project keep the same UIDs from one
-- export to the next, so a calendar program updates them rather than adding
-- them again, and work sent back from a copy can say which project it
-- belongs to.
CREATE TABLE project_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    uid TEXT NOT NULL CHECK (length(uid) BETWEEN 16 AND 64 AND uid NOT GLOB '*[^0-9a-f-]*')
);
INSERT INTO project_identity (id, uid) VALUES (1, lower(hex(randomblob(16))));
