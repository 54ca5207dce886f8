-- Version 3: the planning stage (PRODUCT.md stage 2).
--
-- Financial years are stored as the calendar year they start in (2026 is
-- 2026/27). Weights and shares are basis points of 100% (10000 is 100.00%);
-- targets are hundredths (1234 is 12.34), so every figure is an exact integer.
ALTER TABLE partnership ADD COLUMN savings_sharing_rule TEXT NOT NULL DEFAULT 'proportional'
    CHECK (savings_sharing_rule IN ('proportional', 'fixed', 'equal'));
ALTER TABLE partnership ADD COLUMN budget_base_year INTEGER
    CHECK (budget_base_year BETWEEN 1000 AND 9998);

CREATE TABLE outcome (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    care_group_id INTEGER REFERENCES care_group(id) ON DELETE SET NULL,
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE outcome_measure (
    id INTEGER PRIMARY KEY,
    outcome_id INTEGER NOT NULL REFERENCES outcome(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    indicator_id INTEGER REFERENCES indicator(id) ON DELETE SET NULL,
    unit TEXT NOT NULL DEFAULT '',
    baseline_hundredths INTEGER CHECK (baseline_hundredths BETWEEN -100000000000000
                                                               AND 100000000000000)
);
CREATE INDEX measure_by_outcome ON outcome_measure(outcome_id);

CREATE TABLE measure_target (
    id INTEGER PRIMARY KEY,
    measure_id INTEGER NOT NULL REFERENCES outcome_measure(id) ON DELETE CASCADE,
    year INTEGER CHECK (year BETWEEN 1000 AND 9998),
    target_hundredths INTEGER CHECK (target_hundredths BETWEEN -100000000000000
                                                           AND 100000000000000)
);
CREATE INDEX target_by_measure ON measure_target(measure_id);

CREATE TABLE priority (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    care_group_id INTEGER REFERENCES care_group(id) ON DELETE SET NULL,
    statement_id INTEGER REFERENCES needs_statement(id) ON DELETE SET NULL,
    rank INTEGER CHECK (rank BETWEEN 1 AND 1000),
    rationale TEXT NOT NULL DEFAULT ''
);
CREATE INDEX priority_by_statement ON priority(statement_id);

CREATE TABLE appraisal (
    id INTEGER PRIMARY KEY,
    priority_id INTEGER NOT NULL REFERENCES priority(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    scale_min INTEGER NOT NULL DEFAULT 0 CHECK (scale_min BETWEEN -1000000 AND 1000000),
    scale_max INTEGER NOT NULL DEFAULT 10 CHECK (scale_max BETWEEN -1000000 AND 1000000),
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX appraisal_by_priority ON appraisal(priority_id);

CREATE TABLE appraisal_option (
    id INTEGER PRIMARY KEY,
    appraisal_id INTEGER NOT NULL REFERENCES appraisal(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    short_listed INTEGER NOT NULL DEFAULT 1 CHECK (short_listed IN (0, 1)),
    drop_reason TEXT NOT NULL DEFAULT '',
    do_nothing INTEGER NOT NULL DEFAULT 0 CHECK (do_nothing IN (0, 1))
);
CREATE INDEX option_by_appraisal ON appraisal_option(appraisal_id);

CREATE TABLE appraisal_criterion (
    id INTEGER PRIMARY KEY,
    appraisal_id INTEGER NOT NULL REFERENCES appraisal(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    weight_bp INTEGER CHECK (weight_bp BETWEEN 0 AND 10000),
    description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX criterion_by_appraisal ON appraisal_criterion(appraisal_id);

CREATE TABLE appraisal_score (
    id INTEGER PRIMARY KEY,
    option_id INTEGER NOT NULL REFERENCES appraisal_option(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES appraisal_criterion(id) ON DELETE CASCADE,
    score INTEGER NOT NULL CHECK (score BETWEEN -1000000 AND 1000000),
    UNIQUE (option_id, criterion_id)
);
CREATE INDEX score_by_criterion ON appraisal_score(criterion_id);

CREATE TABLE proposal (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'invest' CHECK (kind IN ('invest', 'disinvest')),
    care_group_id INTEGER REFERENCES care_group(id) ON DELETE SET NULL,
    tier TEXT NOT NULL DEFAULT 'prevention' CHECK (tier IN
        ('prevention', 'early_intervention', 'intensive')),
    amount_pence INTEGER CHECK (amount_pence >= 0),
    benefit INTEGER CHECK (benefit BETWEEN 0 AND 1000000),
    statement_id INTEGER REFERENCES needs_statement(id) ON DELETE SET NULL,
    evidence TEXT NOT NULL DEFAULT ''
);

CREATE TABLE contribution (
    id INTEGER PRIMARY KEY,
    partner_id INTEGER NOT NULL REFERENCES partner_organisation(id) ON DELETE CASCADE,
    year INTEGER CHECK (year BETWEEN 1000 AND 9998),
    funding TEXT NOT NULL DEFAULT 'pooled' CHECK (funding IN ('pooled', 'aligned')),
    line TEXT NOT NULL DEFAULT '',
    amount_pence INTEGER CHECK (amount_pence >= 0)
);
CREATE INDEX contribution_by_partner ON contribution(partner_id);
CREATE INDEX contribution_by_year ON contribution(year);

CREATE TABLE allocation (
    id INTEGER PRIMARY KEY,
    year INTEGER CHECK (year BETWEEN 1000 AND 9998),
    care_group_id INTEGER REFERENCES care_group(id) ON DELETE SET NULL,
    service_id INTEGER REFERENCES service(id) ON DELETE SET NULL,
    tier TEXT NOT NULL DEFAULT 'prevention' CHECK (tier IN
        ('prevention', 'early_intervention', 'intensive')),
    line TEXT NOT NULL DEFAULT '',
    amount_pence INTEGER CHECK (amount_pence >= 0)
);
CREATE INDEX allocation_by_year ON allocation(year);

CREATE TABLE budget_forecast (
    id INTEGER PRIMARY KEY,
    year INTEGER CHECK (year BETWEEN 1000 AND 9998),
    variance_pence INTEGER CHECK (variance_pence BETWEEN -9000000000000000000
                                                     AND 9000000000000000000),
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE savings_target (
    id INTEGER PRIMARY KEY,
    year INTEGER CHECK (year BETWEEN 1000 AND 9998),
    care_group_id INTEGER REFERENCES care_group(id) ON DELETE SET NULL,
    amount_pence INTEGER CHECK (amount_pence >= 0),
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE savings_scheme (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    care_group_id INTEGER REFERENCES care_group(id) ON DELETE SET NULL,
    lead_partner_id INTEGER REFERENCES partner_organisation(id) ON DELETE SET NULL,
    joint INTEGER NOT NULL DEFAULT 1 CHECK (joint IN (0, 1)),
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE scheme_saving (
    id INTEGER PRIMARY KEY,
    scheme_id INTEGER NOT NULL REFERENCES savings_scheme(id) ON DELETE CASCADE,
    year INTEGER CHECK (year BETWEEN 1000 AND 9998),
    planned_pence INTEGER CHECK (planned_pence >= 0),
    realised_pence INTEGER CHECK (realised_pence >= 0)
);
CREATE INDEX saving_by_scheme ON scheme_saving(scheme_id);

CREATE TABLE risk (
    id INTEGER PRIMARY KEY,
    description TEXT NOT NULL DEFAULT '',
    care_group_id INTEGER REFERENCES care_group(id) ON DELETE SET NULL,
    likelihood INTEGER CHECK (likelihood BETWEEN 1 AND 5),
    impact INTEGER CHECK (impact BETWEEN 1 AND 5),
    owner_member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
    mitigation TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN
        ('open', 'mitigating', 'accepted', 'closed'))
);

CREATE TABLE plan_action (
    id INTEGER PRIMARY KEY,
    description TEXT NOT NULL DEFAULT '',
    milestone INTEGER NOT NULL DEFAULT 0 CHECK (milestone IN (0, 1)),
    priority_id INTEGER REFERENCES priority(id) ON DELETE SET NULL,
    plan_document_id INTEGER REFERENCES plan_document(id) ON DELETE SET NULL,
    owner_member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
    due_on TEXT,
    status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN
        ('not_started', 'in_progress', 'done', 'cancelled'))
);
