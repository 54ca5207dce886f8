#pragma once

// A project with rows in the tables of every stage, for the JSON interchange
// tests: Unicode and quotes in text, nulls, negative pence, links of every
// kind and indicator values that test how exactly numbers travel.

#include "core/TestSupport.h"

#include "project/Project.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace jointly::testing {

// Awkward doubles: each must come back from JSON bit for bit.
inline const std::vector<double>& awkwardDoubles() {
    static const std::vector<double> values = {
        0.1, 1e-300, 123456.789, 5e-324, 1.7976931348623157e308, -2.5, 2.0, 1.0 / 3.0, 1e21,
    };
    return values;
}

inline constexpr const char* kFilledRows = R"SQL(
INSERT INTO partner_organisation (id, name, org_type, annual_contribution_pence,
    fixed_risk_share_bp) VALUES (1, 'Westshire Council', 'local_authority', 1250000050, NULL),
    (2, 'NHS Westshire ICB', 'nhs_body', 0, 5000), (7, 'Ærø Voluntary Ünion', 'voluntary_community',
    1, 10000);
UPDATE partnership SET name = 'Westshire Health & Care — “Joint” Board ✓', aims = 'Line one
Line two with "quotes", a tab	and a backslash \', population_served = 812000,
    host_partner_id = 2, agreement_kind = 'pooled', agreement_starts_on = '2026-04-01',
    agreement_review_on = NULL, budget_base_year = 2026, confidence_level = '99.8'
    WHERE id = 1;
INSERT INTO member (id, partner_id, name, can_commit_budget, budget_limit_pence, email)
    VALUES (1, 1, 'Ann Ó Briain', 1, 9223372036854775807, 'ann@example.org'),
           (3, 7, '李小龍', 0, NULL, '');
INSERT INTO declared_interest (id, member_id, kind, provider_id, description, declared_on)
    VALUES (1, 3, 'personal', 7, 'Trustee', '2025-01-31');
INSERT INTO objective (id, text) VALUES (1, 'Fewer falls'), (2, '');
INSERT INTO locality (id, name, population, notes) VALUES (1, 'North', NULL, 'Rural');
INSERT INTO linked_group (id, name, relationship) VALUES (1, 'Health and Wellbeing Board', 'informs');
INSERT INTO care_group (id, name, lead_commissioner_id) VALUES (1, 'Older people', 2), (2, 'Carers', NULL);
INSERT INTO plan_document (id, kind, title, parent_id, care_group_id, horizon_years)
    VALUES (1, 'framework', 'Framework', NULL, NULL, 10), (2, 'strategy', 'Ageing well', 1, 1, 5),
           (3, 'care_group_plan', 'Older people 2026', 2, 1, NULL);
INSERT INTO indicator_import (id, file_name, sha256, format, rows_read, rows_imported,
    rows_skipped, rows_already_held, duplicates, imported_at, data_as_at, active)
    VALUES (1, 'falls.csv', 'abc123', 'fingertips', 10, 9, 1, 0, 'replace', '2026-01-02T03:04:05',
            NULL, 1),
           (2, 'undone.csv', 'def456', 'mapped', 1, 1, 0, 0, 'keep', '2026-01-03T00:00:00',
            '2025-12-31', 0);
INSERT INTO indicator (id, source_code, name, unit, polarity, polarity_inferred, care_group_id,
    created_by_import) VALUES (1, '22401', 'Falls admissions', 'per 100,000', 'lower_is_better', 1,
    1, 1), (2, NULL, 'Hand-made indicator', '%', 'unknown', 0, NULL, NULL),
    (3, 'U1', 'From the undone import', '', 'unknown', 0, NULL, 2);
INSERT INTO needs_area (id, code, name, role) VALUES (1, 'E06000001', 'Westshire', 'own');
INSERT INTO population (id, area, year, age_band, sex, people, projected)
    VALUES (1, 'Westshire', 2030, '85+', 'female', 12000, 1);
INSERT INTO service (id, name, care_group_id, tier, capacity, utilisation_bp, annual_cost_pence)
    VALUES (1, 'Falls service', 1, 'early_intervention', 300, 95000, 45000000);
