-- The whole schema of a project file at format 21, as a file made by the steps in
-- this folder holds it (SQLite keeps each table's SQL with the columns later
-- steps added). Read it to see every table; change the schema by adding a
-- step, never by editing this file. tests/core/schema_test.cpp checks that
-- it matches; JOINTLY_WRITE_SCHEMA=1 build/dev/tests/core_tests "[schema]"
-- writes it again after a new step.

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
, comparator_code TEXT NOT NULL DEFAULT 'E92000001', confidence_level TEXT NOT NULL DEFAULT '95'
    CHECK (confidence_level IN ('95', '99.8')), savings_sharing_rule TEXT NOT NULL DEFAULT 'proportional'
    CHECK (savings_sharing_rule IN ('proportional', 'fixed', 'equal')), budget_base_year INTEGER
    CHECK (budget_base_year BETWEEN 1000 AND 9998), ocid_prefix TEXT NOT NULL DEFAULT '');

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

CREATE TABLE indicator_import (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('fingertips', 'mapped')),
    rows_read INTEGER NOT NULL CHECK (rows_read >= 0),
    rows_imported INTEGER NOT NULL CHECK (rows_imported >= 0),
    rows_skipped INTEGER NOT NULL CHECK (rows_skipped >= 0),
    rows_already_held INTEGER NOT NULL CHECK (rows_already_held >= 0),
    duplicates TEXT NOT NULL CHECK (duplicates IN ('replace', 'keep')),
    parent_comparator TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    data_as_at TEXT,
    active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
);

CREATE TABLE indicator (
    id INTEGER PRIMARY KEY,
    source_code TEXT,
    name TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    polarity TEXT NOT NULL DEFAULT 'unknown' CHECK (polarity IN
        ('higher_is_better', 'lower_is_better', 'no_judgement', 'unknown')),
    polarity_inferred INTEGER NOT NULL DEFAULT 0 CHECK (polarity_inferred IN (0, 1)),
    source TEXT NOT NULL DEFAULT '',
    topic TEXT NOT NULL DEFAULT '',
    care_group_id INTEGER REFERENCES care_group(id) ON DELETE SET NULL,
    notes TEXT NOT NULL DEFAULT '',
    created_by_import INTEGER REFERENCES indicator_import(id) ON DELETE CASCADE
, decimals INTEGER
    CHECK (decimals IS NULL OR decimals BETWEEN 0 AND 6));

CREATE UNIQUE INDEX indicator_by_source_code ON indicator(source_code)
    WHERE source_code IS NOT NULL;

CREATE TABLE indicator_value (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    import_id INTEGER REFERENCES indicator_import(id) ON DELETE CASCADE,
    replaced_by INTEGER REFERENCES indicator_import(id) ON DELETE SET NULL,
    area_code TEXT NOT NULL,
    area_name TEXT NOT NULL DEFAULT '',
    area_type TEXT NOT NULL DEFAULT '',
    parent_code TEXT NOT NULL DEFAULT '',
    parent_name TEXT NOT NULL DEFAULT '',
    sex TEXT NOT NULL DEFAULT '',
    age TEXT NOT NULL DEFAULT '',
    category_type TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    period TEXT NOT NULL,
    period_key INTEGER NOT NULL,
    value REAL,
    lower_95 REAL,
    upper_95 REAL,
    lower_99_8 REAL,
    upper_99_8 REAL,
    count REAL,
    denominator REAL,
    value_note TEXT NOT NULL DEFAULT '',
    source_trend TEXT NOT NULL DEFAULT '',
    source_compared_england TEXT NOT NULL DEFAULT '',
    source_compared_parent TEXT NOT NULL DEFAULT ''
);

CREATE INDEX value_by_key ON indicator_value
    (indicator_id, area_code, sex, age, category_type, category, period_key);

CREATE INDEX value_by_import ON indicator_value(import_id);

CREATE TABLE needs_area (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'own' CHECK (role IN ('own', 'comparator'))
);

CREATE TABLE population (
    id INTEGER PRIMARY KEY,
    area TEXT NOT NULL DEFAULT '',
    year INTEGER CHECK (year BETWEEN 1900 AND 2200),
    age_band TEXT NOT NULL DEFAULT '',
    sex TEXT NOT NULL DEFAULT 'persons' CHECK (sex IN ('persons', 'female', 'male')),
    people INTEGER CHECK (people >= 0),
    projected INTEGER NOT NULL DEFAULT 0 CHECK (projected IN (0, 1))
);

