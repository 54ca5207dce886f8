-- Version 11: publishing procurements as open contracting data, and the
-- plan's money tied to the contracts it pays for (issue 13, sections 5 and
-- 6).
--
-- ocid_prefix is the partnership's own prefix for Open Contracting IDs,
-- "ocds-" and six lower-case letters or digits registered with the Open
-- Contracting Partnership (never Find a Tender's or Contracts Finder's); empty
-- until the partnership has one. The Procure stage refuses any other form
-- with a sentence as it is typed, and the export refuses one a file holds.
-- Each procurement's ocid is the prefix, a
-- hyphen and the procurement's id.
--
-- An allocation may name the contract it pays for, so that the plan's
-- allocations reconcile against the contract's value, year by year and
-- partner by partner.
ALTER TABLE partnership ADD COLUMN ocid_prefix TEXT NOT NULL DEFAULT '';
ALTER TABLE allocation ADD COLUMN contract_id INTEGER REFERENCES contract(id) ON DELETE SET NULL;

CREATE INDEX allocation_by_contract ON allocation(contract_id);
