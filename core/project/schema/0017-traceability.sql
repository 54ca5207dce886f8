-- Version 17: traceability (issue 16, section 1). The plan's money says what
-- it funds: an allocation may cite the priority or the specification it pays
-- for (as it may already cite a contract), so that the chain from the
-- evidence to the money to the contract to the result can be followed. A
-- specification already cites the option and priority it serves.
ALTER TABLE allocation ADD COLUMN priority_id INTEGER REFERENCES priority(id) ON DELETE SET NULL;
ALTER TABLE allocation ADD COLUMN specification_id INTEGER
    REFERENCES specification(id) ON DELETE SET NULL;

CREATE INDEX allocation_by_priority ON allocation(priority_id);
CREATE INDEX allocation_by_specification ON allocation(specification_id);
