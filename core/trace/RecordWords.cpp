#include "trace/RecordWords.h"

#include "records/RecordKind.h"
#include "records/RecordStore.h"
#include "stages/Stage.h"

namespace jointly::trace {

namespace {

const stages::Stage* stageKeeping(std::string_view table) {
    for (const auto& stage : stages::all()) {
        if (stage.kinds == nullptr) {
            continue;
        }
        for (const auto* kind : stage.kinds()) {
            if (!kind->oneRow && kind->table == table) {
                return &stage;
            }
        }
    }
    return nullptr;
}

} // namespace

RecordWords::RecordWords(storage::Database& db, const TraceGraph& graph) : db_(db), graph_(graph) {
}

const std::map<std::int64_t, std::string>& RecordWords::namesOf(const std::string& table) {
    auto found = names_.find(table);
    if (found != names_.end()) {
        return found->second;
    }
    auto& names = names_[table];
    if (const auto* kind = records::kindForTable(table)) {
        for (const auto& record : records::listRecords(db_, *kind)) {
            names.emplace(record.id, records::nameOf(*kind, record));
        }
    }
    return names;
}

std::optional<TraceItem> RecordWords::item(const RecordRef& record) {
    const auto* kind = records::kindForTable(record.table);
    if (kind == nullptr) {
        return std::nullopt;
    }
    TraceItem item{record, std::string(kind->singular), {}, {}, {}};
    if (const auto label = graph_.labels.find(record); label != graph_.labels.end()) {
        if (record.table == "kpi_actual") {
            item.kind = "observed values";
        }
        item.name = label->second;
    } else {
        const auto& names = namesOf(record.table);
        const auto name = names.find(record.id);
        if (name == names.end()) {
            return std::nullopt;
        }
        item.name = name->second;
    }
    if (const auto* stage = stageKeeping(record.table)) {
        item.stageKey = std::string(stage->key);
        item.stage = std::string(stage->name);
    }
    return item;
}

} // namespace jointly::trace