INSERT INTO service_funding (id, service_id, partner_id, share_bp) VALUES (1, 1, 1, 6000), (2, 1, 2, 4000);
INSERT INTO asset (id, name, kind, locality_id) VALUES (1, 'Village hall', 'community_venue', 1);
INSERT INTO engagement (id, heard_from, summary, heard_on, method, care_group_id, people)
    VALUES (1, 'carers', 'Respite is hard to find', '2025-11-05', 'focus_group', 2, 14);
INSERT INTO needs_statement (id, statement, care_group_id, severity, candidate_priority)
    VALUES (1, 'Falls are rising', 1, 'high', 1);
INSERT INTO statement_evidence (id, statement_id, indicator_id, service_id, note)
    VALUES (1, 1, 1, NULL, 'Worse than England'), (2, 1, NULL, 1, '');
INSERT INTO csv_mapping (id, name, mapping) VALUES (1, 'Local', 'indicator_code=Code
period=Year');
INSERT INTO outcome (id, name, care_group_id) VALUES (1, 'Fewer falls', 1);
INSERT INTO outcome_measure (id, outcome_id, name, indicator_id, unit, baseline_hundredths)
    VALUES (1, 1, 'Admissions', 1, 'per 100,000', -123456);
INSERT INTO measure_target (id, measure_id, year, target_hundredths) VALUES (1, 1, 2027, 99999);
INSERT INTO priority (id, name, care_group_id, statement_id, rank) VALUES (1, 'Falls', 1, 1, 1);
INSERT INTO appraisal (id, priority_id, name, scale_min, scale_max) VALUES (1, 1, 'Falls options', -5, 5);
INSERT INTO appraisal_option (id, appraisal_id, name, do_nothing, short_listed)
    VALUES (1, 1, 'Do nothing', 1, 1), (2, 1, 'Exercise classes', 0, 1);
INSERT INTO appraisal_criterion (id, appraisal_id, name, weight_bp) VALUES (1, 1, 'Impact', 10000);
INSERT INTO appraisal_score (id, option_id, criterion_id, score) VALUES (1, 1, 1, -5), (2, 2, 1, 4);
INSERT INTO proposal (id, name, kind, amount_pence, benefit) VALUES (1, 'Close ward', 'disinvest', 100, 0);
INSERT INTO contribution (id, partner_id, year, funding, line, amount_pence)
    VALUES (1, 1, 2026, 'pooled', 'Better Care Fund', 1000000000);
INSERT INTO allocation (id, year, care_group_id, service_id, amount_pence) VALUES (1, 2026, 1, 1, 500);
INSERT INTO budget_forecast (id, year, variance_pence, notes)
    VALUES (1, 2026, -123456789, 'Overspend'), (2, 2027, 0, '');
INSERT INTO savings_target (id, year, amount_pence) VALUES (1, 2026, 2500000);
INSERT INTO savings_scheme (id, name, lead_partner_id, joint) VALUES (1, 'Shared back office', 2, 0);
INSERT INTO scheme_saving (id, scheme_id, year, planned_pence, realised_pence) VALUES (1, 1, 2026, 100, NULL);
INSERT INTO risk (id, description, likelihood, impact, owner_member_id, status)
    VALUES (1, 'Winter pressures', 4, 5, 1, 'mitigating');
INSERT INTO plan_action (id, description, milestone, priority_id, plan_document_id, owner_member_id, due_on)
    VALUES (1, 'Start classes', 1, 1, 3, 3, '2026-09-30');
INSERT INTO specification (id, name, priority_id, option_id, care_group_id, tier, duration_months,
    extension_months, extension_options, requirements)
    VALUES (1, 'Falls service', 1, 2, 1, 'early_intervention', 36, 24, 'two of 12 months',
            'Fewer people fall twice');
INSERT INTO specification_outcome (id, specification_id, outcome_id, contribution)
    VALUES (1, 1, 1, 'Strength and balance classes');
INSERT INTO specification_budget (id, specification_id, year, partner_id, amount_pence)
    VALUES (1, 1, 2026, 1, 30000000), (2, 1, 2026, 2, 20000000);
INSERT INTO procurement (id, name, specification_id, lead_partner_id, buyer_kind, regime,
    regime_reason, route, route_justification, value_pence, current_value_pence,
    change_by_authority, materially_different, notes)
    VALUES (1, 'Falls tender', 1, 2, 'central', 'psr', 'Health care', 'psr_competitive', '',
            150000000, NULL, 0, 0, '');
INSERT INTO procurement_milestone (id, procurement_id, step, name, due_on, done, notes)
    VALUES (1, 1, 'psr_contract_notice', 'Contract notice', '2026-05-01', 1, ''),
           (2, 1, 'other', 'Board approval', NULL, 0, 'Pending');
INSERT INTO procurement_conflict (id, procurement_id, person, provider_id, interest, managed,
    assessed_on) VALUES (1, 1, 'Dr Amy Shah', 2, 'Governor', 'Excluded', '2026-04-20');
INSERT INTO market_engagement (id, provider_id, held_on, format, learned, specification_id)
    VALUES (1, 2, '2026-03-01', 'event', 'Providers want five years', 1);
UPDATE procurement SET scale_max = 5, price_formula = 'affordability', price_ceiling_pence = 200000000,
    price_floor_pence = 100000000, spread_points = 1 WHERE id = 1;
INSERT INTO score_descriptor (id, procurement_id, score, descriptor) VALUES (1, 1, 5, 'Outstanding');
INSERT INTO tender_lot (id, procurement_id, name, description) VALUES (1, 1, 'North', 'Three localities');
INSERT INTO award_criterion (id, procurement_id, lot_id, parent_id, name, category, weight_bp,
    minimum_score, question) VALUES
    (1, 1, NULL, NULL, 'Quality', 'quality', 6000, NULL, ''),
    (2, 1, 1, 1, 'Workforce', 'quality', 10000, 2, 'How will you recruit?'),
    (3, 1, NULL, NULL, 'Price', 'price', 4000, NULL, '');
INSERT INTO bid (id, procurement_id, lot_id, provider_id, name, on_time, received_on, notes)
    VALUES (1, 1, 1, 2, 'Trust bid', 1, '2026-06-01', '');
INSERT INTO bid_price (id, bid_id, year, amount_pence) VALUES (1, 1, 2027, 140000000);
INSERT INTO evaluator (id, procurement_id, name, member_id, role, declared_on, finished, removed,
    removal_reason) VALUES (1, 1, 'Tom Bray', 1, 'both', '2026-05-30', 1, 0, '');
INSERT INTO evaluator_interest (id, evaluator_id, provider_id, interest, declared_on)
    VALUES (1, 1, NULL, 'None', '2026-05-30');
INSERT INTO evaluation_score (id, evaluator_id, bid_id, criterion_id, score, note)
    VALUES (1, 1, 1, 2, 4, 'Strong plan');
INSERT INTO moderated_score (id, bid_id, criterion_id, score, reason) VALUES (1, 1, 2, 4, 'Agreed');
INSERT INTO contract (id, name, provider_id, procurement_id, specification_id, starts_on, ends_on,
    extension_options, latest_end_on, extension_decision_on, notice_months, payment_basis,
    at_risk_bp, incentive, notes) VALUES (1, 'Falls contract', 2, 1, 1, '2027-07-01', '2030-06-30',
    'two years', '2032-06-30', '2029-09-30', 6, 'mixed', 500, 'On admissions', '');
INSERT INTO contract_value (id, contract_id, year, amount_pence) VALUES (1, 1, 2027, 71250001);
INSERT INTO contract_funder (id, contract_id, partner_id, share_bp) VALUES (1, 1, 1, 4000), (2, 1, 2, 6000);
INSERT INTO kpi (id, contract_id, name, definition, unit, polarity, target_hundredths,
    frequency, breach_hundredths, consequence, pays_incentive, outcome_id, tolerance_hundredths,
    tolerance_of_target, data_source, owner_id, accountability, spc_rules, fix_after, notes)
    VALUES (1, 1, 'Admissions', 'Falls admissions', 'per 100,000', 'lower', -5, 'quarterly', NULL, '', 1,
    1, 250, 1, 'SUS', 3, 'better_off', 'plotthedots', 12, 'Watch winter');
INSERT INTO kpi_target (id, kpi_id, from_period, target_hundredths, reason)
    VALUES (1, 1, '2027-Q3', -7, 'Second year');
INSERT INTO kpi_actual (id, kpi_id, period, value_hundredths, note, source)
    VALUES (1, 1, '2027-Q3', 412, 'First quarter', 'typed'), (2, 1, '2027-Q4', NULL, '', 'typed');
INSERT INTO kpi_annotation (id, kpi_id, period, note) VALUES (1, 1, '2027-Q4', 'New service started');
INSERT INTO kpi_rebase (id, kpi_id, period, reason, decided_on)
    VALUES (1, 1, '2027-Q4', 'Service redesigned', '2028-01-15');
INSERT INTO needs_statement (id, statement, care_group_id, severity, candidate_priority, draft)
    VALUES (2, 'Admissions show concern', 1, 'moderate', 0, 1);
INSERT INTO statement_evidence (id, statement_id, kpi_id, note) VALUES (3, 2, 1, 'Concern, higher');
INSERT INTO cycle_year (id, year, started_on, summary)
    VALUES (1, 2027, '2027-03-01', 'Started the 2027/28 cycle year');
INSERT INTO cycle_carried (id, cycle_year_id, what, plan_id, action_id, risk_id, statement_id,
    kpi_id, note) VALUES (1, 1, 'finding', NULL, NULL, NULL, 2, 1, 'A draft needs statement'),
    (2, 1, 'action', NULL, 1, NULL, NULL, NULL, 'Still in progress.');
INSERT INTO performance_notice (id, contract_id, kpi_id, issued_on, requirement, description,
    status, withheld_pence, closed_on) VALUES (1, 1, 1, '2028-02-01', 'Admissions target',
    'Remedial plan by March', 'remedial_plan', 125001, NULL),
    (2, 1, NULL, NULL, '', '', 'open', NULL, NULL);
INSERT INTO remedial_milestone (id, notice_id, description, due_on, done_on, note)
    VALUES (1, 1, 'Recruit two therapists', '2028-03-31', NULL, 'Advert out');
INSERT INTO contract_assessment (id, contract_id, year, assessed_on, summary)
    VALUES (1, 1, 2027, '2028-04-20', 'Requires improvement');
INSERT INTO kpi_rating (id, assessment_id, kpi_id, rating, explanation)
    VALUES (1, 1, 1, 'requires_improvement', 'Red in the year');
INSERT INTO contract_service (id, contract_id, service_id) VALUES (1, 1, 1);
INSERT INTO contract_specification (id, contract_id, specification_id) VALUES (1, 1, 1);
INSERT INTO quorum_rule (id, partner_id, minimum, role) VALUES (1, 1, 2, 'councillor'), (2, 7, 1, '');
INSERT INTO workshop (id, name, held_on, venue, facilitator_member_id, purpose)
    VALUES (1, 'Priorities workshop', '2026-10-14', 'Town Hall "Room 2"', 1, 'Rank and score');
INSERT INTO workshop_attendance (id, workshop_id, member_id, status, acting_for_member_id)
    VALUES (1, 1, 1, 'present', NULL), (2, 1, 3, 'apologies', NULL);
INSERT INTO agenda_item (id, workshop_id, position, title, kind, appraisal_id, minutes, notes)
    VALUES (1, 1, 1, 'Falls options', 'appraisal', 1, 40, ''), (2, 1, 2, 'Any question?', 'question', NULL, NULL, 'Ünïcode');
INSERT INTO agenda_provider (id, agenda_item_id, provider_id) VALUES (1, 1, 2);
INSERT INTO interest_action (id, agenda_item_id, member_id, action, dispensation, note)
    VALUES (1, 1, 1, 'noted', 1, 'Dispensation 4/26');
INSERT INTO workshop_round (id, agenda_item_id, run, question, kind, state, anonymity,
    dots_per_member, dots_per_item, rank_top, points, scale_min, scale_max, minutes)
    VALUES (1, 1, 1, 'Score the options', 'score', 'revealed', 'recorded', 5, NULL, NULL, 100, -5, 5, 10),
           (2, 2, 2, 'Agree?', 'yes_no', 'draft', 'anonymous', 3, 2, 4, 50, 0, 4, NULL);
INSERT INTO round_choice (id, round_id, position, name, priority_id, option_id, proposal_id,
    statement_id) VALUES (1, 1, 1, 'Exercise classes', NULL, 2, NULL, NULL),
    (2, 2, 1, 'Agree?', 1, NULL, 1, 2);
INSERT INTO round_vote (id, round_id, member_id, choice_id, criterion_id, value)
    VALUES (1, 1, 1, 1, 1, -3);
INSERT INTO agreed_value (id, round_id, choice_id, criterion_id, value_hundredths, reason)
    VALUES (1, 1, 1, 1, -250, 'After discussion');
INSERT INTO workshop_decision (id, workshop_id, agenda_item_id, round_id, decided_on, decision,
    outcome, method, tally, reasons, alternatives, evidence) VALUES (1, 1, 1, 1, '2026-10-14',
    'Fund the classes', 'approve', 'vote', '1 for', 'Best value', 'Do nothing: falls rise', 'JSNA');
INSERT INTO baseline (id, name, taken_on, note, archive) VALUES (1, 'Approved March 2026',
    '2026-03-26', 'Board, 26 March', 'JOINTLY-ARCHIVE 1 plan-baseline 2 not-checked-here
ab');
INSERT INTO bcf_year (id, year, asc_minimum_pence, notes) VALUES (1, 2026, 120000000, 'Published');
INSERT INTO bcf_income (id, year, source, partner_id, district, amount_pence, narrative)
    VALUES (1, 2026, 'Minimum NHS Contribution', 1, '', 150000000, 'ICB allocation');
INSERT INTO bcf_scheme (id, reference, name, description, scheme_type, sub_type, other_type,
    existing, priority_id) VALUES (1, 'S1', 'Falls service', 'Strength and balance',
    'Community Based Schemes', 'Falls', '', 1, 1);
INSERT INTO bcf_expenditure (id, scheme_id, year, area_of_spend, commissioner, nhs_share_bp,
    provider, provider_id, funding_source, amount_pence, outputs, output_unit)
    VALUES (1, 1, 2026, 'Social Care', 'joint', 6000, 'NHS Community Provider', 1,
    'Minimum NHS Contribution', 150000000, 400, 'people');
UPDATE plan_action SET decision_id = 1 WHERE id = 1;
UPDATE proposal SET decision = 'agreed' WHERE id = 1;
UPDATE allocation SET contract_id = 1 WHERE id = 1;
UPDATE partnership SET ocid_prefix = 'ocds-a1b2c3';
)SQL";

// Creates a project at path filled with the rows above and indicator values
// holding the awkward doubles (one value row each, plus one row of nulls and
// one belonging to the undone import).
inline void makeFilledProject(const std::string& path) {
    {
        auto created = project::Project::create(path, "Westshire");
        REQUIRE(created.ok());
    }
    storage::Database db(path, storage::OpenMode::ReadWrite);
    db.executeTrustedScript(kFilledRows);
    auto insert = db.prepare(
        "INSERT INTO indicator_value (indicator_id, import_id, area_code, area_name, period, "
        "period_key, value, lower_95, upper_95, count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
        "?10)");
    std::int64_t key = 2000;
    for (double value : awkwardDoubles()) {
        insert.reset();
        insert.bind(1, 1).bind(2, 1).bind(3, "E06000001").bind(4, "Westshire, “North”");
        insert.bind(5, std::to_string(key)).bind(6, key);
        ++key;
        insert.bindDouble(7, value).bindDouble(8, -value).bindDouble(9, value / 2);
        insert.bindDouble(10, 17);
        insert.run();
    }
    insert.reset();
    insert.bind(1, 2).bindNull(2).bind(3, "E92000001").bind(4, "").bind(5, "2024/25");
    insert.bind(6, 2024).bindNull(7).bindNull(8).bindNull(9).bindNull(10);
    insert.run();
    insert.reset();
    insert.bind(1, 3).bind(2, 2).bind(3, "E92000001").bind(4, "undone").bind(5, "2023");
    insert.bind(6, 2023).bindDouble(7, 1.5).bindNull(8).bindNull(9).bindNull(10);
    insert.run();
}

} // namespace jointly::testing
