-- Westshire's procurement (PRODUCT.md stage 3), added to the example partnership after its
-- plan, whose priorities, options and outcomes the specifications cite. Written for file
-- format 10; runs against the current format. Money is integer pence (values include VAT),
-- years the year they start in, dates ISO.
--
-- Two procurements, each from its market engagement to a signed contract: the community falls and frailty service the plan chose (option 2 of the
-- falls appraisal), co-funded by the council and the ICB and bought under the NHS Provider
-- Selection Regime's competitive process; and home care for people living with dementia, a
-- light-touch social care call-off from the council's home care framework. Every date keeps
-- the statutory minimums: the PSR standstill after the intention notice of Thursday
-- 27 August 2026 runs from Friday 28 August and, with the weekend and the Summer bank
-- holiday (Monday 31 August) left out, ends on Wednesday 9 September 2026. Both contracts
-- are signed by December 2026 and start in 2027, when the services they replace end: the
-- falls service on 1 July 2027 (TUPE needs a long mobilisation), home care on 1 April 2027.
--
-- The falls service's evaluation follows the PSR's key criteria: quality and innovation 35%
-- (service model 60% and clinical governance 40% of it), value (the price) 30%, integration
-- 15%, access and inequalities 10%, social value 10%, on a 0-4 scale. Three bids: the
-- community trust at £2,850,000 over three years, a Westshire Voluntary Action consortium at
-- £2,700,000 and Active Ageing Partnership CIC at £2,950,000. Three evaluators; Dr Whitfield
-- declared an interest in the trust, so she scores only the other two. After moderation:
--   trust     15.75 + 14.00 + 15.00 + 7.50 + 5.00 + 30 x 2.70/2.85 (28.42) = 85.67
--   consortium 15.75 + 7.00 + 11.25 + 10.00 + 10.00 + 30.00             = 84.00
--   CIC       10.50 + 10.50 + 7.50 + 7.50 + 7.50 + 30 x 2.70/2.95 (27.46) = 70.96

INSERT INTO partner_organisation (id, name, org_type, role, annual_contribution_pence, fixed_risk_share_bp, notes) VALUES
(7, 'Active Ageing Partnership CIC', 'provider', 'provider', 0, 0,
 'Community interest company running strength and balance programmes in three neighbouring counties; bid for the falls service.');

INSERT INTO specification (id, name, priority_id, option_id, care_group_id, tier, duration_months, extension_months, extension_options, requirements) VALUES
(1, 'Community falls and frailty service', 1, 2, 1, 'early_intervention', 36, 24, 'two extensions of up to 12 months each',
 'A county-wide falls and frailty team working with every GP practice and the voluntary sector. Outcomes: fewer emergency admissions for falls among people aged 65 and over; more people still at home 91 days after reablement; people who have fallen once seen within 10 working days. The provider runs strength and balance classes in each locality, assesses homes for hazards with the council''s occupational therapists, and reports the KPIs monthly.'),
(2, 'Home care for people living with dementia', NULL, NULL, 1, 'intensive', 24, 12, 'one extension of up to 12 months',
 'Personal care at home for people living with dementia, with the same small team of carers for each person, trained in dementia care to Tier 2 of the national framework. Outcomes: people stay at home and out of hospital; carers are supported and say so; missed and late visits under 1%.');
INSERT INTO specification_outcome (id, specification_id, outcome_id, contribution) VALUES
(1, 1, 1, 'Prevents first and repeat falls, so fewer admissions and more people stay at home.'),
(2, 2, 1, 'Keeps people living with dementia safely at home and avoids admissions from a crisis at home.');
INSERT INTO specification_budget (id, specification_id, year, partner_id, amount_pence) VALUES
(1, 1, 2027, 1, 40000000),
(2, 1, 2027, 2, 60000000),
(3, 1, 2028, 1, 40000000),
(4, 1, 2028, 2, 60000000),
(5, 1, 2029, 1, 40000000),
(6, 1, 2029, 2, 60000000),
(7, 2, 2027, 1, 35000000),
(8, 2, 2028, 1, 35000000);

