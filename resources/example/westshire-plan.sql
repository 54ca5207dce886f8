-- Westshire's plan (PRODUCT.md stage 2), added to the example partnership after its
-- partnership script and its needs assessment (westshire-needs.sql), whose statements and
-- indicators the plan cites. Written for file format 3 (core/project/SchemaV3.sql.h); runs
-- against the current format. Money is integer pence, weights basis points, targets
-- hundredths, years the year they start in.

UPDATE partnership SET budget_base_year = 2026, savings_sharing_rule = 'proportional';

INSERT INTO outcome (id, name, care_group_id, description) VALUES
(1, 'Older people stay independent at home for longer', 1, 'Fewer falls and emergency admissions, more people at home 91 days after leaving hospital.'),
(2, 'People in mental health crisis get help close to home', 2, 'Crisis care in the community rather than out-of-area beds.'),
(3, 'Fewer young people start using drugs and alcohol', 5, 'Early help in schools and youth services.');
INSERT INTO outcome_measure (id, outcome_id, name, indicator_id, unit, baseline_hundredths) VALUES
(1, 1, 'Emergency admissions for falls, 65 and over', (SELECT id FROM indicator WHERE source_code = '22401'), 'per 100,000', 226300),
(2, 1, 'Still at home 91 days after reablement', NULL, '%', 8140),
(3, 2, 'Out-of-area mental health placements', NULL, 'people a month', 2300),
(4, 3, 'Alcohol-specific admissions, under 18s', (SELECT id FROM indicator WHERE source_code = '92904'), 'per 100,000', 3315),
(5, 2, 'Emergency admissions for self-harm', (SELECT id FROM indicator WHERE source_code = '21001'), 'per 100,000', 15490);
INSERT INTO measure_target (id, measure_id, year, target_hundredths) VALUES
(1, 1, 2026, 215000),
(2, 1, 2027, 205000),
(3, 1, 2028, 195000),
(4, 2, 2026, 8400),
(5, 2, 2027, 8600),
(6, 2, 2028, 8800),
(7, 3, 2026, 1500),
(8, 3, 2027, 800),
(9, 3, 2028, 0),
(10, 4, 2026, 3100),
(11, 4, 2027, 2850),
(12, 4, 2028, 2600),
(13, 5, 2026, 14800),
(14, 5, 2027, 14000),
(15, 5, 2028, 13200);
INSERT INTO priority (id, name, care_group_id, statement_id, rank, rationale) VALUES
(1, 'Prevent falls among older people', 1, 1, 1, 'Falls admissions are significantly worse than England and rising; the JSNA and the carers'' reference group both put them first.'),
(2, 'Bring mental health crisis care home', 2, 2, 2, 'Twenty-three people a month are placed out of area at high cost and far from family.'),
(3, 'Early help for young people''s substance use', 5, 3, 3, 'Alcohol-specific admissions of under-18s are worse than England, and young people reach the service only after an admission.');
INSERT INTO appraisal (id, priority_id, name, scale_min, scale_max, notes) VALUES
(1, 1, 'Falls prevention options, 2026', 0, 10, 'Scored at the board workshop of 14 January 2026.'),
(2, 2, 'Crisis care options, 2026', 0, 10, 'Scored with the service user reference group, 3 November 2026.'),
(3, 3, 'Young people''s early help options, 2026', 0, 5, 'Scored by the Substance Misuse Partnership, 10 November 2026.');
INSERT INTO appraisal_option (id, appraisal_id, name, description, short_listed, drop_reason, do_nothing) VALUES
(1, 1, 'Do nothing / business as usual', 'Carry on as now: the option every other option is compared against.', 1, '', 1),
(2, 1, 'Community falls service with strength and balance classes', 'A county-wide falls team working with GPs and the voluntary sector.', 1, '', 0),
(3, 1, 'Telecare and home adaptations', 'Sensors, pendant alarms and minor adaptations for everyone over 80 at risk.', 1, '', 0),
(4, 1, 'Falls ward at Westshire General', 'A dedicated acute falls ward.', 0, 'Treats falls after they happen; does not prevent them and needs 20 beds the trust does not have.', 0),
(5, 2, 'Do nothing / business as usual', 'Carry on placing people out of area when no local bed is free.', 1, '', 1),
(6, 2, 'Crisis house in Larkhampton', 'Eight beds in a staffed house run with the voluntary sector, as an alternative to admission.', 1, '', 0),
(7, 2, 'Extended home treatment', 'Crisis team open 24 hours with twice-daily visits for up to six weeks.', 1, '', 0),
(8, 2, 'Buy beds in a neighbouring trust', 'A block contract for ten beds within 40 miles.', 0, 'Still out of area for most people, and no cheaper than a spot purchase.', 0),
(9, 3, 'Do nothing / business as usual', 'The young people''s service waits for referrals.', 1, '', 1),
(10, 3, 'Youth worker outreach in schools and clubs', 'Two youth workers in the schools and youth clubs of Saltmere Coast and Larkhampton.', 1, '', 0),
(11, 3, 'Peer education programme', 'Older students trained to run sessions with younger ones.', 1, '', 0);
INSERT INTO appraisal_criterion (id, appraisal_id, name, weight_bp, description) VALUES
(1, 1, 'Benefit to people', 4000, 'Falls and admissions prevented, independence kept.'),
(2, 1, 'Cost', 3000, 'Cost a year against the pooled budget; 10 is cheapest.'),
(3, 1, 'Deliverability', 2000, 'Can it start within a year with the workforce we have?'),
(4, 1, 'Fit with community assets', 1000, 'Builds on voluntary and community groups.'),
(5, 2, 'Care close to home', 5000, 'People in crisis stay near family and their own team.'),
(6, 2, 'Cost', 3000, 'Cost a year against the pooled budget; 10 is cheapest.'),
(7, 2, 'Deliverability', 2000, 'Staff and premises within a year.'),
(8, 3, 'Reach before harm', 6000, 'Reaches young people before an admission.'),
(9, 3, 'Cost', 4000, 'Cost a year; 5 is cheapest.');
INSERT INTO appraisal_score (id, option_id, criterion_id, score) VALUES
(1, 1, 1, 2),
(2, 1, 2, 9),
(3, 1, 3, 10),
(4, 1, 4, 3),
(5, 2, 1, 8),
(6, 2, 2, 6),
(7, 2, 3, 7),
(8, 2, 4, 9),
(9, 3, 1, 6),
(10, 3, 2, 5),
(11, 3, 3, 8),
(12, 3, 4, 4),
(13, 5, 5, 1),
(14, 5, 6, 6),
(15, 5, 7, 10),
(16, 6, 5, 9),
(17, 6, 6, 5),
(18, 6, 7, 6),
(19, 7, 5, 7),
(20, 7, 6, 6),
(21, 7, 7, 7),
(22, 9, 8, 1),
(23, 9, 9, 5),
(24, 10, 8, 4),
(25, 10, 9, 3),
(26, 11, 8, 3),
(27, 11, 9, 4);
INSERT INTO proposal (id, name, kind, care_group_id, tier, amount_pence, benefit, statement_id, evidence) VALUES
(1, 'Community falls service', 'invest', 1, 'prevention', 85000000, 80, 1, 'NICE guidance on falls prevention; the falls indicator is worse than England and rising.'),
(2, 'Crisis house in Larkhampton', 'invest', 2, 'early_intervention', 120000000, 90, 2, 'Out-of-area placement costs and the crisis care concordat.'),
(3, 'Schools substance misuse programme', 'invest', 5, 'prevention', 25000000, 30, 3, 'Under-18 alcohol-specific admissions worse than England.'),
(4, 'Extra reablement capacity', 'invest', 1, 'early_intervention', 60000000, 45, NULL, 'Hospital discharge delays.'),
(5, 'Reduce long-stay residential placements', 'disinvest', 3, 'intensive', 90000000, 20, NULL, 'Supported living gives better lives at lower cost.'),
(6, 'Decommission duplicated day services', 'disinvest', 1, 'early_intervention', 40000000, 10, NULL, 'Two providers run overlapping services in Saltmere.');
INSERT INTO contribution (id, partner_id, year, funding, line, amount_pence) VALUES
(1, 1, 2026, 'pooled', 'Adult social care', 15000000000),
(2, 1, 2026, 'aligned', 'Children''s services', 3240000000),
(3, 2, 2026, 'pooled', 'Community and mental health services', 12000000000),
(4, 2, 2026, 'aligned', 'Maternity', 1160000000),
(5, 3, 2026, 'pooled', 'Public health grant', 1600000000),
(6, 1, 2027, 'pooled', 'Adult social care', 15300000000),
(7, 1, 2027, 'aligned', 'Children''s services', 3304800000),
(8, 2, 2027, 'pooled', 'Community and mental health services', 12240000000),
(9, 2, 2027, 'aligned', 'Maternity', 1183200000),
(10, 3, 2027, 'pooled', 'Public health grant', 1632000000),
(11, 1, 2028, 'pooled', 'Adult social care', 15600000000),
(12, 1, 2028, 'aligned', 'Children''s services', 3369600000),
(13, 2, 2028, 'pooled', 'Community and mental health services', 12480000000),
(14, 2, 2028, 'aligned', 'Maternity', 1206400000),
(15, 3, 2028, 'pooled', 'Public health grant', 1664000000);
INSERT INTO allocation (id, year, care_group_id, service_id, tier, line, amount_pence) VALUES
(1, 2026, 1, NULL, 'prevention', 'Older people: prevention and falls', 1000000000),
(2, 2026, 1, NULL, 'early_intervention', 'Older people: reablement and home care', 4000000000),
(3, 2026, 1, NULL, 'intensive', 'Older people: care homes', 9000000000),
(4, 2026, 2, NULL, 'prevention', 'Mental health: wellbeing', 500000000),
(5, 2026, 2, NULL, 'early_intervention', 'Mental health: talking therapies', 2500000000),
(6, 2026, 2, NULL, 'intensive', 'Mental health: crisis and inpatient', 5000000000),
(7, 2026, 3, NULL, 'early_intervention', 'Learning disability: day opportunities', 2000000000),
(8, 2026, 3, NULL, 'intensive', 'Learning disability: supported housing', 4000000000),
(9, 2026, 4, NULL, 'prevention', 'Children: health visiting', 1000000000),
(10, 2026, 4, NULL, 'early_intervention', 'Children: community health', 1500000000),
(11, 2026, 4, NULL, 'intensive', 'Children: specialist care', 1000000000),
(12, 2026, 5, NULL, 'prevention', 'Substance misuse: prevention', 200000000),
(13, 2026, 5, NULL, 'early_intervention', 'Substance misuse: treatment', 450000000),
(14, 2026, 5, NULL, 'intensive', 'Substance misuse: residential rehabilitation', 800000000),
(15, 2027, 1, NULL, 'prevention', 'Older people: prevention and falls', 1025000000),
(16, 2027, 1, NULL, 'early_intervention', 'Older people: reablement and home care', 4100000000),
(17, 2027, 1, NULL, 'intensive', 'Older people: care homes', 9225000000),
(18, 2027, 2, NULL, 'prevention', 'Mental health: wellbeing', 512500000),
(19, 2027, 2, NULL, 'early_intervention', 'Mental health: talking therapies', 2562500000),
(20, 2027, 2, NULL, 'intensive', 'Mental health: crisis and inpatient', 5125000000),
(21, 2027, 3, NULL, 'early_intervention', 'Learning disability: day opportunities', 2050000000),
(22, 2027, 3, NULL, 'intensive', 'Learning disability: supported housing', 4100000000),
(23, 2027, 4, NULL, 'prevention', 'Children: health visiting', 1025000000),
(24, 2027, 4, NULL, 'early_intervention', 'Children: community health', 1537500000),
(25, 2027, 4, NULL, 'intensive', 'Children: specialist care', 1025000000),
(26, 2027, 5, NULL, 'prevention', 'Substance misuse: prevention', 205000000),
(27, 2027, 5, NULL, 'early_intervention', 'Substance misuse: treatment', 461250000),
(28, 2027, 5, NULL, 'intensive', 'Substance misuse: residential rehabilitation', 820000000),
(29, 2028, 1, NULL, 'prevention', 'Older people: prevention and falls', 1040000000),
(30, 2028, 1, NULL, 'early_intervention', 'Older people: reablement and home care', 4160000000),
(31, 2028, 1, NULL, 'intensive', 'Older people: care homes', 9360000000),
(32, 2028, 2, NULL, 'prevention', 'Mental health: wellbeing', 520000000),
(33, 2028, 2, NULL, 'early_intervention', 'Mental health: talking therapies', 2600000000),
(34, 2028, 2, NULL, 'intensive', 'Mental health: crisis and inpatient', 5200000000),
(35, 2028, 3, NULL, 'early_intervention', 'Learning disability: day opportunities', 2080000000),
(36, 2028, 3, NULL, 'intensive', 'Learning disability: supported housing', 4160000000),
(37, 2028, 4, NULL, 'prevention', 'Children: health visiting', 1040000000),
(38, 2028, 4, NULL, 'early_intervention', 'Children: community health', 1560000000),
(39, 2028, 4, NULL, 'intensive', 'Children: specialist care', 1040000000),
(40, 2028, 5, NULL, 'prevention', 'Substance misuse: prevention', 208000000),
(41, 2028, 5, NULL, 'early_intervention', 'Substance misuse: treatment', 468000000),
(42, 2028, 5, NULL, 'intensive', 'Substance misuse: residential rehabilitation', 832000000);
-- The budget lines that fund the plan's three priorities say so, each year, so that the money
-- can be traced from the evidence to the result (Trace on any allocation or priority).
UPDATE allocation SET priority_id = 1 WHERE id IN (1, 15, 29);
UPDATE allocation SET priority_id = 2 WHERE id IN (6, 20, 34);
UPDATE allocation SET priority_id = 3 WHERE id IN (12, 26, 40);
INSERT INTO budget_forecast (id, year, variance_pence, notes) VALUES
(1, 2026, 123456789, 'Month 6 forecast: care home placements above plan.');
INSERT INTO savings_target (id, year, care_group_id, amount_pence, notes) VALUES
(1, 2026, NULL, 500000000, 'Medium-term financial plan.'),
(2, 2027, NULL, 750000000, ''),
(3, 2028, NULL, 900000000, '');
INSERT INTO savings_scheme (id, name, care_group_id, lead_partner_id, joint, description) VALUES
(1, 'Joint brokerage of care home placements', 1, 1, 1, 'One team buying placements for both partners.'),
(2, 'Supported living instead of residential care', 3, 1, 1, 'Moving people who want to into supported living.'),
(3, 'Single community equipment contract', 1, 2, 1, 'One contract instead of two.');
INSERT INTO scheme_saving (id, scheme_id, year, planned_pence, realised_pence) VALUES
(1, 1, 2026, 200000000, NULL),
(2, 1, 2027, 300000000, NULL),
(3, 2, 2026, 150000000, NULL),
(4, 2, 2027, 300000000, NULL),
(5, 2, 2028, 450000000, NULL),
(6, 3, 2026, 120000000, NULL);
INSERT INTO risk (id, description, care_group_id, likelihood, impact, owner_member_id, mitigation, status) VALUES
(1, 'A major home care provider fails', 1, 3, 5, 2, 'Market position statement; contingency contracts; monthly financial monitoring of the largest providers.', 'mitigating'),
(2, 'Care home fees rise faster than the budget', 1, 4, 4, 5, 'Fee negotiation with the care home association; joint brokerage.', 'open'),
(3, 'Crisis house cannot recruit staff', 2, 3, 3, 6, 'Joint recruitment with the community trust; rotational posts.', 'open'),
(4, 'Partners'' budgets are cut in year', NULL, 2, 5, 4, 'Risk-share rule in the section 75 agreement; reserve of 1%.', 'open'),
(5, 'Data from providers arrives late', NULL, 4, 2, 4, 'Data clauses in every contract.', 'accepted'),
(6, 'Falls service referrals are low', 1, 2, 2, 7, 'GP engagement through the clinical lead.', 'open');
INSERT INTO plan_action (id, description, milestone, priority_id, plan_document_id, owner_member_id, due_on, status) VALUES
(1, 'Board approves the falls prevention business case', 1, 1, 7, 4, '2026-03-26', 'done'),
(2, 'Award the community falls service contract', 1, 1, 7, 6, '2026-09-30', 'done'),
(3, 'Open the Larkhampton crisis house', 1, 2, 8, 6, '2027-10-01', 'not_started'),
(4, 'Agree the schools programme with head teachers', 0, 3, 11, 8, '2026-11-15', 'in_progress'),
(5, 'Refresh the market position statement', 0, NULL, 12, 4, '2027-01-31', 'not_started'),
(6, 'Report savings realised to the board', 0, NULL, 12, 5, '2027-05-31', 'not_started');
