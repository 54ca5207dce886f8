#include "BaselineCommands.h"

#include "CommandSupport.h"
#include "baseline/Baselines.h"
#include "project/Project.h"
#include "quantities/Money.h"

#include <nlohmann/json.hpp>

namespace jointly::app {

namespace {

using Json = nlohmann::ordered_json;

Json comparisonJson(const baseline::PlanComparison& comparison) {
    Json items = Json::array();
    for (const auto& item : comparison.items) {
        Json fields = Json::array();
        for (const auto& field : item.fields) {
            fields.push_back(
                {{"field", field.field}, {"baseline", field.before}, {"now", field.after}});
        }
        items.push_back({{"section", item.section},
                         {"record", item.label},
                         {"change", std::string(baseline::changeWord(item.change))},
                         {"fields", fields}});
    }
    Json money = Json::array();
    for (const auto& line : comparison.money) {
        money.push_back({{"section", line.section},
                         {"partner", line.partner},
                         {"year", line.year},
                         {"baselinePence", line.before},
                         {"nowPence", line.after},
                         {"differencePence", line.difference ? Json(*line.difference) : Json()}});
    }
    return Json{{"baseline", comparison.baseline},
                {"takenOn", comparison.takenOn},
                {"summary", comparison.summary},
                {"records", items},
                {"money", money}};
}

} // namespace

int baselineCommand(const Invocation& call) {
    const auto name = call.value("--name");
    const auto today = asAtDate(call);
    if (!today.ok()) {
        return usage(call.err, today.error().message, call.verb);
    }
    auto opened = openForEditing(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    const auto frozen = baseline::freezePlan(project, name.value_or(""), today.value());
    if (!frozen.ok()) {
        return fail(call.err, frozen.error());
    }
    call.out << "Froze the plan as approved: the baseline \u201C" << *name << "\u201D of "
             << today.value() << " (id " << frozen.value() << ").\n";
    return kOk;
}

int compareCommand(const Invocation& call) {
    auto opened = openForReading(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    const auto comparison = project.guarded<Outcome<baseline::PlanComparison>>([&] {
        return baseline::compareWithPlanNow(project.database(),
                                            call.value("--baseline").value_or(""));
    });
    if (!comparison.ok()) {
        return fail(call.err, comparison.error());
    }
    const auto& result = comparison.value();
    if (const auto out = call.value("--out")) {
        const auto written = baseline::writeComparison(result, result.partnership, *out);
        if (!written.ok()) {
            return fail(call.err, written.error());
        }
        call.out << "Wrote the comparison with the baseline \u201C" << result.baseline
                 << "\u201D to " << *out << ".\n";
        return kOk;
    }
    if (call.flag("--json")) {
        call.out << comparisonJson(result).dump(2, ' ', false, Json::error_handler_t::replace)
                 << "\n";
        return kOk;
    }
    call.out << "The plan now against the baseline \u201C" << result.baseline << "\u201D of "
             << result.takenOn << ":\n";
    for (const auto& sentence : result.summary) {
        call.out << "  " << sentence << "\n";
    }
    for (const auto& item : result.items) {
        call.out << item.section << ": " << item.label << " (" << baseline::changeWord(item.change)
                 << ")\n";
        for (const auto& field : item.fields) {
            call.out << "    " << field.field << ": "
                     << (field.before.empty() ? "(empty)" : field.before) << " \u2192 "
                     << (field.after.empty() ? "(empty)" : field.after) << "\n";
        }
    }
    return kOk;
}

} // namespace jointly::app
