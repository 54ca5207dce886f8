-- Monitoring in the Westshire example (issue 14): the reablement contract
-- that runs now, with two years of monthly figures for its KPIs, and an
-- outcome's own KPI. Between them the charts show each thing a board sees:
--   "Still at home 91 days after reablement" improves after the seven-day
--     service began in February 2026: special cause improvement (a shift);
--   "Reablement starting within 2 days of discharge" runs steadily at about
--     80% against a target of 95%: the process will consistently fail the
--     target, and it is below the breach threshold of 85%;
--   "Out-of-area mental health placements" rises month on month from June
--     2026: special cause concern (a trend, then a point beyond the limit);
--   "Referrals to reablement" stepped up when the discharge hub began in
--     October 2025, and its limits were worked out again from then, with the
--     reason (a rebase).
-- Savings realised by month 8 of 2026/27: the brokerage and equipment
-- schemes are part way; supported living has realised nothing yet.
-- The falls and home care contracts start in 2027, so their KPIs have no
-- figures yet; their owners and tolerances are set here.

INSERT INTO contract (id, name, provider_id, procurement_id, specification_id, starts_on, ends_on, extension_options, latest_end_on, extension_decision_on, notice_months, payment_basis, at_risk_bp, incentive, notes) VALUES
(3, 'Home-based reablement 2023-2028', 5, NULL, NULL, '2023-04-01', '2028-03-31', 'none', '2028-03-31', NULL, 6, 'block', NULL, '',
 'Awarded before the partnership used Jointly; NHS Standard Contract. Its successor will be commissioned with the falls service.');
INSERT INTO contract_value (id, contract_id, year, amount_pence) VALUES
(7, 3, 2023, 184000000), (8, 3, 2024, 188600000), (9, 3, 2025, 193300000), (10, 3, 2026, 198100000), (11, 3, 2027, 203000000);
INSERT INTO contract_funder (id, contract_id, partner_id, share_bp) VALUES
(4, 3, 1, 5000), (5, 3, 2, 5000);

UPDATE kpi SET owner_id = 6, tolerance_hundredths = 500, tolerance_of_target = 1, data_source = 'SUS admitted patient care, via Fingertips', accountability = 'better_off' WHERE id = 1;
UPDATE kpi SET owner_id = 6, tolerance_hundredths = 300, data_source = 'The provider''s monthly return', accountability = 'how_well' WHERE id = 2;
UPDATE kpi SET owner_id = 6, tolerance_hundredths = 1000, tolerance_of_target = 1, data_source = 'The provider''s annual report', accountability = 'how_much' WHERE id = 3;
UPDATE kpi SET owner_id = 4, tolerance_hundredths = 50, data_source = 'Electronic call monitoring', accountability = 'how_well' WHERE id = 4;
UPDATE kpi SET owner_id = 4, tolerance_hundredths = 500, data_source = 'Rostering system', accountability = 'how_well' WHERE id = 5;
UPDATE kpi SET owner_id = 4, tolerance_hundredths = 500, data_source = 'Carers'' survey', accountability = 'better_off' WHERE id = 6;

INSERT INTO kpi (id, name, contract_id, outcome_id, definition, unit, polarity, target_hundredths, tolerance_hundredths, tolerance_of_target, frequency, data_source, owner_id, accountability, breach_hundredths, consequence, pays_incentive, spc_rules, fix_after, notes) VALUES
(7, 'Still at home 91 days after reablement', 3, 1, 'People aged 65 and over discharged from hospital into reablement who are still at home 91 days later (as ASCOF 2B), by month of discharge.', '%', 'higher', 8200, 200, 0, 'monthly', 'The trust''s monthly return', 4, 'better_off', 7800, 'A contract performance notice.', 0, 'nhs_england', NULL, ''),
(8, 'Reablement starting within 2 days of discharge', 3, 1, 'People referred from hospital whose reablement starts within two days of their discharge.', '%', 'higher', 9500, 300, 0, 'monthly', 'The trust''s monthly return', 4, 'how_well', 8500, 'A remedial action plan within 20 working days.', 0, 'plotthedots', NULL, 'Charted with NHSRplotthedots'' rules, as the trust''s own board pack does.'),
(9, 'Out-of-area mental health placements', NULL, 2, 'People placed in mental health beds outside Westshire on the last day of the month.', 'people', 'lower', 1500, 200, 0, 'monthly', 'NHS England out-of-area placements return', 7, 'better_off', NULL, '', 0, 'nhs_england', NULL, ''),
(10, 'Referrals to reablement', 3, NULL, 'New referrals accepted in the month.', 'people', 'neither', NULL, NULL, 0, 'monthly', 'The trust''s monthly return', 4, 'how_much', NULL, '', 0, 'nhs_england', NULL, 'Neither direction is better: it shows demand.');

