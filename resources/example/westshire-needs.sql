-- Westshire's needs assessment (PRODUCT.md stage 1), added to the example partnership after
-- its indicator extract (westshire-indicators.csv) and population figures
-- (westshire-population.csv) have been imported through Jointly's own importers. Runs
-- against the current file format. Money is integer pence; utilisation and funding shares
-- are basis points (9600 is 96.00%). Indicators are found by their Fingertips id, since the
-- import numbered them.

-- The partnership's own areas (the county and its five localities, under the codes the
-- extract uses) and England, the comparator.
INSERT INTO needs_area (id, code, name, role) VALUES
(1, 'E10000991', 'Westshire', 'own'),
(2, 'E07000991', 'Saltmere Coast', 'own'),
(3, 'E07000992', 'Larkhampton', 'own'),
(4, 'E07000993', 'Brackenford', 'own'),
(5, 'E07000994', 'Oakwold Downs', 'own'),
(6, 'E07000995', 'Fernley Vale', 'own'),
(7, 'E92000001', 'England', 'comparator');

-- Each indicator's care group and topic, as the needs assessment team files them.
UPDATE indicator SET care_group_id = 1, topic = 'Falls and frailty' WHERE source_code IN ('22401', '41401');
UPDATE indicator SET care_group_id = 2, topic = 'Self-harm and suicide' WHERE source_code IN ('21001', '41001');
UPDATE indicator SET care_group_id = 2, topic = 'Common mental health problems' WHERE source_code = '848';
UPDATE indicator SET care_group_id = 3, topic = 'Prevalence' WHERE source_code = '200';
UPDATE indicator SET care_group_id = 4, topic = 'Best start in life' WHERE source_code IN ('93085', '90323');
UPDATE indicator SET care_group_id = 5, topic = 'Treatment and harm' WHERE source_code IN ('90244', '92904');
UPDATE indicator SET unit = 'per 100,000' WHERE source_code IN ('22401', '41401', '21001', '41001', '92904');
UPDATE indicator SET unit = '%' WHERE source_code IN ('848', '200', '93085', '90323', '90244');
UPDATE indicator SET source = 'OHID Fingertips (Public Health Outcomes Framework and profiles); Westshire figures are fictional';

-- The service map: what the partners buy now, with its capacity, use, cost and who pays.
INSERT INTO service (id, name, provider, care_group_id, tier, capacity, capacity_unit, utilisation_bp, annual_cost_pence, linked_contract, notes) VALUES
(1, 'Community falls response and rehabilitation', 'Westshire Community Health NHS Trust', 1, 'early_intervention', 1200, 'referrals a year', 9600, 180000000, 'WCHT block contract schedule 4', 'Waiting time for a first visit is 19 days; no service in Oakwold Downs at weekends.'),
(2, 'Reablement at home', 'Westshire County Council (in-house)', 1, 'early_intervention', 2400, 'people a year', 8800, 960000000, '', 'Six weeks of free support after a hospital stay.'),
(3, 'Strength and balance classes', 'Age Friendly Westshire CIC', 1, 'prevention', 900, 'places', 7100, 24000000, 'Grant agreement AFW-2024', 'Classes mostly in Larkhampton and Brackenford; few in Saltmere Coast, where falls are highest.'),
(4, 'Care home placements', 'Independent care homes (84 homes)', 1, 'intensive', 3100, 'beds', 9400, 9200000000, 'Care home framework 2023-2027', 'Fees rose 9% in 2025/26.'),
(5, 'Community mental health teams', 'Westshire Community Health NHS Trust', 2, 'early_intervention', 4500, 'people on caseload', 10200, 2100000000, 'WCHT block contract schedule 7', 'Over capacity in Larkhampton and Saltmere Coast.'),
(6, 'Crisis resolution and home treatment', 'Westshire Community Health NHS Trust', 2, 'intensive', 60, 'people at a time', 9800, 750000000, 'WCHT block contract schedule 7', 'Twenty-three people a month still placed in beds out of area.'),
(7, 'NHS Talking Therapies', 'Westshire Talking Therapies', 2, 'early_intervention', 14000, 'referrals a year', 9100, 620000000, 'WTT-2025', ''),
(8, 'Supported living', 'Four supported living providers', 3, 'intensive', 410, 'tenancies', 9700, 2400000000, 'Supported living framework 2024', ''),
(9, 'Day opportunities', 'Westshire Day Services', 3, 'early_intervention', 520, 'places', 6400, 510000000, 'Day services block 2022', 'Two centres in Saltmere Coast are half empty since people chose community activities instead.'),
(10, 'Health visiting and school nursing (0-19 service)', 'Westshire Community Health NHS Trust', 4, 'prevention', 9800, 'births a year', 9900, 1240000000, 'PH 0-19 contract 2023', ''),
(11, 'Stop smoking in pregnancy', 'Smokefree Westshire', 4, 'prevention', 600, 'women a year', 5800, 35000000, 'PH-SS-2024', 'Referral on an opt-out basis since 2025; uptake lowest in Saltmere Coast.'),
(12, 'Adult drug and alcohol treatment', 'Westshire Recovery Partnership', 5, 'early_intervention', 2900, 'people in treatment', 9300, 680000000, 'PH-DA-2022', ''),
(13, 'Young people''s substance misuse service', 'Compass Young People''s Service', 5, 'early_intervention', 180, 'young people a year', 7800, 60000000, 'PH-YP-2023', 'No outreach into schools; referrals come late, after an admission.'),
(14, 'Residential rehabilitation', 'Spot purchased', 5, 'intensive', 40, 'placements a year', 10000, 110000000, '', '');

