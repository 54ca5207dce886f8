#include "Command.h"

#include "BaselineCommands.h"
#include "CommandSupport.h"
#include "ExportCommands.h"
#include "GovernanceCommands.h"
#include "MergeCommands.h"
#include "MonitoringCommands.h"
#include "NeedsCommands.h"
#include "PartnershipCommands.h"
#include "PerformanceCommands.h"
#include "PlanningCommands.h"
#include "ProcurementCommands.h"
#include "ProjectCommands.h"
#include "PublishingCommands.h"
#include "RecordCommands.h"
#include "ReportCommands.h"
#include "ScoringCommands.h"
#include "TransferCommands.h"
#include "WorkshopCommands.h"

// The table of verbs, grouped by stage in the order of the cycle. A verb is
// added here (one entry) and in its stage's file of verbs.
namespace jointly::app {

namespace {

int helpCommand(const Invocation& call);

const Option kJson{.name = "--json", .help = "print JSON instead of text"};

const std::vector<Command> kCommands = {
    {.name = "help",
     .stage = "start",
     .words = {},
     .summary = "this list, or one verb in full",
     .run = &helpCommand,
     .moreWords = true,
     .synopsis = "[VERB]"},
    {.name = "new",
     .words = {"FILE"},
     .options = {{.name = "--name", .valueName = "NAME", .help = "the partnership's name"},
                 {.name = "--example", .help = "a copy of the example partnership instead"}},
     .summary = "create a new partnership project, or a copy of the example",
     .run = &newCommand,
     .synopsis = "FILE (--name NAME | --example)"},
    {.name = "check",
     .words = {"FILE"},
     .summary = "check a project file and count what it holds",
     .run = &checkCommand},
    {.name = "status",
     .words = {"FILE"},
     .options = {kJson},
     .summary = "each stage's completeness, what is still to do, and what the file holds",
     .run = &statusCommand},
    {.name = "export-json",
     .words = {"FILE", "OUT.json"},
     .summary = "write the whole project as JSON (docs/json-format.md)",
     .run = &exportJsonCommand},
    {.name = "export-calendar",
     .words = {"FILE", "OUT.ics"},
     .summary = "the partnership's dates as an iCalendar file for Outlook and other calendars",
     .run = &exportCalendarCommand,
     .details = "Actions and milestones, plan refresh dates, the agreement's review, each "
                "procurement's timeline (notices, deadlines, the end of standstill), each "
                "contract's last day to give notice, extension decision and end, remedial "
                "milestones and workshop sessions, as whole-day events. Each keeps its UID from "
                "one export to the next, so importing a newer export updates the events."},
    {.name = "report",
     .words = {"FILE", "plan|evaluation|monitoring", "OUT"},
     .options = {{.name = "--procurement",
                  .valueName = "NAME",
                  .help = "the procurement whose evaluation to report (needed when there are "
                          "several)"},
                 {.name = "--sections",
                  .valueName = "KEYS",
                  .help = "the plan's sections to write, such as needs,budget,risks (all when "
                          "left out): partnership, needs, outcomes, priorities, options, "
                          "investment, budget, savings, risks, actions"},
                 {.name = "--as-at", .valueName = "DATE", .help = "the day the report is as at"}},
     .summary = "a report for the board; OUT ends in .pdf, .odt or .html",
     .run = &reportCommand,
     .details = "plan: the commissioning plan, with a title page and contents, charts and the "
                "risks' heat map. evaluation: a procurement's tender evaluation report, and "
                "beside it each bidder's assessment summary as a document of its own once the "
                "ranking is final. monitoring: the dashboard, each KPI's SPC chart with its "
                "icons and annotations, savings realised, the outcome review and contract "
                "performance. Every PDF page carries the partnership's name, the report, the "
                "date and its number."},
    {.name = "import-json",
     .words = {"IN.json", "NEW.jointly"},
     .summary = "create a new project from such JSON, checked first",
     .run = &importJsonCommand},
    {.name = "history",
     .words = {"FILE"},
     .options = {{.name = "--record",
                  .valueName = "KIND",
                  .help = "only the edits that changed one record: --record member 5"},
                 {.name = "--since", .valueName = "DATE", .help = "only edits made on or after"},
                 {.name = "--by", .valueName = "NAME", .help = "only edits made by this person"},
                 {.name = "--stage",
                  .valueName = "STAGE",
                  .help = "only edits touching partnership, needs, plan, procure or monitor"},
                 kJson},
     .summary = "every edit: when, by whom, and each field's old and new values; undone ones "
                "marked",
     .run = &historyCommand,
     .moreWords = true,
     .synopsis = "FILE [--record KIND ID] [--since DATE] [--by NAME] [--stage STAGE] [--json]"},
    {.name = "search",
     .words = {"FILE", "WORDS"},
     .options = {kJson},
     .summary = "every record holding all the words, in every stage, best first",
     .run = &searchCommand,
     .moreWords = true,
     .details = "Words are matched as English words, so \"commission\" finds "
                "\"commissioned\" and \"commissioning\"; the last word may be the start of one. "
                "A match in a record's name counts for more than one in its text. The matching "
                "words are shown in [brackets]."},
    {.name = "trace",
     .words = {"FILE"},
     .options = {{.name = "--gaps", .help = "list where the chain is broken, instead of a record"},
                 {.name = "--matrix",
                  .valueName = "OUT",
                  .help = "write the traceability matrix, one row per chain; OUT ends in .csv "
                          "or .html"},
                 kJson},
     .summary = "where a record came from and what it led to, from the evidence to the result",
     .run = &traceCommand,
     .moreWords = true,
     .synopsis = "FILE (KIND ID | --gaps | --matrix OUT.csv|OUT.html) [--json]",
     .details = "The chain runs from an indicator to the needs statement it is evidence for, "
                "the priority, the option chosen (the one a specification cites, or ranked "
                "first in a final appraisal), the money allocated to the priority, "
                "specification or contract, the specification, the procurement and its award "
                "criteria, the contract, its KPIs and the values observed, and from a KPI "
                "whose figures showed concern to the next cycle's needs statement. ID is the "
                "record's id or its whole name. --gaps lists priorities with no evidence, money "
                "allocated to nothing the plan names, contracts with no KPI, KPIs serving no "
                "outcome and outcomes with no measure."},
    {.name = "baseline",
     .words = {"FILE"},
     .options = {{.name = "--name",
                  .valueName = "NAME",
                  .help = "what to call it: \"Approved by the board, March 2026\"",
                  .required = true},
                 {.name = "--as-at", .valueName = "DATE", .help = "the day it is dated (today)"}},
     .summary = "freeze the plan as approved: a named, dated baseline kept in the file, as one "
                "undoable edit",
     .run = &baselineCommand,
     .details = "A baseline keeps the priorities, contributions, allocations, savings targets "
                "and schemes, the outcomes' measures and targets, the specifications with their "
                "budget envelopes, and the contracts with their values, funders and KPI "
                "targets, to compare the plan with later ('jointly compare')."},
    {.name = "compare",
     .words = {"FILE"},
     .options = {{.name = "--baseline",
                  .valueName = "NAME",
                  .help = "the baseline's name or id",
                  .required = true},
                 {.name = "--out",
                  .valueName = "OUT",
                  .help = "write the comparison instead; OUT ends in .csv or .html"},
                 kJson},
     .summary = "the plan now against a baseline: records added, removed and changed, and the "
                "money per partner and year to the penny",
     .run = &compareCommand},
    {.name = "copy-for-offline",
     .words = {"FILE", "OUT"},
     .summary = "take a complete copy of the project to work on offline, with ids of its own",
     .run = &copyForOfflineCommand,
     .details = "The copy remembers which file it came from and when. Everything added in it "
                "takes ids no other copy uses, so its changes can be merged back without "
                "clashing. OUT must not exist yet."},
    {.name = "changes",
     .words = {"COPY", "OUT.jointly-changes"},
     .summary = "write the changes made in a copy to a small file to send back for merging",
     .run = &changesCommand,
     .details = "The file holds each edit made in the copy (who made it and when), the "
                "project's identity and the file format. Edits merged already are skipped when "
                "it is merged, so sending everything again is safe."},
    {.name = "merge",
     .words = {"FILE", "CHANGES"},
     .options = {{.name = "--prefer",
                  .valueName = "mine|theirs",
                  .help = "settle every conflict keeping this file's side, or the incoming one"},
                 kJson},
     .summary = "merge a change file, or a whole copy of the project, as one undoable edit",
     .run = &mergeCommand,
     .details = "Changes to different fields merge without asking. Without --prefer, any "
                "conflict (a field changed on both sides, a record deleted on one side and "
                "changed on the other, a record that breaks a rule, a link to a record deleted "
                "here) is listed and nothing is merged, with exit code 11. Merging the same "
                "changes twice changes nothing."},
    {.name = "copy-records",
     .words = {"FILE", "KIND", "ID", "OUT"},
     .summary = "copy a partner organisation, an options appraisal or a contract, with what "
                "belongs to it, to a file for paste-records",
     .run = &copyRecordsCommand,
     .details = "A partner organisation is copied with its members and their declared "
                "interests; an options appraisal with its options, criteria and scores; a "
                "contract with its yearly values, co-funders, services, specifications covered "
                "and KPIs. ID is the record's id or its whole name. The file is what the "
                "window puts on the clipboard with Ctrl+C."},
    {.name = "paste-records",
     .words = {"FILE", "IN"},
     .summary = "add the records copied to IN to the project, as one undoable edit",
     .run = &pasteRecordsCommand,
     .details = "The records get new ids and keep their links to each other. A link to "
                "anything else is made to the record of the same kind and name in this "
                "project; where there is none, an optional link is left empty and said so, "
                "and a required one refuses the paste, leaving the project as it was."},
    {.name = "list",
     .stage = "records",
     .words = {"FILE", "KIND"},
     .options = {kJson},
     .summary = "every record of a kind, with its id and fields",
     .run = &listCommand},
    {.name = "export-table",
     .stage = "records",
     .words = {"FILE", "KIND", "OUT.xlsx|OUT.csv"},
     .summary = "every record of a kind as a spreadsheet, as File > Export table writes it",
     .run = &exportTableCommand,
     .details = "An XLSX workbook has money, shares and dates as real numbers and dates, the "
                "header frozen, and every text as text, so nothing runs as a formula; a CSV file "
                "puts an apostrophe before text that starts with = + - @, a tab or a return."},
    {.name = "add",
     .stage = "records",
     .words = {"FILE", "KIND", "FIELD=VALUE"},
     .options = {kJson},
     .summary = "add a record with those fields, as one undoable edit; prints its id",
     .run = &addCommand,
     .moreWords = true,
     .details = "Values are typed as in the window: £12,500 or 12500.50 for money, 2026/27 "
                "for a financial year, 1/4/2026 or 2026-04-01 for a date, 37.5% for a share, "
                "a choice by its words, and a link by the linked record's name or id. A bad "
                "value is refused, naming the field and why, with exit code 9, and nothing "
                "changes."},
    {.name = "set",
     .stage = "records",
     .words = {"FILE", "KIND", "ID", "FIELD=VALUE"},
     .summary = "change fields of a record, as one undoable edit",
     .run = &setCommand,
     .moreWords = true,
     .details = "Values are typed as for add. All are checked before anything changes."},
    {.name = "delete",
     .stage = "records",
     .words = {"FILE", "KIND", "ID"},
     .summary = "delete a record and what belongs to it, as one undoable edit",
     .run = &deleteCommand},
    {.name = "terms-of-reference",
     .stage = "partnership",
     .words = {"FILE", "OUT"},
     .summary = "write the terms of reference; OUT ends in .pdf, .odt or .html",
     .run = &termsOfReferenceCommand},
    {.name = "import-indicators",
     .stage = "needs",
     .words = {"FILE", "CSV"},
     .options = {{.name = "--mapping",
                  .valueName = "MAPPING",
                  .help = "a saved column mapping, for a CSV that is not a Fingertips export"},
                 {.name = "--skip-bad-rows", .help = "import the good rows and list the bad"},
                 {.name = "--data-as-at",
                  .valueName = "DATE",
                  .help = "when the data were extracted"},
                 {.name = "--replace", .help = "replace values the project already holds"},
                 {.name = "--keep", .help = "keep values the project already holds"}},
     .summary = "import indicator values (a Fingertips export, or any CSV with a mapping)",
     .run = &importIndicatorsCommand,
     .synopsis = "FILE CSV [--mapping MAPPING] [--skip-bad-rows] [--data-as-at DATE] "
                 "[--replace | --keep]"},
    {.name = "import-population",
     .stage = "needs",
     .words = {"FILE", "CSV"},
     .summary = "import population figures (Area, Year, Age band, Sex, People, Projected)",
     .run = &importPopulationCommand},
    {.name = "export-indicators",
     .stage = "needs",
     .words = {"FILE", "OUT.csv"},
     .summary = "every value in Fingertips' layout plus Jointly's significance and trend",
     .run = &exportIndicatorsCommand},
    {.name = "appraisal",
     .stage = "plan",
     .words = {"FILE"},
     .options = {{.name = "--priority",
                  .valueName = "NAME",
                  .help = "only the appraisals of this priority"}},
     .summary = "each options appraisal's ranking and its sensitivity to the weights, as JSON",
     .run = &appraisalCommand},
    {.name = "pbma",
     .stage = "plan",
     .words = {"FILE"},
     .options = {{.name = "--budget-change",
                  .valueName = "PERCENT",
                  .help = "the rise or fall, such as 2.5, -10 or +5%",
                  .required = true}},
     .summary = "what a budget rise or fall funds or cuts, as JSON",
     .run = &pbmaCommand},
    {.name = "budget",
     .stage = "plan",
     .words = {"FILE"},
     .options = {{.name = "--year",
                  .valueName = "YYYY/YY",
                  .help = "the financial year, such as 2026/27",
                  .required = true}},
     .summary = "the year's reconciliation and risk shares, as JSON",
     .run = &budgetCommand},
    {.name = "round",
     .stage = "plan",
     .words = {"FILE", "ROUND"},
     .options = {{.name = "--votes",
                  .valueName = "NAMING",
                  .help = "anonymous, private (named to the facilitator) or recorded (named in "
                          "the record); before any vote is in"},
                 {.name = "--to",
                  .valueName = "STATE",
                  .help = "open, closed or revealed: move the round on first, as the "
                          "facilitator does"},
                 {.name = "--rerun", .help = "run a closed round again, keeping the earlier run"},
                 {.name = "--use",
                  .help = "use the shown result in the plan: the appraisal's scores, the "
                          "priorities' ranks, the proposals' decisions or the needs statements "
                          "confirmed"}},
     .summary = "a workshop round: who has voted, the quorum and, once shown, the result, as "
                "JSON",
     .run = &roundCommand,
     .details = "ROUND is an id or a question. Each move is one undoable edit; results stay "
                "hidden while the round is open."},
    {.name = "decisions",
     .stage = "plan",
     .words = {"FILE"},
     .options = {kJson},
     .summary = "the decision log: each decision, who was present, interests, quorum, actions",
     .run = &decisionsCommand},
    {.name = "workshop-record",
     .stage = "plan",
     .words = {"FILE", "OUT"},
     .options = {{.name = "--session",
                  .valueName = "NAME",
                  .help = "the workshop's name",
                  .required = true}},
     .summary = "write a workshop's record; OUT ends in .pdf, .odt or .html",
     .run = &workshopRecordCommand},
    {.name = "export-bcf",
     .stage = "plan",
     .words = {"FILE", "OUT.xlsx|OUT.csv"},
     .options = {{.name = "--year",
                  .valueName = "YYYY/YY",
                  .help = "the planning year, such as 2026/27",
                  .required = true}},
     .summary = "the Better Care Fund expenditure plan in the planning template's columns, "
                "with its checks",
     .run = &exportBcfCommand,
     .details = "Income, Expenditure (in the template's column order) and the checks: planned "
                "spending equals income, in all and source by source; the NHS minimum "
                "contribution to adult social care is met; every code is on the year's list. "
                "An XLSX workbook has a sheet for each, a CSV file the three tables one after "
                "another. The checks are also printed; the plan is written whether or not they "
                "are met."},
    {.name = "timeline",
     .stage = "procure",
     .words = {"FILE"},
     .options = {{.name = "--procurement",
                  .valueName = "NAME",
                  .help = "only the procurement of this name"}},
     .summary = "each procurement's milestones, warnings and broken minimums, as JSON",
     .run = &timelineCommand},
    {.name = "evaluation",
     .stage = "procure",
     .words = {"FILE"},
     .options = {{.name = "--procurement",
                  .valueName = "NAME",
                  .help = "only the procurement of this name"}},
     .summary = "each tender's ranking under every price formula, moderation and assessment "
                "summaries, as JSON",
     .run = &evaluationCommand,
     .details = "Each evaluator's own scores are shown only once every evaluator has finished, "
                "as in the window."},
    {.name = "score",
     .stage = "procure",
     .words = {"FILE", "EVALUATOR", "BID", "CRITERION", "SCORE"},
     .options = {{.name = "--note", .valueName = "TEXT", .help = "the evaluator's note on it"}},
     .summary = "an evaluator's score of a bid on a question, as one undoable edit",
     .run = &scoreCommand,
     .details = "EVALUATOR, BID and CRITERION are each an id or a name; SCORE is a whole "
                "number on the procurement's scale, or none to clear it. Refused, changing "
                "nothing, as the Evaluation tab refuses it: an evaluator who has not declared "
                "their interests, has finished or has an interest in the bidder; a late bid; "
                "the price; a score off the scale."},
    {.name = "moderate",
     .stage = "procure",
     .words = {"FILE", "BID", "CRITERION", "SCORE"},
     .options = {{.name = "--reason",
                  .valueName = "TEXT",
                  .help = "why the panel agreed this score",
                  .required = true}},
     .summary = "record the panel's consensus score with its reason, as one undoable edit",
     .run = &moderateCommand,
     .details = "Only once moderation is open (every evaluator still on the panel has "
                "finished). The evaluators' own scores are never changed. SCORE none clears "
                "the consensus."},
    {.name = "contracts",
     .stage = "procure",
     .words = {"FILE"},
     .options = {{.name = "--due-within",
                  .valueName = "MONTHS",
                  .help = "only contracts with a notice date or extension decision this soon"},
                 {.name = "--as-at",
                  .valueName = "DATE",
                  .help = "count from this date instead of today"}},
     .summary = "the contract register: values split between co-funders, KPIs, dates due, as "
                "JSON",
     .run = &contractsCommand},
    {.name = "export-ocds",
     .stage = "procure",
     .words = {"FILE", "OUT.json"},
     .options = {{.name = "--prefix",
                  .valueName = "ocds-xxxxxx",
                  .help = "the ocid prefix, when the partnership has none set or another is "
                          "wanted"},
                 {.name = "--procurement",
                  .valueName = "NAME",
                  .help = "only the procurement of this name"}},
     .summary = "the procurements as an Open Contracting Data Standard 1.1 release package",
     .run = &exportOcdsCommand,
     .details = "One ocid per procurement, the partnership's prefix and its id; releases for "
                "planning, tender, award and contract, and implementation once a contract KPI "
                "has figures or a yearly rating, as File > Export procurement as OCDS writes "
                "them."},
    {.name = "plan-timeline",
     .stage = "procure",
     .words = {"FILE"},
     .options = {{.name = "--procurement",
                  .valueName = "NAME",
                  .help = "the procurement's name",
                  .required = true},
                 {.name = "--from",
                  .valueName = "DATE",
                  .help = "the first milestone's date, such as 2026-04-01",
                  .required = true}},
     .summary = "lay out a procurement's milestones from a date, as one undoable edit",
     .run = &planTimelineCommand,
     .details = "The route's milestones are dated by its usual spacing, on working days, "
                "with the standstill counted as the regime counts it, and replace the "
                "milestones the procurement has. Refused when any milestone is marked done."},
    {.name = "kpis",
     .stage = "monitor",
     .words = {"FILE"},
     .options = {kJson},
     .summary = "every KPI's latest figure, target, RAG and SPC icons: the dashboard's table",
     .run = &kpisCommand,
     .details = "RAG (green on or better than the target, amber within the KPI's tolerance, "
                "red beyond) is given beside the SPC icons, never instead of them, each with its "
                "sentence. A contract KPI beyond its breach threshold is named with the "
                "consequence. Missing periods are counted and named, never skipped."},
    {.name = "import-actuals",
     .stage = "monitor",
     .words = {"FILE", "KPI", "CSV"},
     .summary = "import a KPI's figures (period, value, optional note), as one undoable edit",
     .run = &importActualsCommand,
     .details = "KPI is its id or its name. Periods are written as the KPI's frequency has "
                "them: 2025-04 for a month, 2025-Q2 for a quarter, 2025/26 for a year. A bad "
                "row is named and nothing is imported; a period already held is replaced; an "
                "empty value, or a period the file leaves out between two it gives, is recorded "
                "as missing. Each figure remembers the file and row it came from."},
    {.name = "review",
     .stage = "monitor",
     .words = {"FILE"},
     .options = {{.name = "--as-at",
                  .valueName = "DATE",
                  .help = "review as at this date instead of today"}},
     .summary = "the year at a glance, delivery against dates and the outcome review, as JSON",
     .run = &reviewCommand,
     .details = "As the Monitor page shows them: the budget against allocations, savings "
                "realised with each partner's share after the sharing rule, open risks scoring "
                "15 or more, contracts due notice; every action and milestone against its date; "
                "and each outcome's measures against this year's target, with its KPIs."},
    {.name = "next-cycle",
     .stage = "monitor",
     .words = {"FILE"},
     .options = {{.name = "--as-at",
                  .valueName = "DATE",
                  .help = "start the year after the one holding this date, not today's"},
                 {.name = "--preview", .help = "say what it would do, and change nothing"}},
     .summary = "start the next cycle year: roll the plans on, carry what is open, draft "
                "findings, as one undoable edit",
     .run = &nextCycleCommand,
     .details = "Every plan due for refresh by the first day of the new year (or, with no "
                "refresh date, whose horizon has run out by then) is rolled forward a year, and "
                "plans still running, such as a ten-year strategy, are left; actions not done and "
                "risks not closed are carried into the year; each KPI whose latest figure shows "
                "special cause concern, and each outcome measure not on track against its "
                "trajectory, becomes a draft needs statement citing its evidence, for the next "
                "needs assessment. What was done is recorded as the cycle year's carried "
                "items. The year is the one after the last cycle year started, or after the "
                "financial year holding today."},
    {.name = "dashboard",
     .stage = "monitor",
     .words = {"FILE", "OUT"},
     .options = {{.name = "--as-at",
                  .valueName = "DATE",
                  .help = "as at this date instead of today"}},
     .summary = "write the partnership dashboard for a board; OUT ends in .pdf, .odt or .html",
     .run = &dashboardCommand,
     .details = "As the Dashboard's Export for the board writes it: every KPI with its latest "
                "figure, target, RAG and both SPC icons in words, the rules its chart follows, "
                "its rebases and annotations; the year at a glance; each contract's "
                "performance."},
    {.name = "performance",
     .stage = "monitor",
     .words = {"FILE"},
     .options = {{.name = "--contract",
                  .valueName = "CONTRACT",
                  .help = "only this contract (its id or name)"},
                 {.name = "--as-at",
                  .valueName = "DATE",
                  .help = "judge remedial milestones as at this date instead of today"}},
     .summary = "each contract's KPIs, breaches, performance notices and assessments, as JSON",
     .run = &performanceCommand,
     .details = "As the Monitor page's Contracts tab shows them: each KPI's latest status with "
                "any breach and its consequence; the performance notices given to the provider "
                "with the milestones of each remedial action plan against their dates; and each "
                "year's assessment with a rating per KPI (good, approaching target, requires "
                "improvement, inadequate, other) and the OCDS classification it is published "
                "as."},
    {.name = "assess",
     .stage = "monitor",
     .words = {"FILE", "CONTRACT", "YEAR"},
     .options = {{.name = "--as-at",
                  .valueName = "DATE",
                  .help = "the day the assessment is made, instead of today"},
                 {.name = "--preview", .help = "say what the figures suggest, and record nothing"}},
     .summary = "record a contract's yearly performance assessment from its KPIs' figures, as "
                "one undoable edit",
     .run = &assessCommand,
     .details = "CONTRACT is its id or name; YEAR a financial year such as 2025/26. Each KPI is "
                "rated from the mean of its figures for the year against the target, with its "
                "tolerance: green is good, amber approaching target, red requires improvement, "
                "and red beyond the breach threshold inadequate; with no figures or no target "
                "it is other, to rate by hand. Change any rating afterwards with 'jointly set'. "
                "Refused when the contract is already assessed for the year."},
    {.name = "spc",
     .stage = "monitor",
     .words = {"SERIES.csv"},
     .options = {{.name = "--direction",
                  .valueName = "increase|decrease|neither",
                  .help = "which way is better: higher (increase), lower (decrease), or neither",
                  .required = true},
                 {.name = "--target", .valueName = "VALUE", .help = "the target, for assurance"},
                 {.name = "--rebase",
                  .valueName = "PERIOD",
                  .help = "work the limits out again from this period",
                  .repeatable = true},
                 {.name = "--fix-after",
                  .valueName = "N",
                  .help = "limits from the first N points of each group only"},
                 {.name = "--rules",
                  .valueName = "nhs-england|plotthedots",
                  .help = "the rule set: NHS England's Making Data Count (the default) or "
                          "NHSRplotthedots"}},
     .summary = "an SPC (XmR) chart of period,value rows, as the KPI charts draw it, as JSON",
     .run = &spcCommand,
     .details = "Each point's mean, process limits, signals (outside_limits, shift, trend, "
                "two_of_three) and type, and the variation and assurance icons, from the same "
                "engine as the window's charts, so analysts can check Jointly against their own "
                "tools. A row with an empty value is a missing period: the chart then shows no "
                "limits until it is given."},
};

int helpCommand(const Invocation& call) {
    if (call.positional.empty()) {
        call.out << commandList();
        return kOk;
    }
    if (call.positional.size() > 1) {
        return usage(call.err, "help takes one VERB.", "help");
    }
    const auto* command = findCommand(call.positional[0]);
    if (command == nullptr) {
        return usage(call.err, "there is no verb called \"" + call.positional[0] + "\".");
    }
    call.out << commandHelp(*command);
    return kOk;
}

} // namespace

std::span<const Command> allCommands() {
    return kCommands;
}

} // namespace jointly::app
