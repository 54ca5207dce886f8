-- Version 0 was the prototype: partnership(name, aims), partner(name, type)
-- and member(partner_id, name, role, budget_holder). Its rows move into the
-- version 1 tables; a partner type the prototype stored as free text is
-- mapped where it is recognised and otherwise kept in the partner's notes.
-- Members whose organisation had gone from the prototype file are kept under
-- a placeholder organisation rather than dropped.
--
-- Run before 0001-partnership.sql on a prototype file: its tables are set aside,
-- and from-prototype-after.sql moves their rows into the new tables.
ALTER TABLE partnership RENAME TO v0_partnership;
ALTER TABLE member RENAME TO v0_member;
ALTER TABLE partner RENAME TO v0_partner;
