#include "MonitoringCommands.h"

#include "CommandSupport.h"
#include "KpiJson.h"
#include "cycle/NextCycle.h"
#include "monitoring/ActualsImport.h"
#include "monitoring/Delivery.h"
#include "monitoring/KpiBoard.h"
#include "monitoring/OutcomeReview.h"
#include "monitoring/SeriesCsv.h"
#include "monitoring/SpcChart.h"
#include "monitoring/YearAtAGlance.h"
#include "project/FileInspection.h"
#include "project/Project.h"
#include "quantities/CalendarDate.h"
#include "quantities/Decimal.h"
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
    entry["special_cause"] = point.specialCause.any();
    Json signals = Json::array();
    if (point.specialCause.outsideLimits) {
        signals.push_back("outside_limits");
    }
    if (point.specialCause.shift) {
        signals.push_back("shift");
    }
    if (point.specialCause.trend) {
        signals.push_back("trend");
    }
    if (point.specialCause.twoOfThree) {
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

// Eight heights of block, lowest to highest, and a space for a gap.
std::string sparkline(const std::vector<std::optional<std::int64_t>>& values) {
    static const char* const kBlocks[] = {"\u2581", "\u2582", "\u2583", "\u2584",
                                          "\u2585", "\u2586", "\u2587", "\u2588"};
    std::optional<std::int64_t> low;
    std::optional<std::int64_t> high;
    for (const auto& value : values) {
        if (value) {
            low = low ? std::min(*low, *value) : *value;
            high = high ? std::max(*high, *value) : *value;
        }
    }
    std::string line;
    for (const auto& value : values) {
        if (!value) {
            line += " ";
            continue;
        }
        // Exact in integers: the share of the range, in eighths.
        // Both lie within 10^14 of zero, so seven times their gap fits.
        const std::int64_t range = *high - *low;
        const auto step = range == 0 ? 3 : static_cast<int>((*value - *low) * 7 / range);
        line += kBlocks[step];
    }
    return line;
}

} // namespace