INSERT INTO market_engagement (id, provider_id, held_on, format, learned, specification_id) VALUES
(1, NULL, '2026-04-20', 'event', 'Provider event with 14 organisations at Larkhampton Civic Centre. Providers asked for a five-year term to recruit therapists, and for the classes to be subcontracted to local groups rather than run by the lead provider.', 1),
(2, 5, '2026-04-27', 'one_to_one', 'The community trust runs the current falls clinic; staff would transfer under TUPE. It needs the specification by June to plan the transfer.', 1),
(3, 4, '2026-04-29', 'questionnaire', 'Twenty-two voluntary groups answered: nine could run strength and balance classes if paid per course, and most want payment in advance.', 1),
(4, 6, '2026-09-07', 'one_to_one', 'Carers want the same carers each visit and a named contact when a visit is missed; these became outcomes of the home care specification.', 2);

INSERT INTO procurement (id, name, specification_id, lead_partner_id, buyer_kind, regime, regime_reason, route, route_justification, value_pence, current_value_pence, change_by_authority, materially_different, notes) VALUES
(1, 'Community falls and frailty service 2027', 1, 2, 'central', 'psr',
 'Mainly community health care (falls assessment and therapy), arranged by the ICB as a relevant authority; the strength and balance classes could not reasonably be bought separately, so it is a mixed procurement under PSR regulation 3.',
 'psr_competitive', 'A new service with several capable providers, as the market engagement showed, so neither a direct award nor the most suitable provider process applies.',
 NULL, NULL, 0, 0, 'Co-funded through the Section 75 pooled fund: the council 40%, the ICB 60%.'),
(2, 'Dementia home care call-off 2027', 2, 1, 'sub_central', 'act_light_touch',
 'Social care, a light-touch service under the Procurement Act 2023 (Schedule 1 of the Procurement Regulations 2024).',
 'framework_call_off', 'A further competition among the six providers on the council''s Home Care Framework 2025-2029, lot 2 (dementia care).',
 NULL, NULL, 0, 0, '');

INSERT INTO procurement_conflict (id, procurement_id, person, provider_id, interest, managed, assessed_on) VALUES
(1, 1, 'Dr Sarah Whitfield, GP and clinical lead', 5, 'Her practice hosts the community trust''s falls clinic one day a week (a non-financial professional interest).', 'Advises on the specification; takes no part in evaluating bids or in the award decision.', '2026-05-18'),
(2, 1, 'Commissioning team and evaluation panel', NULL, 'None identified on 18 May 2026.', 'Each evaluator declares again before the bids are opened.', '2026-05-18'),
(3, 2, 'Home care commissioning team', NULL, 'None identified.', 'Declarations renewed before the call-off tenders are opened.', '2026-09-28');

INSERT INTO procurement_milestone (id, procurement_id, step, name, due_on, done, notes) VALUES
(1, 1, 'market_engagement', 'Preliminary market engagement', '2026-04-20', 1, 'Provider event and one-to-ones.'),
(2, 1, 'psr_contract_notice', 'Contract notice (PSR competitive process)', '2026-06-01', 1, 'Published on Find a Tender.'),
(3, 1, 'clarification_deadline', 'Clarification deadline', '2026-06-22', 1, ''),
(4, 1, 'tender_deadline', 'Tender deadline', '2026-07-06', 1, 'Three bids received on time.'),
(5, 1, 'evaluation', 'Evaluation', '2026-07-20', 1, ''),
(6, 1, 'moderation', 'Moderation', '2026-07-27', 1, ''),
(7, 1, 'award_decision', 'Award decision', '2026-08-13', 1, 'Joint Commissioning Board.'),
(8, 1, 'psr_intention', 'Notice of intention to award (PSR)', '2026-08-27', 1, ''),
(9, 1, 'standstill_end', 'Standstill ends', '2026-09-09', 1, 'No representations received.'),
(10, 1, 'signature', 'Contract signed', '2026-09-10', 1, ''),
(11, 1, 'psr_award_notice', 'Award notice (PSR)', '2026-09-24', 1, ''),
(12, 1, 'mobilisation', 'Mobilisation', '2026-10-01', 1, 'Mobilisation began; staff transfer under TUPE on 1 July 2027.'),
(13, 1, 'service_start', 'Service starts', '2027-07-01', 0, ''),
(14, 2, 'invitation', 'Call-off invitation to framework suppliers', '2026-10-05', 1, ''),
(15, 2, 'clarification_deadline', 'Clarification deadline', '2026-10-12', 1, ''),
(16, 2, 'tender_deadline', 'Tender deadline', '2026-10-19', 1, ''),
(17, 2, 'evaluation', 'Evaluation', '2026-10-26', 1, ''),
(18, 2, 'award_decision', 'Award decision', '2026-11-02', 1, ''),
(19, 2, 'assessment_summaries', 'Assessment summaries sent to bidders', '2026-11-05', 1, ''),
(20, 2, 'uk6', 'Contract award notice (UK6)', '2026-11-05', 1, ''),
(21, 2, 'standstill_end', 'Standstill ends', '2026-11-16', 1, 'Voluntary for a light-touch call-off; kept anyway.'),
(22, 2, 'signature', 'Contract signed', '2026-11-17', 1, ''),
(23, 2, 'uk7', 'Contract details notice (UK7)', '2026-12-01', 1, 'Published on Find a Tender.'),
(24, 2, 'mobilisation', 'Mobilisation', '2027-03-01', 0, ''),
(25, 2, 'service_start', 'Service starts', '2027-04-01', 0, '');

