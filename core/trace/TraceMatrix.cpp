#include "trace/TraceMatrix.h"

#include "csv/CsvWriter.h"
#include "project/FileInspection.h"
#include "quantities/FinancialYear.h"
#include "quantities/Money.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "trace/RecordWords.h"
#include "util/HtmlWriter.h"
#include "util/PartialFile.h"
#include "util/Text.h"

#include <map>
#include <optional>
#include <set>

namespace jointly::trace {

namespace {

enum Column {
    kIndicator,
    kStatement,
    kPriority,
    kOption,
    kMoney,
    kSpecification,
    kCriteria,
    kContract,
    kKpi,
    kObserved,
    kColumns
};

using Row = std::vector<std::string>;
using Ref = std::optional<RecordRef>;

class MatrixBuilder {
public:
    MatrixBuilder(storage::Database& db, const TraceGraph& graph) : words_(db, graph) {
        for (const auto& link : graph.links) {
            next_[link.from][link.to.table].push_back(link.to);
            previous_[link.to][link.from.table].push_back(link.from);
        }
        auto amounts = db.prepare("SELECT id, year, amount_pence FROM allocation");
        while (amounts.step()) {
            if (!amounts.isNull(1) && !amounts.isNull(2)) {
                money_[amounts.int64(0)] = {static_cast<int>(amounts.int64(1)), amounts.int64(2)};
            }
        }
    }

    std::vector<Row> build(storage::Database& db) {
        auto priorities = db.prepare("SELECT id FROM priority ORDER BY rank IS NULL, rank, id");
        while (priorities.step()) {
            fromPriority({"priority", priorities.int64(0)});
        }
        auto statements = db.prepare("SELECT id FROM needs_statement ORDER BY id");
        while (statements.step()) {
            const RecordRef statement{"needs_statement", statements.int64(0)};
            if (reached_.count(statement) == 0 && !linked(statement, "indicator", true).empty()) {
                for (const auto& indicator : linked(statement, "indicator", true)) {
                    Row row(kColumns);
                    put(row, kIndicator, indicator);
                    put(row, kStatement, statement);
                    rows_.push_back(row);
                }
            }
        }
        startAt(db, "specification",
                [&](const RecordRef& spec) { fromSpecification(Row(kColumns), {}, spec); });
        startAt(db, "contract",
                [&](const RecordRef& contract) { fromContract(Row(kColumns), {}, contract); });
        startAt(db, "kpi", [&](const RecordRef& kpi) { fromKpi(Row(kColumns), kpi); });
        return std::move(rows_);
    }

private:
    // The records of a table linked to or (backwards) from a record.
    std::vector<RecordRef> linked(const RecordRef& record, const std::string& table,
                                  bool backwards = false) {
        std::vector<RecordRef> found;
        const auto& links = backwards ? previous_ : next_;
        const auto at = links.find(record);
        if (at == links.end()) {
            return found;
        }
        const auto refs = at->second.find(table);
        if (refs == at->second.end()) {
            return found;
        }
        for (const auto& ref : refs->second) {
            if (words_.item(ref)) {
                found.push_back(ref);
            }
        }
        return found;
    }

    void put(Row& row, Column column, const RecordRef& record) {
        reached_.insert(record);
        if (auto item = words_.item(record)) {
            row[column] = item->name;
        }
    }

    template <typename From>
    void startAt(storage::Database& db, const std::string& table, From from) {
        auto ids = db.prepare("SELECT id FROM " + table + " ORDER BY id");
        std::vector<RecordRef> unreached;
        while (ids.step()) {
            const RecordRef record{table, ids.int64(0)};
            if (reached_.count(record) == 0 && words_.item(record)) {
                unreached.push_back(record);
            }
        }
        for (const auto& record : unreached) {
            from(record);
        }
    }

    void fromPriority(const RecordRef& priority) {
        if (!words_.item(priority)) {
            return;
        }
        // Where it came from: each indicator behind each of its statements.
        std::vector<std::pair<Ref, Ref>> sources;
        for (const auto& statement : linked(priority, "needs_statement", true)) {
            const auto indicators = linked(statement, "indicator", true);
            if (indicators.empty()) {
                sources.push_back({std::nullopt, statement});
            }
            for (const auto& indicator : indicators) {
                sources.push_back({indicator, statement});
            }
        }
        if (sources.empty()) {
            sources.push_back({std::nullopt, std::nullopt});
        }
        for (const auto& [indicator, statement] : sources) {
            Row row(kColumns);
            if (indicator) {
                put(row, kIndicator, *indicator);
            }
            if (statement) {
                put(row, kStatement, *statement);
            }
            put(row, kPriority, priority);
            std::vector<RecordRef> money = linked(priority, "allocation");
            const auto options = linked(priority, "appraisal_option");
            const auto direct = linked(priority, "specification");
            for (const auto& option : options) {
                Row withOption = row;
                put(withOption, kOption, option);
                const auto specifications = linked(option, "specification");
                if (specifications.empty()) {
                    finish(withOption, money);
                }
                for (const auto& specification : specifications) {
                    fromSpecification(withOption, money, specification);
                }
            }
            for (const auto& specification : direct) {
                fromSpecification(row, money, specification);
            }
            if (options.empty() && direct.empty()) {
                finish(row, money);
            }
        }
    }

