#include "CliSupport.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

// `jointly spc` run on every public SPC test vector it can be asked (the
// series cases of tests/fixtures/spc/cases whose options it has), checking
// what the command prints against what the source asserts: the points'
// types, and where the case carries NHSRplotthedots' own output, every
// point's mean, limits, type and flag, and the chart's icons. The engine
// itself is checked against every case, unit and series, in
// tests/core/spc_cases_test.cpp.
namespace {

using jointly::cli_testing::Folder;
using Json = nlohmann::json;
namespace fs = std::filesystem;

const fs::path kCases = fs::path(JOINTLY_FIXTURES_DIR) / "spc" / "cases";

bool near(const Json& expected, const Json& actual) {
    if (expected.is_null()) {
        return actual.is_null();
    }
    if (!actual.is_number()) {
        return false;
    }
    const double want = expected.get<double>();
    const double got = actual.get<double>();
    return std::abs(want - got) <= 1e-9 * std::max(1.0, std::abs(want));
}

// NHSRplotthedots' words as the command gives them: "neutral" is
// "neither", an "inconsistent" assurance "hit_and_miss".
Json ours(const Json& words) {
    if (!words.is_string()) {
        return words;
    }
    auto text = words.get<std::string>();
    if (text == "inconsistent") {
        return "hit_and_miss";
    }
    if (const auto at = text.find("neutral"); at != std::string::npos) {
        text.replace(at, 7, "neither");
    }
    return text;
}

// The command line for a case, or empty when the command has no option for
// what the case asks (its own moving-range screening, a lenient reading).
std::string argumentsFor(const Json& input) {
    const bool mdc = input.value("profile", std::string("ptd")) == "mdc";
    if (input.value("lenient", false)) {
        return {};
    }
    if (input.contains("screen_outliers") && !input["screen_outliers"].is_null() &&
        input["screen_outliers"].get<bool>() == mdc) {
        return {}; // screening other than the rule set's own
    }
    // NHSRplotthedots says "neutral" where the command says "neither".
    const auto direction = input["improvement_direction"].get<std::string>();
    std::string arguments = std::string(" --rules ") + (mdc ? "nhs-england" : "plotthedots") +
                            " --direction " + (direction == "neutral" ? "neither" : direction);
    if (input.contains("target") && !input["target"].is_null()) {
        std::ostringstream target;
        target.precision(17);
        target << input["target"].get<double>();
        arguments += " --target " + target.str();
    }
    if (input.contains("fix_after_n_points") && !input["fix_after_n_points"].is_null()) {
        arguments += " --fix-after " + std::to_string(input["fix_after_n_points"].get<int>());
    }
    for (const auto& period : input.value("rebase", Json::array())) {
        // A rebase at a period the series does not hold is refused, with a
        // sentence, where NHSRplotthedots ignores it.
        const auto& series = input["series"];
        if (std::none_of(series.begin(), series.end(),
                         [&](const Json& point) { return point["period"] == period; })) {
            return {};
        }
        arguments += " --rebase " + period.get<std::string>();
    }
    return arguments;
}

} // namespace

TEST_CASE("jointly spc gives what every public test vector it can be asked asserts",
          "[cli][monitor][spc]") {
    Folder folder;
    std::size_t run = 0;
    std::size_t oracles = 0;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(kCases)) {
        if (entry.path().extension() == ".json") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        std::ifstream in(file);
        const auto test = Json::parse(in);
        if (test["kind"] != "series") {
            continue;
        }
        const auto& input = test["input"];
        const auto arguments = argumentsFor(input);
        if (arguments.empty()) {
            continue;
        }
        INFO(file.filename().string() << ":" << arguments);
        std::string csv = "period,value\n";
        for (const auto& point : input["series"]) {
            std::ostringstream value;
            value.precision(17);
            if (!point["value"].is_null()) {
                value << point["value"].get<double>();
            }
            csv += point["period"].get<std::string>() + "," + value.str() + "\n";
        }
        folder.write("series.csv", csv);
        const auto result = folder.jointly("spc series.csv" + arguments);
        REQUIRE(result.exitCode == 0);
        const auto chart = Json::parse(result.out);
        const auto& points = chart["points"];
        REQUIRE(points.size() == input["series"].size());
        ++run;
        const auto& expected = test["expected"];
        if (expected.contains("points") && expected["points"].contains("point_type")) {
            const auto& types = expected["points"]["point_type"];
            for (std::size_t i = 0; i < types.size(); ++i) {
                if (!types[i].is_null()) {
                    INFO("point " << i + 1);
                    CHECK(points[i]["point_type"] == ours(types[i]));
                }
            }
        }
        if (expected.contains("variation_icon") && expected["variation_icon"].is_string()) {
            CHECK(chart["variation_icon"] == ours(expected["variation_icon"]));
        }
        if (!test.contains("expected_oracle")) {
            continue;
        }
        ++oracles;
        const auto& oracle = test["expected_oracle"];
        for (std::size_t i = 0; i < points.size(); ++i) {
            const auto& want = oracle["points"][i];
            INFO("point " << i + 1 << " (" << want["period"].get<std::string>() << ")");
            CHECK(near(want["mean"], points[i]["mean"]));
            if (points[i]["limits_shown"].get<bool>()) {
                CHECK(near(want["lpl"], points[i]["lower_limit"]));
                CHECK(near(want["upl"], points[i]["upper_limit"]));
            }
            CHECK(points[i]["point_type"] == ours(want["point_type"]));
            CHECK(points[i]["special_cause"] == want["special_cause_flag"]);
        }
        CHECK(chart["variation_icon"] == ours(oracle["variation_icon"]));
        CHECK(chart["assurance_icon"] == ours(oracle["assurance_icon"]));
    }
    // Most series cases say nothing the command cannot: each one is run.
    CHECK(run >= 45);
    CHECK(oracles >= 40);
}