UPDATE procurement SET scale_max = 4, price_formula = 'relative', spread_points = 1 WHERE id = 1;
INSERT INTO award_criterion (id, procurement_id, lot_id, parent_id, name, category, weight_bp, minimum_score, question) VALUES
(1, 1, NULL, NULL, 'Quality and innovation', 'quality', 3500, NULL, 'The PSR key criterion of quality (safety, effectiveness, experience) and innovation.'),
(2, 1, NULL, 1, 'Service model', 'quality', 6000, 2, 'How will you prevent first and repeat falls across all five localities?'),
(3, 1, NULL, 1, 'Clinical governance', 'quality', 4000, 2, 'How will you keep the service safe and learn from incidents?'),
(4, 1, NULL, NULL, 'Integration, collaboration and sustainability', 'quality', 1500, NULL, 'How will you work with GPs, the council and voluntary groups?'),
(5, 1, NULL, NULL, 'Access and reducing health inequalities', 'quality', 1000, NULL, 'How will you reach housebound people and the most deprived wards?'),
(6, 1, NULL, NULL, 'Social value', 'social_value', 1000, NULL, 'Net zero, local employment and volunteering.'),
(7, 1, NULL, NULL, 'Value (price)', 'price', 3000, NULL, 'The price for three years.');
INSERT INTO bid (id, procurement_id, lot_id, provider_id, name, on_time, received_on, notes) VALUES
(1, 1, NULL, 5, '', 1, '2026-07-03', ''),
(2, 1, NULL, 4, 'Westshire Voluntary Action consortium', 1, '2026-07-06', 'Lead partner for nine voluntary groups, with a physiotherapy subcontract.'),
(3, 1, NULL, 7, '', 1, '2026-07-06', '');
INSERT INTO bid_price (id, bid_id, year, amount_pence) VALUES
(1, 1, 2027, 95000000), (2, 1, 2028, 95000000), (3, 1, 2029, 95000000),
(4, 2, 2027, 90000000), (5, 2, 2028, 90000000), (6, 2, 2029, 90000000),
(7, 3, 2027, 98000000), (8, 3, 2028, 98000000), (9, 3, 2029, 99000000);
INSERT INTO evaluator (id, procurement_id, name, member_id, role, declared_on, finished, removed, removal_reason) VALUES
(1, 1, 'Gareth Lloyd', 6, 'quality', '2026-07-06', 1, 0, ''),
(2, 1, 'Dr Sarah Whitfield', 7, 'quality', '2026-07-06', 1, 0, ''),
(3, 1, 'Tom Bray', 4, 'quality', '2026-07-06', 1, 0, ''),
(4, 1, 'Priya Raman', 5, 'price', '2026-07-06', 1, 0, '');
INSERT INTO evaluator_interest (id, evaluator_id, provider_id, interest, declared_on) VALUES
(1, 2, 5, 'Partner in Brackenford Medical Practice, which holds a subcontract from the community trust (also on the partnership''s register).', '2026-07-06');
INSERT INTO evaluation_score (id, evaluator_id, bid_id, criterion_id, score, note) VALUES
(1, 1, 1, 2, 3, ''),
(2, 1, 1, 3, 4, ''),
(3, 1, 1, 4, 4, ''),
(4, 1, 1, 5, 3, ''),
(5, 1, 1, 6, 2, ''),
(6, 1, 2, 2, 3, ''),
(7, 1, 2, 3, 2, ''),
(8, 1, 2, 4, 3, ''),
(9, 1, 2, 5, 4, ''),
(10, 1, 2, 6, 4, ''),
(11, 1, 3, 2, 2, ''),
(12, 1, 3, 3, 3, ''),
(13, 1, 3, 4, 2, ''),
(14, 1, 3, 5, 3, ''),
(15, 1, 3, 6, 3, ''),
(16, 2, 2, 2, 3, ''),
(17, 2, 2, 3, 2, ''),
(18, 2, 2, 4, 4, ''),
(19, 2, 2, 5, 4, ''),
(20, 2, 2, 6, 3, ''),
(21, 2, 3, 2, 2, ''),
(22, 2, 3, 3, 4, ''),
(23, 2, 3, 4, 3, ''),
(24, 2, 3, 5, 2, ''),
(25, 2, 3, 6, 3, ''),
(26, 3, 1, 2, 3, ''),
(27, 3, 1, 3, 4, ''),
(28, 3, 1, 4, 4, ''),
(29, 3, 1, 5, 2, ''),
(30, 3, 1, 6, 1, ''),
(31, 3, 2, 2, 3, ''),
(32, 3, 2, 3, 3, ''),
(33, 3, 2, 4, 2, ''),
(34, 3, 2, 5, 3, ''),
(35, 3, 2, 6, 4, ''),
(36, 3, 3, 2, 3, ''),
(37, 3, 3, 3, 2, ''),
(38, 3, 3, 4, 1, ''),
(39, 3, 3, 5, 3, ''),
(40, 3, 3, 6, 3, '');
INSERT INTO moderated_score (id, bid_id, criterion_id, score, reason) VALUES
(1, 1, 2, 3, 'Sound model built on the current clinic; little on reaching housebound people.'),
(2, 1, 3, 4, 'Full clinical governance framework with named leads and audit cycle.'),
(3, 1, 4, 4, 'Already works in every GP practice and with the council''s occupational therapists.'),
(4, 1, 5, 3, 'Clinics in five towns; home visits only on referral.'),
(5, 1, 6, 2, 'Some local recruitment; little on carbon or volunteering.'),
(6, 2, 2, 3, 'Classes in every locality run by local groups, with a clinical hub.'),
(7, 2, 3, 2, 'Clinical governance relies on a subcontracted physiotherapy service not yet named.'),
(8, 2, 4, 3, 'Good links with voluntary groups; fewer with GPs.'),
(9, 2, 5, 4, 'Outreach to housebound people and to the two most deprived wards.'),
(10, 2, 6, 4, 'Pays local groups per course, recruits volunteers and uses village halls.'),
(11, 3, 2, 2, 'Class-based model with too little for people who have already fallen twice.'),
(12, 3, 3, 3, 'Adequate governance with an external clinical lead.'),
(13, 3, 4, 2, 'New to Westshire, with few existing links.'),
(14, 3, 5, 3, 'Classes in all five localities.'),
(15, 3, 6, 3, 'Apprenticeships and a low-carbon travel plan.');

