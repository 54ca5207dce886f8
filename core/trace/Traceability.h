#pragma once

#include "Outcome.h"
#include "trace/RecordWords.h"

#include <string>
#include <vector>

namespace jointly::storage {
class Database;
}

// Where a record came from and what it led to, along the links of the cycle
// (TraceLinks.h): a priority came from its needs statement, which came from
// the indicators that are its evidence; it led to the option chosen, the
// money that funds it, the specification, the contract and its KPIs.
namespace jointly::trace {

// One record on a chain, hanging from the record above it at one less depth.
struct TraceStep {
    TraceItem item;
    // How it links to the record it hangs from. Coming from: "<this> <words>
    // <above>" ("indicator ... is evidence for needs statement ...");
    // leading to: "<above> <words> <this>" ("priority ... is funded by
    // allocation ...").
    std::string words;
    int depth = 1; // 1 for a record linked to the one traced
};

struct Trace {
    TraceItem item;
    // Each list runs depth first: a record is followed by those hanging from
    // it. A record appears once, where it is first reached.
    std::vector<TraceStep> cameFrom;
    std::vector<TraceStep> ledTo;
};

// The chains of one record. NotFound, with a sentence, for a record the
// project does not hold or a kind the chain does not show.
Outcome<Trace> traceRecord(storage::Database& db, const RecordRef& record);

// The same, from a graph already read (for a window tracing many records).
Outcome<Trace> traceRecord(RecordWords& words, const TraceGraph& graph, const RecordRef& record);

} // namespace jointly::trace
