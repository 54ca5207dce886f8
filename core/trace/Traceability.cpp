#include "trace/Traceability.h"

#include <map>
#include <set>

namespace jointly::trace {

namespace {

// Chains round many cycles of the same partnership stop here, so that a
// file made to hold an endless chain is listed in bounded time and stack.
constexpr int kDeepest = 100;

class ChainWalker {
public:
    ChainWalker(RecordWords& words, const TraceGraph& graph, bool forwards) : words_(words) {
        for (const auto& link : graph.links) {
            const auto& from = forwards ? link.from : link.to;
            const auto& to = forwards ? link.to : link.from;
            next_[from].push_back({to, link.words});
        }
    }

    // Breadth first, so each record hangs from the nearest record it is
    // linked to; then listed depth first, each record followed by those
    // hanging from it.
    std::vector<TraceStep> walk(const RecordRef& start) {
        std::map<RecordRef, std::vector<std::pair<TraceStep, RecordRef>>> below;
        std::set<RecordRef> seen{start};
        std::vector<std::pair<RecordRef, int>> queue{{start, 1}};
        for (std::size_t at = 0; at < queue.size(); ++at) {
            const auto [record, depth] = queue[at];
            const auto found = next_.find(record);
            if (found == next_.end() || depth > kDeepest) {
                continue;
            }
            for (const auto& next : found->second) {
                if (seen.count(next.record) != 0) {
                    continue;
                }
                auto item = words_.item(next.record);
                if (!item) {
                    continue;
                }
                seen.insert(next.record);
                below[record].push_back(
                    {TraceStep{std::move(*item), next.words, depth}, next.record});
                queue.emplace_back(next.record, depth + 1);
            }
        }
        std::vector<TraceStep> steps;
        list(start, below, steps);
        return steps;
    }

private:
    struct Next {
        RecordRef record;
        std::string words;
    };

    using Below = std::map<RecordRef, std::vector<std::pair<TraceStep, RecordRef>>>;

    static void list(const RecordRef& record, Below& below, std::vector<TraceStep>& steps) {
        const auto found = below.find(record);
        if (found == below.end()) {
            return;
        }
        for (auto& [step, ref] : found->second) {
            steps.push_back(std::move(step));
            list(ref, below, steps);
        }
    }

    RecordWords& words_;
    std::map<RecordRef, std::vector<Next>> next_;
};

} // namespace

Outcome<Trace> traceRecord(RecordWords& words, const TraceGraph& graph, const RecordRef& record) {
    auto item = words.item(record);
    if (!item) {
        return Error{ErrorKind::NotFound, "There is no such record in this project to trace."};
    }
    Trace trace;
    trace.item = std::move(*item);
    trace.cameFrom = ChainWalker(words, graph, false).walk(record);
    trace.ledTo = ChainWalker(words, graph, true).walk(record);
    return trace;
}

Outcome<Trace> traceRecord(storage::Database& db, const RecordRef& record) {
    const auto graph = traceGraph(db);
    RecordWords words(db, graph);
    return traceRecord(words, graph, record);
}

} // namespace jointly::trace
