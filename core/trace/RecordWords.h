#pragma once

#include "trace/TraceLinks.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace jointly::storage {
class Database;
}

namespace jointly::trace {

// One record as a chain shows it: its kind and name in the users' words and
// the stage that keeps it.
struct TraceItem {
    RecordRef record;
    std::string kind;     // "needs statement"
    std::string name;     // "Emergency admissions for falls among..."
    std::string stageKey; // "needs"
    std::string stage;    // "Needs"
};

// The words for records, each table's names read once.
class RecordWords {
public:
    RecordWords(storage::Database& db, const TraceGraph& graph);

    // The record's words, or nothing for a record the project does not show
    // (one gone, or an indicator whose import was undone).
    std::optional<TraceItem> item(const RecordRef& record);

private:
    const std::map<std::int64_t, std::string>& namesOf(const std::string& table);

    storage::Database& db_;
    const TraceGraph& graph_;
    std::map<std::string, std::map<std::int64_t, std::string>> names_;
};

} // namespace jointly::trace
