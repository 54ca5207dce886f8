#pragma once

#include "monitoring/KpiChart.h"
#include "monitoring/Rag.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace jointly::storage {
class Database;
}

// The dashboard's KPI table, as the Monitor page and `jointly kpis` show it:
// one row per KPI with its latest figure, the target it is held to then, its
// RAG with the sentence, both SPC icons with theirs, the recent figures for
// a sparkline, and a breach of a contract KPI with its consequence.
namespace jointly::monitoring {

struct KpiStatus {
    std::int64_t id = 0;
    std::string name;
    std::string contract;
    std::string outcome;
    std::string unit;
    std::string polarity;
    std::string frequency;
    RuleSet rules = RuleSet::NhsEngland;
    std::string latestPeriod; // of the latest figure given; empty with none
    std::optional<std::int64_t> latest;
    std::optional<std::int64_t> target; // the target at the latest figure's period
    std::optional<RagResult> rag;       // none without a target, or for "neither"
    std::optional<VariationIcon> variation;
    std::optional<AssuranceIcon> assurance;
    std::vector<std::optional<std::int64_t>> recent; // up to the last 24 periods
    bool breached = false;
    std::string breach; // "In breach: ... Consequence: ..."
    std::size_t missing = 0;
    std::vector<std::string> problems; // as KpiChart gives them
};

// How many periods a sparkline shows.
inline constexpr std::size_t kSparklinePeriods = 24;

KpiStatus statusOf(const KpiRecord& kpi, const KpiChart& chart);

// Every KPI, in the order they were added.
std::vector<KpiStatus> kpiBoard(storage::Database& db);

} // namespace jointly::monitoring
