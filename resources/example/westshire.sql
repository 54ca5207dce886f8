-- Westshire Joint Commissioning Unit: the example partnership shipped with Jointly.
-- Westshire is a fictional county. Runs against the version 1 schema (core/project/SchemaV1.sql.h)
-- after the single partnership row (id = 1) exists. Money is integer pence; risk shares are
-- basis points out of 10000; dates are YYYY-MM-DD. Explicit ids keep the links stable.

-- Partner organisations. Contributions: 182.4m + 131.6m + 16.0m = 330.0 million pounds a year.
INSERT INTO partner_organisation (id, name, org_type, role, annual_contribution_pence, fixed_risk_share_bp, notes) VALUES
(1, 'Westshire County Council', 'local_authority', 'commissioner', 18240000000, 5500,
 'Adult social care and children''s services budgets. Hosts the pooled fund and employs the Joint Commissioning Unit team.'),
(2, 'NHS Westshire Integrated Care Board', 'nhs_body', 'commissioner', 13160000000, 4000,
 'Community health, mental health, learning disability and maternity budgets. Its area is coterminous with the county.'),
(3, 'Westshire Public Health', 'public_health', 'commissioner', 1600000000, 500,
 'Commissions substance misuse, sexual health and 0-19 public health services from the ring-fenced public health grant.'),
(4, 'Westshire Voluntary Action', 'voluntary_community', 'advisor', 0, 0,
 'Infrastructure body for about 1,400 voluntary and community groups; brings asset-based knowledge of community resources.'),
(5, 'Westshire Community Health NHS Trust', 'provider', 'provider', 0, 0,
 'Main provider of community nursing, therapies and community mental health. Gives expert views; takes no part in allocation decisions about its own services.'),
(6, 'Westshire Carers Together', 'user_carer_organisation', 'user_voice', 0, 0,
 'Carers'' organisation and user voice on the board. Runs the carers'' reference group; also holds the county carers'' support grant.');

UPDATE partnership SET
  name = 'Westshire Joint Commissioning Unit',
  aims = 'To improve the health and wellbeing of the people of Westshire, especially the frail, the elderly and the vulnerable, and to reduce health inequalities across the county. The partners plan, buy and review health and social care together from one pooled budget, so that limited funds stretch further through collaboration, co-production and holding each other to account, and so that people receive personalised, coordinated care closer to home.',
  group_kind = 'decision_making',
  parent_body = 'Westshire Health and Wellbeing Board',
  meeting_frequency = 'Monthly; a quarterly extended meeting with providers and the carers'' reference group',
  area = 'Westshire county (the county council area, coterminous with NHS Westshire Integrated Care Board)',
  population_served = 800000,
  boundary_notes = 'The unit follows the county council boundary, which since 2022 has matched the integrated care board area; as the NHS body covers a single local authority, one strategic commissioning framework is needed and no separate joint commissioning strategy per council area. The five localities follow the former district council areas, which residents recognise and which local engagement in 2025 asked us to keep. Each locality has its own needs profile in the joint strategic needs assessment, and locality plans must respect those differing priorities rather than impose one county model.',
  overlapping_initiatives = 'The Westshire Substance Misuse Partnership (formerly the drug and alcohol action team) covers the county but its treatment contracts also serve a neighbouring unitary area. Eight primary care networks do not follow locality lines: two straddle Brackenford and Oakwold Downs. The Saltmere Coast regeneration programme and the Larkhampton town deal fund housing and employment schemes that affect demand. The Better Care Fund plan is agreed through the Health and Wellbeing Board and forms part of the pooled fund.',
  agreement_kind = 'pooled',
  legal_basis = 'Section 75 agreement under the National Health Service Act 2006 and the NHS Bodies and Local Authorities Partnership Arrangements Regulations 2000; pooled fund hosted by Westshire County Council',
  host_partner_id = 1,
  risk_share_rule = 'fixed',
  agreement_starts_on = '2026-04-01',
  agreement_review_on = '2027-01-31'
