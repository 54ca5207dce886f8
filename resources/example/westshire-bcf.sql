-- The Westshire example's Better Care Fund plan for 2026/27, run through the
-- Section 75 pooled fund the county council hosts: income by source (the
-- Disabled Facilities Grant by district), nine schemes and their lines of
-- spending, balanced source by source and in all to £94,400,000.00, with
-- £22,700,000.00 of the minimum NHS contribution spent on adult social care
-- against the £21,450,000.00 required. Figures are made up for the example.
INSERT INTO bcf_year (id, year, asc_minimum_pence, notes) VALUES
(1, 2026, 2145000000, 'NHS minimum contribution to adult social care for Westshire, as published for 2026/27.');

INSERT INTO bcf_income (id, year, source, partner_id, district, amount_pence, narrative) VALUES
(1, 2026, 'Minimum NHS Contribution', 2, '', 5840000000, 'The ICB''s minimum contribution, with discharge funding folded in.'),
(2, 2026, 'Local Authority Better Care Grant', 1, '', 2460000000, 'The former iBCF and the local authority discharge fund.'),
(3, 2026, 'Disabled Facilities Grant', 1, 'Oakwold Downs', 215000000, 'Passed to the district for adaptations.'),
(4, 2026, 'Disabled Facilities Grant', 1, 'Fernley Vale', 187000000, 'Passed to the district for adaptations.'),
(5, 2026, 'Disabled Facilities Grant', 1, 'Saltmere Coast', 248000000, 'Passed to the district for adaptations.'),
(6, 2026, 'Disabled Facilities Grant', 1, 'Larkhampton', 190000000, 'Passed to the district for adaptations.'),
(7, 2026, 'Additional LA Contribution', 1, '', 300000000, 'The council''s carers and falls prevention budgets, pooled.');

INSERT INTO bcf_scheme (id, reference, name, description, scheme_type, sub_type, other_type, existing, priority_id) VALUES
(1, 'BCF01', 'Home first: discharge to assess', 'People go home from hospital with support and are assessed there.', 'Home-based intermediate care services', 'Discharge to assess', '', 1, 1),
(2, 'BCF02', 'Reablement', 'Up to six weeks of reablement at home after illness or a stay in hospital.', 'Home-based intermediate care services', 'Reablement', '', 1, NULL),
(3, 'BCF03', 'Community falls service', 'A falls team with GPs, and strength and balance classes in village halls.', 'Prevention / Early Intervention', 'Falls prevention', '', 0, 1),
(4, 'BCF04', 'Carers'' support', 'Breaks, advice and carers'' assessments through Westshire Carers Together.', 'Carers Services', 'Respite and breaks', '', 1, NULL),
(5, 'BCF05', 'Home adaptations', 'Adaptations under the Disabled Facilities Grant.', 'DFG Related Schemes', 'Adaptations', '', 1, NULL),
(6, 'BCF06', 'Home care capacity', 'Home care hours bought to keep people at home and speed discharge.', 'Home Care or Domiciliary Care', 'Domiciliary care packages', '', 1, NULL),
(7, 'BCF07', 'Crisis house', 'A crisis house in Larkhampton as an alternative to admission.', 'Bed based intermediate Care Services', 'Step up', '', 0, 2),
(8, 'BCF08', 'Integrated neighbourhood teams', 'Community nursing, therapy and social work around each group of practices.', 'Integrated Care Planning and Navigation', 'Care coordination', '', 1, NULL),
(9, 'BCF09', 'Care Act duties', 'Assessments, safeguarding and advocacy under the Care Act 2014.', 'Care Act Implementation Related Duties', 'Safeguarding', '', 1, NULL);

INSERT INTO bcf_expenditure (id, scheme_id, year, area_of_spend, commissioner, nhs_share_bp, provider, provider_id, funding_source, amount_pence, outputs, output_unit) VALUES
(1, 1, 2026, 'Social Care', 'joint', 5000, 'Local Authority', 1, 'Minimum NHS Contribution', 1200000000, 2100, 'people discharged'),
(2, 2, 2026, 'Social Care', 'la', NULL, 'Local Authority', 1, 'Minimum NHS Contribution', 620000000, 1450, 'packages'),
(3, 6, 2026, 'Social Care', 'la', NULL, 'Private Sector', NULL, 'Minimum NHS Contribution', 450000000, 160000, 'hours of care'),
(4, 3, 2026, 'Community Health', 'nhs', NULL, 'NHS Community Provider', 5, 'Minimum NHS Contribution', 380000000, NULL, ''),
(5, 8, 2026, 'Community Health', 'nhs', NULL, 'NHS Community Provider', 5, 'Minimum NHS Contribution', 2490000000, NULL, ''),
(6, 7, 2026, 'Mental Health', 'nhs', NULL, 'NHS Mental Health Provider', NULL, 'Minimum NHS Contribution', 700000000, 6, 'beds'),
(7, 6, 2026, 'Social Care', 'la', NULL, 'Private Sector', NULL, 'Local Authority Better Care Grant', 1480000000, 520000, 'hours of care'),
(8, 4, 2026, 'Social Care', 'la', NULL, 'Charity / Voluntary Sector', 6, 'Local Authority Better Care Grant', 310000000, 2300, 'carers'),
(9, 9, 2026, 'Social Care', 'la', NULL, 'Local Authority', 1, 'Local Authority Better Care Grant', 220000000, NULL, ''),
(10, 1, 2026, 'Social Care', 'joint', 5000, 'Local Authority', 1, 'Local Authority Better Care Grant', 450000000, NULL, ''),
(11, 5, 2026, 'Social Care', 'la', NULL, 'Local Authority', 1, 'Disabled Facilities Grant', 840000000, 620, 'adaptations'),
(12, 4, 2026, 'Social Care', 'la', NULL, 'Charity / Voluntary Sector', 6, 'Additional LA Contribution', 100000000, NULL, ''),
(13, 3, 2026, 'Social Care', 'joint', 3000, 'Charity / Voluntary Sector', NULL, 'Additional LA Contribution', 200000000, 3200, 'class places');