UPDATE scheme_saving SET realised_pence = 120000000 WHERE id = 1;
UPDATE scheme_saving SET realised_pence = 0 WHERE id = 3;
UPDATE scheme_saving SET realised_pence = 80000050 WHERE id = 6;

INSERT INTO kpi_annotation (id, kpi_id, period, note) VALUES
(1, 7, '2026-02', 'The seven-day reablement service began on 2 February.'),
(2, 9, '2026-06', 'Ward 4 at Westshire General closed for refurbishment.'),
(3, 10, '2025-10', 'The discharge hub began referring.');
INSERT INTO kpi_rebase (id, kpi_id, period, reason, decided_on) VALUES
(1, 10, '2025-10', 'Referrals from the discharge hub began in October 2025: a new process, so its limits start again.', '2025-12-10');
INSERT INTO kpi_actual (id, kpi_id, period, value_hundredths, note, source) VALUES
(1, 7, '2024-12', 8120, '', 'monthly return, 2024-12'),
(2, 7, '2025-01', 7930, '', 'monthly return, 2025-01'),
(3, 7, '2025-02', 8080, '', 'monthly return, 2025-02'),
(4, 7, '2025-03', 8200, '', 'monthly return, 2025-03'),
(5, 7, '2025-04', 7970, '', 'monthly return, 2025-04'),
(6, 7, '2025-05', 8030, '', 'monthly return, 2025-05'),
(7, 7, '2025-06', 8150, '', 'monthly return, 2025-06'),
(8, 7, '2025-07', 7910, '', 'monthly return, 2025-07'),
(9, 7, '2025-08', 8090, '', 'monthly return, 2025-08'),
(10, 7, '2025-09', 8160, '', 'monthly return, 2025-09'),
(11, 7, '2025-10', 8000, '', 'monthly return, 2025-10'),
(12, 7, '2025-11', 8060, '', 'monthly return, 2025-11'),
(13, 7, '2025-12', 7950, '', 'monthly return, 2025-12'),
(14, 7, '2026-01', 8130, '', 'monthly return, 2026-01'),
(15, 7, '2026-02', 8680, '', 'monthly return, 2026-02'),
(16, 7, '2026-03', 8510, '', 'monthly return, 2026-03'),
(17, 7, '2026-04', 8440, '', 'monthly return, 2026-04'),
(18, 7, '2026-05', 8600, '', 'monthly return, 2026-05'),
(19, 7, '2026-06', 8570, '', 'monthly return, 2026-06'),
(20, 7, '2026-07', 8480, '', 'monthly return, 2026-07'),
(21, 7, '2026-08', 8670, '', 'monthly return, 2026-08'),
(22, 7, '2026-09', 8520, '', 'monthly return, 2026-09'),
(23, 7, '2026-10', 8640, '', 'monthly return, 2026-10'),
(24, 7, '2026-11', 8460, '', 'monthly return, 2026-11'),
(25, 8, '2024-12', 7970, '', 'monthly return, 2024-12'),
(26, 8, '2025-01', 8140, '', 'monthly return, 2025-01'),
(27, 8, '2025-02', 7790, '', 'monthly return, 2025-02'),
(28, 8, '2025-03', 8060, '', 'monthly return, 2025-03'),
(29, 8, '2025-04', 8160, '', 'monthly return, 2025-04'),
(30, 8, '2025-05', 7920, '', 'monthly return, 2025-05'),
(31, 8, '2025-06', 8020, '', 'monthly return, 2025-06'),
(32, 8, '2025-07', 7860, '', 'monthly return, 2025-07'),
(33, 8, '2025-08', 8110, '', 'monthly return, 2025-08'),
(34, 8, '2025-09', 8190, '', 'monthly return, 2025-09'),
(35, 8, '2025-10', 7940, '', 'monthly return, 2025-10'),
(36, 8, '2025-11', 7840, '', 'monthly return, 2025-11'),
(37, 8, '2025-12', 8080, '', 'monthly return, 2025-12'),
(38, 8, '2026-01', 8030, '', 'monthly return, 2026-01'),
(39, 8, '2026-02', 7900, '', 'monthly return, 2026-02'),
(40, 8, '2026-03', 8180, '', 'monthly return, 2026-03'),
(41, 8, '2026-04', 7950, '', 'monthly return, 2026-04'),
(42, 8, '2026-05', 8130, '', 'monthly return, 2026-05'),
(43, 8, '2026-06', 7870, '', 'monthly return, 2026-06'),
(44, 8, '2026-07', 8100, '', 'monthly return, 2026-07'),
(45, 8, '2026-08', 7820, '', 'monthly return, 2026-08'),
(46, 8, '2026-09', 8050, '', 'monthly return, 2026-09'),
(47, 8, '2026-10', 8220, '', 'monthly return, 2026-10'),
(48, 8, '2026-11', 7890, '', 'monthly return, 2026-11'),
(49, 9, '2024-12', 2000, '', 'monthly return, 2024-12'),
(50, 9, '2025-01', 2100, '', 'monthly return, 2025-01'),
(51, 9, '2025-02', 1900, '', 'monthly return, 2025-02'),
(52, 9, '2025-03', 2000, '', 'monthly return, 2025-03'),
(53, 9, '2025-04', 2200, '', 'monthly return, 2025-04'),
(54, 9, '2025-05', 2000, '', 'monthly return, 2025-05'),
(55, 9, '2025-06', 1900, '', 'monthly return, 2025-06'),
(56, 9, '2025-07', 2100, '', 'monthly return, 2025-07'),
(57, 9, '2025-08', 2000, '', 'monthly return, 2025-08'),
(58, 9, '2025-09', 1800, '', 'monthly return, 2025-09'),
(59, 9, '2025-10', 2000, '', 'monthly return, 2025-10'),
(60, 9, '2025-11', 2100, '', 'monthly return, 2025-11'),
(61, 9, '2025-12', 1900, '', 'monthly return, 2025-12'),
(62, 9, '2026-01', 2000, '', 'monthly return, 2026-01'),
(63, 9, '2026-02', 2100, '', 'monthly return, 2026-02'),
(64, 9, '2026-03', 2000, '', 'monthly return, 2026-03'),
(65, 9, '2026-04', 1900, '', 'monthly return, 2026-04'),
(66, 9, '2026-05', 2000, '', 'monthly return, 2026-05'),
(67, 9, '2026-06', 2100, '', 'monthly return, 2026-06'),
(68, 9, '2026-07', 2200, '', 'monthly return, 2026-07'),
(69, 9, '2026-08', 2400, '', 'monthly return, 2026-08'),
(70, 9, '2026-09', 2500, '', 'monthly return, 2026-09'),
(71, 9, '2026-10', 2700, '', 'monthly return, 2026-10'),
(72, 9, '2026-11', 2900, '', 'monthly return, 2026-11'),
(73, 10, '2024-12', 14100, '', 'monthly return, 2024-12'),
(74, 10, '2025-01', 13500, '', 'monthly return, 2025-01'),
(75, 10, '2025-02', 14400, '', 'monthly return, 2025-02'),
(76, 10, '2025-03', 14700, '', 'monthly return, 2025-03'),
(77, 10, '2025-04', 13800, '', 'monthly return, 2025-04'),
(78, 10, '2025-05', 13400, '', 'monthly return, 2025-05'),
(79, 10, '2025-06', 14300, '', 'monthly return, 2025-06'),
(80, 10, '2025-07', 14100, '', 'monthly return, 2025-07'),
(81, 10, '2025-08', 13600, '', 'monthly return, 2025-08'),
(82, 10, '2025-09', 14700, '', 'monthly return, 2025-09'),
(83, 10, '2025-10', 18300, '', 'monthly return, 2025-10'),
(84, 10, '2025-11', 19000, '', 'monthly return, 2025-11'),
(85, 10, '2025-12', 18000, '', 'monthly return, 2025-12'),
(86, 10, '2026-01', 18900, '', 'monthly return, 2026-01'),
(87, 10, '2026-02', 17800, '', 'monthly return, 2026-02'),
(88, 10, '2026-03', 18700, '', 'monthly return, 2026-03'),
(89, 10, '2026-04', 19300, '', 'monthly return, 2026-04'),
(90, 10, '2026-05', 18100, '', 'monthly return, 2026-05'),
(91, 10, '2026-06', 18400, '', 'monthly return, 2026-06'),
(92, 10, '2026-07', 19000, '', 'monthly return, 2026-07'),
(93, 10, '2026-08', 17700, '', 'monthly return, 2026-08'),
(94, 10, '2026-09', 18700, '', 'monthly return, 2026-09'),
(95, 10, '2026-10', 19100, '', 'monthly return, 2026-10'),
(96, 10, '2026-11', 18200, '', 'monthly return, 2026-11');

