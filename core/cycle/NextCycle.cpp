#include "cycle/NextCycle.h"

#include "monitoring/KpiBoard.h"
#include "monitoring/OutcomeReview.h"
#include "project/Ids.h"
#include "project/Project.h"
#include "quantities/FinancialYear.h"
#include "storage/Database.h"
#include "util/Text.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

namespace jointly::cycle {

namespace {

std::string plural(std::size_t count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string words(std::string_view key) {
    std::string text(key);
    for (auto& c : text) {
        c = c == '_' ? ' ' : c;
    }
    return text;
}

std::vector<CarriedRecord> openRecords(storage::Database& db, const char* sql) {
    std::vector<CarriedRecord> open;
    auto rows = db.prepare(sql);
    while (rows.step()) {
        CarriedRecord record{rows.int64(0), rows.text(1), words(rows.text(2))};
        if (!rows.isNull(3) && !rows.text(3).empty()) {
            record.note += ", due " + rows.text(3);
        }
        open.push_back(std::move(record));
    }
    return open;
}

bool isConcern(const std::optional<monitoring::VariationIcon>& icon) {
    return icon == monitoring::VariationIcon::ConcernHigh ||
           icon == monitoring::VariationIcon::ConcernLow;
}

std::vector<Finding> findingsOf(storage::Database& db, std::string_view today) {
    std::map<std::int64_t, std::optional<std::int64_t>> careGroups;
    auto groups = db.prepare("SELECT k.id, o.care_group_id FROM kpi k JOIN outcome o ON o.id = "
                             "k.outcome_id");
    while (groups.step()) {
        careGroups[groups.int64(0)] =
            groups.isNull(1) ? std::nullopt : std::optional<std::int64_t>(groups.int64(1));
    }
    // A KPI or indicator already cited by a draft statement not yet read is
    // not cited again.
    std::set<std::int64_t> drafted;
    std::set<std::int64_t> draftedIndicators;
    auto drafts = db.prepare("SELECT e.kpi_id, e.indicator_id FROM statement_evidence e JOIN "
                             "needs_statement s ON s.id = e.statement_id WHERE s.draft = 1");
    while (drafts.step()) {
        if (!drafts.isNull(0)) {
            drafted.insert(drafts.int64(0));
        }
        if (!drafts.isNull(1)) {
            draftedIndicators.insert(drafts.int64(1));
        }
    }
    std::vector<Finding> findings;
    for (const auto& kpi : monitoring::kpiBoard(db)) {
        if (!isConcern(kpi.variation) || !kpi.latest || drafted.count(kpi.id) != 0) {
            continue;
        }
        Finding finding;
        finding.kpiId = kpi.id;
        finding.kpi = kpi.name;
        if (const auto group = careGroups.find(kpi.id); group != careGroups.end()) {
            finding.careGroupId = group->second;
        }
        finding.statement = util::curlyQuoted(kpi.name) + " shows special cause concern: " +
                            monitoring::valueWords(*kpi.latest, kpi.unit) + " in " +
                            kpi.latestPeriod;
        if (kpi.target) {
            finding.statement +=
                ", against a target of " + monitoring::valueWords(*kpi.target, kpi.unit);
        }
        finding.statement += ". Review whether the need it measures has changed.";
        const bool red = kpi.rag && kpi.rag->rag == monitoring::Rag::Red;
        finding.severity = red ? "high" : "moderate";
        finding.evidence = monitoring::variationWords(*kpi.variation) + ", as at " +
                           kpi.latestPeriod + " (" +
                           std::string(kpi.rules == monitoring::RuleSet::PlotTheDots
                                           ? "NHSRplotthedots rules"
                                           : "NHS England Making Data Count rules") +
                           ")" + (kpi.rag ? ". " + kpi.rag->sentence : std::string("."));
        drafted.insert(kpi.id);
        findings.push_back(std::move(finding));
    }
    // Each outcome measure not on track, unless its evidence is already cited.
    for (const auto& outcome : monitoring::reviewOutcomes(db, today)) {
        auto group = db.prepare("SELECT care_group_id FROM outcome WHERE id = ?1");
        group.bind(1, outcome.id);
        std::optional<std::int64_t> careGroup;
        if (group.step() && !group.isNull(0)) {
            careGroup = group.int64(0);
        }
        for (const auto& measure : outcome.measures) {
            if (measure.track != monitoring::Track::NotOnTrack ||
                (measure.kpiId && drafted.count(*measure.kpiId) != 0) ||
                (measure.indicatorId && draftedIndicators.count(*measure.indicatorId) != 0)) {
                continue;
            }
            Finding finding;
            finding.fromOutcome = true;
            finding.kpiId = measure.kpiId;
            finding.indicatorId = measure.indicatorId;
            finding.kpi = measure.name;
            finding.careGroupId = careGroup;
            // The measure's sentence without its "Not on track: ", which the
            // statement says in its own words.
            constexpr std::string_view kPrefix = "Not on track: ";
            const auto said = measure.sentence.starts_with(kPrefix)
                                  ? measure.sentence.substr(kPrefix.size())
                                  : measure.sentence;
            finding.statement = "The outcome " + util::curlyQuoted(outcome.name) +
                                " is off its trajectory for " + util::curlyQuoted(measure.name) +
                                ": " + said +
                                " Review whether the need has changed or the plan is working.";
            finding.severity = "moderate";
            finding.evidence = measure.sentence;
            if (measure.kpiId) {
                drafted.insert(*measure.kpiId);
            }
            if (measure.indicatorId) {
                draftedIndicators.insert(*measure.indicatorId);
            }
            findings.push_back(std::move(finding));
        }
    }
    return findings;
}

std::string sentenceOf(const NextCycle& next) {
    std::vector<std::string> parts;
    parts.push_back(plural(next.plans.size(), "plan", "plans") + " rolled forward a year");
    parts.push_back(plural(next.actions.size(), "open action", "open actions") + " and " +
                    plural(next.risks.size(), "open risk", "open risks") + " carried");
    const auto fromOutcomes =
        static_cast<std::size_t>(std::count_if(next.findings.begin(), next.findings.end(),
                                               [](const Finding& f) { return f.fromOutcome; }));
    const auto fromKpis = next.findings.size() - fromOutcomes;
    std::string sources;
    if (fromKpis > 0) {
        sources = plural(fromKpis, "KPI", "KPIs") + " showing special cause concern";
    }
    if (fromOutcomes > 0) {
        sources += (sources.empty() ? "" : " and ") +
                   plural(fromOutcomes, "outcome measure", "outcome measures") + " not on track";
    }
    parts.push_back(next.findings.empty()
                        ? std::string("no KPI showing special cause concern and no outcome "
                                      "measure off track, so no draft needs statement")
                        : sources + " made " +
                              (next.findings.size() == 1 ? "a draft needs statement"
                                                         : "draft needs statements") +
                              " for the next needs assessment");
    auto sentence = "Started the " + next.yearText + " cycle year: " + parts[0] + "; " + parts[1] +
                    "; " + parts[2] + ".";
    if (next.plansStillRunning > 0) {
        sentence += " " + plural(next.plansStillRunning, "plan", "plans") + " still running " +
                    (next.plansStillRunning == 1 ? "was" : "were") + " left as " +
                    (next.plansStillRunning == 1 ? "it is." : "they are.");
    }
    if (next.plansWithoutStart > 0) {
        sentence += " " + plural(next.plansWithoutStart, "plan has", "plans have") +
                    " no start date and " + (next.plansWithoutStart == 1 ? "was" : "were") +
                    " left as " + (next.plansWithoutStart == 1 ? "it is." : "they are.");
    }
    return sentence;
}

} // namespace

Outcome<NextCycle> previewNextCycle(storage::Database& db, std::string_view today) {
    NextCycle next;
    const auto last = db.queryInt64("SELECT coalesce(max(year), 0) FROM cycle_year");
    if (last > 0) {
        next.year = static_cast<int>(last) + 1;
    } else {
        const auto current = quantities::financialYearContaining(today);
        if (!current.ok()) {
            return current.error();
        }
        next.year = current.value().startYear + 1;
    }
    if (next.year > 9998) {
        return Error{ErrorKind::Invalid,
                     "The last cycle year started is the last Jointly can hold: no cycle year "
                     "can follow it."};
    }
    next.yearText = quantities::formatFinancialYear({next.year});
    // A plan is rolled on once it is due for refresh by the first day of
    // the new year or, with no refresh date, once its horizon (a year when
    // none is given) has run out by then; a plan still running, such as a
    // ten-year strategy, is left as it is.
    const auto firstDay = quantities::firstDay({next.year});
    auto plans = db.prepare("SELECT id, coalesce(next_refresh_on, ''), coalesce(starts_on, ''), "
                            "coalesce(horizon_years, 1) FROM plan_document ORDER BY id");
    std::vector<std::int64_t> planIds;
    while (plans.step()) {
        const auto refresh = plans.text(1);
        const auto starts = plans.text(2);
        bool due = true;
        if (!refresh.empty()) {
            due = refresh <= firstDay;
        } else if (int year = 0; starts.size() == 10 &&
                                 std::from_chars(starts.data(), starts.data() + 4, year).ptr ==
                                     starts.data() + 4) {
            const auto horizon = std::clamp<std::int64_t>(plans.int64(3), 1, 25);
            const auto ends = std::to_string(year + horizon) + starts.substr(4);
            due = ends <= firstDay;
        }
        if (due) {
            planIds.push_back(plans.int64(0));
        } else {
            ++next.plansStillRunning;
        }
    }
    for (const auto id : planIds) {
        auto roll = planning::planRollForward(db, id);
        if (roll.ok()) {
            next.plans.push_back(std::move(roll.value()));
        } else {
            ++next.plansWithoutStart;
        }
    }
    next.actions = openRecords(db, "SELECT id, description, status, due_on FROM plan_action "
                                   "WHERE status IN ('not_started', 'in_progress') AND "
                                   "trim(description) <> '' ORDER BY id");
    next.risks = openRecords(db, "SELECT id, description, status, NULL FROM risk WHERE status IN "
                                 "('open', 'mitigating') AND trim(description) <> '' ORDER BY id");
    next.findings = findingsOf(db, today);
    next.sentence = sentenceOf(next);
    return next;
}

Outcome<NextCycle> startNextCycle(project::Project& project, std::string_view today) {
    auto preview = project.guarded<Outcome<NextCycle>>(
        [&]() -> Outcome<NextCycle> { return previewNextCycle(project.database(), today); });
    if (!preview.ok()) {
        return preview.error();
    }
    const auto& next = preview.value();
    auto status =
        project.edit("Start the " + next.yearText + " cycle year", [&](storage::Database& db) {
            const auto yearId = project::newId(db, "cycle_year");
            auto year = db.prepare(
                "INSERT INTO cycle_year (id, year, started_on, summary) VALUES (?1, ?2, ?3, ?4)");
            year.bind(1, yearId).bind(2, next.year).bind(3, today).bind(4, next.sentence).run();
            project::IdAllocator carriedIds(db, "cycle_carried");
            auto carried = db.prepare(
                "INSERT INTO cycle_carried (id, cycle_year_id, what, plan_id, action_id, risk_id, "
                "statement_id, kpi_id, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
            const auto carry = [&](const char* what, int column, std::int64_t id,
                                   std::optional<std::int64_t> kpi, const std::string& note) {
                carried.reset();
                carried.bind(1, carriedIds.next()).bind(2, yearId).bind(3, what);
                for (int c = 4; c <= 8; ++c) {
                    carried.bindNull(c);
                }
                carried.bind(column, id);
                if (kpi) {
                    carried.bind(8, *kpi);
                }
                carried.bind(9, note).run();
            };
            for (const auto& roll : next.plans) {
                planning::applyPlanRoll(db, roll);
                carry("plan", 4, roll.planId, std::nullopt,
                      roll.name + " now starts on " + roll.startsOn + ", as " +
                          util::curlyQuoted(roll.title));
            }
            for (const auto& action : next.actions) {
                carry("action", 5, action.id, std::nullopt, "Still " + action.note + ".");
            }
            for (const auto& risk : next.risks) {
                carry("risk", 6, risk.id, std::nullopt, "Still " + risk.note + ".");
            }
            project::IdAllocator statementIds(db, "needs_statement");
            project::IdAllocator evidenceIds(db, "statement_evidence");
            auto statement =
                db.prepare("INSERT INTO needs_statement (id, statement, care_group_id, severity, "
                           "candidate_priority, draft) VALUES (?1, ?2, ?3, ?4, 0, 1)");
            auto evidence = db.prepare("INSERT INTO statement_evidence (id, statement_id, kpi_id, "
                                       "indicator_id, note) VALUES (?1, ?2, ?3, ?4, ?5)");
            for (const auto& finding : next.findings) {
                const auto statementId = statementIds.next();
                statement.reset();
                statement.bind(1, statementId)
                    .bind(2, finding.statement)
                    .bind(3, finding.careGroupId)
                    .bind(4, finding.severity)
                    .run();
                evidence.reset();
                evidence.bind(1, evidenceIds.next())
                    .bind(2, statementId)
                    .bind(3, finding.kpiId)
                    .bind(4, finding.indicatorId)
                    .bind(5, finding.evidence)
                    .run();
                carry("finding", 7, statementId, finding.kpiId,
                      "A draft needs statement from " +
                          std::string(finding.fromOutcome ? "the outcome measure " : "") +
                          util::curlyQuoted(finding.kpi) + ".");
            }
        });
    if (!status.ok()) {
        return status.error();
    }
    return preview;
}

} // namespace jointly::cycle
