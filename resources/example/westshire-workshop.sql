-- The board workshop of 14 January 2026 (issue 15): the partnership ranked
-- its priorities and scored the falls prevention options, with the trust's
-- director and a GP with a subcontract excluded from the falls item for
-- their interests in Westshire Community Health NHS Trust, the ICB's deputy
-- director standing in for its director of joint commissioning, and the
-- reablement item inquorate for the ICB once interests were excluded. The
-- round's results are those the plan already holds: the priorities' ranks
-- and the falls appraisal's scores came from this workshop.

-- The terms of reference's quorum: the council's cabinet member, two ICB
-- members and the Director of Public Health.
INSERT INTO quorum_rule (id, partner_id, minimum, role) VALUES
(1, 1, 1, 'Cabinet Member'),
(2, 2, 2, ''),
(3, 3, 1, 'Director of Public Health');

-- The ICB's deputy director, who stood in for Gareth Lloyd, and the
-- interest she declared on the day.
INSERT INTO member (id, partner_id, name, role, can_commit_budget, budget_limit_pence, email) VALUES
(12, 2, 'Nadia Karim', 'Deputy Director of Joint Commissioning', 1, 100000000, 'nadia.karim@westshireicb.example');
INSERT INTO declared_interest (id, member_id, kind, provider_id, description, declared_on) VALUES
(5, 12, 'personal', 5, 'Her husband is a community nurse employed by Westshire Community Health NHS Trust.', '2026-01-14');

INSERT INTO workshop (id, name, held_on, venue, facilitator_member_id, purpose) VALUES
(1, 'Board workshop: priorities and falls options', '2026-01-14', 'County Hall, Westshire', 4,
 'Rank the partnership''s priorities for the 2026 plan and score the short-listed falls prevention options before the business case.');

INSERT INTO workshop_attendance (id, workshop_id, member_id, status, acting_for_member_id) VALUES
(1, 1, 1, 'present', NULL),
(2, 1, 2, 'present', NULL),
(3, 1, 3, 'apologies', NULL),
(4, 1, 4, 'present', NULL),
(5, 1, 5, 'present', NULL),
(6, 1, 6, 'apologies', NULL),
(7, 1, 7, 'present', NULL),
(8, 1, 8, 'present', NULL),
(9, 1, 9, 'present', NULL),
(10, 1, 10, 'present', NULL),
(11, 1, 11, 'present', NULL),
(12, 1, 12, 'present', 6);

INSERT INTO agenda_item (id, workshop_id, position, title, kind, appraisal_id, minutes, notes) VALUES
(1, 1, 1, 'Rank the partnership''s priorities', 'priorities', NULL, 20, 'From the needs assessment''s candidate priorities.'),
(2, 1, 2, 'Score the falls prevention options', 'appraisal', 1, 45, 'The short list and the do-nothing option, on the four agreed criteria.'),
(3, 1, 3, 'Extra reablement capacity', 'pbma', NULL, 15, 'A proposal to buy more reablement hours from the trust.');

INSERT INTO agenda_provider (id, agenda_item_id, provider_id) VALUES
(1, 2, 5),
(2, 3, 5);

INSERT INTO interest_action (id, agenda_item_id, member_id, action, dispensation, note) VALUES
(1, 2, 7, 'excluded', 0, 'Took part in the discussion of the evidence, not in the scoring.'),
(2, 2, 10, 'left_room', 0, 'Left the room for the item.'),
(3, 2, 12, 'noted', 0, 'An indirect interest; the chair judged it did not bear on scoring options.'),
(4, 3, 7, 'excluded', 0, ''),
(5, 3, 10, 'left_room', 0, ''),
(6, 3, 12, 'excluded', 0, 'The proposal would buy hours from her husband''s employer.');

INSERT INTO workshop_round (id, agenda_item_id, run, question, kind, state, anonymity, dots_per_member, dots_per_item, rank_top, points, scale_min, scale_max, minutes) VALUES
(1, 1, 1, 'Rank the partnership''s priorities', 'ranking', 'revealed', 'anonymous', 5, NULL, NULL, 100, 0, 4, 5),
(2, 2, 1, 'Score the falls prevention options', 'score', 'revealed', 'private', 5, NULL, NULL, 100, 0, 10, 15);

INSERT INTO round_choice (id, round_id, position, name, priority_id, option_id, proposal_id, statement_id) VALUES
(1, 1, 1, 'Prevent falls among older people', 1, NULL, NULL, NULL),
(2, 1, 2, 'Bring mental health crisis care home', 2, NULL, NULL, NULL),
(3, 1, 3, 'Early help for young people''s substance use', 3, NULL, NULL, NULL),
(4, 2, 1, 'Do nothing / business as usual', NULL, 1, NULL, NULL),
(5, 2, 2, 'Community falls service with strength and balance classes', NULL, 2, NULL, NULL),
(6, 2, 3, 'Telecare and home adaptations', NULL, 3, NULL, NULL);

