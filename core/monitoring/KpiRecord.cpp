#include "monitoring/KpiRecord.h"

#include "procurement/ContractKinds.h"
#include "records/RecordFinder.h"
#include "storage/Database.h"

#include <map>

namespace jointly::monitoring {

namespace {

constexpr std::string_view kKpiColumns =
    "SELECT k.id, k.name, k.contract_id, coalesce(c.name, ''), k.outcome_id, "
    "coalesce(o.name, ''), k.definition, k.unit, k.polarity, k.frequency, k.target_hundredths, "
    "k.tolerance_hundredths, k.tolerance_of_target, k.data_source, coalesce(m.name, ''), "
    "k.accountability, k.breach_hundredths, k.consequence, k.pays_incentive, k.spc_rules, "
    "k.fix_after FROM kpi k LEFT JOIN contract c ON c.id = k.contract_id LEFT JOIN outcome o ON "
    "o.id = k.outcome_id LEFT JOIN member m ON m.id = k.owner_id";

std::optional<std::int64_t> optionalInt(storage::Statement& row, int column) {
    return row.isNull(column) ? std::nullopt : std::optional<std::int64_t>(row.int64(column));
}

KpiRecord kpiFrom(storage::Statement& row) {
    KpiRecord kpi;
    kpi.id = row.int64(0);
    kpi.name = row.text(1);
    kpi.contractId = optionalInt(row, 2);
    kpi.contract = row.text(3);
    kpi.outcomeId = optionalInt(row, 4);
    kpi.outcome = row.text(5);
    kpi.definition = row.text(6);
    kpi.unit = row.text(7);
    kpi.polarity = row.text(8);
    kpi.frequency = row.text(9);
    kpi.target = optionalInt(row, 10);
    kpi.tolerance.hundredths = optionalInt(row, 11).value_or(0);
    kpi.tolerance.shareOfTarget = row.int64(12) != 0;
    kpi.dataSource = row.text(13);
    kpi.owner = row.text(14);
    kpi.accountability = row.text(15);
    kpi.breach = optionalInt(row, 16);
    kpi.consequence = row.text(17);
    kpi.paysIncentive = row.int64(18) != 0;
    kpi.spcRules = row.text(19);
    kpi.fixAfter = optionalInt(row, 20);
    if (kpi.target) {
        kpi.targets.push_back({"", *kpi.target});
    }
    return kpi;
}

// Reads the rows that belong to the KPIs: each row's first column is the
// KPI's id; add is given the KPI and the statement.
template <typename Add>
void readEach(storage::Database& db, std::map<std::int64_t, KpiRecord*>& byId,
              const std::string& select, std::string_view orderBy, std::optional<std::int64_t> only,
              Add add) {
    auto rows = db.prepare(select + (only ? " WHERE kpi_id = ?1" : "") + " ORDER BY kpi_id, " +
                           std::string(orderBy) + ", id");
    if (only) {
        rows.bind(1, *only);
    }
    while (rows.step()) {
        if (const auto found = byId.find(rows.int64(0)); found != byId.end()) {
            add(*found->second, rows);
        }
    }
}

std::vector<KpiRecord> read(storage::Database& db, std::optional<std::int64_t> only) {
    std::vector<KpiRecord> kpis;
    auto rows =
        db.prepare(std::string(kKpiColumns) + (only ? " WHERE k.id = ?1" : "") + " ORDER BY k.id");
    if (only) {
        rows.bind(1, *only);
    }
    while (rows.step()) {
        kpis.push_back(kpiFrom(rows));
    }
    std::map<std::int64_t, KpiRecord*> byId;
    for (auto& kpi : kpis) {
        byId[kpi.id] = &kpi;
    }
    readEach(db, byId, "SELECT kpi_id, from_period, target_hundredths FROM kpi_target",
             "from_period", only, [](KpiRecord& kpi, storage::Statement& row) {
                 if (!row.isNull(2)) {
                     kpi.targets.push_back({row.text(1), row.int64(2)});
                 }
             });
    readEach(db, byId, "SELECT kpi_id, id, period, value_hundredths, note, source FROM kpi_actual",
             "period", only, [](KpiRecord& kpi, storage::Statement& row) {
                 kpi.figures.push_back(
                     {row.int64(1), row.text(2), optionalInt(row, 3), row.text(4), row.text(5)});
             });
    readEach(db, byId, "SELECT kpi_id, period, note FROM kpi_annotation", "period", only,
             [](KpiRecord& kpi, storage::Statement& row) {
                 kpi.notes.push_back({row.text(1), row.text(2)});
             });
    readEach(db, byId, "SELECT kpi_id, period, reason, coalesce(decided_on, '') FROM kpi_rebase",
             "period", only, [](KpiRecord& kpi, storage::Statement& row) {
                 kpi.rebases.push_back({row.text(1), row.text(2), row.text(3)});
             });
    return kpis;
}

} // namespace

std::vector<KpiRecord> readKpis(storage::Database& db) {
    return read(db, std::nullopt);
}

std::optional<KpiRecord> readKpi(storage::Database& db, std::int64_t id) {
    auto found = read(db, id);
    if (found.empty()) {
        return std::nullopt;
    }
    return std::move(found.front());
}

Outcome<std::int64_t> findKpi(storage::Database& db, std::string_view nameOrId) {
    return records::findRecord(db, procurement::contractKpi(), nameOrId);
}

} // namespace jointly::monitoring