WHERE id = 1;

INSERT INTO objective (id, text) VALUES
(1, 'Expand prevention and early intervention, especially at home and in the community, raising the share of the pooled budget spent on them every year and reducing reliance on costly secondary and specialist care.'),
(2, 'Reduce health inequalities between and within localities, starting with the most deprived neighbourhoods of Saltmere Coast and Larkhampton.'),
(3, 'Deliver personalised services by involving people and their carers in their own care and care decisions, with more people holding a personal budget or direct payment.'),
(4, 'Move people from fragmented to coordinated care through redesigned pathways, a single point of access and integrated neighbourhood teams.'),
(5, 'Produce efficiencies by reducing waste and duplication: deliver a joint savings target of 2 million pounds in 2026/27, in addition to each partner''s own efficiency savings, shared between partners by the agreed rule.'),
(6, 'Be clear about what is jointly commissioned, with key performance indicators and delivery dates for every plan, reported quarterly to the Health and Wellbeing Board.');

-- Localities: 214,000 + 182,000 + 156,000 + 130,000 + 118,000 = 800,000.
INSERT INTO locality (id, name, population, notes) VALUES
(1, 'Saltmere Coast', 214000, 'Coastal towns with the highest deprivation and oldest population in the county; high rates of loneliness and falls.'),
(2, 'Larkhampton', 182000, 'The county town and its suburbs; younger, more diverse population; most substance misuse treatment demand.'),
(3, 'Brackenford', 156000, 'Market towns and commuter villages; fast-growing population from new housing.'),
(4, 'Oakwold Downs', 130000, 'Rural north; poor public transport and access to services, many small care homes.'),
(5, 'Fernley Vale', 118000, 'Rural south-west; affluent overall with pockets of rural poverty and isolated older carers.');

INSERT INTO member (id, partner_id, name, role, can_commit_budget, budget_limit_pence, email) VALUES
(1, 1, 'Cllr Margaret Ellison', 'Cabinet Member for Adults and Health; chair', 0, NULL, 'margaret.ellison@westshire.example'),
(2, 1, 'David Okafor', 'Executive Director of Adults and Health', 1, 1000000000, 'david.okafor@westshire.example'),
(3, 1, 'Helen Marsh', 'Director of Children''s Services', 1, 500000000, 'helen.marsh@westshire.example'),
(4, 1, 'Tom Bray', 'Head of the Joint Commissioning Unit (partnership manager)', 1, 50000000, 'tom.bray@westshire.example'),
(5, 2, 'Priya Raman', 'Chief Finance Officer; vice-chair', 1, 1000000000, 'priya.raman@westshireicb.example'),
(6, 2, 'Gareth Lloyd', 'Director of Joint Commissioning', 1, 250000000, 'gareth.lloyd@westshireicb.example'),
(7, 2, 'Dr Sarah Whitfield', 'GP and clinical lead for community services', 0, NULL, 'sarah.whitfield@westshireicb.example'),
(8, 3, 'Dr James Adeyemi', 'Director of Public Health', 1, 200000000, 'james.adeyemi@westshire.example'),
(9, 4, 'Rachel Hughes', 'Chief Executive, Westshire Voluntary Action', 0, NULL, 'rachel.hughes@westshireva.example'),
(10, 5, 'Mark Pennington', 'Director of Strategy, Westshire Community Health NHS Trust', 0, NULL, 'mark.pennington@westshirecht.example'),
(11, 6, 'Ann Fairbrother', 'Chief Officer, Westshire Carers Together', 0, NULL, 'ann.fairbrother@westshirecarers.example');

INSERT INTO declared_interest (id, member_id, kind, provider_id, description, declared_on) VALUES
(1, 7, 'financial', 5, 'Partner in Brackenford Medical Practice, which holds a subcontract from Westshire Community Health NHS Trust for community diabetes and wound-care clinics.', '2025-10-06'),
(2, 10, 'financial', 5, 'Employed as Director of Strategy by Westshire Community Health NHS Trust.', '2025-10-06'),
(3, 11, 'financial', 6, 'Employed by Westshire Carers Together, which holds the county carers'' support grant.', '2025-10-06'),
(4, 9, 'non_financial', NULL, 'Trustee of Larkhampton Food Bank (unpaid).', '2026-04-09');

