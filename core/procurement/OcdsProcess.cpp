#include "procurement/OcdsProcess.h"

#include "procurement/TenderQueries.h"
#include "procurement/TenderStore.h"
#include "storage/Database.h"

#include <algorithm>
#include <map>
#include <set>

namespace jointly::procurement {

namespace {

// Every query reads all procurements, or only ?1 when it is bound, so that
// a package of hundreds of procurements takes a dozen queries, not
// thousands.
using Index = std::map<std::int64_t, std::size_t>;

std::optional<OcdsOrganisation> partner(storage::Statement& row, int idColumn, int nameColumn) {
    if (row.isNull(idColumn)) {
        return std::nullopt;
    }
    auto name = row.text(nameColumn);
    return OcdsOrganisation{"partner-" + std::to_string(row.int64(idColumn)),
                            name.empty() ? std::string("unnamed partner") : name};
}

storage::Statement query(storage::Database& db, const std::string& sql,
                         std::optional<std::int64_t> procurementId) {
    auto statement = db.prepare(sql);
    statement.bind(1, procurementId);
    return statement;
}

OcdsProcess* owner(std::vector<OcdsProcess>& processes, const Index& index, std::int64_t id) {
    const auto found = index.find(id);
    return found == index.end() ? nullptr : &processes[found->second];
}

constexpr const char* kPartnerName =
    "(SELECT trim(o.name) FROM partner_organisation o WHERE o.id = ";

void loadBudgets(storage::Database& db, std::optional<std::int64_t> only,
                 std::vector<OcdsProcess>& processes, const Index& index) {
    auto rows = query(db,
                      std::string("SELECT p.id, b.year, b.partner_id, ") + kPartnerName +
                          "b.partner_id), b.amount_pence, b.id FROM procurement p JOIN "
                          "specification_budget b ON b.specification_id = p.specification_id "
                          "WHERE (?1 IS NULL OR p.id = ?1) AND b.year IS NOT NULL AND "
                          "b.amount_pence IS NOT NULL ORDER BY p.id, b.year, b.partner_id, b.id",
                      only);
    while (rows.step()) {
        if (auto* process = owner(processes, index, rows.int64(0))) {
            process->budget.push_back(
                {rows.int64(5), rows.int64(1), partner(rows, 2, 3), rows.int64(4)});
        }
    }
}

void loadMilestones(storage::Database& db, std::optional<std::int64_t> only,
                    std::vector<OcdsProcess>& processes, const Index& index) {
    auto rows = query(db,
                      "SELECT procurement_id, id, step, name, coalesce(due_on, ''), done FROM "
                      "procurement_milestone WHERE (?1 IS NULL OR procurement_id = ?1) ORDER BY "
                      "procurement_id, due_on IS NULL, due_on, id",
                      only);
    while (rows.step()) {
        if (auto* process = owner(processes, index, rows.int64(0))) {
            process->milestones.push_back(
                {rows.int64(1), rows.text(2), rows.text(3), rows.text(4), rows.int64(5) != 0});
        }
    }
}

void loadTender(storage::Database& db, std::optional<std::int64_t> only,
                std::vector<OcdsProcess>& processes, const Index& index) {
    auto lots = query(db,
                      "SELECT procurement_id, id, name, description FROM tender_lot WHERE (?1 IS "
                      "NULL OR procurement_id = ?1) ORDER BY procurement_id, id",
                      only);
    while (lots.step()) {
        if (auto* process = owner(processes, index, lots.int64(0))) {
            process->lots.push_back({lots.int64(1), lots.text(2), lots.text(3)});
        }
    }
    auto criteria = query(db,
                          "SELECT procurement_id, id, name, category, coalesce(weight_bp, 0), "
                          "minimum_score, parent_id, lot_id FROM award_criterion WHERE (?1 IS "
                          "NULL OR procurement_id = ?1) ORDER BY procurement_id, id",
                          only);
    while (criteria.step()) {
        if (auto* process = owner(processes, index, criteria.int64(0))) {
            process->criteria.push_back({criteria.int64(1), criteria.text(2), criteria.text(3),
                                         criteria.int64(4), criteria.optionalInt64(5),
                                         criteria.optionalInt64(6), criteria.optionalInt64(7)});
        }
    }
    auto bids = query(db,
                      std::string("SELECT b.procurement_id, b.id, b.provider_id, ") + kPartnerName +
                          "b.provider_id), " + kBidNameSql +
                          ", b.lot_id FROM bid b WHERE (?1 IS NULL OR b.procurement_id = ?1) "
                          "ORDER BY b.procurement_id, b.id",
                      only);
    while (bids.step()) {
        if (auto* process = owner(processes, index, bids.int64(0))) {
            auto bidder = partner(bids, 2, 3);
            if (!bidder) {
                bidder = OcdsOrganisation{"bidder-" + std::to_string(bids.int64(1)), bids.text(4)};
            }
            process->bids.push_back({bids.int64(1), *bidder, bids.optionalInt64(5)});
        }
    }
}

void loadContracts(storage::Database& db, std::optional<std::int64_t> only,
                   std::vector<OcdsProcess>& processes, const Index& index) {
    std::map<std::int64_t, std::pair<OcdsProcess*, std::size_t>> contracts;
    auto rows =
        query(db,
              std::string("SELECT c.procurement_id, c.id, c.name, c.provider_id, ") + kPartnerName +
                  "c.provider_id), coalesce(c.starts_on, ''), coalesce(c.ends_on, ''), "
                  "coalesce(c.latest_end_on, ''), coalesce(c.extension_decision_on, ''), "
                  "c.notice_months, c.payment_basis, c.at_risk_bp, c.incentive FROM "
                  "contract c WHERE c.procurement_id IS NOT NULL AND (?1 IS NULL OR "
                  "c.procurement_id = ?1) ORDER BY c.procurement_id, c.id",
              only);
    while (rows.step()) {
        auto* process = owner(processes, index, rows.int64(0));
        if (process == nullptr) {
            continue;
        }
        OcdsContract contract;
        contract.id = rows.int64(1);
        contract.name = rows.text(2);
        contract.provider = partner(rows, 3, 4);
        contract.startsOn = rows.text(5);
        contract.endsOn = rows.text(6);
        contract.latestEndOn = rows.text(7);
        contract.extensionDecisionOn = rows.text(8);
        contract.noticeMonths = rows.optionalInt64(9);
        contract.paymentBasis = rows.text(10);
        contract.atRiskBp = rows.optionalInt64(11);
        contract.incentive = rows.text(12);
        contracts[contract.id] = {process, process->contracts.size()};
        process->contracts.push_back(std::move(contract));
    }
    auto find = [&](std::int64_t id) -> OcdsContract* {
        const auto found = contracts.find(id);
        return found == contracts.end() ? nullptr
                                        : &found->second.first->contracts[found->second.second];
    };
    auto values =
        db.prepare("SELECT contract_id, amount_pence FROM contract_value WHERE "
                   "amount_pence IS NOT NULL AND year IS NOT NULL ORDER BY contract_id, id");
    std::map<std::int64_t, bool> overflowed;
    while (values.step()) {
        if (auto* contract = find(values.int64(0))) {
            std::int64_t sum = 0;
            if (__builtin_add_overflow(contract->totalPence.value_or(0), values.int64(1), &sum)) {
                overflowed[contract->id] = true;
            }
            contract->totalPence = sum;
        }
    }
    for (const auto& [id, _] : overflowed) {
        find(id)->totalPence.reset(); // a damaged file's values: not given
    }
    auto funders = db.prepare(std::string("SELECT f.contract_id, f.partner_id, ") + kPartnerName +
                              "f.partner_id), coalesce(f.share_bp, 0) FROM contract_funder f "
                              "ORDER BY f.contract_id, f.id");
    while (funders.step()) {
        if (auto* contract = find(funders.int64(0))) {
            contract->funders.push_back({partner(funders, 1, 2), funders.int64(3)});
        }
    }
    auto kpis = db.prepare("SELECT contract_id, id, name, definition, unit, polarity, frequency, "
                           "target_hundredths, breach_hundredths, consequence, pays_incentive "
                           "FROM kpi WHERE contract_id IS NOT NULL ORDER BY contract_id, id");
    while (kpis.step()) {
        if (auto* contract = find(kpis.int64(0))) {
            OcdsKpi kpi;
            kpi.id = kpis.int64(1);
            kpi.name = kpis.text(2);
            kpi.definition = kpis.text(3);
            kpi.unit = kpis.text(4);
            kpi.polarity = kpis.text(5);
            kpi.frequency = kpis.text(6);
            kpi.targetHundredths = kpis.optionalInt64(7);
            kpi.breachHundredths = kpis.optionalInt64(8);
            kpi.consequence = kpis.text(9);
            kpi.paysIncentive = kpis.int64(10) != 0;
            contract->kpis.push_back(std::move(kpi));
        }
    }
}

} // namespace

OcdsPublisher loadPublisher(storage::Database& db) {
    auto row = db.prepare("SELECT trim(name), trim(ocid_prefix) FROM partnership WHERE id = 1");
    if (!row.step()) {
        return {};
    }
    return {row.text(0), row.text(1)};
}

std::vector<OcdsProcess> loadProcesses(storage::Database& db,
                                       std::optional<std::int64_t> procurementId) {
    std::vector<OcdsProcess> processes;
    Index index;
    auto rows = query(
        db,
        std::string("SELECT p.id, p.name, p.regime, p.regime_reason, p.route, "
                    "p.route_justification, p.buyer_kind, p.value_pence, p.price_formula, "
                    "p.scale_max, p.lead_partner_id, ") +
            kPartnerName +
            "p.lead_partner_id), coalesce(s.name, ''), coalesce(s.requirements, '') FROM "
            "procurement p LEFT JOIN specification s ON s.id = p.specification_id WHERE (?1 IS "
            "NULL OR p.id = ?1) ORDER BY p.id",
        procurementId);
    while (rows.step()) {
        OcdsProcess process;
        process.id = rows.int64(0);
        process.name = rows.text(1);
        process.regime = rows.text(2);
        process.regimeReason = rows.text(3);
        process.route = rows.text(4);
        process.routeJustification = rows.text(5);
        process.buyerKind = rows.text(6);
        process.valuePence = rows.optionalInt64(7);
        process.priceFormula = rows.text(8);
        process.scaleMax = rows.int64(9);
        process.lead = partner(rows, 10, 11);
        process.specificationName = rows.text(12);
        process.requirements = rows.text(13);
        index[process.id] = processes.size();
        processes.push_back(std::move(process));
    }
    if (processes.empty()) {
        return processes;
    }
    loadBudgets(db, procurementId, processes, index);
    for (auto& process : processes) {
        // No value given: the specification's envelope, as the review takes it.
        if (!process.valuePence && !process.budget.empty()) {
            std::int64_t sum = 0;
            bool overflow = false;
            for (const auto& line : process.budget) {
                overflow = overflow || __builtin_add_overflow(sum, line.pence, &sum);
            }
            if (!overflow) {
                process.valuePence = sum;
            }
        }
    }
    loadMilestones(db, procurementId, processes, index);
    loadTender(db, procurementId, processes, index);
    loadContracts(db, procurementId, processes, index);
    loadPerformance(db, processes);
    return processes;
}

bool needsWinners(const OcdsProcess& process) {
    if (process.contracts.empty()) {
        for (const auto& step : process.milestones) {
            if (step.done && (step.step == "uk6" || step.step == "psr_intention")) {
                return true;
            }
        }
        return false;
    }
    for (const auto& contract : process.contracts) {
        std::set<std::int64_t> lots;
        for (const auto& bid : process.bids) {
            if (contract.provider && bid.lotId &&
                bid.bidder.partyId == contract.provider->partyId) {
                lots.insert(*bid.lotId);
            }
        }
        if (lots.size() > 1) {
            return true;
        }
    }
    return false;
}

void loadWinners(storage::Database& db, OcdsProcess& process) {
    process.winnersLoaded = true;
    auto evaluation = loadEvaluation(db, process.id);
    if (!evaluation.ok()) {
        return;
    }
    for (const auto& lot : evaluation.value().lots) {
        const auto& result = lot.result;
        if (!result.isFinal || result.rankings.empty()) {
            continue;
        }
        const auto& ranked = result.rankings.front().ranked;
        if (ranked.empty() || ranked.front().tied || ranked.front().bid >= lot.bidIds.size()) {
            continue;
        }
        const auto bidId = lot.bidIds[ranked.front().bid];
        for (const auto& bid : process.bids) {
            if (bid.id == bidId) {
                process.winners.push_back({lot.lotId, bid.bidder});
            }
        }
    }
}

} // namespace jointly::procurement
