-- Version 18: baselines (issue 16, section 3). "Freeze the plan as approved"
-- keeps a named, dated snapshot of the plan, budget, savings, targets,
-- specifications and contract values inside the project, to compare the
-- plan with later. The snapshot is a Boost.Serialization text archive
-- wrapped in Jointly's own header (magic, format version, content, length,
-- SHA-256; core/baseline/ArchiveEnvelope.h), kept as text. An archive in a
-- file from another organisation is untrusted: it is checked, with its size
-- capped, before anything is read from it.
CREATE TABLE baseline (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    taken_on TEXT,
    note TEXT NOT NULL DEFAULT '',
    archive TEXT NOT NULL DEFAULT ''
);
