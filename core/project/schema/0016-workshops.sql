-- Version 16: workshops (issue 15). A partnership's terms of reference set a
-- quorum per partner, optionally of a role; a workshop has an agenda, the
-- members present (a substitute acting for a member of the same partner),
-- the chair's action on each interest touching an item, rounds of votes or
-- scores on the item's choices, the values the group agreed, and the
-- decisions taken, whose actions join the plan's actions. Rules a sentence
-- must explain (a vote from someone not present, options changed once votes
-- are in) are kept by the workshop's kinds, not by constraints.
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

ALTER TABLE plan_action ADD COLUMN decision_id INTEGER
    REFERENCES workshop_decision(id) ON DELETE SET NULL;

-- What the partnership decided on a proposal to invest or disinvest (a
-- workshop's "fund these proposals").
ALTER TABLE proposal ADD COLUMN decision TEXT NOT NULL DEFAULT 'undecided'
    CHECK (decision IN ('undecided', 'agreed', 'not_agreed'));
