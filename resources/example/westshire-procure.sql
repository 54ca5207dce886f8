-- Westshire's procurement (PRODUCT.md stage 3), added to the example partnership after its
-- plan, whose priorities, options and outcomes the specifications cite. Written for file
-- format 8; runs against the current format. Money is integer pence (values include VAT),
-- years the year they start in, dates ISO.
--
-- Two procurements: the community falls and frailty service the plan chose (option 2 of the
-- falls appraisal), co-funded by the council and the ICB and bought under the NHS Provider
-- Selection Regime's competitive process; and home care for people living with dementia, a
-- light-touch social care call-off from the council's home care framework. Every date keeps
-- the statutory minimums: the PSR standstill after the intention notice of Thursday
-- 18 March 2027 runs from Friday 19 March and, with Good Friday (26 March) and Easter Monday
-- (29 March) 2027 left out, ends on Thursday 1 April 2027.

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
(1, NULL, '2026-11-16', 'event', 'Provider event with 14 organisations at Larkhampton Civic Centre. Providers asked for a five-year term to recruit therapists, and for the classes to be subcontracted to local groups rather than run by the lead provider.', 1),
(2, 5, '2026-11-23', 'one_to_one', 'The community trust runs the current falls clinic; staff would transfer under TUPE. It needs the specification by January to plan the transfer.', 1),
(3, 4, '2026-11-25', 'questionnaire', 'Twenty-two voluntary groups answered: nine could run strength and balance classes if paid per course, and most want payment in advance.', 1),
(4, 6, '2026-12-02', 'one_to_one', 'Carers want the same carers each visit and a named contact when a visit is missed; these became outcomes of the home care specification.', 2);

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
(1, 1, 'Dr Sarah Whitfield, GP and clinical lead', 5, 'Her practice hosts the community trust''s falls clinic one day a week (a non-financial professional interest).', 'Advises on the specification; takes no part in evaluating bids or in the award decision.', '2026-12-14'),
(2, 1, 'Commissioning team and evaluation panel', NULL, 'None identified on 14 December 2026.', 'Each evaluator declares again before the bids are opened.', '2026-12-14'),
(3, 2, 'Home care commissioning team', NULL, 'None identified.', 'Declarations renewed before the call-off tenders are opened.', '2027-01-11');

INSERT INTO procurement_milestone (id, procurement_id, step, name, due_on, done, notes) VALUES
(1, 1, 'market_engagement', 'Preliminary market engagement', '2026-11-16', 1, 'Provider event and one-to-ones.'),
(2, 1, 'psr_contract_notice', 'Contract notice (PSR competitive process)', '2027-01-11', 1, 'Published on Find a Tender.'),
(3, 1, 'clarification_deadline', 'Clarification deadline', '2027-02-01', 1, ''),
(4, 1, 'tender_deadline', 'Tender deadline', '2027-02-15', 1, 'Three bids received on time.'),
(5, 1, 'evaluation', 'Evaluation', '2027-03-01', 1, ''),
(6, 1, 'moderation', 'Moderation', '2027-03-08', 1, ''),
(7, 1, 'award_decision', 'Award decision', '2027-03-15', 1, 'Joint Commissioning Board.'),
(8, 1, 'psr_intention', 'Notice of intention to award (PSR)', '2027-03-18', 1, ''),
(9, 1, 'standstill_end', 'Standstill ends', '2027-04-01', 1, 'No representations received.'),
(10, 1, 'signature', 'Contract signed', '2027-04-02', 1, ''),
(11, 1, 'psr_award_notice', 'Award notice (PSR)', '2027-04-16', 0, ''),
(12, 1, 'mobilisation', 'Mobilisation', '2027-04-19', 0, 'Staff transfer under TUPE on 1 July.'),
(13, 1, 'service_start', 'Service starts', '2027-07-01', 0, ''),
(14, 2, 'invitation', 'Call-off invitation to framework suppliers', '2027-01-18', 1, ''),
(15, 2, 'clarification_deadline', 'Clarification deadline', '2027-01-25', 1, ''),
(16, 2, 'tender_deadline', 'Tender deadline', '2027-02-01', 1, ''),
(17, 2, 'evaluation', 'Evaluation', '2027-02-08', 1, ''),
(18, 2, 'award_decision', 'Award decision', '2027-02-15', 1, ''),
(19, 2, 'assessment_summaries', 'Assessment summaries sent to bidders', '2027-02-18', 1, ''),
(20, 2, 'uk6', 'Contract award notice (UK6)', '2027-02-18', 1, ''),
(21, 2, 'standstill_end', 'Standstill ends', '2027-03-01', 1, 'Voluntary for a light-touch call-off; kept anyway.'),
(22, 2, 'signature', 'Contract signed', '2027-03-02', 1, ''),
(23, 2, 'uk7', 'Contract details notice (UK7)', '2027-03-16', 0, ''),
(24, 2, 'mobilisation', 'Mobilisation', '2027-03-17', 0, ''),
(25, 2, 'service_start', 'Service starts', '2027-04-01', 0, '');