    void fromSpecification(Row row, std::vector<RecordRef> money, const RecordRef& specification) {
        put(row, kSpecification, specification);
        const auto more = linked(specification, "allocation");
        money.insert(money.end(), more.begin(), more.end());
        std::vector<RecordRef> contracts;
        std::string criteria;
        for (const auto& procurement : linked(specification, "procurement")) {
            reached_.insert(procurement);
            for (const auto& criterion : linked(procurement, "award_criterion")) {
                if (auto item = words_.item(criterion)) {
                    criteria += (criteria.empty() ? "" : "; ") + item->name;
                }
            }
            const auto awarded = linked(procurement, "contract");
            contracts.insert(contracts.end(), awarded.begin(), awarded.end());
        }
        for (const auto& contract : linked(specification, "contract")) {
            contracts.push_back(contract);
        }
        row[kCriteria] = criteria;
        if (contracts.empty()) {
            finish(row, money);
        }
        for (const auto& contract : contracts) {
            fromContract(row, money, contract);
        }
    }

    void fromContract(Row row, std::vector<RecordRef> money, const RecordRef& contract) {
        put(row, kContract, contract);
        const auto more = linked(contract, "allocation");
        money.insert(money.end(), more.begin(), more.end());
        row[kMoney] = moneyWords(money);
        const auto kpis = linked(contract, "kpi");
        if (kpis.empty()) {
            rows_.push_back(row);
        }
        for (const auto& kpi : kpis) {
            fromKpi(row, kpi);
        }
    }

    void fromKpi(Row row, const RecordRef& kpi) {
        put(row, kKpi, kpi);
        for (const auto& observed : linked(kpi, "kpi_actual")) {
            put(row, kObserved, observed);
        }
        rows_.push_back(row);
    }

    void finish(Row row, const std::vector<RecordRef>& money) {
        row[kMoney] = moneyWords(money);
        rows_.push_back(row);
    }

    // The money allocated along a chain, by financial year, each allocation
    // counted once: "£10,000,000.00 in 2026/27; £10,250,000.00 in 2027/28".
    std::string moneyWords(const std::vector<RecordRef>& allocations) {
        std::set<std::int64_t> counted;
        std::map<int, std::int64_t> byYear;
        for (const auto& allocation : allocations) {
            reached_.insert(allocation);
            const auto found = money_.find(allocation.id);
            if (found != money_.end() && counted.insert(allocation.id).second) {
                byYear[found->second.first] += found->second.second;
            }
        }
        std::string words;
        for (const auto& [year, pence] : byYear) {
            words += (words.empty() ? "" : "; ") + quantities::formatPounds(pence) + " in " +
                     quantities::formatFinancialYear({year});
        }
        return words;
    }

    RecordWords words_;
    std::map<RecordRef, std::map<std::string, std::vector<RecordRef>>> next_;
    std::map<RecordRef, std::map<std::string, std::vector<RecordRef>>> previous_;
    std::map<std::int64_t, std::pair<int, std::int64_t>> money_;
    std::set<RecordRef> reached_;
    std::vector<Row> rows_;
};

} // namespace

TraceMatrix traceMatrix(storage::Database& db) {
    const auto graph = traceGraph(db);
    TraceMatrix matrix;
    matrix.headings = {
        "Indicator",     "Needs statement", "Priority", "Option chosen", "Money allocated",
        "Specification", "Award criteria",  "Contract", "KPI",           "Observed"};
    matrix.rows = MatrixBuilder(db, graph).build(db);
    return matrix;
}

std::string matrixCsv(const TraceMatrix& matrix) {
    std::vector<std::string> fields;
    for (const auto& heading : matrix.headings) {
        fields.push_back(csv::safeCsvText(heading));
    }
    std::string out = csv::csvLine(fields);
    for (const auto& row : matrix.rows) {
        fields.clear();
        for (const auto& cell : row) {
            fields.push_back(csv::safeCsvText(cell));
        }
        out += csv::csvLine(fields);
    }
    return out;
}

std::string matrixHtml(const TraceMatrix& matrix, const std::string& partnership) {
    util::HtmlWriter html("Traceability matrix" +
                          (partnership.empty() ? std::string() : ": " + partnership));
    html.heading(1, "Traceability matrix" +
                        (partnership.empty() ? std::string() : ": " + partnership));
    html.paragraph("Each row follows one chain from the evidence to the result: the indicator, "
                   "the need it shows, the priority, the option chosen, the money allocated "
                   "along the chain, the specification, how bids were judged, the contract, "
                   "its KPI and the values observed. An empty cell is where the chain stops.");
    html.table(matrix.headings, matrix.rows);
    html.note(std::to_string(matrix.rows.size()) +
              (matrix.rows.size() == 1 ? " chain." : " chains."));
    return html.finish();
}

Outcome<std::size_t> writeTraceMatrix(storage::Database& db, const std::string& outPath) {
    const auto endsWith = [&](std::string_view end) {
        return util::endsWithCaseless(outPath, end);
    };
    const bool asCsv = endsWith(".csv");
    if (!asCsv && !endsWith(".html") && !endsWith(".htm")) {
        return Error{ErrorKind::Invalid,
                     "The traceability matrix is written as CSV or HTML: give a "
                     "file name ending in .csv or .html, not \"" +
                         project::displayName(outPath) + "\"."};
    }
    const auto matrix = traceMatrix(db);
    std::string partnership;
    auto name = db.prepare("SELECT name FROM partnership WHERE id = 1");
    if (name.step()) {
        partnership = name.text(0);
    }
    util::PartialFile file(outPath, project::displayName(outPath));
    if (auto opened = file.opened(); !opened.ok()) {
        return opened.error();
    }
    file.stream() << (asCsv ? matrixCsv(matrix) : matrixHtml(matrix, partnership));
    if (auto committed = file.commit(); !committed.ok()) {
        return committed.error();
    }
    return matrix.rows.size();
}

} // namespace jointly::trace
