#include "trace/TraceLinks.h"

#include "planning/PlanStore.h"
#include "quantities/Decimal.h"
#include "quantities/FinancialYear.h"
#include "quantities/Money.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <set>
#include <string_view>

namespace jointly::trace {

namespace {

class LinkReader {
public:
    explicit LinkReader(storage::Database& db) : db_(db) {}

    // Runs sql, whose rows are (from id, to id), linking fromTable to toTable.
    void read(std::string_view fromTable, std::string_view toTable, std::string_view words,
              std::string_view sql) {
        auto rows = db_.prepare(sql);
        while (rows.step()) {
            if (rows.isNull(0) || rows.isNull(1)) {
                continue;
            }
            add({std::string(fromTable), rows.int64(0)}, {std::string(toTable), rows.int64(1)},
                words);
        }
    }

    void add(RecordRef from, RecordRef to, std::string_view words) {
        if (seen_.insert({from, to}).second) {
            graph_.links.push_back({std::move(from), std::move(to), std::string(words)});
        }
    }

    TraceGraph& graph() { return graph_; }

private:
    storage::Database& db_;
    TraceGraph graph_;
    std::set<std::pair<RecordRef, RecordRef>> seen_;
};

// The options a priority's appraisals chose: the one a specification cites,
// or the one ranked first on its own once the ranking is final (every score
// in, weights adding up to 100%), unless that is doing nothing.
void readChosenOptions(storage::Database& db, LinkReader& reader) {
    reader.read("priority", "appraisal_option", "chose",
                "SELECT a.priority_id, o.id FROM appraisal_option o "
                "JOIN appraisal a ON a.id = o.appraisal_id "
                "WHERE o.id IN (SELECT option_id FROM specification) ORDER BY a.priority_id, o.id");
    std::vector<std::int64_t> appraisals;
    auto ids = db.prepare("SELECT id FROM appraisal ORDER BY id");
    while (ids.step()) {
        appraisals.push_back(ids.int64(0));
    }
    for (const auto id : appraisals) {
        const auto loaded = planning::loadAppraisal(db, id);
        if (!loaded.ok()) {
            continue;
        }
        const auto ranking = planning::rankOptions(loaded.value().appraisal);
        if (!ranking.ok() || !ranking.value().isFinal || ranking.value().ranked.empty()) {
            continue;
        }
        const auto& first = ranking.value().ranked.front();
        const auto& option = loaded.value().appraisal.options[first.option];
        if (first.tied || option.doNothing) {
            continue;
        }
        reader.add({"priority", loaded.value().summary.priorityId},
                   {"appraisal_option", loaded.value().optionIds[first.option]}, "chose");
    }
}

// Each KPI's observed values as one item: how many, and the latest.
void readObservedValues(storage::Database& db, LinkReader& reader) {
    auto rows = db.prepare(
        "SELECT a.kpi_id, a.id, a.period, a.value_hundredths, k.unit, "
        "  (SELECT count(*) FROM kpi_actual b WHERE b.kpi_id = a.kpi_id "
        "   AND b.value_hundredths IS NOT NULL) "
        "FROM kpi_actual a JOIN kpi k ON k.id = a.kpi_id "
        "WHERE a.id = (SELECT c.id FROM kpi_actual c WHERE c.kpi_id = a.kpi_id "
        "  AND c.value_hundredths IS NOT NULL ORDER BY c.period DESC, c.id DESC LIMIT 1) "
        "ORDER BY a.kpi_id");
    while (rows.step()) {
        const RecordRef observed{"kpi_actual", rows.int64(1)};
        const auto count = rows.int64(5);
        auto unit = rows.text(4);
        reader.graph().labels[observed] =
            std::to_string(count) + (count == 1 ? " figure" : " figures") + "; the latest, " +
            rows.text(2) + ": " + quantities::formatHundredths(rows.int64(3)) +
            (unit.empty() ? "" : " " + unit);
        reader.add({"kpi", rows.int64(0)}, observed, "was observed as");
    }
}

// An allocation by its budget line, year and amount, so that a priority's
// money over three years reads as three different lines.
void readAllocationLabels(storage::Database& db, TraceGraph& graph) {
    auto rows = db.prepare("SELECT id, line, year, amount_pence FROM allocation");
    while (rows.step()) {
        auto label = rows.text(1);
        if (label.find_first_not_of(" \t") == std::string::npos) {
            label = "unnamed allocation";
        }
        if (!rows.isNull(2)) {
            label += ", " + quantities::formatFinancialYear({static_cast<int>(rows.int64(2))});
        }
        if (!rows.isNull(3)) {
            label += ": " + quantities::formatPounds(rows.int64(3));
        }
        graph.labels[{"allocation", rows.int64(0)}] = label;
    }
}

} // namespace

TraceGraph traceGraph(storage::Database& db) {
    LinkReader reader(db);
    const char* const evidence = "is evidence for";
    reader.read("indicator", "needs_statement", evidence,
                "SELECT indicator_id, statement_id FROM statement_evidence ORDER BY id");
    reader.read("service", "needs_statement", evidence,
                "SELECT service_id, statement_id FROM statement_evidence ORDER BY id");
    reader.read("asset", "needs_statement", evidence,
                "SELECT asset_id, statement_id FROM statement_evidence ORDER BY id");
    reader.read("engagement", "needs_statement", evidence,
                "SELECT engagement_id, statement_id FROM statement_evidence ORDER BY id");
    reader.read("needs_statement", "priority", "is the need behind",
                "SELECT statement_id, id FROM priority ORDER BY rank IS NULL, rank, id");
    readChosenOptions(db, reader);
    reader.read("priority", "allocation", "is funded by",
                "SELECT priority_id, id FROM allocation ORDER BY year, id");
    reader.read("appraisal_option", "specification", "is specified in",
                "SELECT option_id, id FROM specification ORDER BY id");
    reader.read("priority", "specification", "is specified in",
                "SELECT s.priority_id, s.id FROM specification s "
                "LEFT JOIN appraisal_option o ON o.id = s.option_id "
                "LEFT JOIN appraisal a ON a.id = o.appraisal_id "
                "WHERE a.priority_id IS NOT s.priority_id ORDER BY s.id");
    reader.read("specification", "allocation", "is funded by",
                "SELECT specification_id, id FROM allocation ORDER BY year, id");
    reader.read("specification", "outcome", "aims at",
                "SELECT specification_id, outcome_id FROM specification_outcome ORDER BY id");
    reader.read("specification", "procurement", "is bought through",
                "SELECT specification_id, id FROM procurement ORDER BY id");
    reader.read("procurement", "award_criterion", "is judged on",
                "SELECT procurement_id, id FROM award_criterion WHERE parent_id IS NULL "
                "ORDER BY id");
    reader.read("procurement", "contract", "was awarded as",
                "SELECT procurement_id, id FROM contract ORDER BY id");
    reader.read("specification", "contract", "is delivered by",
                "SELECT c.specification_id, c.id FROM contract c "
                "LEFT JOIN procurement p ON p.id = c.procurement_id "
                "WHERE p.specification_id IS NOT c.specification_id ORDER BY c.id");
    reader.read("specification", "contract", "is delivered by",
                "SELECT specification_id, contract_id FROM contract_specification ORDER BY id");
    reader.read("contract", "allocation", "is paid for by",
                "SELECT contract_id, id FROM allocation ORDER BY year, id");
    reader.read("contract", "kpi", "is measured by", "SELECT contract_id, id FROM kpi ORDER BY id");
    reader.read("kpi", "outcome", "serves", "SELECT id, outcome_id FROM kpi ORDER BY id");
    reader.read("outcome", "outcome_measure", "is measured by",
                "SELECT outcome_id, id FROM outcome_measure ORDER BY id");
    reader.read("indicator", "outcome_measure", "is the figure of",
                "SELECT indicator_id, id FROM outcome_measure ORDER BY id");
    readObservedValues(db, reader);
    readAllocationLabels(db, reader.graph());
    // A KPI whose figures showed concern, cited as the evidence of a needs
    // statement of the next cycle.
    reader.read("kpi", "needs_statement", "showed the concern behind",
                "SELECT kpi_id, statement_id FROM statement_evidence ORDER BY id");
    return std::move(reader.graph());
}

} // namespace jointly::trace
