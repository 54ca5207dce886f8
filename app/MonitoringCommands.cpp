#include "MonitoringCommands.h"

#include "CommandSupport.h"
#include "monitoring/SeriesCsv.h"
#include "monitoring/SpcChart.h"
#include "project/FileInspection.h"
#include "util/Text.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <filesystem>
#include <fstream>

namespace jointly::app {

namespace {

using Json = nlohmann::ordered_json;
using namespace monitoring;

Json number(const std::optional<double>& value) {
    return value ? Json(*value) : Json(nullptr);
}

Json pointJson(const std::string& period, const SpcPoint& point) {
    Json entry;
    entry["period"] = period;
    entry["value"] = number(point.value);
    entry["mean"] = number(point.mean);
    entry["lower_limit"] = point.limitsShown ? number(point.lowerLimit) : Json(nullptr);
    entry["upper_limit"] = point.limitsShown ? number(point.upperLimit) : Json(nullptr);
    entry["special_cause"] = point.signals.any();
    Json signals = Json::array();
    if (point.signals.outsideLimits) {
        signals.push_back("outside_limits");
    }
    if (point.signals.shift) {
        signals.push_back("shift");
    }
    if (point.signals.trend) {
        signals.push_back("trend");
    }
    if (point.signals.twoOfThree) {
        signals.push_back("two_of_three");
    }
    entry["signals"] = signals;
    entry["point_type"] = std::string(pointTypeKey(point.type));
    entry["limits_shown"] = point.limitsShown;
    entry["trial_limits"] = point.trialLimits;
    entry["rebase_group"] = point.group;
    return entry;
}

std::optional<Direction> directionOf(std::string_view word) {
    if (word == "increase") {
        return Direction::Increase;
    }
    if (word == "decrease") {
        return Direction::Decrease;
    }
    if (word == "neither") {
        return Direction::Neither;
    }
    return std::nullopt;
}

std::optional<std::size_t> wholeNumber(std::string_view text) {
    std::size_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

} // namespace

int spcCommand(const Invocation& call) {
    const auto& path = call.positional[0];
    const auto name = project::displayName(path);
    SpcSettings settings;
    const auto rules = ruleSetOf(call.value("--rules").value_or("nhs-england"));
    if (!rules) {
        return usage(call.err,
                     "\"" + *call.value("--rules") +
                         "\" is not a rule set: give nhs-england (the default) or plotthedots.",
                     "spc");
    }
    settings.method = methodOf(*rules);
    const auto direction = directionOf(*call.value("--direction"));
    if (!direction) {
        return usage(call.err,
                     "\"" + *call.value("--direction") +
                         "\" is not a direction: give increase (higher is better), decrease "
                         "(lower is better) or neither.",
                     "spc");
    }
    settings.direction = *direction;
    if (const auto target = call.value("--target")) {
        settings.target = parseMeasure(*target);
        if (!settings.target) {
            return usage(call.err,
                         "\"" + *target + "\" is not a target: give a number, such as 85.", "spc");
        }
    }
    if (const auto fix = call.value("--fix-after")) {
        const std::size_t least = *rules == RuleSet::PlotTheDots ? 12 : 2;
        settings.fixAfter = wholeNumber(*fix);
        if (!settings.fixAfter || *settings.fixAfter < least) {
            return usage(call.err,
                         "\"" + *fix + "\" cannot fix the limits: give a whole number of points, " +
                             std::to_string(least) + " or more" +
                             (*rules == RuleSet::PlotTheDots
                                  ? std::string(", as NHSRplotthedots requires.")
                                  : std::string(".")),
                         "spc");
        }
    }
    std::error_code ec;
    std::ifstream in(path, std::ios::binary);
    if (!in || std::filesystem::is_directory(path, ec)) {
        return fail(
            call.err,
            Error{std::filesystem::exists(path, ec) ? ErrorKind::NotReadable : ErrorKind::NotFound,
                  "Jointly cannot read " + name + ". Check the name and folder."});
    }
    auto read = readSeries(in, name);
    if (!read.ok()) {
        return fail(call.err, read.error());
    }
    const auto& rows = read.value();
    std::vector<std::string> periods;
    std::vector<std::optional<double>> values;
    for (const auto& row : rows) {
        periods.push_back(row.period);
        values.push_back(row.value);
    }
    for (const auto& period : call.all("--rebase")) {
        const auto found = std::find(periods.begin(), periods.end(), util::trim(period));
        if (found == periods.end()) {
            return fail(call.err, Error{ErrorKind::Invalid,
                                        "There is no period " + util::curlyQuoted(period) + " in " +
                                            name + ": rebase at one of the periods it holds."});
        }
        settings.rebaseAt.push_back(static_cast<std::size_t>(found - periods.begin()));
    }
    const auto chart = drawSpc(periods, values, settings);
    Json json;
    json["rules"] = std::string(ruleSetKey(*rules));
    json["rules_text"] = ruleSetWords(*rules);
    Json points = Json::array();
    for (std::size_t i = 0; i < chart.points.size(); ++i) {
        points.push_back(pointJson(periods[i], chart.points[i]));
        if (!rows[i].note.empty()) {
            points.back()["note"] = rows[i].note;
        }
    }
    json["points"] = std::move(points);
    json["variation_icon"] =
        chart.variation ? Json(std::string(variationKey(*chart.variation))) : Json(nullptr);
    json["variation_text"] =
        chart.variation ? Json(variationWords(*chart.variation)) : Json(nullptr);
    json["assurance_icon"] =
        chart.assurance ? Json(std::string(assuranceKey(*chart.assurance))) : Json(nullptr);
    json["assurance_text"] =
        chart.assurance ? Json(assuranceWords(*chart.assurance)) : Json(nullptr);
    if (!chart.problem.empty()) {
        json["problem"] = chart.problem;
    } else if (!chart.points.empty() && !chart.points.back().limitsShown) {
        json["problem"] = "Fewer than " + std::to_string(settings.method.minimumPoints) +
                          " points since the last rebase: NHS England shows the data and the "
                          "mean only, with no limits or icons, until there are more.";
    }
    call.out << json.dump(2) << "\n";
    return kOk;
}

} // namespace jointly::app
