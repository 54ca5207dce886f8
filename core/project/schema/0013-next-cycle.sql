-- Version 13: closing the cycle (issue 14, section 5). "Start the next cycle
-- year" rolls the plans forward, carries the open actions and risks, and
-- turns the KPIs whose latest figure shows special cause concern into draft
-- needs statements for the next needs assessment, citing the KPI as their
-- evidence. What it did is recorded, one row per cycle year started and one
-- per thing carried.
--
-- A needs statement may be a draft: written by Jointly from monitoring, to
-- be read, edited and confirmed (or deleted) by the partnership.
ALTER TABLE needs_statement ADD COLUMN draft INTEGER NOT NULL DEFAULT 0 CHECK (draft IN (0, 1));

-- Evidence may cite a KPI; a piece of evidence still cites one thing at
-- most. SQLite cannot change a table's CHECK, so the table is made again
-- with the same ids and rows.
CREATE TABLE statement_evidence_13 (
    id INTEGER PRIMARY KEY,
    statement_id INTEGER NOT NULL REFERENCES needs_statement(id) ON DELETE CASCADE,
    indicator_id INTEGER REFERENCES indicator(id) ON DELETE CASCADE,
    service_id INTEGER REFERENCES service(id) ON DELETE CASCADE,
    asset_id INTEGER REFERENCES asset(id) ON DELETE CASCADE,
    engagement_id INTEGER REFERENCES engagement(id) ON DELETE CASCADE,
    kpi_id INTEGER REFERENCES kpi(id) ON DELETE CASCADE,
    note TEXT NOT NULL DEFAULT '',
    CHECK ((indicator_id IS NOT NULL) + (service_id IS NOT NULL) + (asset_id IS NOT NULL) +
           (engagement_id IS NOT NULL) + (kpi_id IS NOT NULL) <= 1)
);
INSERT INTO statement_evidence_13 (id, statement_id, indicator_id, service_id, asset_id,
                                   engagement_id, note)
    SELECT id, statement_id, indicator_id, service_id, asset_id, engagement_id, note
    FROM statement_evidence;
DROP TABLE statement_evidence;
ALTER TABLE statement_evidence_13 RENAME TO statement_evidence;
CREATE INDEX evidence_by_statement ON statement_evidence(statement_id);
CREATE INDEX evidence_by_kpi ON statement_evidence(kpi_id);

-- Each cycle year started: the financial year (as the calendar year it
-- starts in), the day it was started, and the sentence that said what was
-- done.
CREATE TABLE cycle_year (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL CHECK (year BETWEEN 1000 AND 9998),
    started_on TEXT,
    summary TEXT NOT NULL DEFAULT ''
);

-- What starting a cycle year carried into it: a plan rolled forward, an
-- action or risk still open, or a finding (a draft needs statement from a
-- KPI showing concern), with a sentence.
CREATE TABLE cycle_carried (
    id INTEGER PRIMARY KEY,
    cycle_year_id INTEGER NOT NULL REFERENCES cycle_year(id) ON DELETE CASCADE,
    what TEXT NOT NULL DEFAULT 'action' CHECK (what IN ('plan', 'action', 'risk', 'finding')),
    plan_id INTEGER REFERENCES plan_document(id) ON DELETE SET NULL,
    action_id INTEGER REFERENCES plan_action(id) ON DELETE SET NULL,
    risk_id INTEGER REFERENCES risk(id) ON DELETE SET NULL,
    statement_id INTEGER REFERENCES needs_statement(id) ON DELETE SET NULL,
    kpi_id INTEGER REFERENCES kpi(id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX carried_by_year ON cycle_carried(cycle_year_id);
