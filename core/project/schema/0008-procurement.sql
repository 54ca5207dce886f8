-- Version 8: the procurement stage (PRODUCT.md stage 3), first part: what is
-- bought (outcome-based specifications with their budget envelope by year and
-- funding partner), each procurement's regime, route and timeline of
-- milestones, its conflicts assessment, and the log of market engagement.
--
-- Money is integer pence. Values are as the thresholds count them, including
-- VAT. Dates are ISO text (YYYY-MM-DD). Regimes and routes are fixed English
-- keys checked here; core/procurement/Routes.cpp gives their words and the
-- rules each follows.
CREATE TABLE specification (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    priority_id INTEGER REFERENCES priority(id) ON DELETE SET NULL,
    option_id INTEGER REFERENCES appraisal_option(id) ON DELETE SET NULL,
    care_group_id INTEGER REFERENCES care_group(id) ON DELETE SET NULL,
    tier TEXT NOT NULL DEFAULT 'prevention' CHECK (tier IN
        ('prevention', 'early_intervention', 'intensive')),
    duration_months INTEGER CHECK (duration_months BETWEEN 1 AND 600),
    extension_months INTEGER CHECK (extension_months BETWEEN 0 AND 600),
    extension_options TEXT NOT NULL DEFAULT '',
    requirements TEXT NOT NULL DEFAULT ''
);
CREATE INDEX specification_by_priority ON specification(priority_id);

CREATE TABLE specification_outcome (
    id INTEGER PRIMARY KEY,
    specification_id INTEGER NOT NULL REFERENCES specification(id) ON DELETE CASCADE,
    outcome_id INTEGER REFERENCES outcome(id) ON DELETE SET NULL,
    contribution TEXT NOT NULL DEFAULT ''
);
CREATE INDEX served_by_specification ON specification_outcome(specification_id);
CREATE INDEX served_outcome ON specification_outcome(outcome_id);

CREATE TABLE specification_budget (
    id INTEGER PRIMARY KEY,
    specification_id INTEGER NOT NULL REFERENCES specification(id) ON DELETE CASCADE,
    year INTEGER CHECK (year BETWEEN 1000 AND 9998),
    partner_id INTEGER REFERENCES partner_organisation(id) ON DELETE SET NULL,
    amount_pence INTEGER CHECK (amount_pence >= 0)
);
CREATE INDEX envelope_by_specification ON specification_budget(specification_id);
CREATE INDEX envelope_by_partner ON specification_budget(partner_id);

CREATE TABLE procurement (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    specification_id INTEGER REFERENCES specification(id) ON DELETE SET NULL,
    lead_partner_id INTEGER REFERENCES partner_organisation(id) ON DELETE SET NULL,
    buyer_kind TEXT NOT NULL DEFAULT 'sub_central' CHECK (buyer_kind IN
        ('sub_central', 'central')),
    regime TEXT NOT NULL DEFAULT 'act' CHECK (regime IN
        ('psr', 'act', 'act_light_touch', 'below_threshold', 'none')),
    regime_reason TEXT NOT NULL DEFAULT '',
    route TEXT NOT NULL DEFAULT 'open' CHECK (route IN
        ('open', 'competitive_flexible', 'direct_award', 'framework_call_off', 'dynamic_market',
         'psr_direct_a', 'psr_direct_b', 'psr_direct_c', 'psr_most_suitable', 'psr_competitive',
         'grant', 'in_house')),
    route_justification TEXT NOT NULL DEFAULT '',
    value_pence INTEGER CHECK (value_pence >= 0),
    current_value_pence INTEGER CHECK (current_value_pence >= 0),
    change_by_authority INTEGER NOT NULL DEFAULT 0 CHECK (change_by_authority IN (0, 1)),
    materially_different INTEGER NOT NULL DEFAULT 0 CHECK (materially_different IN (0, 1)),
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX procurement_by_specification ON procurement(specification_id);

CREATE TABLE procurement_milestone (
    id INTEGER PRIMARY KEY,
    procurement_id INTEGER NOT NULL REFERENCES procurement(id) ON DELETE CASCADE,
    step TEXT NOT NULL DEFAULT 'other' CHECK (step IN
        ('market_engagement', 'uk2', 'uk3', 'uk4', 'uk5', 'psr_contract_notice', 'invitation',
         'participation_deadline', 'clarification_deadline', 'tender_deadline',
         'provider_assessment', 'evaluation', 'moderation', 'award_decision',
         'assessment_summaries', 'uk6', 'psr_intention', 'standstill_end', 'signature', 'uk7',
         'psr_award_notice', 'mobilisation', 'service_start', 'other')),
    name TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX milestone_by_procurement ON procurement_milestone(procurement_id);

CREATE TABLE procurement_conflict (
    id INTEGER PRIMARY KEY,
    procurement_id INTEGER NOT NULL REFERENCES procurement(id) ON DELETE CASCADE,
    person TEXT NOT NULL DEFAULT '',
    provider_id INTEGER REFERENCES partner_organisation(id) ON DELETE SET NULL,
    interest TEXT NOT NULL DEFAULT '',
    managed TEXT NOT NULL DEFAULT '',
    assessed_on TEXT
);
CREATE INDEX conflict_by_procurement ON procurement_conflict(procurement_id);

CREATE TABLE market_engagement (
    id INTEGER PRIMARY KEY,
    provider_id INTEGER REFERENCES partner_organisation(id) ON DELETE SET NULL,
    held_on TEXT,
    format TEXT NOT NULL DEFAULT 'event' CHECK (format IN
        ('event', 'one_to_one', 'questionnaire', 'other')),
    learned TEXT NOT NULL DEFAULT '',
    specification_id INTEGER REFERENCES specification(id) ON DELETE SET NULL
);
CREATE INDEX engagement_by_specification ON market_engagement(specification_id);