int kpisCommand(const Invocation& call) {
    auto opened = openForReading(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    auto read = project.guarded<Outcome<std::vector<KpiStatus>>>(
        [&]() -> Outcome<std::vector<KpiStatus>> { return kpiBoard(project.database()); });
    if (!read.ok()) {
        return fail(call.err, read.error());
    }
    const auto& board = read.value();
    if (call.flag("--json")) {
        Json kpis = Json::array();
        for (const auto& kpi : board) {
            kpis.push_back(statusJson(kpi));
        }
        call.out << kpis.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
        return kOk;
    }
    if (board.empty()) {
        call.out << "The project has no KPIs yet.\n";
        return kOk;
    }
    for (const auto& kpi : board) {
        call.out << kpi.id << "  " << kpi.name;
        if (!kpi.contract.empty()) {
            call.out << " (" << kpi.contract << ")";
        }
        call.out << "\n    ";
        if (kpi.latest) {
            call.out << "Latest " << kpi.latestPeriod << ": " << valueWords(*kpi.latest, kpi.unit);
        } else {
            call.out << "No figures yet";
        }
        if (kpi.target) {
            call.out << "; target " << valueWords(*kpi.target, kpi.unit);
        }
        call.out << "  " << sparkline(kpi.recent) << "\n";
        if (kpi.rag) {
            call.out << "    " << kpi.rag->sentence << "\n";
        }
        if (kpi.variation) {
            call.out << "    Variation: " << variationWords(*kpi.variation) << "\n";
        }
        if (kpi.assurance) {
            call.out << "    Assurance: " << assuranceWords(*kpi.assurance) << "\n";
        }
        if (kpi.breached) {
            call.out << "    " << kpi.breach << "\n";
        }
        for (const auto& problem : kpi.problems) {
            call.out << "    " << problem << "\n";
        }
    }
    return kOk;
}

int importActualsCommand(const Invocation& call) {
    const auto& args = call.positional;
    auto opened = openForEditing(args[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    auto kpi = project.guarded<Outcome<std::int64_t>>(
        [&]() -> Outcome<std::int64_t> { return findKpi(project.database(), args[1]); });
    if (!kpi.ok()) {
        return fail(call.err, kpi.error());
    }
    auto imported = importActualsFile(project, kpi.value(), args[2]);
    if (!imported.ok()) {
        return fail(call.err, imported.error());
    }
    call.out << imported.value().sentence << "\n";
    return kOk;
}

int reviewCommand(const Invocation& call) {
    const auto date = asAtDate(call);
    if (!date.ok()) {
        return fail(call.err, date.error());
    }
    auto opened = openForReading(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    YearAtAGlance glance;
    std::vector<OutcomeReview> outcomes;
    auto read = project.guarded<Status>([&]() -> Status {
        glance = yearAtAGlance(project.database(), date.value());
        outcomes = reviewOutcomes(project.database(), date.value());
        return success();
    });
    if (!read.ok()) {
        return fail(call.err, read.error());
    }
    Json json;
    json["as_at"] = date.value();
    json["year"] = glance.yearText;
    json["budget"] = {{"text", glance.budget}, {"partners", glance.partners}};
    json["savings_realised"] = {{"text", glance.savings}, {"shares", glance.savingsShares}};
    json["risks"] = glance.risks;
    Json items = Json::array();
    for (const auto& item : glance.delivery.items) {
        items.push_back({{"kind", item.kind},
                         {"name", item.name},
                         {"of", item.from},
                         {"due_on", item.dueOn.empty() ? Json(nullptr) : Json(item.dueOn)},
                         {"state", std::string(deliveryKey(item.state))},
                         {"text", item.sentence}});
    }
    json["delivery"] = {{"text", glance.delivery.sentence}, {"items", items}};
    json["contracts"] = glance.contracts;
    Json reviews = Json::array();
    for (const auto& outcome : outcomes) {
        Json measures = Json::array();
        for (const auto& m : outcome.measures) {
            measures.push_back({{"name", m.name},
                                {"baseline", hundredthsJson(m.baseline)},
                                {"target_year", m.targetYear ? Json(*m.targetYear) : Json(nullptr)},
                                {"target", hundredthsJson(m.target)},
                                {"latest", hundredthsJson(m.latest)},
                                {"latest_period", m.latestPeriod},
                                {"evidence", m.evidence},
                                {"on_track", std::string(trackWords(m.track))},
                                {"text", m.sentence}});
        }
        Json kpis = Json::array();
        for (const auto& kpi : outcome.kpis) {
            kpis.push_back(statusJson(kpi));
        }
        reviews.push_back({{"outcome", outcome.name},
                           {"text", outcome.sentence},
                           {"measures", measures},
                           {"kpis", kpis}});
    }
    json["outcomes"] = reviews;
    call.out << json.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
    return kOk;
}

int nextCycleCommand(const Invocation& call) {
    const auto date = asAtDate(call);
    if (!date.ok()) {
        return fail(call.err, date.error());
    }
    const auto& asAt = date.value();
    const bool preview = call.flag("--preview");
    auto opened = preview ? openForReading(call.positional[0]) : openForEditing(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    auto done =
        preview ? project.guarded<Outcome<cycle::NextCycle>>([&]() -> Outcome<cycle::NextCycle> {
            return cycle::previewNextCycle(project.database(), asAt);
        })
                : cycle::startNextCycle(project, asAt);
    if (!done.ok()) {
        return fail(call.err, done.error());
    }
    const auto& next = done.value();
    if (preview) {
        call.out << "Not started (a preview). Starting it would do this:\n";
    }
    call.out << next.sentence << "\n";
    for (const auto& plan : next.plans) {
        call.out << "  Plan: " << plan.name << " becomes " << util::curlyQuoted(plan.title)
                 << ", starting " << plan.startsOn << "\n";
    }
    for (const auto& action : next.actions) {
        call.out << "  Action carried: " << action.description << " (" << action.note << ")\n";
    }
    for (const auto& risk : next.risks) {
        call.out << "  Risk carried: " << risk.description << " (" << risk.note << ")\n";
    }
    for (const auto& finding : next.findings) {
        call.out << "  Draft needs statement: " << finding.statement << "\n";
    }
    return kOk;
}

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
    call.out << json.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
    return kOk;
}

} // namespace jointly::app