-- Six members ranked the priorities (places 1 to 3): on average falls 2.67
-- Borda points, crisis care 2.00, young people 1.33. Four members free to
-- vote on the falls item scored the options; the means round to the
-- appraisal's scores, but for the telecare option's benefit (6.50), which the
-- group agreed at 6.
INSERT INTO round_vote (id, round_id, member_id, choice_id, criterion_id, value) VALUES
(1, 1, 1, 1, NULL, 1),
(2, 1, 1, 2, NULL, 2),
(3, 1, 1, 3, NULL, 3),
(4, 1, 2, 1, NULL, 1),
(5, 1, 2, 2, NULL, 3),
(6, 1, 2, 3, NULL, 2),
(7, 1, 5, 1, NULL, 2),
(8, 1, 5, 2, NULL, 1),
(9, 1, 5, 3, NULL, 3),
(10, 1, 8, 1, NULL, 1),
(11, 1, 8, 2, NULL, 3),
(12, 1, 8, 3, NULL, 2),
(13, 1, 9, 1, NULL, 1),
(14, 1, 9, 2, NULL, 2),
(15, 1, 9, 3, NULL, 3),
(16, 1, 11, 1, NULL, 2),
(17, 1, 11, 2, NULL, 1),
(18, 1, 11, 3, NULL, 3),
(19, 2, 2, 4, 1, 2),
(20, 2, 2, 4, 2, 9),
(21, 2, 2, 4, 3, 10),
(22, 2, 2, 4, 4, 3),
(23, 2, 2, 5, 1, 8),
(24, 2, 2, 5, 2, 3),
(25, 2, 2, 5, 3, 7),
(26, 2, 2, 5, 4, 9),
(27, 2, 2, 6, 1, 6),
(28, 2, 2, 6, 2, 5),
(29, 2, 2, 6, 3, 8),
(30, 2, 2, 6, 4, 2),
(31, 2, 5, 4, 1, 2),
(32, 2, 5, 4, 2, 9),
(33, 2, 5, 4, 3, 10),
(34, 2, 5, 4, 4, 2),
(35, 2, 5, 5, 1, 9),
(36, 2, 5, 5, 2, 5),
(37, 2, 5, 5, 3, 7),
(38, 2, 5, 5, 4, 10),
(39, 2, 5, 6, 1, 7),
(40, 2, 5, 6, 2, 5),
(41, 2, 5, 6, 3, 9),
(42, 2, 5, 6, 4, 6),
(43, 2, 12, 4, 1, 3),
(44, 2, 12, 4, 2, 9),
(45, 2, 12, 4, 3, 10),
(46, 2, 12, 4, 4, 4),
(47, 2, 12, 5, 1, 7),
(48, 2, 12, 5, 2, 7),
(49, 2, 12, 5, 3, 6),
(50, 2, 12, 5, 4, 8),
(51, 2, 12, 6, 1, 6),
(52, 2, 12, 6, 2, 5),
(53, 2, 12, 6, 3, 7),
(54, 2, 12, 6, 4, 4),
(55, 2, 8, 4, 1, 1),
(56, 2, 8, 4, 2, 9),
(57, 2, 8, 4, 3, 10),
(58, 2, 8, 4, 4, 3),
(59, 2, 8, 5, 1, 8),
(60, 2, 8, 5, 2, 9),
(61, 2, 8, 5, 3, 8),
(62, 2, 8, 5, 4, 9),
(63, 2, 8, 6, 1, 7),
(64, 2, 8, 6, 2, 5),
(65, 2, 8, 6, 3, 8),
(66, 2, 8, 6, 4, 4);

INSERT INTO agreed_value (id, round_id, choice_id, criterion_id, value_hundredths, reason) VALUES
(1, 2, 6, 1, 600, 'The telecare evidence is for people already falling; the group agreed its benefit is lower than the first scores.');

INSERT INTO workshop_decision (id, workshop_id, agenda_item_id, round_id, decided_on, decision, outcome, method, tally, reasons, alternatives, evidence) VALUES
(1, 1, 1, 1, '2026-01-14', 'Confirm the three priorities in the order ranked: falls first, then crisis care, then young people''s substance use.', 'approve', 'vote',
 'Ranked by 6 members: falls 2.67, crisis care 2.00, young people 1.33 Borda points on average.',
 'Falls admissions are worse than England and rising; crisis care costs most per person but affects fewer people.',
 'Putting crisis care first: rejected, as the crisis house cannot open before 2027 whatever its rank.',
 'Joint strategic needs assessment 2025; the carers'' reference group''s survey.'),
(2, 1, 2, 2, '2026-01-14', 'Take the community falls service with strength and balance classes forward to a business case and procurement.', 'approve', 'consensus',
 'Weighted scores: community falls service 7.30, telecare 5.90 as agreed (6.10 on the mean scores), do nothing 5.80.',
 'It scores highest on benefit and on fit with community assets, and stays top unless the weight on cost rises sharply.',
 'Telecare and home adaptations: rejected as first choice, since it helps people after a first fall; kept for the carers'' plan. A falls ward was dropped from the long list.',
 'NICE guidance on falls prevention; the falls admissions indicator.'),
(3, 1, 3, NULL, '2026-01-14', 'Defer the extra reablement capacity proposal: the meeting was inquorate for the ICB once interests in the trust were excluded.', 'defer', 'delegated',
 '', 'Only one ICB member was free to vote on the item; the terms of reference need two.', '', 'Hospital discharge delays.');

UPDATE plan_action SET decision_id = 2 WHERE id = 1;
INSERT INTO plan_action (id, description, milestone, priority_id, plan_document_id, owner_member_id, due_on, status, decision_id) VALUES
(7, 'Publish the ranked priorities in the implementation plan', 0, NULL, 7, 4, '2026-02-13', 'done', 1),
(8, 'Take the reablement proposal to the ICB executive', 0, NULL, NULL, 5, '2026-02-26', 'done', 3);
