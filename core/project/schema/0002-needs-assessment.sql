-- Version 2: the needs assessment stage (PRODUCT.md stage 1).
--
-- Indicator values can number in the millions, so an import is not recorded
-- row by row for undo. Instead every import is a row in indicator_import, and
-- its values (and the indicators it created) count only while that import is
-- active. Undoing an import sets it inactive; redoing sets it active again.
-- Inactive imports and everything they brought are removed the next time the
-- project is opened, when no undo history refers to them any more.
ALTER TABLE partnership ADD COLUMN comparator_code TEXT NOT NULL DEFAULT 'E92000001';
ALTER TABLE partnership ADD COLUMN confidence_level TEXT NOT NULL DEFAULT '95'
    CHECK (confidence_level IN ('95', '99.8'));

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
);
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
);

CREATE TABLE statement_evidence (
    id INTEGER PRIMARY KEY,
    statement_id INTEGER NOT NULL REFERENCES needs_statement(id) ON DELETE CASCADE,
    indicator_id INTEGER REFERENCES indicator(id) ON DELETE CASCADE,
    service_id INTEGER REFERENCES service(id) ON DELETE CASCADE,
    asset_id INTEGER REFERENCES asset(id) ON DELETE CASCADE,
    engagement_id INTEGER REFERENCES engagement(id) ON DELETE CASCADE,
    note TEXT NOT NULL DEFAULT '',
    CHECK ((indicator_id IS NOT NULL) + (service_id IS NOT NULL) + (asset_id IS NOT NULL) +
           (engagement_id IS NOT NULL) <= 1)
);
CREATE INDEX evidence_by_statement ON statement_evidence(statement_id);

CREATE TABLE csv_mapping (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    mapping TEXT NOT NULL DEFAULT ''
);