CREATE TABLE service (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    provider TEXT NOT NULL DEFAULT '',
    care_group_id INTEGER REFERENCES care_group(id) ON DELETE SET NULL,
    tier TEXT NOT NULL DEFAULT 'prevention' CHECK (tier IN
        ('prevention', 'early_intervention', 'intensive')),
    capacity INTEGER CHECK (capacity >= 0),
    capacity_unit TEXT NOT NULL DEFAULT '',
    utilisation_bp INTEGER CHECK (utilisation_bp BETWEEN 0 AND 100000),
    annual_cost_pence INTEGER CHECK (annual_cost_pence >= 0),
    linked_contract TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE service_funding (
    id INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partner_organisation(id) ON DELETE CASCADE,
    share_bp INTEGER CHECK (share_bp BETWEEN 0 AND 10000)
);

CREATE INDEX funding_by_service ON service_funding(service_id);

CREATE INDEX funding_by_partner ON service_funding(partner_id);

CREATE TABLE asset (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'voluntary_group' CHECK (kind IN
        ('voluntary_group', 'community_venue', 'faith_group', 'peer_support', 'social_enterprise',
         'other')),
    locality_id INTEGER REFERENCES locality(id) ON DELETE SET NULL,
    care_group_id INTEGER REFERENCES care_group(id) ON DELETE SET NULL,
    contact TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE engagement (
    id INTEGER PRIMARY KEY,
    heard_from TEXT NOT NULL DEFAULT 'service_users' CHECK (heard_from IN
        ('service_users', 'carers', 'providers', 'clinicians', 'public', 'staff', 'other')),
    summary TEXT NOT NULL DEFAULT '',
    heard_on TEXT,
    method TEXT NOT NULL DEFAULT 'survey' CHECK (method IN
        ('survey', 'focus_group', 'interview', 'workshop', 'public_meeting', 'complaint',
         'written', 'other')),
    care_group_id INTEGER REFERENCES care_group(id) ON DELETE SET NULL,
    people INTEGER CHECK (people >= 0)
);

CREATE TABLE needs_statement (
    id INTEGER PRIMARY KEY,
    statement TEXT NOT NULL DEFAULT '',
    care_group_id INTEGER REFERENCES care_group(id) ON DELETE SET NULL,
    severity TEXT NOT NULL DEFAULT 'moderate' CHECK (severity IN
        ('low', 'moderate', 'high', 'critical')),
    candidate_priority INTEGER NOT NULL DEFAULT 0 CHECK (candidate_priority IN (0, 1))
, draft INTEGER NOT NULL DEFAULT 0 CHECK (draft IN (0, 1)));

CREATE TABLE csv_mapping (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    mapping TEXT NOT NULL DEFAULT ''
);

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
, decision TEXT NOT NULL DEFAULT 'undecided'
    CHECK (decision IN ('undecided', 'agreed', 'not_agreed')));

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
, contract_id INTEGER REFERENCES contract(id) ON DELETE SET NULL, priority_id INTEGER REFERENCES priority(id) ON DELETE SET NULL, specification_id INTEGER
    REFERENCES specification(id) ON DELETE SET NULL);

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
, decision_id INTEGER
    REFERENCES workshop_decision(id) ON DELETE SET NULL);

CREATE TABLE copy_site (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    site_first INTEGER NOT NULL CHECK (site_first BETWEEN 0 AND 8388607),
    site_last INTEGER NOT NULL CHECK (site_last BETWEEN site_first AND 8388607)
);

CREATE TABLE edit_step (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    made_at TEXT NOT NULL,
    made_by TEXT NOT NULL DEFAULT '',
    changes BLOB NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
);

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
, scale_max INTEGER NOT NULL DEFAULT 4
    CHECK (scale_max BETWEEN 1 AND 10), price_formula TEXT NOT NULL DEFAULT 'relative'
    CHECK (price_formula IN ('relative', 'linear', 'affordability')), price_ceiling_pence INTEGER CHECK (price_ceiling_pence >= 0), price_floor_pence INTEGER CHECK (price_floor_pence >= 0), spread_points INTEGER NOT NULL DEFAULT 2
    CHECK (spread_points BETWEEN 0 AND 10));

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

CREATE TABLE score_descriptor (
    id INTEGER PRIMARY KEY,
    procurement_id INTEGER NOT NULL REFERENCES procurement(id) ON DELETE CASCADE,
    score INTEGER CHECK (score BETWEEN 0 AND 10),
    descriptor TEXT NOT NULL DEFAULT ''
);