INSERT INTO linked_group (id, name, relationship, notes) VALUES
(1, 'Westshire Health and Wellbeing Board', 'reports_to', 'Approves the strategic commissioning framework and the Better Care Fund plan; receives a quarterly performance report.'),
(2, 'Westshire Substance Misuse Partnership (drug and alcohol action team)', 'informs', 'Substance misuse commissioning decisions are routed through the partnership; the Director of Public Health sits on both.'),
(3, 'Carers'' Reference Group', 'consults', 'Carers from every locality, convened by Westshire Carers Together; consulted on each care group plan before approval.'),
(4, 'Westshire Provider Forum', 'consults', 'Open forum for voluntary, independent and NHS providers; market engagement and expert views on service models.');

INSERT INTO care_group (id, name, lead_commissioner_id, description) VALUES
(1, 'Older people', 1, 'Frail and older people: prevention, reablement, intermediate care, home care, care homes and dementia.'),
(2, 'Mental health', 2, 'Adult mental health from wellbeing and talking therapies to crisis care and recovery.'),
(3, 'Learning disability', 1, 'Adults with a learning disability: supported housing, day opportunities, health checks and short breaks.'),
(4, 'Children and maternity', 2, 'Maternity, health visiting, children''s community health and children and young people''s mental health.'),
(5, 'Substance misuse', 3, 'Drug and alcohol prevention, treatment and recovery, commissioned with the Substance Misuse Partnership.');

INSERT INTO plan_document (id, kind, title, parent_id, care_group_id, horizon_years, starts_on, next_refresh_on) VALUES
(1, 'framework', 'Westshire Strategic Commissioning Framework 2026-2036', NULL, NULL, 10, '2026-04-01', '2027-10-01'),
(2, 'care_group_plan', 'Older people: strategic commissioning plan 2026-2036', 1, 1, 10, '2026-04-01', '2027-10-01'),
(3, 'care_group_plan', 'Mental health: strategic commissioning plan 2026-2036', 1, 2, 10, '2026-04-01', '2027-10-01'),
(4, 'care_group_plan', 'Learning disability: strategic commissioning plan 2026-2036', 1, 3, 10, '2026-04-01', '2027-10-01'),
(5, 'care_group_plan', 'Children and maternity: strategic commissioning plan 2026-2036', 1, 4, 10, '2026-04-01', '2027-10-01'),
(6, 'care_group_plan', 'Substance misuse: strategic commissioning plan 2026-2036', 1, 5, 10, '2026-04-01', '2027-10-01'),
(7, 'implementation_plan', 'Older people: implementation plan 2026/27 to 2028/29', 2, 1, 3, '2026-04-01', '2027-04-01'),
(8, 'implementation_plan', 'Mental health: implementation plan 2026/27 to 2028/29', 3, 2, 3, '2026-04-01', '2027-04-01'),
(9, 'implementation_plan', 'Learning disability: implementation plan 2026/27 to 2028/29', 4, 3, 3, '2026-04-01', '2027-04-01'),
(10, 'implementation_plan', 'Children and maternity: implementation plan 2026/27 to 2028/29', 5, 4, 3, '2026-04-01', '2027-04-01'),
(11, 'implementation_plan', 'Substance misuse: implementation plan 2026/27 to 2028/29', 6, 5, 3, '2026-04-01', '2027-04-01'),
(12, 'investment_plan', 'Westshire pooled fund investment plan 2026/27', 1, NULL, 1, '2026-04-01', '2027-01-31'),
(13, 'investment_plan', 'Older people: prevention and early intervention investment plan 2026/27', 2, 1, 1, '2026-04-01', '2027-01-31');
