-- The version 1 schema: the partnership stage (PRODUCT.md stage 0).
-- Every table has an INTEGER PRIMARY KEY so that SQLite's session extension
-- can record each edit for undo. Money is integer pence. Dates are ISO text
-- (YYYY-MM-DD). Choices are stored as fixed English keys checked here.
CREATE TABLE partner_organisation (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    org_type TEXT NOT NULL DEFAULT 'local_authority' CHECK (org_type IN
        ('local_authority', 'nhs_body', 'public_health', 'criminal_justice',
         'voluntary_community', 'provider', 'user_carer_organisation')),
    role TEXT NOT NULL DEFAULT 'commissioner' CHECK (role IN
        ('commissioner', 'provider', 'advisor', 'user_voice')),
    annual_contribution_pence INTEGER NOT NULL DEFAULT 0 CHECK (annual_contribution_pence >= 0),
    fixed_risk_share_bp INTEGER CHECK (fixed_risk_share_bp BETWEEN 0 AND 10000),
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE partnership (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL DEFAULT '',
    aims TEXT NOT NULL DEFAULT '',
    group_kind TEXT NOT NULL DEFAULT 'decision_making' CHECK (group_kind IN
        ('model_making', 'decision_making')),
    parent_body TEXT NOT NULL DEFAULT '',
    meeting_frequency TEXT NOT NULL DEFAULT '',
    area TEXT NOT NULL DEFAULT '',
    population_served INTEGER CHECK (population_served >= 0),
    boundary_notes TEXT NOT NULL DEFAULT '',
    overlapping_initiatives TEXT NOT NULL DEFAULT '',
    agreement_kind TEXT NOT NULL DEFAULT 'none' CHECK (agreement_kind IN
        ('pooled', 'aligned', 'none')),
    legal_basis TEXT NOT NULL DEFAULT '',
    host_partner_id INTEGER REFERENCES partner_organisation(id) ON DELETE SET NULL,
    risk_share_rule TEXT NOT NULL DEFAULT 'proportional' CHECK (risk_share_rule IN
        ('fixed', 'proportional')),
    agreement_starts_on TEXT,
    agreement_review_on TEXT
);

CREATE TABLE objective (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL DEFAULT ''
);

CREATE TABLE locality (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    population INTEGER CHECK (population >= 0),
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE member (
    id INTEGER PRIMARY KEY,
    partner_id INTEGER NOT NULL REFERENCES partner_organisation(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    can_commit_budget INTEGER NOT NULL DEFAULT 0 CHECK (can_commit_budget IN (0, 1)),
    budget_limit_pence INTEGER CHECK (budget_limit_pence >= 0),
    email TEXT NOT NULL DEFAULT ''
);
CREATE INDEX member_by_partner ON member(partner_id);

CREATE TABLE declared_interest (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'financial' CHECK (kind IN
        ('financial', 'non_financial', 'personal')),
    provider_id INTEGER REFERENCES partner_organisation(id) ON DELETE SET NULL,
    description TEXT NOT NULL DEFAULT '',
    declared_on TEXT
);
CREATE INDEX interest_by_member ON declared_interest(member_id);
CREATE INDEX interest_by_provider ON declared_interest(provider_id);

CREATE TABLE linked_group (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    relationship TEXT NOT NULL DEFAULT 'reports_to' CHECK (relationship IN
        ('reports_to', 'informs', 'consults')),
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE care_group (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    lead_commissioner_id INTEGER REFERENCES partner_organisation(id) ON DELETE SET NULL,
    description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX care_group_by_lead ON care_group(lead_commissioner_id);

CREATE TABLE plan_document (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'framework' CHECK (kind IN
        ('framework', 'strategy', 'care_group_plan', 'implementation_plan', 'investment_plan')),
    title TEXT NOT NULL DEFAULT '',
    parent_id INTEGER REFERENCES plan_document(id) ON DELETE SET NULL,
    care_group_id INTEGER REFERENCES care_group(id) ON DELETE SET NULL,
    horizon_years INTEGER CHECK (horizon_years BETWEEN 1 AND 25),
    starts_on TEXT,
    next_refresh_on TEXT
);
CREATE INDEX plan_by_parent ON plan_document(parent_id);
CREATE INDEX plan_by_care_group ON plan_document(care_group_id);

-- The partnership itself: the one row its profile and agreement edit.
INSERT INTO partnership (id) VALUES (1);
