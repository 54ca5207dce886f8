#include "GovernanceCommands.h"

#include "CommandSupport.h"
#include "audit/ChangeHistory.h"
#include "project/Project.h"
#include "quantities/CalendarDate.h"
#include "records/RecordFinder.h"
#include "records/TypedInput.h"
#include "search/SearchIndex.h"
#include "stages/Stage.h"
#include "trace/TraceGaps.h"
#include "trace/TraceMatrix.h"
#include "trace/Traceability.h"
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

Json itemJson(const trace::TraceItem& item) {
    return Json{
        {"kind", item.kind}, {"id", item.record.id}, {"name", item.name}, {"stage", item.stageKey}};
}

Json stepsJson(const std::vector<trace::TraceStep>& steps) {
    Json all = Json::array();
    for (const auto& step : steps) {
        auto json = itemJson(step.item);
        json["depth"] = step.depth;
        json["link"] = step.words;
        all.push_back(json);
    }
    return all;
}

std::string itemWords(const trace::TraceItem& item) {
    if (item.record.table == "kpi_actual") {
        return item.kind + ": " + item.name;
    }
    return item.kind + " " + std::to_string(item.record.id) + " \u201C" + item.name + "\u201D";
}

int gapsOutput(const Invocation& call, project::Project& project) {
    const auto gaps = project.guarded<Outcome<std::vector<trace::Gap>>>(
        [&]() -> Outcome<std::vector<trace::Gap>> { return trace::findGaps(project.database()); });
    if (!gaps.ok()) {
        return fail(call.err, gaps.error());
    }
    if (call.flag("--json")) {
        Json all = Json::array();
        for (const auto& gap : gaps.value()) {
            auto json = itemJson(gap.item);
            json["gap"] = std::string(trace::gapKey(gap.kind));
            json["sentence"] = gap.sentence;
            all.push_back(json);
        }
        call.out << Json{{"gaps", all}}.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
        return kOk;
    }
    if (gaps.value().empty()) {
        call.out << "No gaps: every priority cites evidence, all the money funds something the "
                    "plan names, every contract has a KPI, every KPI serves an outcome and every "
                    "outcome has a measure.\n";
    }
    std::string stage = "\x01";
    for (const auto& gap : gaps.value()) {
        if (gap.item.stage != stage) {
            stage = gap.item.stage;
            call.out << (stage.empty() ? "Elsewhere" : stage) << "\n";
        }
        call.out << "  " << gap.sentence << "\n";
    }
    return kOk;
}

} // namespace

int traceCommand(const Invocation& call) {
    const auto matrixPath = call.value("--matrix");
    const bool gaps = call.flag("--gaps");
    if ((gaps || matrixPath) && call.positional.size() != 1) {
        return usage(call.err, "--gaps and --matrix take the file alone, not a record.", call.verb);
    }
    if (gaps && matrixPath) {
        return usage(call.err, "give --gaps or --matrix, not both.", call.verb);
    }
    if (!gaps && !matrixPath && call.positional.size() != 3) {
        return usage(call.err,
                     "give the file, a kind of record and its id or name (jointly trace FILE "
                     "priority 1), or --gaps, or --matrix OUT.csv.",
                     call.verb);
    }
    auto opened = openForReading(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    if (gaps) {
        return gapsOutput(call, project);
    }
    if (matrixPath) {
        const auto written = project.guarded<Outcome<std::size_t>>(
            [&] { return trace::writeTraceMatrix(project.database(), *matrixPath); });
        if (!written.ok()) {
            return fail(call.err, written.error());
        }
        call.out << "Wrote " << written.value() << (written.value() == 1 ? " chain" : " chains")
                 << " to " << *matrixPath << ".\n";
        return kOk;
    }
    const auto* kind = records::kindTyped(call.positional[1]);
    if (kind == nullptr || kind->oneRow) {
        return usage(call.err,
                     "there is no kind of record called \"" + call.positional[1] +
                         "\"; 'jointly help list' names them.",
                     call.verb);
    }
    const auto traced = project.guarded<Outcome<trace::Trace>>([&]() -> Outcome<trace::Trace> {
        const auto id = records::findRecord(project.database(), *kind, call.positional[2]);
        if (!id.ok()) {
            return id.error();
        }
        return trace::traceRecord(project.database(), {std::string(kind->table), id.value()});
    });
    if (!traced.ok()) {
        return fail(call.err, traced.error());
    }
    const auto& chain = traced.value();
    if (call.flag("--json")) {
        call.out << Json{{"record", itemJson(chain.item)},
                         {"cameFrom", stepsJson(chain.cameFrom)},
                         {"ledTo", stepsJson(chain.ledTo)}}
                        .dump(2, ' ', false, Json::error_handler_t::replace)
                 << "\n";
        return kOk;
    }
    call.out << util::capitalised(itemWords(chain.item))
             << (chain.item.stage.empty() ? "" : " (" + chain.item.stage + ")") << "\n";
    call.out << "Where it came from:\n";
    if (chain.cameFrom.empty()) {
        call.out << "  nothing the project links to it\n";
    }
    for (const auto& step : chain.cameFrom) {
        call.out << std::string(static_cast<std::size_t>(step.depth) * 2, ' ')
                 << itemWords(step.item) << ", which " << step.words << " it\n";
    }
    call.out << "What it led to:\n";
    if (chain.ledTo.empty()) {
        call.out << "  nothing yet\n";
    }
    for (const auto& step : chain.ledTo) {
        call.out << std::string(static_cast<std::size_t>(step.depth) * 2, ' ') << step.words << " "
                 << itemWords(step.item) << "\n";
    }
    return kOk;
}

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
