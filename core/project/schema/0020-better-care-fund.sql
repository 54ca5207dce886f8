-- Version 20: a Better Care Fund-style expenditure plan (issue 17, section 3),
-- for partnerships that run the Better Care Fund through a Section 75 pooled
-- fund, exported in the column order of the national planning template.
--
-- The codes the template takes (income sources, scheme types, areas of
-- spend, providers, sources of funding) change from one planning year to
-- the next, so they are data files (core/bcf/data/YYYY-YY.json), not checks
-- here: a line keeps the words as typed, and the plan's checks say which
-- are not on that year's list.
--
-- bcf_year holds what a year's plan is checked against: the NHS minimum
-- contribution to adult social care the health and wellbeing board must
-- spend (published for each board). bcf_income is one line of income;
-- bcf_scheme one scheme, kept from year to year under its reference;
-- bcf_expenditure one line of a scheme's spending in a year, with the area
-- of spend, who commissions it (for joint commissioning, the NHS share in
-- basis points; the council's is the rest), the provider, the source of
-- funding and the planned outputs.
CREATE TABLE bcf_year (
    id INTEGER PRIMARY KEY,
    year INTEGER CHECK (year BETWEEN 1000 AND 9998),
    asc_minimum_pence INTEGER CHECK (asc_minimum_pence >= 0),
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE bcf_income (
    id INTEGER PRIMARY KEY,
    year INTEGER CHECK (year BETWEEN 1000 AND 9998),
    source TEXT NOT NULL DEFAULT '',
    partner_id INTEGER REFERENCES partner_organisation(id) ON DELETE SET NULL,
    district TEXT NOT NULL DEFAULT '',
    amount_pence INTEGER CHECK (amount_pence >= 0),
    narrative TEXT NOT NULL DEFAULT ''
);
CREATE INDEX bcf_income_by_partner ON bcf_income(partner_id);

CREATE TABLE bcf_scheme (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    scheme_type TEXT NOT NULL DEFAULT '',
    sub_type TEXT NOT NULL DEFAULT '',
    other_type TEXT NOT NULL DEFAULT '',
    existing INTEGER NOT NULL DEFAULT 0 CHECK (existing IN (0, 1)),
    priority_id INTEGER REFERENCES priority(id) ON DELETE SET NULL
);
CREATE INDEX bcf_scheme_by_priority ON bcf_scheme(priority_id);

CREATE TABLE bcf_expenditure (
    id INTEGER PRIMARY KEY,
    scheme_id INTEGER NOT NULL REFERENCES bcf_scheme(id) ON DELETE CASCADE,
    year INTEGER CHECK (year BETWEEN 1000 AND 9998),
    area_of_spend TEXT NOT NULL DEFAULT '',
    commissioner TEXT CHECK (commissioner IN ('la', 'nhs', 'joint')),
    nhs_share_bp INTEGER CHECK (nhs_share_bp BETWEEN 0 AND 10000),
    provider TEXT NOT NULL DEFAULT '',
    provider_id INTEGER REFERENCES partner_organisation(id) ON DELETE SET NULL,
    funding_source TEXT NOT NULL DEFAULT '',
    amount_pence INTEGER CHECK (amount_pence >= 0),
    outputs INTEGER CHECK (outputs >= 0),
    output_unit TEXT NOT NULL DEFAULT ''
);
CREATE INDEX bcf_expenditure_by_scheme ON bcf_expenditure(scheme_id);
CREATE INDEX bcf_expenditure_by_provider ON bcf_expenditure(provider_id);