-- The falls contract, awarded to the community trust: 1 July 2027 to 30 June 2030 with two
-- optional years, six months' notice (by 30 December 2029), its value by financial year from
-- the trust's bid of £950,000 a year (nine months of 2027/28, three of 2030/31), funded 40%
-- by the council and 60% by the ICB as the specification's envelope is, with 5% of the value
-- paid on the falls admissions KPI.
INSERT INTO contract (id, name, provider_id, procurement_id, specification_id, starts_on, ends_on, extension_options, latest_end_on, extension_decision_on, notice_months, payment_basis, at_risk_bp, incentive, notes) VALUES
(1, 'Community falls and frailty service 2027-2030', 5, 1, 1, '2027-07-01', '2030-06-30', 'two extensions of up to 12 months each', '2032-06-30', '2029-09-30', 6, 'mixed', 500,
 'Five per cent of each year''s value is paid at the year end if emergency admissions for falls meet the year''s target.', 'NHS Standard Contract, co-ordinating commissioner: the ICB.');
INSERT INTO contract_value (id, contract_id, year, amount_pence) VALUES
(1, 1, 2027, 71250000), (2, 1, 2028, 95000000), (3, 1, 2029, 95000000), (4, 1, 2030, 23750000);
INSERT INTO contract_funder (id, contract_id, partner_id, share_bp) VALUES
(1, 1, 1, 4000), (2, 1, 2, 6000);
-- The falls service takes over the community falls response and the strength and balance
-- classes of the service map.
INSERT INTO contract_service (id, contract_id, service_id) VALUES (1, 1, 1), (2, 1, 3);
INSERT INTO kpi (id, contract_id, name, definition, unit, polarity, target_hundredths, frequency, breach_hundredths, consequence, pays_incentive) VALUES
(1, 1, 'Emergency admissions for falls, 65 and over', 'Emergency hospital admissions for falls of people aged 65 and over, directly age-standardised, as the Fingertips indicator 22401.', 'per 100,000', 'lower', 205000, 'quarterly', 226300, 'A remedial action plan within 20 working days; the incentive is not paid for the year.', 1),
(2, 1, 'Seen within 10 working days of a first fall', 'People referred after a first fall who are assessed within 10 working days of the referral.', '%', 'higher', 9000, 'monthly', 8000, 'A contract performance notice.', 0),
(3, 1, 'Strength and balance courses completed', 'People completing a 12-week strength and balance course.', 'people', 'higher', 120000, 'annual', NULL, '', 0);

