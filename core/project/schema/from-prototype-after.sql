-- Run after 0001-partnership.sql on a prototype file: its rows move into the new tables, then its
-- old tables go.
INSERT INTO partner_organisation (id, name, org_type, notes)
SELECT id, coalesce(name, ''),
       CASE lower(trim(coalesce(type, '')))
           WHEN 'local authority' THEN 'local_authority'
           WHEN 'council' THEN 'local_authority'
           WHEN 'nhs' THEN 'nhs_body'
           WHEN 'nhs body' THEN 'nhs_body'
           WHEN 'ccg' THEN 'nhs_body'
           WHEN 'public health' THEN 'public_health'
           WHEN 'police' THEN 'criminal_justice'
           WHEN 'probation' THEN 'criminal_justice'
           WHEN 'voluntary' THEN 'voluntary_community'
           WHEN 'provider' THEN 'provider'
           ELSE 'local_authority'
       END,
       CASE WHEN lower(trim(coalesce(type, ''))) IN ('local authority', 'council', 'nhs',
                 'nhs body', 'ccg', 'public health', 'police', 'probation', 'voluntary',
                 'provider', '')
            THEN ''
            ELSE 'Type in the earlier file: ' || type
       END
FROM v0_partner;

INSERT INTO partner_organisation (id, name, notes)
SELECT (SELECT coalesce(max(id), 0) + 1 FROM partner_organisation),
       'Organisation missing from the earlier file',
       'The earlier file had members whose organisation was no longer in it. They are kept ' ||
       'here: move each to the right organisation, then delete this one.'
WHERE EXISTS (SELECT 1 FROM v0_member
              WHERE partner_id IS NULL OR partner_id NOT IN (SELECT id FROM v0_partner));

INSERT INTO member (id, partner_id, name, role, can_commit_budget)
SELECT m.id,
       coalesce((SELECT p.id FROM v0_partner p WHERE p.id = m.partner_id),
                (SELECT max(id) FROM partner_organisation)),
       coalesce(m.name, ''), coalesce(m.role, ''),
       CASE WHEN coalesce(m.budget_holder, 0) <> 0 THEN 1 ELSE 0 END
FROM v0_member m;

UPDATE partnership SET
    name = coalesce((SELECT name FROM v0_partnership ORDER BY id LIMIT 1), ''),
    aims = coalesce((SELECT aims FROM v0_partnership ORDER BY id LIMIT 1), '');

DROP TABLE v0_member;
DROP TABLE v0_partner;
DROP TABLE v0_partnership;
