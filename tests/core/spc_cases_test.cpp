#include "monitoring/SpcChart.h"
#include "monitoring/SpcRules.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

// Every public SPC test vector in tests/fixtures/spc/cases (from
// NHSRplotthedots, its Python port and NHS England's Making Data Count
// checklist; see its README) run through Jointly's engine. Unit cases call
// one rule; series cases draw the whole chart and compare every value the
// source asserts, and where the case carries NHSRplotthedots' own output for
// every point (expected_oracle), every field of every point.
namespace {

using Json = nlohmann::json;
using namespace jointly::monitoring;

const std::filesystem::path kCases = std::filesystem::path(JOINTLY_FIXTURES_DIR) / "spc" / "cases";

Json readCase(const std::filesystem::path& path) {
    std::ifstream in(path);
    return Json::parse(in);
}

template <typename T> std::vector<T> listOf(const Json& value) {
    std::vector<T> list;
    for (const auto& each : value) {
        if constexpr (std::is_arithmetic_v<T>) {
            list.push_back(each.is_boolean() ? static_cast<T>(each.get<bool>()) : each.get<T>());
        } else {
            list.push_back(each.get<T>());
        }
    }
    return list;
}

bool roughly(const Json& expected, double actual);

// Numbers compare to 1e-9, as the README asks, relative to the number for
// those above 1 (the oracle prints 15 significant figures, so 2,000,538.9
// carries only eight decimals); null is "none"; {"value", "sig" or "dp"} is
// a figure the source gives rounded.
bool same(const Json& expected, std::optional<double> actual) {
    if (expected.is_null()) {
        return !actual || std::isnan(*actual);
    }
    if (expected.is_object()) {
        return actual && roughly(expected, *actual);
    }
    const double value = expected.get<double>();
    return actual && std::abs(value - *actual) <= 1e-9 * std::max(1.0, std::abs(value));
}

// A number given to dp decimal places or sig significant figures.
bool roughly(const Json& expected, double actual) {
    const double value = expected["value"].get<double>();
    if (expected.contains("dp")) {
        const double scale = std::pow(10.0, expected["dp"].get<int>());
        return std::round(actual * scale) / scale == value;
    }
    const int sig = expected["sig"].get<int>();
    const int magnitude = static_cast<int>(std::floor(std::log10(std::abs(actual))));
    const double scale = std::pow(10.0, sig - 1 - magnitude);
    return std::abs(std::round(actual * scale) / scale - value) <= 1e-12;
}

std::string rPointType(PointType type) {
    switch (type) {
    case PointType::Improvement:
        return "special_cause_improvement";
    case PointType::Concern:
        return "special_cause_concern";
    case PointType::NeitherHigh:
        return "special_cause_neutral_high";
    case PointType::NeitherLow:
        return "special_cause_neutral_low";
    case PointType::CommonCause:
        break;
    }
    return "common_cause";
}

Json rVariation(const std::optional<VariationIcon>& icon) {
    if (!icon) {
        return nullptr;
    }
    std::string key(variationKey(*icon));
    if (key.rfind("neither_", 0) == 0) {
        key = "neutral_" + key.substr(8);
    }
    return key;
}

Json rAssurance(const std::optional<AssuranceIcon>& icon, bool typeWords) {
    if (!icon) {
        return nullptr;
    }
    switch (*icon) {
    case AssuranceIcon::Pass:
        return typeWords ? "consistent_pass" : "pass";
    case AssuranceIcon::Fail:
        return typeWords ? "consistent_fail" : "fail";
    case AssuranceIcon::HitAndMiss:
        break;
    }
    return "inconsistent";
}

Direction directionOf(const std::string& word) {
    return word == "increase"   ? Direction::Increase
           : word == "decrease" ? Direction::Decrease
                                : Direction::Neither;
}

struct Drawn {
    std::vector<std::string> periods;
    SpcChart chart;
};

Drawn drawCase(const Json& input) {
    const bool mdc = input.value("profile", std::string("ptd")) == "mdc";
    SpcSettings settings;
    settings.method = methodOf(mdc ? RuleSet::NhsEngland : RuleSet::PlotTheDots);
    if (input.contains("screen_outliers") && !input["screen_outliers"].is_null()) {
        settings.method.screenMovingRanges = input["screen_outliers"].get<bool>();
    }
    settings.direction = directionOf(input["improvement_direction"].get<std::string>());
    if (input.contains("target") && !input["target"].is_null()) {
        settings.target = input["target"].get<double>();
    }
    if (input.contains("fix_after_n_points") && !input["fix_after_n_points"].is_null()) {
        settings.fixAfter = input["fix_after_n_points"].get<std::size_t>();
    }
    Drawn drawn;
    std::vector<std::optional<double>> values;
    for (const auto& point : input["series"]) {
        drawn.periods.push_back(point["period"].get<std::string>());
        values.push_back(point["value"].get<double>());
    }
    // A rebase period not in the data changes nothing, as in the R package.
    for (const auto& period : input.value("rebase", Json::array())) {
        for (std::size_t i = 0; i < drawn.periods.size(); ++i) {
            if (drawn.periods[i] == period.get<std::string>()) {
                settings.rebaseAt.push_back(i);
            }
        }
    }
    drawn.chart = drawSpc(drawn.periods, values, settings);
    return drawn;
}

// One field of one point, in the names the cases use.
Json fieldOf(const SpcPoint& point, const std::string& field) {
    auto number = [](std::optional<double> value) -> Json {
        return value ? Json(*value) : Json(nullptr);
    };
    if (field == "mean") {
        return number(point.mean);
    }
    if (field == "lpl") {
        return number(point.lowerLimit);
    }
    if (field == "upl") {
        return number(point.upperLimit);
    }
    if (field == "nlpl") {
        return number(point.lowerTwoSigma);
    }
    if (field == "nupl") {
        return number(point.upperTwoSigma);
    }
    if (field == "outside_limits") {
        return point.specialCause.outsideLimits;
    }
    if (field == "relative_to_mean") {
        return point.sideOfMean;
    }
    if (field == "close_to_limits") {
        return point.closeToLimit;
    }
    if (field == "special_cause_flag") {
        return point.specialCause.any();
    }
    if (field == "special_cause_type") {
        return jointly::monitoring::spc::causeLabel(point.cause, 7);
    }
    if (field == "point_type") {
        return rPointType(point.type);
    }
    if (field == "rebase_group") {
        return point.group;
    }
    if (field == "short_group_warning") {
        return point.trialLimits;
    }
    if (field == "value") {
        return number(point.value);
    }
    FAIL("the test does not know the field " << field);
    return nullptr;
}

// nullIsNone: in the oracle a null number is one R could not work out (NaN);
// in a source's own expectations a null is a value it does not assert.
void checkField(const std::string& field, const Json& expected, const Json& actual,
                bool nullIsNone) {
    INFO(field << ": expected " << expected.dump() << ", drawn " << actual.dump());
    if (expected.is_null() && (!nullIsNone || !(actual.is_null() || actual.is_number()))) {
        return;
    }
    if (expected.is_object() || expected.is_number_float() || actual.is_number_float() ||
        (expected.is_null() && (actual.is_null() || actual.is_number()))) {
        CHECK(same(expected,
                   actual.is_null() ? std::nullopt : std::optional<double>(actual.get<double>())));
    } else if (expected.is_boolean() && actual.is_number()) {
        CHECK((actual.get<int>() != 0) == expected.get<bool>());
    } else if (expected.is_number() && actual.is_boolean()) {
        CHECK((expected.get<int>() != 0) == actual.get<bool>());
    } else if (expected.is_number() && actual.is_number()) {
        CHECK(expected.get<double>() == actual.get<double>());
    } else {
        CHECK(expected == actual);
    }
}

void checkUnit(const Json& test) {
    namespace spc = jointly::monitoring::spc;
    const auto& args = test["args"];
    const auto function = test["function"].get<std::string>();
    Json expected = test["expected"];
    if (test.contains("deviation") && !test["deviation"].is_null()) {
        expected = test["deviation"]["r_semantics_expected"];
    }
    auto ints = [](const std::vector<int>& list) {
        return Json(list);
    };
    if (function == "limits") {
        // The Python port always screens the moving ranges.
        const auto limits = limitsOf(listOf<double>(args["values"]), true);
        CHECK(same(expected[0], limits.mean));
        CHECK(same(expected[1], limits.lower));
        CHECK(same(expected[2], limits.upper));
        CHECK(same(expected[3], limits.lowerTwoSigma));
        CHECK(same(expected[4], limits.upperTwoSigma));
    } else if (function == "part_of_seven_trend") {
        CHECK(ints(spc::partOfRun(listOf<int>(args["v"]), 7)) == expected);
    } else if (function == "part_of_two_in_three") {
        CHECK(ints(spc::partOfTwoInThree(listOf<int>(args["flags"]), listOf<int>(args["close"]))) ==
              expected);
    } else if (function == "seven_point_one_side_mean") {
        CHECK(ints(spc::runEnds(listOf<int>(args["rtm"]), 7)) == expected);
    } else if (function == "seven_point_trend") {
        CHECK(ints(spc::trendEnds(listOf<double>(args["y"]), 7)) == expected);
    } else if (function == "two_in_three") {
        CHECK(ints(spc::twoInThree(listOf<int>(args["close"]), listOf<int>(args["rtm"]))) ==
              expected);
    } else if (function == "special_cause_flag") {
        const auto values = listOf<double>(args["values"]);
        const auto rtm = listOf<int>(args["rtm"]);
        const auto close = listOf<int>(args["close"]);
        const auto outside = listOf<int>(args["outside"]);
        const auto shift = spc::partOfRun(spc::runEnds(rtm, 7), 7);
        const auto trend = spc::partOfRun(spc::trendEnds(values, 7), 7);
        const auto two = spc::partOfTwoInThree(spc::twoInThree(close, rtm), close);
        std::vector<int> flags;
        for (std::size_t i = 0; i < values.size(); ++i) {
            flags.push_back(outside[i] != 0 || shift[i] != 0 || trend[i] != 0 || two[i] != 0);
        }
        CHECK(ints(flags) == expected);
    } else if (function == "special_cause_type") {
        const auto found =
            spc::causes(listOf<double>(args["y"]), listOf<int>(args["rtm"]),
                        listOf<int>(args["outside"]), listOf<int>(args["part_trend"]),
                        listOf<int>(args["part_2in3"]), listOf<int>(args["part_shift"]));
        std::vector<std::string> labels;
        for (const auto& cause : found) {
            labels.push_back(spc::causeLabel(cause, 7));
        }
        CHECK(Json(labels) == expected);
    } else if (function == "assurance_type") {
        if (args["target"].is_null()) {
            CHECK(expected.is_null()); // no target: no assurance icon
            return;
        }
        const auto icon = assuranceOf(args["target"].get<double>(), args["lpl"].get<double>(),
                                      args["upl"].get<double>(),
                                      directionOf(args["direction"].get<std::string>()), false);
        CHECK(rAssurance(icon, true) == expected);
    } else if (function == "rebase_flags") {
        // Through the engine: each rebase period found starts a new group.
        std::vector<std::string> periods = listOf<std::string>(args["periods"]);
        SpcSettings settings;
        for (const auto& period : args["rebase"]) {
            for (std::size_t i = 0; i < periods.size(); ++i) {
                if (periods[i] == period.get<std::string>()) {
                    settings.rebaseAt.push_back(i);
                }
            }
        }
        std::vector<std::optional<double>> values(periods.size(), 1.0);
        const auto chart = drawSpc(periods, values, settings);
        std::vector<int> flags;
        for (std::size_t i = 0; i < chart.points.size(); ++i) {
            flags.push_back(i > 0 && chart.points[i].group != chart.points[i - 1].group);
        }
        CHECK(ints(flags) == expected);
    } else if (function == "short_group_warning") {
        // Through the engine: groups of these sizes, trial limits below the threshold.
        SpcSettings settings;
        settings.method = methodOf(RuleSet::PlotTheDots);
        if (!args["threshold"].is_null()) {
            settings.method.minimumPoints = args["threshold"].get<std::size_t>();
        }
        std::vector<std::optional<double>> values;
        for (const auto& size : args["group_sizes"]) {
            settings.rebaseAt.push_back(values.size());
            for (std::size_t i = 0; i < size.get<std::size_t>(); ++i) {
                values.push_back(static_cast<double>(i % 5));
            }
        }
        const auto chart = drawSpc({}, values, settings);
        std::vector<bool> warned;
        for (const auto& point : chart.points) {
            warned.push_back(point.trialLimits);
        }
        CHECK(Json(warned) == expected);
    } else {
        FAIL("the test does not know the function " << function);
    }
}

void checkSeries(const Json& test) {
    const auto drawn = drawCase(test["input"]);
    const auto& points = drawn.chart.points;
    const auto& expected = test["expected"];
    if (expected.contains("points")) {
        for (const auto& [field, values] : expected["points"].items()) {
            REQUIRE(values.size() == points.size());
            for (std::size_t i = 0; i < points.size(); ++i) {
                INFO("point " << i + 1);
                checkField(field, values[i], fieldOf(points[i], field), false);
            }
        }
    }
    if (expected.contains("spc_shown")) {
        CHECK(points.back().limitsShown == expected["spc_shown"].get<bool>());
    }
    if (expected.contains("variation_icon")) {
        CHECK(rVariation(drawn.chart.variation) == expected["variation_icon"]);
    }
    if (expected.contains("assurance_icon")) {
        CHECK(rAssurance(drawn.chart.assurance, false) == expected["assurance_icon"]);
    }
    if (expected.contains("assurance_type")) {
        CHECK(rAssurance(drawn.chart.assurance, true) == expected["assurance_type"]);
    }
    // The groups, as NHSRplotthedots' summary gives them.
    std::map<std::size_t, const SpcPoint*> lastOfGroup;
    std::map<std::size_t, std::map<std::string, int>> counts;
    for (const auto& point : points) {
        lastOfGroup[point.group] = &point;
        counts[point.group]["n"] += 1;
        counts[point.group][rPointType(point.type)] += 1;
    }
    std::size_t g = 0;
    for (const auto& group : expected.value("groups", Json::array())) {
        INFO("group " << g);
        REQUIRE(lastOfGroup.count(g) == 1);
        const auto& point = *lastOfGroup[g];
        for (const auto& [field, value] : group.items()) {
            INFO(field);
            if (field == "mean" || field == "lpl" || field == "upl") {
                const auto actual = field == "mean"  ? point.mean
                                    : field == "lpl" ? point.lowerLimit
                                                     : point.upperLimit;
                REQUIRE(actual);
                CHECK(roughly(value, *actual));
            } else if (field == "variation_type") {
                CHECK(rPointType(point.type) == value.get<std::string>());
            } else if (field == "rebase_group") {
                CHECK(point.group == value.get<std::size_t>());
            } else {
                CHECK(counts[g][field] == value.get<int>());
            }
        }
        ++g;
    }
    if (expected.contains("not_equal")) {
        const auto& differ = expected["not_equal"];
        CHECK_FALSE(same(differ["groups.0.lpl"], points.front().lowerLimit));
        CHECK_FALSE(same(differ["groups.0.upl"], points.front().upperLimit));
    }
    if (!test.contains("expected_oracle")) {
        return;
    }
    // NHSRplotthedots' own output, every field of every point.
    const auto& oracle = test["expected_oracle"];
    REQUIRE(oracle["points"].size() == points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        INFO("point " << i + 1 << " (" << drawn.periods[i] << ")");
        CHECK(oracle["points"][i]["period"] == drawn.periods[i]);
        for (const auto& [field, value] : oracle["points"][i].items()) {
            if (field == "period") {
                continue;
            }
            checkField(field, value, fieldOf(points[i], field), true);
        }
    }
    CHECK(rVariation(drawn.chart.variation) == oracle["variation_icon"]);
    CHECK(rAssurance(drawn.chart.assurance, true) == oracle["assurance_type"]);
}

} // namespace

TEST_CASE("the SPC engine passes every public test vector", "[spc]") {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(kCases)) {
        files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    // 166 cases: if the folder loses some, this says so.
    REQUIRE(files.size() == 166);
    for (const auto& file : files) {
        const auto test = readCase(file);
        INFO(file.filename().string() << ": " << test.value("notes", Json()).dump());
        if (test["kind"] == "unit") {
            checkUnit(test);
        } else {
            checkSeries(test);
        }
    }
}