-- The plan's money for the falls contract: its first two years come out of the older people's
-- prevention line and are linked to the contract, so the budget's totals do not change. The
-- contract's last two years (2029/30 and 2030/31) are beyond the three-year plan, and the
-- reconciliation on the Contracts tab says so.
UPDATE allocation SET amount_pence = amount_pence - 71250000 WHERE id = 15;
UPDATE allocation SET amount_pence = amount_pence - 95000000 WHERE id = 29;
INSERT INTO allocation (id, year, care_group_id, service_id, tier, line, amount_pence, contract_id) VALUES
(43, 2027, 1, NULL, 'prevention', 'Community falls and frailty service contract', 71250000, 1),
(44, 2028, 1, NULL, 'prevention', 'Community falls and frailty service contract', 95000000, 1);
UPDATE allocation SET specification_id = 1 WHERE id IN (43, 44);

-- The dementia home care call-off, a further competition among the framework's lot 2
-- providers: dementia care and continuity of carers 50% (minimum score 2), workforce 20%,
-- social value 10% and the price 20%, relative to the lowest, on a 0-4 scale. Three bids; the
-- co-operative's arrived a day late and is not evaluated. Two quality evaluators, then
-- moderation:
--   Brackenford  50 x 4/4 + 20 x 3/4 + 10 x 2/4 + 20 x 336/336           = 50 + 15 + 5 + 20 = 90.00
--   Kindred      50 x 3/4 + 20 x 3/4 + 10 x 3/4 + 20 x 336/348 (19.3103) = 37.5 + 15 + 7.5 + 19.31 = 79.31
-- The council alone pays for the contract, from the specification's envelope of £350,000 a year.
INSERT INTO partner_organisation (id, name, org_type, role, annual_contribution_pence, fixed_risk_share_bp, notes) VALUES
(8, 'Brackenford Home Care Ltd', 'provider', 'provider', 0, 0,
 'Home care provider on lot 2 (dementia care) of the council''s Home Care Framework 2025-2029.'),
(9, 'Kindred Care at Home', 'provider', 'provider', 0, 0,
 'Home care provider on lot 2 (dementia care) of the council''s Home Care Framework 2025-2029.');

