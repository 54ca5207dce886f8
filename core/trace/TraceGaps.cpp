#include "trace/TraceGaps.h"

#include "quantities/FinancialYear.h"
#include "quantities/Money.h"
#include "stages/Stage.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <algorithm>
#include <string_view>

namespace jointly::trace {

namespace {

std::string quoted(const std::string& name) {
    return "\u201C" + name + "\u201D";
}

class GapFinder {
public:
    GapFinder(storage::Database& db, RecordWords& words) : db_(db), words_(words) {}

    // Runs sql, whose rows start with the id of a record of table, and adds
    // a gap for each with the sentence say() makes from the row.
    template <typename Say>
    void find(GapKind kind, const char* table, std::string_view sql, Say say) {
        auto rows = db_.prepare(sql);
        while (rows.step()) {
            auto item = words_.item({table, rows.int64(0)});
            if (!item) {
                continue;
            }
            auto sentence = say(*item, rows);
            gaps_.push_back({kind, std::move(*item), std::move(sentence)});
        }
    }

    std::vector<Gap> result() {
        // The stages in the cycle's order, each gap's own order kept.
        const auto stageRank = [](const Gap& gap) {
            const auto all = stages::all();
            for (std::size_t i = 0; i < all.size(); ++i) {
                if (all[i].key == gap.item.stageKey) {
                    return i;
                }
            }
            return all.size();
        };
        std::stable_sort(gaps_.begin(), gaps_.end(),
                         [&](const Gap& a, const Gap& b) { return stageRank(a) < stageRank(b); });
        return std::move(gaps_);
    }

private:
    storage::Database& db_;
    RecordWords& words_;
    std::vector<Gap> gaps_;
};

} // namespace

std::string_view gapKey(GapKind kind) {
    switch (kind) {
    case GapKind::PriorityWithoutEvidence:
        return "priority-without-evidence";
    case GapKind::MoneyFundingNothing:
        return "money-funding-nothing";
    case GapKind::ContractWithoutKpi:
        return "contract-without-kpi";
    case GapKind::KpiServingNoOutcome:
        return "kpi-serving-no-outcome";
    case GapKind::OutcomeWithoutMeasure:
        return "outcome-without-measure";
    }
    return "";
}

std::vector<Gap> findGaps(storage::Database& db) {
    const TraceGraph noLabels;
    RecordWords words(db, noLabels);
    GapFinder finder(db, words);
    finder.find(GapKind::PriorityWithoutEvidence, "priority",
                "SELECT p.id, p.statement_id IS NULL FROM priority p "
                "WHERE p.statement_id IS NULL OR NOT EXISTS "
                "  (SELECT 1 FROM statement_evidence e WHERE e.statement_id = p.statement_id) "
                "ORDER BY p.rank IS NULL, p.rank, p.id",
                [](const TraceItem& item, storage::Statement& row) {
                    return row.int64(1) != 0
                               ? "Priority " + quoted(item.name) +
                                     " names no needs statement, so no evidence: choose the "
                                     "statement it answers."
                               : "Priority " + quoted(item.name) +
                                     " answers a needs statement that cites no evidence: add "
                                     "the indicator, service or engagement that shows the need.";
                });
    finder.find(GapKind::OutcomeWithoutMeasure, "outcome",
                "SELECT o.id FROM outcome o "
                "WHERE NOT EXISTS (SELECT 1 FROM outcome_measure m WHERE m.outcome_id = o.id) "
                "  AND NOT EXISTS (SELECT 1 FROM kpi k WHERE k.outcome_id = o.id) ORDER BY o.id",
                [](const TraceItem& item, storage::Statement&) {
                    return "Outcome " + quoted(item.name) +
                           " has no measure: add a measure or a KPI, so that progress can be "
                           "seen.";
                });
    finder.find(GapKind::MoneyFundingNothing, "allocation",
                "SELECT id, year, amount_pence FROM allocation "
                "WHERE amount_pence > 0 AND priority_id IS NULL AND specification_id IS NULL "
                "  AND contract_id IS NULL AND care_group_id IS NULL AND service_id IS NULL "
                "ORDER BY year, id",
                [](const TraceItem& item, storage::Statement& row) {
                    const auto year =
                        row.isNull(1)
                            ? std::string("no year")
                            : quantities::formatFinancialYear({static_cast<int>(row.int64(1))});
                    return "Allocation " + quoted(item.name) + " (" + year + ", " +
                           quantities::formatPounds(row.int64(2)) +
                           ") funds nothing the plan names: choose the priority, specification, "
                           "contract, care group or service it pays for.";
                });
    finder.find(GapKind::ContractWithoutKpi, "contract",
                "SELECT c.id FROM contract c "
                "WHERE NOT EXISTS (SELECT 1 FROM kpi k WHERE k.contract_id = c.id) ORDER BY c.id",
                [](const TraceItem& item, storage::Statement&) {
                    return "Contract " + quoted(item.name) +
                           " has no KPI: add the measures its provider reports on.";
                });
    finder.find(GapKind::KpiServingNoOutcome, "kpi",
                "SELECT k.id FROM kpi k WHERE k.outcome_id IS NULL AND NOT EXISTS "
                "  (SELECT 1 FROM specification_outcome so "
                "   WHERE so.outcome_id IS NOT NULL AND (so.specification_id = "
                "     (SELECT c.specification_id FROM contract c WHERE c.id = k.contract_id) "
                "     OR so.specification_id IN (SELECT cs.specification_id "
                "       FROM contract_specification cs WHERE cs.contract_id = k.contract_id))) "
                "ORDER BY k.id",
                [](const TraceItem& item, storage::Statement&) {
                    return "KPI " + quoted(item.name) +
                           " serves no outcome: choose the outcome it measures, or one its "
                           "contract's specification aims at.";
                });
    return finder.result();
}

} // namespace jointly::trace
