-- Version 12: monitoring (issue 14, section 1). KPIs become the monitoring
-- stage's own: a KPI belongs to a contract (as the contract's KPIs did, in
-- contract_kpi) or directly to an outcome of the plan, or both, and gains
-- what monitoring needs: an amber tolerance (an amount in its unit, or a
-- share of the target in basis points), the data source, an owner, a
-- results-based-accountability category, and the SPC rule set its charts
-- use (NHS England's Making Data Count, or NHSRplotthedots) with limits
-- optionally fixed on the first N points.
--
-- The contract KPIs are copied with their ids, so nothing that names one
-- changes. Then, per KPI:
--   kpi_target  a target that applies from a period on ("from 2026-04, 92%");
--               the KPI's own target applies before the first;
--   kpi_actual  one value per period, in hundredths; a period recorded with
--               no value is missing, shown as a gap and never skipped; with
--               where it came from ("typed", or the file and row imported);
--   kpi_annotation  a sentence on a period ("new service started"), shown
--               on the charts and in exports;
--   kpi_rebase  the period the chart's limits are worked out again from, and
--               why: a deliberate decision, kept as history.
-- Periods are text that sorts in time: 2025-04 for a month, 2025-Q2 for a
-- quarter, 2025/26 for a year.
CREATE TABLE kpi (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    contract_id INTEGER REFERENCES contract(id) ON DELETE CASCADE,
    outcome_id INTEGER REFERENCES outcome(id) ON DELETE SET NULL,
    definition TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    polarity TEXT NOT NULL DEFAULT 'higher' CHECK (polarity IN ('higher', 'lower', 'neither')),
    target_hundredths INTEGER CHECK (target_hundredths BETWEEN -100000000000000
                                                           AND 100000000000000),
    tolerance_hundredths INTEGER CHECK (tolerance_hundredths BETWEEN 0 AND 100000000000000),
    tolerance_of_target INTEGER NOT NULL DEFAULT 0 CHECK (tolerance_of_target IN (0, 1)),
    frequency TEXT NOT NULL DEFAULT 'quarterly' CHECK (frequency IN
        ('monthly', 'quarterly', 'annual')),
    data_source TEXT NOT NULL DEFAULT '',
    owner_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
    accountability TEXT NOT NULL DEFAULT 'not_set' CHECK (accountability IN
        ('not_set', 'how_much', 'how_well', 'better_off')),
    breach_hundredths INTEGER CHECK (breach_hundredths BETWEEN -100000000000000
                                                           AND 100000000000000),
    consequence TEXT NOT NULL DEFAULT '',
    pays_incentive INTEGER NOT NULL DEFAULT 0 CHECK (pays_incentive IN (0, 1)),
    spc_rules TEXT NOT NULL DEFAULT 'nhs_england' CHECK (spc_rules IN
        ('nhs_england', 'plotthedots')),
    fix_after INTEGER CHECK (fix_after BETWEEN 2 AND 10000),
    notes TEXT NOT NULL DEFAULT ''
);

INSERT INTO kpi (id, name, contract_id, definition, unit, polarity, target_hundredths,
                 frequency, breach_hundredths, consequence, pays_incentive)
    SELECT id, name, contract_id, definition, unit, polarity, target_hundredths, frequency,
           breach_hundredths, consequence, pays_incentive FROM contract_kpi;

DROP TABLE contract_kpi;

CREATE INDEX kpi_by_contract ON kpi(contract_id);
CREATE INDEX kpi_by_outcome ON kpi(outcome_id);
CREATE INDEX kpi_by_owner ON kpi(owner_id);

CREATE TABLE kpi_target (
    id INTEGER PRIMARY KEY,
    kpi_id INTEGER NOT NULL REFERENCES kpi(id) ON DELETE CASCADE,
    from_period TEXT NOT NULL DEFAULT '',
    target_hundredths INTEGER CHECK (target_hundredths BETWEEN -100000000000000
                                                           AND 100000000000000),
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX target_by_kpi ON kpi_target(kpi_id);

CREATE TABLE kpi_actual (
    id INTEGER PRIMARY KEY,
    kpi_id INTEGER NOT NULL REFERENCES kpi(id) ON DELETE CASCADE,
    period TEXT NOT NULL DEFAULT '',
    value_hundredths INTEGER CHECK (value_hundredths BETWEEN -100000000000000
                                                         AND 100000000000000),
    note TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT ''
);
CREATE INDEX actual_by_kpi ON kpi_actual(kpi_id, period);

CREATE TABLE kpi_annotation (
    id INTEGER PRIMARY KEY,
    kpi_id INTEGER NOT NULL REFERENCES kpi(id) ON DELETE CASCADE,
    period TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX annotation_by_kpi ON kpi_annotation(kpi_id);

CREATE TABLE kpi_rebase (
    id INTEGER PRIMARY KEY,
    kpi_id INTEGER NOT NULL REFERENCES kpi(id) ON DELETE CASCADE,
    period TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    decided_on TEXT
);
CREATE INDEX rebase_by_kpi ON kpi_rebase(kpi_id);
