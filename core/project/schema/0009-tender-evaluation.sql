-- Version 9: tender evaluation (PRODUCT.md stage 3, issue 13 section 4):
-- lots, award criteria and sub-criteria, bids with their prices by year,
-- evaluators with their declared interests, each evaluator's own scores and
-- notes, and the consensus reached in moderation.
--
-- A criterion's weight is basis points of 100% (10000); a sub-criterion's
-- weight is its share of its parent's weight, so a sub-criterion of 5000
-- under a criterion of 2000 counts for 10% of the whole. Scores are whole
-- points on the procurement's scale (0 to scale_max). An evaluator's scores
-- are never changed once they have finished, nor deleted with them: an
-- evaluator taken off the panel is marked removed and their scores kept.
ALTER TABLE procurement ADD COLUMN scale_max INTEGER NOT NULL DEFAULT 4
    CHECK (scale_max BETWEEN 1 AND 10);
ALTER TABLE procurement ADD COLUMN price_formula TEXT NOT NULL DEFAULT 'relative'
    CHECK (price_formula IN ('relative', 'linear', 'affordability'));
ALTER TABLE procurement ADD COLUMN price_ceiling_pence INTEGER CHECK (price_ceiling_pence >= 0);
ALTER TABLE procurement ADD COLUMN price_floor_pence INTEGER CHECK (price_floor_pence >= 0);
ALTER TABLE procurement ADD COLUMN spread_points INTEGER NOT NULL DEFAULT 2
    CHECK (spread_points BETWEEN 0 AND 10);

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