CREATE INDEX descriptor_by_procurement ON score_descriptor(procurement_id);

CREATE TABLE tender_lot (
    id INTEGER PRIMARY KEY,
    procurement_id INTEGER NOT NULL REFERENCES procurement(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);

CREATE INDEX lot_by_procurement ON tender_lot(procurement_id);

CREATE TABLE award_criterion (
    id INTEGER PRIMARY KEY,
    procurement_id INTEGER NOT NULL REFERENCES procurement(id) ON DELETE CASCADE,
    lot_id INTEGER REFERENCES tender_lot(id) ON DELETE SET NULL,
    parent_id INTEGER REFERENCES award_criterion(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT 'quality' CHECK (category IN
        ('quality', 'price', 'social_value')),
    weight_bp INTEGER CHECK (weight_bp BETWEEN 0 AND 10000),
    minimum_score INTEGER CHECK (minimum_score BETWEEN 0 AND 10),
    question TEXT NOT NULL DEFAULT ''
);

CREATE INDEX award_criterion_by_procurement ON award_criterion(procurement_id);

CREATE INDEX award_criterion_by_parent ON award_criterion(parent_id);

CREATE TABLE bid (
    id INTEGER PRIMARY KEY,
    procurement_id INTEGER NOT NULL REFERENCES procurement(id) ON DELETE CASCADE,
    lot_id INTEGER REFERENCES tender_lot(id) ON DELETE SET NULL,
    provider_id INTEGER REFERENCES partner_organisation(id) ON DELETE SET NULL,
    name TEXT NOT NULL DEFAULT '',
    on_time INTEGER NOT NULL DEFAULT 1 CHECK (on_time IN (0, 1)),
    received_on TEXT,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE INDEX bid_by_procurement ON bid(procurement_id);

CREATE INDEX bid_by_provider ON bid(provider_id);

CREATE TABLE bid_price (
    id INTEGER PRIMARY KEY,
    bid_id INTEGER NOT NULL REFERENCES bid(id) ON DELETE CASCADE,
    year INTEGER CHECK (year BETWEEN 1000 AND 9998),
    amount_pence INTEGER CHECK (amount_pence >= 0)
);

CREATE INDEX price_by_bid ON bid_price(bid_id);

CREATE TABLE evaluator (
    id INTEGER PRIMARY KEY,
    procurement_id INTEGER NOT NULL REFERENCES procurement(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
    role TEXT NOT NULL DEFAULT 'quality' CHECK (role IN ('quality', 'price', 'both')),
    declared_on TEXT,
    finished INTEGER NOT NULL DEFAULT 0 CHECK (finished IN (0, 1)),
    removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    removal_reason TEXT NOT NULL DEFAULT ''
);

CREATE INDEX evaluator_by_procurement ON evaluator(procurement_id);

CREATE INDEX evaluator_by_member ON evaluator(member_id);

CREATE TABLE evaluator_interest (
    id INTEGER PRIMARY KEY,
    evaluator_id INTEGER NOT NULL REFERENCES evaluator(id) ON DELETE CASCADE,
    provider_id INTEGER REFERENCES partner_organisation(id) ON DELETE SET NULL,
    interest TEXT NOT NULL DEFAULT '',
    declared_on TEXT
);

CREATE INDEX evaluator_interest_by_evaluator ON evaluator_interest(evaluator_id);

CREATE TABLE evaluation_score (
    id INTEGER PRIMARY KEY,
    evaluator_id INTEGER NOT NULL REFERENCES evaluator(id) ON DELETE CASCADE,
    bid_id INTEGER NOT NULL REFERENCES bid(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES award_criterion(id) ON DELETE CASCADE,
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (evaluator_id, bid_id, criterion_id)
);

CREATE INDEX evaluation_score_by_bid ON evaluation_score(bid_id);

CREATE INDEX evaluation_score_by_criterion ON evaluation_score(criterion_id);

CREATE TABLE moderated_score (
    id INTEGER PRIMARY KEY,
    bid_id INTEGER NOT NULL REFERENCES bid(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES award_criterion(id) ON DELETE CASCADE,
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    reason TEXT NOT NULL DEFAULT '',
    UNIQUE (bid_id, criterion_id)
);

CREATE INDEX moderated_score_by_criterion ON moderated_score(criterion_id);

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

CREATE INDEX allocation_by_contract ON allocation(contract_id);

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

CREATE TABLE "statement_evidence" (
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

CREATE INDEX evidence_by_statement ON statement_evidence(statement_id);

CREATE INDEX evidence_by_kpi ON statement_evidence(kpi_id);

CREATE TABLE cycle_year (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL CHECK (year BETWEEN 1000 AND 9998),
    started_on TEXT,
    summary TEXT NOT NULL DEFAULT ''
);

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

CREATE TABLE remedial_milestone (
    id INTEGER PRIMARY KEY,
    notice_id INTEGER NOT NULL REFERENCES performance_notice(id) ON DELETE CASCADE,
    description TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    done_on TEXT,
    note TEXT NOT NULL DEFAULT ''
);

CREATE INDEX milestone_by_notice ON remedial_milestone(notice_id);

CREATE TABLE contract_assessment (
    id INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
    year INTEGER NOT NULL CHECK (year BETWEEN 1000 AND 9998),
    assessed_on TEXT,
    summary TEXT NOT NULL DEFAULT ''
);

CREATE INDEX assessment_by_contract ON contract_assessment(contract_id);

CREATE TABLE kpi_rating (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES contract_assessment(id) ON DELETE CASCADE,
    kpi_id INTEGER NOT NULL REFERENCES kpi(id) ON DELETE CASCADE,
    rating TEXT NOT NULL DEFAULT 'other'
        CHECK (rating IN ('good', 'approaching', 'requires_improvement', 'inadequate', 'other')),
    explanation TEXT NOT NULL DEFAULT ''
);

CREATE INDEX rating_by_assessment ON kpi_rating(assessment_id);

CREATE TABLE contract_service (
    id INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
    service_id INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE
);

CREATE INDEX contract_service_by_contract ON contract_service(contract_id);

CREATE INDEX contract_service_by_service ON contract_service(service_id);

CREATE TABLE contract_specification (
    id INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
    specification_id INTEGER NOT NULL REFERENCES specification(id) ON DELETE CASCADE
);

CREATE INDEX contract_specification_by_contract ON contract_specification(contract_id);

CREATE INDEX contract_specification_by_specification ON contract_specification(specification_id);

CREATE TABLE quorum_rule (
    id INTEGER PRIMARY KEY,
    partner_id INTEGER NOT NULL REFERENCES partner_organisation(id) ON DELETE CASCADE,
    minimum INTEGER NOT NULL DEFAULT 1 CHECK (minimum BETWEEN 1 AND 99),
    role TEXT NOT NULL DEFAULT ''
);

CREATE INDEX quorum_rule_by_partner ON quorum_rule(partner_id);

CREATE TABLE workshop (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    held_on TEXT,
    venue TEXT NOT NULL DEFAULT '',
    facilitator_member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
    purpose TEXT NOT NULL DEFAULT ''
);

CREATE TABLE workshop_attendance (
    id INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'present' CHECK (status IN ('present', 'apologies')),
    acting_for_member_id INTEGER REFERENCES member(id) ON DELETE SET NULL
);

CREATE INDEX attendance_by_workshop ON workshop_attendance(workshop_id);

CREATE TABLE agenda_item (
    id INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 1 CHECK (position BETWEEN 1 AND 1000),
    title TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'question' CHECK (kind IN
        ('priorities', 'appraisal', 'pbma', 'needs', 'question')),
    appraisal_id INTEGER REFERENCES appraisal(id) ON DELETE SET NULL,
    minutes INTEGER CHECK (minutes BETWEEN 1 AND 480),
    notes TEXT NOT NULL DEFAULT ''
);

CREATE INDEX agenda_by_workshop ON agenda_item(workshop_id);

CREATE TABLE agenda_provider (
    id INTEGER PRIMARY KEY,
    agenda_item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
    provider_id INTEGER NOT NULL REFERENCES partner_organisation(id) ON DELETE CASCADE
);

CREATE INDEX agenda_provider_by_item ON agenda_provider(agenda_item_id);

CREATE TABLE interest_action (
    id INTEGER PRIMARY KEY,
    agenda_item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    action TEXT NOT NULL DEFAULT 'excluded' CHECK (action IN
        ('noted', 'discuss_only', 'excluded', 'left_room')),
    dispensation INTEGER NOT NULL DEFAULT 0 CHECK (dispensation IN (0, 1)),
    note TEXT NOT NULL DEFAULT ''
);

CREATE INDEX interest_action_by_item ON interest_action(agenda_item_id);

CREATE TABLE workshop_round (
    id INTEGER PRIMARY KEY,
    agenda_item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
    run INTEGER NOT NULL DEFAULT 1 CHECK (run BETWEEN 1 AND 99),
    question TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'dots' CHECK (kind IN
        ('dots', 'ranking', 'allocation', 'score', 'yes_no')),
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'open', 'closed', 'revealed')),
    anonymity TEXT NOT NULL DEFAULT 'anonymous' CHECK (anonymity IN
        ('anonymous', 'private', 'recorded')),
    dots_per_member INTEGER NOT NULL DEFAULT 5 CHECK (dots_per_member BETWEEN 1 AND 99),
    dots_per_item INTEGER CHECK (dots_per_item BETWEEN 1 AND 99),
    rank_top INTEGER CHECK (rank_top BETWEEN 1 AND 1000),
    points INTEGER NOT NULL DEFAULT 100 CHECK (points BETWEEN 1 AND 1000),
    scale_min INTEGER NOT NULL DEFAULT 0 CHECK (scale_min BETWEEN -1000 AND 1000),
    scale_max INTEGER NOT NULL DEFAULT 4 CHECK (scale_max BETWEEN -1000 AND 1000),
    minutes INTEGER CHECK (minutes BETWEEN 1 AND 120)
);

CREATE INDEX round_by_item ON workshop_round(agenda_item_id);

CREATE TABLE round_choice (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES workshop_round(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 1 CHECK (position BETWEEN 1 AND 1000),
    name TEXT NOT NULL DEFAULT '',
    priority_id INTEGER REFERENCES priority(id) ON DELETE SET NULL,
    option_id INTEGER REFERENCES appraisal_option(id) ON DELETE SET NULL,
    proposal_id INTEGER REFERENCES proposal(id) ON DELETE SET NULL,
    statement_id INTEGER REFERENCES needs_statement(id) ON DELETE SET NULL
);

CREATE INDEX choice_by_round ON round_choice(round_id);

CREATE TABLE round_vote (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES workshop_round(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    choice_id INTEGER NOT NULL REFERENCES round_choice(id) ON DELETE CASCADE,
    criterion_id INTEGER REFERENCES appraisal_criterion(id) ON DELETE CASCADE,
    value INTEGER NOT NULL DEFAULT 0 CHECK (value BETWEEN -1000 AND 1000)
);

CREATE INDEX vote_by_round ON round_vote(round_id);

CREATE TABLE agreed_value (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES workshop_round(id) ON DELETE CASCADE,
    choice_id INTEGER NOT NULL REFERENCES round_choice(id) ON DELETE CASCADE,
    criterion_id INTEGER REFERENCES appraisal_criterion(id) ON DELETE CASCADE,
    value_hundredths INTEGER CHECK (value_hundredths BETWEEN -100000 AND 100000),
    reason TEXT NOT NULL DEFAULT ''
);

CREATE INDEX agreed_by_round ON agreed_value(round_id);

CREATE TABLE workshop_decision (
    id INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
    round_id INTEGER REFERENCES workshop_round(id) ON DELETE SET NULL,
    decided_on TEXT,
    decision TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT 'approve' CHECK (outcome IN
        ('approve', 'reject', 'defer', 'note')),
    method TEXT NOT NULL DEFAULT 'consensus' CHECK (method IN
        ('consensus', 'vote', 'block_vote', 'delegated')),
    tally TEXT NOT NULL DEFAULT '',
    reasons TEXT NOT NULL DEFAULT '',
    alternatives TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT ''
);

CREATE INDEX decision_by_workshop ON workshop_decision(workshop_id);

CREATE INDEX allocation_by_priority ON allocation(priority_id);

CREATE INDEX allocation_by_specification ON allocation(specification_id);

CREATE TABLE baseline (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    taken_on TEXT,
    note TEXT NOT NULL DEFAULT '',
    archive TEXT NOT NULL DEFAULT ''
);

CREATE TABLE project_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    uid TEXT NOT NULL CHECK (length(uid) BETWEEN 16 AND 64 AND uid NOT GLOB '*[^0-9a-f-]*')
);

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

CREATE TABLE offline_origin (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    original_file TEXT NOT NULL DEFAULT '',
    taken_at TEXT NOT NULL DEFAULT '',
    taken_by TEXT NOT NULL DEFAULT ''
);

CREATE TABLE merged_edit (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL DEFAULT '',
    made_at TEXT NOT NULL DEFAULT '',
    made_by TEXT NOT NULL DEFAULT '',
    merged_from TEXT NOT NULL DEFAULT ''
);
