#include "GovernanceCommands.h"

#include "CommandSupport.h"
#include "audit/ChangeHistory.h"
#include "project/Project.h"
#include "quantities/CalendarDate.h"
#include "records/TypedInput.h"
#include "search/SearchIndex.h"
#include "stages/Stage.h"
#include "util/Text.h"

#include <nlohmann/json.hpp>

#include <charconv>

namespace jointly::app {

namespace {

using Json = nlohmann::ordered_json;

std::string opWord(history::RowOp op) {
    return op == history::RowOp::Added     ? "added"
           : op == history::RowOp::Removed ? "deleted"
                                           : "changed";
}

// "2026-12-02T16:55:42Z" as "2026-12-02 16:55 UTC".
std::string whenWords(const std::string& madeAt) {
    if (madeAt.size() >= 16 && madeAt[10] == 'T') {
        return madeAt.substr(0, 10) + " " + madeAt.substr(11, 5) + " UTC";
    }
    return madeAt;
}

Json entryJson(const audit::HistoryEntry& entry) {
    Json records = Json::array();
    for (const auto& change : entry.records) {
        Json fields = Json::array();
        for (const auto& field : change.fields) {
            fields.push_back(
                {{"field", field.field}, {"before", field.before}, {"after", field.after}});
        }
        records.push_back({{"kind", change.kind},
                           {"id", change.id},
                           {"record", change.record},
                           {"change", opWord(change.op)},
                           {"fields", fields}});
    }
    return Json{{"step", entry.step},  {"madeAt", entry.madeAt}, {"madeBy", entry.madeBy},
                {"edit", entry.label}, {"undone", entry.undone}, {"stages", entry.stages},
                {"records", records},  {"others", entry.others}, {"readable", !entry.unreadable}};
}

} // namespace

int historyCommand(const Invocation& call) {
    audit::HistoryFilter filter;
    filter.limit = 1000;
    if (const auto kindName = call.value("--record")) {
        const auto* kind = records::kindTyped(*kindName);
        if (kind == nullptr || kind->oneRow) {
            return usage(call.err,
                         "there is no kind of record called \"" + *kindName +
                             "\"; 'jointly help list' names them.",
                         call.verb);
        }
        std::int64_t id = 0;
        const auto& word = call.positional.size() == 2 ? call.positional[1] : std::string();
        const auto [end, ec] = std::from_chars(word.data(), word.data() + word.size(), id);
        if (call.positional.size() != 2 || ec != std::errc() || end != word.data() + word.size() ||
            id <= 0) {
            return usage(call.err, "--record takes a kind and the record's id: --record member 5.",
                         call.verb);
        }
        filter.table = std::string(kind->table);
        filter.id = id;
    } else if (call.positional.size() != 1) {
        return usage(call.err, "give the file, and a record's id only after --record KIND.",
                     call.verb);
    }
    if (const auto since = call.value("--since")) {
        if (!quantities::isIsoDate(*since)) {
            return usage(call.err,
                         "--since takes a date such as 2026-04-01, not \"" + *since + "\".",
                         call.verb);
        }
        filter.since = *since;
    }
    if (const auto stage = call.value("--stage")) {
        if (stages::find(*stage) == nullptr) {
            return usage(call.err,
                         "--stage takes partnership, needs, plan, procure or monitor, not \"" +
                             *stage + "\".",
                         call.verb);
        }
        filter.stage = *stage;
    }
    filter.person = call.value("--by").value_or("");

    auto opened = openForReading(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    const auto entries = project.guarded<Outcome<std::vector<audit::HistoryEntry>>>(
        [&]() -> Outcome<std::vector<audit::HistoryEntry>> {
            return audit::loadHistory(project.database(), filter);
        });
    if (!entries.ok()) {
        return fail(call.err, entries.error());
    }
    if (call.flag("--json")) {
        Json all = Json::array();
        for (const auto& entry : entries.value()) {
            all.push_back(entryJson(entry));
        }
        call.out << Json{{"history", all}}.dump(2, ' ', false, Json::error_handler_t::replace)
                 << "\n";
        return kOk;
    }
    if (entries.value().empty()) {
        call.out << "No edits are recorded" << (filter.table.empty() ? "" : " for that record")
                 << ".\n";
    }
    for (const auto& entry : entries.value()) {
        call.out << whenWords(entry.madeAt) << ", "
                 << (entry.madeBy.empty() ? "someone" : entry.madeBy) << ": " << entry.label
                 << (entry.undone ? " (undone)" : "") << "\n";
        for (const auto& change : entry.records) {
            for (const auto& line : audit::describe(change)) {
                call.out << "  " << line << "\n";
            }
        }
        for (const auto& other : entry.others) {
            call.out << "  " << other << "\n";
        }
        if (entry.unreadable) {
            call.out << "  (what this edit changed cannot be read: its record in the file is "
                        "damaged)\n";
        }
    }
    return kOk;
}

int searchCommand(const Invocation& call) {
    std::string words;
    for (std::size_t i = 1; i < call.positional.size(); ++i) {
        words += (words.empty() ? "" : " ") + call.positional[i];
    }
    auto opened = openForReading(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    const auto hits = project.guarded<Outcome<std::vector<search::SearchHit>>>(
        [&]() -> Outcome<std::vector<search::SearchHit>> {
            search::SearchIndex index(project.database());
            return index.find(words);
        });
    if (!hits.ok()) {
        return fail(call.err, hits.error());
    }
    // The matching words, marked for the window, are in brackets here.
    const auto plain = [](std::string text) {
        for (auto& c : text) {
            c = c == search::kMatchStart ? '[' : c == search::kMatchEnd ? ']' : c;
        }
        return text;
    };
    if (call.flag("--json")) {
        Json all = Json::array();
        for (const auto& hit : hits.value()) {
            all.push_back({{"stage", hit.stageKey},
                           {"kind", hit.kind},
                           {"id", hit.id},
                           {"name", hit.name},
                           {"snippet", plain(hit.snippet)}});
        }
        call.out << Json{{"words", words}, {"results", all}}.dump(2, ' ', false,
                                                                  Json::error_handler_t::replace)
                 << "\n";
        return kOk;
    }
    if (hits.value().empty()) {
        call.out << "Nothing matches \"" << words << "\".\n";
    }
    std::string stage = "\x01";
    for (const auto& hit : hits.value()) {
        if (hit.stage != stage) {
            stage = hit.stage;
            call.out << (stage.empty() ? "Elsewhere" : stage) << "\n";
        }
        call.out << "  " << util::capitalised(hit.kind) << " " << hit.id << ": " << hit.name
                 << "\n";
        if (!hit.snippet.empty() && hit.snippet != hit.name) {
            call.out << "    " << plain(hit.snippet) << "\n";
        }
    }
    return kOk;
}

} // namespace jointly::app
