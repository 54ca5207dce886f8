#pragma once

#include "Outcome.h"
#include "monitoring/Rag.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jointly::storage {
class Database;
}

// A KPI as monitoring reads it from the file: what it measures and against
// what, with its figures, target changes, annotations and rebases. Read in
// a handful of queries, so the dashboard's 200 KPIs come quickly.
namespace jointly::monitoring {

// The tables a KPI is read from.
inline constexpr std::string_view kKpiReads[] = {
    "kpi",        "kpi_target", "kpi_actual", "kpi_annotation",
    "kpi_rebase", "contract",   "outcome",    "member"};

struct KpiFigure {
    std::int64_t id = 0;
    std::string period;
    std::optional<std::int64_t> hundredths; // none: recorded as missing
    std::string note;
    std::string source;
};

struct KpiNote {
    std::string period;
    std::string note;
};

struct KpiRebase {
    std::string period;
    std::string reason;
    std::string decidedOn;
};

struct KpiRecord {
    std::int64_t id = 0;
    std::string name;
    std::optional<std::int64_t> contractId;
    std::string contract; // its name; empty without one
    std::optional<std::int64_t> outcomeId;
    std::string outcome;
    std::string definition;
    std::string unit;
    std::string polarity = "higher"; // "higher", "lower", "neither"
    std::string frequency = "quarterly";
    std::optional<std::int64_t> target;
    Tolerance tolerance;
    std::string dataSource;
    std::string owner;
    std::string accountability = "not_set";
    std::optional<std::int64_t> breach;
    std::string consequence;
    bool paysIncentive = false;
    std::string spcRules = "nhs_england";
    std::optional<std::int64_t> fixAfter;
    // The KPI's own target (from period "") then each change, as targetFor
    // takes them.
    std::vector<TargetFrom> targets;
    std::vector<KpiFigure> figures; // in period order
    std::vector<KpiNote> notes;
    std::vector<KpiRebase> rebases;
};

// Every KPI, in the order they were added.
std::vector<KpiRecord> readKpis(storage::Database& db);

// One KPI; nothing when there is no KPI with that id.
std::optional<KpiRecord> readKpi(storage::Database& db, std::int64_t id);

// The KPI a user named: its id ("3") or its whole name, ignoring case. A
// sentence naming the KPIs there are when none is called that, or when two
// share the name.
Outcome<std::int64_t> findKpi(storage::Database& db, std::string_view nameOrId);

} // namespace jointly::monitoring