-- Contract performance: starts within two days of discharge fell below the
-- breach threshold of 85%, so the trust was given a performance notice in
-- November 2025 and agreed a remedial action plan; two of its milestones are
-- done and the third, three months running at 85% or more, is overdue. The
-- contract was assessed for 2025/26 in May 2026, each KPI rated from the
-- mean of its twelve figures (the ratings "jointly assess" suggests).
INSERT INTO performance_notice (id, contract_id, kpi_id, issued_on, requirement, description, status, withheld_pence, closed_on) VALUES
(1, 3, 8, '2025-11-03', 'Reablement starting within 2 days of discharge: below the threshold of 85% in every month since April 2025.', 'Contract management meeting on 10 November 2025; remedial action plan agreed on 24 November 2025. If its milestones are missed the commissioners may withhold 2% of the monthly value until they are met.', 'remedial_plan', NULL, NULL);
INSERT INTO remedial_milestone (id, notice_id, description, due_on, done_on, note) VALUES
(1, 1, 'Recruit two more occupational therapists', '2026-01-31', '2026-01-26', 'Both in post from February.'),
(2, 1, 'Weekend rota for discharges from Westshire General', '2026-03-31', '2026-04-14', 'Two weeks late: the rota began on 14 April.'),
(3, 1, 'Starts within 2 days at 85% or more for three months running', '2026-09-30', NULL, 'Not met: 80% to 82% each month.');
INSERT INTO contract_assessment (id, contract_id, year, assessed_on, summary) VALUES
(1, 3, 2025, '2026-05-20', 'Agreed at the contract review meeting with the trust.');
INSERT INTO kpi_rating (id, assessment_id, kpi_id, rating, explanation) VALUES
(1, 1, 7, 'approaching', 'The 12 figures for 2025/26 average 81.37%. Amber: 81.37% is 0.63 below the target of 82.00%, within the tolerance of 2.00.'),
(2, 1, 8, 'inadequate', 'The 12 figures for 2025/26 average 80.19%. Red: 80.19% is 14.81 below the target of 95.00%, beyond the tolerance of 3.00. It is also below the breach threshold of 85.00%.'),
(3, 1, 10, 'other', 'A measure of demand, with no target: not rated against one.');
