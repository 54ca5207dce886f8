#include "monitoring/OutcomeReview.h"

#include "needs/IndicatorImport.h"
#include "quantities/FinancialYear.h"
#include "storage/Database.h"
#include "util/Text.h"

#include <cmath>
#include <map>

namespace jointly::monitoring {

namespace {

struct Evidence {
    std::int64_t hundredths = 0;
    std::string period;
    std::string source;
    std::optional<std::int64_t> indicatorId;
    std::optional<std::int64_t> kpiId;
};

// The linked indicator's latest value for the first of the partnership's
// own areas that has one, for all people (no sex, age or category split
// where the file gives one).
std::optional<Evidence> indicatorEvidence(storage::Database& db, std::int64_t indicatorId) {
    auto rows = db.prepare(
        std::string("SELECT v.value, v.period, v.area_name, i.source_code FROM indicator_value v "
                    "JOIN indicator i ON i.id = v.indicator_id JOIN needs_area a ON a.code = "
                    "v.area_code AND a.role = 'own' WHERE v.indicator_id = ?1 AND v.value IS NOT "
                    "NULL AND ") +
        needs::kLiveValue +
        " ORDER BY a.id, (v.category_type <> ''), (lower(v.sex) NOT IN ('persons', '')), "
        "v.period_key DESC LIMIT 1");
    rows.bind(1, indicatorId);
    if (!rows.step()) {
        return std::nullopt;
    }
    const double value = rows.real(0);
    if (!std::isfinite(value) || std::abs(value) > 1e12) {
        return std::nullopt;
    }
    return Evidence{static_cast<std::int64_t>(std::llround(value * 100.0)), rows.text(1),
                    "indicator " + rows.text(3) + ", " + rows.text(2), indicatorId, std::nullopt};
}

std::string measureSentence(const MeasureReview& m, bool lowerBetter) {
    const auto shown = [&](std::int64_t value) {
        return valueWords(value, m.unit);
    };
    const std::string way = lowerBetter ? "lower is better" : "higher is better";
    switch (m.track) {
    case Track::NoEvidence:
        return "No figure yet: link the measure to an indicator, or give the figures of the "
               "outcome's KPI of the same name.";
    case Track::NoTarget:
        return "No target for " + std::string(m.targetYear ? "this year" : "any year") +
               " yet: the latest is " + shown(*m.latest) + " in " + m.latestPeriod + ".";
    case Track::OnTrack:
        return "On track: " + shown(*m.latest) + " in " + m.latestPeriod +
               " is at or better than the " + quantities::formatFinancialYear({*m.targetYear}) +
               " target of " + shown(*m.target) + " (" + way + ").";
    case Track::NotOnTrack:
        break;
    }
    return "Not on track: " + shown(*m.latest) + " in " + m.latestPeriod + " is worse than the " +
           quantities::formatFinancialYear({*m.targetYear}) + " target of " + shown(*m.target) +
           " (" + way + ").";
}

} // namespace

std::string_view trackWords(Track track) {
    switch (track) {
    case Track::OnTrack:
        return "On track";
    case Track::NotOnTrack:
        return "Not on track";
    case Track::NoTarget:
        return "No target";
    case Track::NoEvidence:
        break;
    }
    return "No figure yet";
}

std::vector<OutcomeReview> reviewOutcomes(storage::Database& db, std::string_view today) {
    const auto year = quantities::financialYearContaining(today);
    const int thisYear = year.ok() ? year.value().startYear : 0;
    std::vector<OutcomeReview> outcomes;
    std::map<std::int64_t, std::size_t> index;
    auto rows = db.prepare("SELECT id, name FROM outcome ORDER BY id");
    while (rows.step()) {
        index[rows.int64(0)] = outcomes.size();
        outcomes.push_back({rows.int64(0), rows.text(1), {}, {}, {}});
    }
    // The outcome's KPIs, and their latest figures by name for measures
    // without an indicator.
    std::map<std::int64_t, std::map<std::string, const KpiStatus*>> kpiByName;
    const auto board = kpiBoard(db);
    std::map<std::int64_t, std::int64_t> outcomeOfKpi;
    auto links = db.prepare("SELECT id, outcome_id FROM kpi WHERE outcome_id IS NOT NULL");
    while (links.step()) {
        outcomeOfKpi[links.int64(0)] = links.int64(1);
    }
    for (const auto& kpi : board) {
        const auto outcome = outcomeOfKpi.find(kpi.id);
        if (outcome != outcomeOfKpi.end() && index.count(outcome->second) != 0) {
            outcomes[index[outcome->second]].kpis.push_back(kpi);
        }
    }
    for (auto& outcome : outcomes) {
        for (const auto& kpi : outcome.kpis) {
            kpiByName[outcome.id][util::lower(util::trim(kpi.name))] = &kpi;
        }
    }
    auto measures = db.prepare("SELECT id, outcome_id, name, unit, baseline_hundredths, "
                               "indicator_id FROM outcome_measure ORDER BY outcome_id, id");
    while (measures.step()) {
        const auto found = index.find(measures.int64(1));
        if (found == index.end()) {
            continue;
        }
        auto& outcome = outcomes[found->second];
        MeasureReview m;
        m.id = measures.int64(0);
        m.name = measures.text(2);
        m.unit = measures.text(3);
        if (!measures.isNull(4)) {
            m.baseline = measures.int64(4);
        }
        // This year's target, or the latest year's before it.
        auto target = db.prepare("SELECT year, target_hundredths FROM measure_target WHERE "
                                 "measure_id = ?1 AND target_hundredths IS NOT NULL AND year IS "
                                 "NOT NULL AND year <= ?2 ORDER BY year DESC LIMIT 1");
        target.bind(1, m.id).bind(2, thisYear);
        if (target.step()) {
            m.targetYear = static_cast<int>(target.int64(0));
            m.target = target.int64(1);
        }
        std::optional<Evidence> evidence;
        if (!measures.isNull(5)) {
            evidence = indicatorEvidence(db, measures.int64(5));
        }
        if (!evidence) {
            const auto& named = kpiByName[outcome.id];
            const auto kpi = named.find(util::lower(util::trim(m.name)));
            if (kpi != named.end() && kpi->second->latest) {
                evidence = Evidence{*kpi->second->latest, kpi->second->latestPeriod,
                                    "KPI " + util::curlyQuoted(kpi->second->name), std::nullopt,
                                    kpi->second->id};
            }
        }
        // Which way is better: from the trajectory, the baseline to the target.
        const bool lowerBetter = m.baseline && m.target && *m.target < *m.baseline;
        if (evidence) {
            m.latest = evidence->hundredths;
            m.latestPeriod = evidence->period;
            m.evidence = evidence->source;
            m.indicatorId = evidence->indicatorId;
            m.kpiId = evidence->kpiId;
            if (!m.target) {
                m.track = Track::NoTarget;
            } else {
                const bool met = lowerBetter ? *m.latest <= *m.target : *m.latest >= *m.target;
                m.track = met ? Track::OnTrack : Track::NotOnTrack;
            }
        }
        m.sentence = measureSentence(m, lowerBetter);
        outcome.measures.push_back(std::move(m));
    }
    for (auto& outcome : outcomes) {
        std::size_t onTrack = 0;
        for (const auto& m : outcome.measures) {
            onTrack += m.track == Track::OnTrack;
        }
        std::size_t red = 0;
        for (const auto& kpi : outcome.kpis) {
            red += kpi.rag && kpi.rag->rag == Rag::Red;
        }
        outcome.sentence =
            std::to_string(onTrack) + " of " + std::to_string(outcome.measures.size()) +
            (outcome.measures.size() == 1 ? " measure" : " measures") + " on track; " +
            std::to_string(outcome.kpis.size()) +
            (outcome.kpis.size() == 1 ? " KPI, " : " KPIs, ") + std::to_string(red) + " red.";
    }
    return outcomes;
}

} // namespace jointly::monitoring
