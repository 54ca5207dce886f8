-- Version 4: how many decimal places each indicator's values are shown with.
-- Empty (NULL) lets Jointly choose from the values themselves (what they
-- carry, up to three places; more than that, as in Fingertips' unrounded
-- exports, is shown to one place, as Fingertips shows them).
ALTER TABLE indicator ADD COLUMN decimals INTEGER
    CHECK (decimals IS NULL OR decimals BETWEEN 0 AND 6);