INSERT INTO service_funding (id, service_id, partner_id, share_bp) VALUES
(1, 1, 2, 7000), (2, 1, 1, 3000),
(3, 2, 1, 6000), (4, 2, 2, 4000),
(5, 3, 3, 10000),
(6, 4, 1, 8000), (7, 4, 2, 2000),
(8, 5, 2, 10000),
(9, 6, 2, 10000),
(10, 7, 2, 10000),
(11, 8, 1, 8500), (12, 8, 2, 1500),
(13, 9, 1, 10000),
(14, 10, 3, 10000),
(15, 11, 3, 7000), (16, 11, 2, 3000),
(17, 12, 3, 10000),
(18, 13, 3, 10000),
(19, 14, 3, 8000), (20, 14, 1, 2000);

-- Community and voluntary-sector assets.
INSERT INTO asset (id, name, kind, locality_id, care_group_id, contact, description) VALUES
(1, 'Saltmere Walking for Health', 'voluntary_group', 1, 1, 'walks@saltmere.example', 'Twelve volunteer-led weekly walks; about 300 regular walkers, most over 65.'),
(2, 'Larkhampton Mind', 'voluntary_group', 2, 2, 'hello@larkhamptonmind.example', 'Drop-in, peer support groups and a Friday evening safe space as an alternative to A&E.'),
(3, 'Oakwold Village Halls Network', 'community_venue', 4, NULL, 'halls@oakwold.example', '31 village halls that can host classes and clinics; transport is the barrier.'),
(4, 'Brackenford Men''s Shed', 'peer_support', 3, 2, 'shed@brackenford.example', 'Practical projects and company for older men; informal mental health support.'),
(5, 'St Peter''s Community Kitchen', 'faith_group', 1, NULL, 'kitchen@stpeters.example', 'Daily meals and welfare advice in Saltmere town centre.'),
(6, 'Fernley Vale Good Neighbours', 'voluntary_group', 5, 1, 'help@fernleyneighbours.example', 'Lifts, shopping and befriending for isolated older people and carers.'),
(7, 'Westshire Youth Clubs Alliance', 'voluntary_group', NULL, 5, 'youth@wyca.example', 'Nineteen youth clubs; trained in brief advice on alcohol and drugs.'),
(8, 'Larkhampton Supported Employment CIC', 'social_enterprise', 2, 3, 'work@lsecic.example', 'Cafe and print shop employing 24 adults with a learning disability.');

-- What people told the partnership.
INSERT INTO engagement (id, heard_from, summary, heard_on, method, care_group_id, people) VALUES
(1, 'carers', 'Carers of people who fell said help came only after the second or third fall; most did not know strength and balance classes existed, and none were offered one in Saltmere Coast.', '2025-09-18', 'survey', 1, 412),
(2, 'service_users', 'People who had been in mental health crisis said being sent to a bed 80 miles away cut them off from family and made coming home harder; they wanted somewhere safe to go in Larkhampton.', '2025-10-02', 'focus_group', 2, 14),
(3, 'providers', 'Home care and care home providers said they could support more people at home if falls teams and reablement came out within a week.', '2025-10-21', 'workshop', 1, 37),
(4, 'clinicians', 'GPs in Saltmere Coast and Larkhampton reported more young people presenting drunk or after taking drugs, often not known to any service.', '2025-11-05', 'interview', 5, 9),
(5, 'service_users', 'Young people said school talks on drugs and alcohol came too late and were not believable; they would trust youth workers and older peers.', '2025-11-12', 'focus_group', 5, 22),
(6, 'carers', 'Families of adults with a learning disability want day activities in ordinary community places and paid work, not centres.', '2025-06-24', 'public_meeting', 3, 68),
(7, 'clinicians', 'Midwives said women who smoke are referred to the stop smoking service but few attend a first session; carbon monoxide testing at every appointment would help.', '2025-07-15', 'interview', 4, 11),
(8, 'public', 'Residents of rural Fernley Vale and Oakwold Downs said the lack of buses stops older people reaching classes, clinics and social groups.', '2025-05-20', 'survey', 1, 1280);

