-- Version 14: contract performance (issue 14, section 3). Under the NHS
-- Standard Contract a KPI that falls short leads to a Contract Performance
-- Notice, a meeting, and a Remedial Action Plan with milestones; a sum may be
-- withheld until it is remedied. Under the Procurement Act 2023 (s.71, the
-- UK9 notice) each KPI of a contract is assessed at least every twelve months
-- and rated good, approaching target, requires improvement, inadequate or
-- other; those ratings go into the OCDS export as metric observations.

-- A performance notice given to a contract's provider: when, about which KPI
-- (if one), what was not met, what follows, where it stands, and any sum
-- withheld in pence.
CREATE TABLE performance_notice (
    id INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
    kpi_id INTEGER REFERENCES kpi(id) ON DELETE SET NULL,
    issued_on TEXT,
    requirement TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'remedial_plan', 'remedied', 'escalated', 'withdrawn')),
    withheld_pence INTEGER CHECK (withheld_pence IS NULL OR withheld_pence >= 0),
    closed_on TEXT
);
CREATE INDEX notice_by_contract ON performance_notice(contract_id);

-- A milestone of the remedial action plan agreed after a notice: what is to
-- be done, by when, and when it was done.
CREATE TABLE remedial_milestone (
    id INTEGER PRIMARY KEY,
    notice_id INTEGER NOT NULL REFERENCES performance_notice(id) ON DELETE CASCADE,
    description TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    done_on TEXT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX milestone_by_notice ON remedial_milestone(notice_id);

-- A contract's performance assessment for a financial year (stored as the
-- calendar year it starts in), on the day it was made.
CREATE TABLE contract_assessment (
    id INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
    year INTEGER NOT NULL CHECK (year BETWEEN 1000 AND 9998),
    assessed_on TEXT,
    summary TEXT NOT NULL DEFAULT ''
);
CREATE INDEX assessment_by_contract ON contract_assessment(contract_id);

-- The rating of one KPI in an assessment, with why.
CREATE TABLE kpi_rating (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES contract_assessment(id) ON DELETE CASCADE,
    kpi_id INTEGER NOT NULL REFERENCES kpi(id) ON DELETE CASCADE,
    rating TEXT NOT NULL DEFAULT 'other'
        CHECK (rating IN ('good', 'approaching', 'requires_improvement', 'inadequate', 'other')),
    explanation TEXT NOT NULL DEFAULT ''
);
CREATE INDEX rating_by_assessment ON kpi_rating(assessment_id);
