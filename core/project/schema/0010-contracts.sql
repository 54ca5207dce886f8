-- Version 10: the contract register (PRODUCT.md stage 3, issue 13 section
-- 5): each contract with its provider, where it came from (the procurement,
-- and so its regime and route, and the specification), its dates, notice
-- period and extension options, its value per financial year, the partners
-- that fund it with their shares, the part of its value at risk on outcomes,
-- and its KPIs, which the monitoring stage fills with actuals.
--
-- Shares are basis points of 100%; a contract's funders' shares add up to
-- exactly 10000, and each year's value is split between them to the penny
-- by the largest remainder rule the budget uses (quantities/Apportion.h).
-- KPI targets and thresholds are hundredths (1234 is 12.34).
CREATE TABLE contract (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    provider_id INTEGER REFERENCES partner_organisation(id) ON DELETE SET NULL,
    procurement_id INTEGER REFERENCES procurement(id) ON DELETE SET NULL,
    specification_id INTEGER REFERENCES specification(id) ON DELETE SET NULL,
    starts_on TEXT,
    ends_on TEXT,
    extension_options TEXT NOT NULL DEFAULT '',
    latest_end_on TEXT,
    extension_decision_on TEXT,
    notice_months INTEGER CHECK (notice_months BETWEEN 0 AND 60),
    payment_basis TEXT NOT NULL DEFAULT 'block' CHECK (payment_basis IN
        ('block', 'cost_volume', 'tariff', 'outcomes', 'mixed')),
    at_risk_bp INTEGER CHECK (at_risk_bp BETWEEN 0 AND 10000),
    incentive TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contract_by_procurement ON contract(procurement_id);
CREATE INDEX contract_by_provider ON contract(provider_id);

CREATE TABLE contract_value (
    id INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
    year INTEGER CHECK (year BETWEEN 1000 AND 9998),
    amount_pence INTEGER CHECK (amount_pence >= 0)
);
CREATE INDEX value_by_contract ON contract_value(contract_id);

CREATE TABLE contract_funder (
    id INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
    partner_id INTEGER REFERENCES partner_organisation(id) ON DELETE SET NULL,
    share_bp INTEGER CHECK (share_bp BETWEEN 0 AND 10000)
);
CREATE INDEX funder_by_contract ON contract_funder(contract_id);
CREATE INDEX funder_by_partner ON contract_funder(partner_id);

CREATE TABLE contract_kpi (
    id INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    definition TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    polarity TEXT NOT NULL DEFAULT 'higher' CHECK (polarity IN ('higher', 'lower', 'neither')),
    target_hundredths INTEGER CHECK (target_hundredths BETWEEN -100000000000000
                                                           AND 100000000000000),
    frequency TEXT NOT NULL DEFAULT 'quarterly' CHECK (frequency IN
        ('monthly', 'quarterly', 'annual')),
    breach_hundredths INTEGER CHECK (breach_hundredths BETWEEN -100000000000000
                                                           AND 100000000000000),
    consequence TEXT NOT NULL DEFAULT '',
    pays_incentive INTEGER NOT NULL DEFAULT 0 CHECK (pays_incentive IN (0, 1))
);
CREATE INDEX kpi_by_contract ON contract_kpi(contract_id);