-- Needs statements: what the evidence says, each citing it; the first four are candidates
-- for the plan's priorities.
INSERT INTO needs_statement (id, statement, care_group_id, severity, candidate_priority) VALUES
(1, 'Emergency admissions for falls among people aged 65 and over are significantly worse than England in Westshire (2,263 per 100,000 in 2023/24 against 1,984) and have risen for five years; Saltmere Coast is highest at 2,730. Falls prevention reaches few people there.', 1, 'critical', 1),
(2, 'Emergency admissions for self-harm are significantly worse than England in Westshire, Saltmere Coast and Larkhampton, the suicide rate is worse than England, and people in crisis are still placed in beds far from home.', 2, 'high', 1),
(3, 'Alcohol-specific hospital admissions of under-18s are significantly worse than England (33 per 100,000 against 23), and the young people''s service hears of most of them only after an admission.', 5, 'high', 1),
(4, 'Smoking at the time of delivery is significantly worse than England in Westshire (9.2% against 7.4%) and worst in Saltmere Coast (11.5%), while the stop smoking service for pregnant women is used at 58% of its capacity.', 4, 'high', 1),
(5, 'More adults in Westshire have a learning disability recorded by their GP than the England average, and the number grows each year; families want work and community activities, and day centres are under-used.', 3, 'moderate', 0),
(6, 'Recorded depression is higher than England in Westshire and rising everywhere; NHS Talking Therapies is near capacity.', 2, 'moderate', 0),
(7, 'Opiate users in treatment complete it successfully less often than in England (3.9% against 5.2%), least often in Larkhampton (2.9%).', 5, 'moderate', 0),
(8, 'Older people and carers in rural Oakwold Downs and Fernley Vale cannot reach services without transport, though village halls and good-neighbour schemes could bring services to them.', 1, 'low', 0);

INSERT INTO statement_evidence (id, statement_id, indicator_id, service_id, asset_id, engagement_id, note) VALUES
(1, 1, (SELECT id FROM indicator WHERE source_code = '22401'), NULL, NULL, NULL, 'Worse than England and increasing and getting worse (Westshire and Saltmere Coast).'),
(2, 1, NULL, 3, NULL, NULL, 'Classes 71% used, and mostly away from Saltmere Coast.'),
(3, 1, NULL, NULL, NULL, 1, 'Carers survey, 412 replies.'),
(4, 1, NULL, NULL, 1, NULL, 'Walking groups that could host strength and balance work.'),
(5, 2, (SELECT id FROM indicator WHERE source_code = '21001'), NULL, NULL, NULL, 'Worse than England in Westshire, Saltmere Coast and Larkhampton.'),
(6, 2, (SELECT id FROM indicator WHERE source_code = '41001'), NULL, NULL, NULL, 'Worse than England, 2021 - 23.'),
(7, 2, NULL, 6, NULL, NULL, 'Crisis team at 98% of capacity; out-of-area placements continue.'),
(8, 2, NULL, NULL, NULL, 2, 'What people who had been in crisis said.'),
(9, 3, (SELECT id FROM indicator WHERE source_code = '92904'), NULL, NULL, NULL, 'Worse than England, 2020/21 - 22/23.'),
(10, 3, NULL, 13, NULL, NULL, 'No outreach into schools.'),
(11, 3, NULL, NULL, NULL, 4, 'GPs in Saltmere Coast and Larkhampton.'),
(12, 3, NULL, NULL, NULL, 5, 'Young people''s focus group.'),
(13, 4, (SELECT id FROM indicator WHERE source_code = '93085'), NULL, NULL, NULL, 'Worse than England, though decreasing and getting better.'),
(14, 4, NULL, 11, NULL, NULL, 'Service used at 58% of capacity.'),
(15, 4, NULL, NULL, NULL, 7, 'Midwives'' view.'),
(16, 5, (SELECT id FROM indicator WHERE source_code = '200'), NULL, NULL, NULL, 'Higher than England (no judgement: more people recorded is not bad in itself).'),
(17, 5, NULL, 9, NULL, NULL, 'Day centres 64% used.'),
(18, 5, NULL, NULL, NULL, 6, 'Families'' public meeting.'),
(19, 5, NULL, NULL, 8, NULL, 'Supported employment already working in Larkhampton.'),
(20, 6, (SELECT id FROM indicator WHERE source_code = '848'), NULL, NULL, NULL, 'Higher than England and increasing.'),
(21, 6, NULL, 7, NULL, NULL, 'Referrals at 91% of capacity.'),
(22, 7, (SELECT id FROM indicator WHERE source_code = '90244'), NULL, NULL, NULL, 'Worse than England.'),
(23, 8, NULL, NULL, NULL, 8, 'Residents'' survey, 1,280 replies.'),
(24, 8, NULL, NULL, 3, NULL, 'Village halls that could host clinics and classes.'),
(25, 8, NULL, NULL, 6, NULL, 'Good-neighbour lifts and befriending.');