INSERT INTO award_criterion (id, procurement_id, lot_id, parent_id, name, category, weight_bp, minimum_score, question) VALUES
(8, 2, NULL, NULL, 'Dementia care and continuity of carers', 'quality', 5000, 2, 'How will each person see the same small team of carers, trained in dementia care?'),
(9, 2, NULL, NULL, 'Workforce, training and retention', 'quality', 2000, NULL, 'How will you recruit, train and keep carers in the rural west of the county?'),
(10, 2, NULL, NULL, 'Social value', 'social_value', 1000, NULL, 'Local employment, the real living wage and low-carbon travel between visits.'),
(11, 2, NULL, NULL, 'Price (two years)', 'price', 2000, NULL, 'The price for two years at the framework''s hourly rates.');
INSERT INTO bid (id, procurement_id, lot_id, provider_id, name, on_time, received_on, notes) VALUES
(4, 2, NULL, 8, '', 1, '2026-10-16', ''),
(5, 2, NULL, 9, '', 1, '2026-10-19', ''),
(6, 2, NULL, NULL, 'Westshire Homecare Co-operative', 0, '2026-10-20', 'Arrived the day after the deadline; returned unopened.');
INSERT INTO bid_price (id, bid_id, year, amount_pence) VALUES
(10, 4, 2027, 33600000), (11, 4, 2028, 33600000),
(12, 5, 2027, 34800000), (13, 5, 2028, 34800000),
(14, 6, 2027, 32900000), (15, 6, 2028, 32900000);
INSERT INTO evaluator (id, procurement_id, name, member_id, role, declared_on, finished, removed, removal_reason) VALUES
(5, 2, 'Tom Bray', 4, 'quality', '2026-10-19', 1, 0, ''),
(6, 2, 'Amira Shah, home care commissioning manager', NULL, 'quality', '2026-10-19', 1, 0, ''),
(7, 2, 'David Okafor', 2, 'price', '2026-10-19', 1, 0, '');
INSERT INTO evaluation_score (id, evaluator_id, bid_id, criterion_id, score, note) VALUES
(41, 5, 4, 8, 3, 'Teams of four carers per person; dementia training to Tier 2 for all.'),
(42, 5, 4, 9, 3, ''),
(43, 5, 4, 10, 2, ''),
(44, 5, 5, 8, 3, ''),
(45, 5, 5, 9, 2, ''),
(46, 5, 5, 10, 3, ''),
(47, 6, 4, 8, 4, 'Named key carer and a back-up for every person.'),
(48, 6, 4, 9, 3, ''),
(49, 6, 4, 10, 2, ''),
(50, 6, 5, 8, 2, 'Continuity promised but no plan for the rural rounds.'),
(51, 6, 5, 9, 3, ''),
(52, 6, 5, 10, 3, '');
INSERT INTO moderated_score (id, bid_id, criterion_id, score, reason) VALUES
(16, 4, 8, 4, 'A named key carer and back-up for every person, with teams of four; the best answer the panel saw.'),
(17, 4, 9, 3, 'Sound recruitment with a retention bonus; training plan already running.'),
(18, 4, 10, 2, 'Pays the real living wage; little on travel.'),
(19, 5, 8, 3, 'Good dementia training; the rural rounds are less certain but covered by a subcontract.'),
(20, 5, 9, 3, 'Career path for carers and paid travel time.'),
(21, 5, 10, 3, 'Local recruitment and electric cars for the town rounds.');

-- The call-off contract: two years from 1 April 2027 with one optional year, three months'
-- notice (by 31 December 2028), at Brackenford's price, paid for wholly by the council.
INSERT INTO contract (id, name, provider_id, procurement_id, specification_id, starts_on, ends_on, extension_options, latest_end_on, extension_decision_on, notice_months, payment_basis, at_risk_bp, incentive, notes) VALUES
(2, 'Dementia home care 2027-2029', 8, 2, 2, '2027-04-01', '2029-03-31', 'one extension of up to 12 months', '2030-03-31', '2028-09-30', 3, 'tariff', NULL, '',
 'Call-off terms of the Home Care Framework 2025-2029, lot 2; hours paid at the framework''s rates.');
INSERT INTO contract_value (id, contract_id, year, amount_pence) VALUES
(5, 2, 2027, 33600000), (6, 2, 2028, 33600000);
INSERT INTO contract_funder (id, contract_id, partner_id, share_bp) VALUES
(3, 2, 1, 10000);
INSERT INTO kpi (id, contract_id, name, definition, unit, polarity, target_hundredths, frequency, breach_hundredths, consequence, pays_incentive) VALUES
(4, 2, 'Missed or late visits', 'Visits missed, or more than 30 minutes late, as a share of visits planned.', '%', 'lower', 100, 'monthly', 200, 'A contract performance notice.', 0),
(5, 2, 'Continuity of carers', 'People seeing no more than four different carers in a month.', '%', 'higher', 8500, 'quarterly', 7000, 'A remedial action plan within 20 working days.', 0),
(6, 2, 'Carers who feel supported', 'Family carers answering yes to "Do you feel supported?" in the annual survey.', '%', 'higher', 7500, 'annual', NULL, '', 0);
