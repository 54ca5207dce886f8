#pragma once

#include <compare>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace jointly::storage {
class Database;
}

// The links that make the commissioning cycle one chain: from the evidence
// (an indicator) to the need it shows, the priority, the option chosen, the
// money, the specification, the award criteria, the contract, its KPIs and
// what was observed, and from a KPI's concern back to the next cycle's
// needs statement. Each link is read from the records as they are: a link a
// user made (a priority citing its needs statement, an allocation citing the
// priority it funds) or one the stages make (the option an appraisal ranks
// first).
namespace jointly::trace {

// One record: the table that keeps it and its id.
struct RecordRef {
    std::string table;
    std::int64_t id = 0;
    auto operator<=>(const RecordRef&) const = default;
};

// "from" led to "to": words say how, read as "from <words> to"
// ("is evidence for", "is funded by").
struct Link {
    RecordRef from;
    RecordRef to;
    std::string words;
};

struct TraceGraph {
    std::vector<Link> links;
    // Names for records better told by more than their own name: a KPI's
    // observed values are one item, "12 figures; the latest, 2026-03:
    // 81.20 %"; an allocation is its line, year and amount.
    std::map<RecordRef, std::string> labels;
};

// Every link the project holds, in the order of the cycle.
TraceGraph traceGraph(storage::Database& db);

} // namespace jointly::trace
