#include "CliSupport.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <cmath>
#include <string>

using jointly::cli_testing::Folder;
using Json = nlohmann::json;

namespace {

// Thirteen months: ten steady ones below the mean, a spike, then two more.
const char* const kSeries = "period,value,note\n"
                            "2025-04,10\n2025-05,12\n2025-06,11\n2025-07,13\n2025-08,12\n"
                            "2025-09,11\n2025-10,12\n2025-11,13\n2025-12,11\n2026-01,12\n"
                            "2026-02,30,Winter pressures\n2026-03,12\n2026-04,11\n";

bool near(const Json& value, double expected) {
    return std::abs(value.get<double>() - expected) <= 1e-9;
}

std::vector<std::string> types(const Json& chart) {
    std::vector<std::string> all;
    for (const auto& point : chart["points"]) {
        all.push_back(point["point_type"].get<std::string>());
    }
    return all;
}

} // namespace

TEST_CASE("spc draws an XmR chart of a CSV series under either rule set, worked by hand",
          "[cli][monitor][spc]") {
    Folder folder;
    folder.write("kpi.csv", kSeries);

    // NHS England's rules. The values add to 170, a mean of 170 / 13
    // (13.08). The twelve moving ranges are 2, 1, 2, 1, 1, 1, 1, 2, 1, 18,
    // 18, 1: 49, a mean of 49 / 12, none screened out. Limits: the mean
    // +/- 2.66 x 49 / 12, 2.22 and 23.94.
    auto run = folder.jointly("spc kpi.csv --direction increase --target 20");
    REQUIRE(run.exitCode == 0);
    auto chart = Json::parse(run.out);
    CHECK(chart["rules"] == "nhs-england");
    const auto& first = chart["points"][0];
    CHECK(first["period"] == "2025-04");
    CHECK(near(first["mean"], 170.0 / 13));
    CHECK(near(first["upper_limit"], 170.0 / 13 + 2.66 * 49 / 12));
    CHECK(near(first["lower_limit"], 170.0 / 13 - 2.66 * 49 / 12));
    CHECK(first["limits_shown"] == true);
    // The first ten are all below the mean: a shift of 6 or more, a concern
    // when higher is better. February's 30 is above the upper limit.
    const auto nhs = types(chart);
    for (int i = 0; i < 10; ++i) {
        CHECK(nhs[static_cast<std::size_t>(i)] == "special_cause_concern");
    }
    CHECK(chart["points"][0]["signals"] == Json::array({"shift"}));
    CHECK(nhs[10] == "special_cause_improvement");
    CHECK(chart["points"][10]["signals"] == Json::array({"outside_limits"}));
    CHECK(chart["points"][10]["note"] == "Winter pressures");
    CHECK(nhs[11] == "common_cause");
    CHECK(nhs[12] == "common_cause");
    CHECK(chart["variation_icon"] == "common_cause");
    // The target of 20 lies between the limits: hit and miss.
    CHECK(chart["assurance_icon"] == "hit_and_miss");

    // NHSRplotthedots screens the two ranges of 18 (3.267 x 49 / 12 is
    // 13.34): the other ten add to 13, a mean range of 1.3, so the limits
    // are the mean +/- 3.458, 9.62 and 16.53; April 2025's 10 is inside
    // them, though beyond two sigma (10.77), and alone there.
    run = folder.jointly("spc kpi.csv --direction increase --target 20 --rules plotthedots");
    REQUIRE(run.exitCode == 0);
    chart = Json::parse(run.out);
    CHECK(chart["rules"] == "plotthedots");
    CHECK(near(chart["points"][0]["upper_limit"], 170.0 / 13 + 2.66 * 1.3));
    CHECK(near(chart["points"][0]["lower_limit"], 170.0 / 13 - 2.66 * 1.3));
    CHECK(chart["points"][0]["signals"] == Json::array({"shift"}));
    CHECK(types(chart)[10] == "special_cause_improvement");
    // Now the target is above the upper limit: it will consistently fail.
    CHECK(chart["assurance_icon"] == "fail");

    // Lower is better: the same points change sides.
    chart = Json::parse(folder.jointly("spc kpi.csv --direction decrease").out);
    CHECK(types(chart)[0] == "special_cause_improvement");
    CHECK(types(chart)[10] == "special_cause_concern");
    chart = Json::parse(folder.jointly("spc kpi.csv --direction neither").out);
    CHECK(types(chart)[0] == "special_cause_neither_low");
    CHECK(types(chart)[10] == "special_cause_neither_high");
    CHECK(chart["assurance_icon"].is_null());

    // A rebase at the spike splits the chart into groups of ten and three:
    // too few for NHS England to show limits or icons, which it says.
    chart = Json::parse(folder.jointly("spc kpi.csv --direction increase --rebase 2026-02").out);
    CHECK(chart["points"][10]["rebase_group"] == 1);
    CHECK(chart["points"][10]["limits_shown"] == false);
    CHECK(chart["points"][0]["upper_limit"].is_null());
    CHECK(near(chart["points"][10]["mean"], 53.0 / 3));
    CHECK(chart["variation_icon"].is_null());
    CHECK(chart["problem"].get<std::string>().starts_with("Fewer than 13 points"));
    // NHSRplotthedots draws them as trial limits: the first group's mean is
    // 117 / 10 and its nine ranges add to 12.
    chart = Json::parse(
        folder.jointly("spc kpi.csv --direction increase --rebase 2026-02 --rules plotthedots")
            .out);
    CHECK(chart["points"][0]["trial_limits"] == true);
    CHECK(near(chart["points"][0]["upper_limit"], 11.7 + 2.66 * 12 / 9));
    CHECK(chart["variation_icon"] == "common_cause");
}

TEST_CASE("spc refuses what it cannot chart with a sentence, and shows a gap as a gap",
          "[cli][monitor][spc]") {
    Folder folder;
    folder.write("kpi.csv", kSeries);

    auto run = folder.jointly("spc kpi.csv --direction upwards");
    CHECK(run.exitCode == 2);
    CHECK(run.err.starts_with("jointly: \"upwards\" is not a direction"));
    run = folder.jointly("spc kpi.csv --direction increase --rebase 2030-01");
    CHECK(run.exitCode != 0);
    CHECK(run.err == "jointly: There is no period \u201c2030-01\u201d in kpi.csv: rebase at one "
                     "of the periods it holds.\n");
    run = folder.jointly("spc kpi.csv --direction increase --rules plotthedots --fix-after 6");
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("12 or more, as NHSRplotthedots requires") != std::string::npos);
    run = folder.jointly("spc missing.csv --direction increase");
    CHECK(run.exitCode != 0);
    CHECK(run.err.find("missing.csv") != std::string::npos);

    folder.write("bad.csv", "period,value\n2025-04,10\n2025-05,ten\n");
    run = folder.jointly("spc bad.csv --direction increase");
    CHECK(run.exitCode != 0);
    CHECK(run.err == "jointly: bad.csv, row 3: \u201cten\u201d (2025-05) is not a number. Write "
                     "it like 12.5, or leave it empty for a missing value.\n");
    CHECK(run.out.empty());
    folder.write("twice.csv", "2025-04,10\n2025-05,11\n2025-04,12\n");
    run = folder.jointly("spc twice.csv --direction increase");
    CHECK(run.err == "jointly: twice.csv, row 3: the period \u201c2025-04\u201d is given twice, "
                     "first on row 1. Give each period once.\n");

    // A missing month is kept and shown, and the chart draws no limits
    // until it is given.
    folder.write("gap.csv", "2025-04,10\n2025-05,\n2025-06,\"1,234.5\"\n");
    run = folder.jointly("spc gap.csv --direction increase");
    REQUIRE(run.exitCode == 0);
    const auto chart = Json::parse(run.out);
    REQUIRE(chart["points"].size() == 3);
    CHECK(chart["points"][1]["value"].is_null());
    CHECK(chart["points"][2]["value"] == 1234.5);
    CHECK(chart["points"][0]["mean"].is_null());
    CHECK(chart["problem"] == "The value for 2025-05 is missing. SPC needs a value for every "
                              "period, so the chart shows no limits, signals or icons until it "
                              "is given.");
}

TEST_CASE("kpis prints the dashboard's KPI table, as the Monitor page shows it", "[cli][monitor]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    auto run = folder.jointly("kpis west.jointly --json");
    REQUIRE(run.exitCode == 0);
    const auto kpis = Json::parse(run.out);
    REQUIRE(kpis.size() == 10);
    // Two years of monthly figures in the example (westshire-monitor.sql).
    const auto& home = kpis[6];
    CHECK(home["name"] == "Still at home 91 days after reablement");
    CHECK(home["latest_period"] == "2026-11");
    CHECK(home["latest"] == "84.60");
    CHECK(home["target"] == "82.00");
    CHECK(home["rag"] == "green");
    CHECK(home["variation_icon"] == "improvement_high");
    CHECK(home["assurance_icon"] == "hit_and_miss");
    CHECK(home["recent"].size() == 24);
    const auto& start = kpis[7];
    CHECK(start["rules"] == "plotthedots");
    CHECK(start["rag"] == "red");
    CHECK(start["assurance_icon"] == "fail");
    CHECK(start["breach"] == "In breach: 78.90% in 2026-11 is below the breach threshold of "
                             "85.00%. Consequence: A remedial action plan within 20 working "
                             "days.");
    CHECK(kpis[8]["variation_icon"] == "concern_high");
    // Neither direction better: no RAG, no assurance.
    CHECK(kpis[9]["rag"].is_null());
    CHECK(kpis[9]["assurance_icon"].is_null());
    CHECK(kpis[0]["latest"].is_null());

    auto text = folder.jointly("kpis west.jointly");
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.find("7  Still at home 91 days after reablement (Home-based reablement "
                        "2023-2028)\n    Latest 2026-11: 84.60%; target 82.00%  ") !=
          std::string::npos);
    CHECK(text.out.find("    Green: 84.60% is above the target of 82.00%.\n") != std::string::npos);
}

TEST_CASE("import-actuals imports a KPI's figures as one undoable edit, or names the bad row",
          "[cli][monitor]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    folder.write("falls.csv", "period,value,note\n2027-Q3,\"2,110.5\",\n2028-Q1,2080,Winter\n");
    auto run = folder.jointly("import-actuals west.jointly 'emergency admissions for falls, 65 "
                              "and over' falls.csv");
    CHECK(run.exitCode == 0);
    CHECK(run.out == "Imported 2 figures for “Emergency admissions for falls, 65 and over” from "
                     "falls.csv: 2 new, 0 replaced. 2027-Q4 is missing and recorded so: give the "
                     "figures when you have them.\n");
    auto listed = folder.jointly("list west.jointly kpi-figure --json");
    REQUIRE(listed.exitCode == 0);
    CHECK(Json::parse(listed.out)["records"].size() == 96 + 3);

    folder.write("bad.csv", "2027-Q3,1\n2027-Q4,1.005\n");
    auto bad = folder.jointly("import-actuals west.jointly 1 bad.csv");
    CHECK(bad.exitCode != 0);
    CHECK(bad.err.find("bad.csv, row 2 (2027-Q4): “1.005” has more than two decimals") !=
          std::string::npos);
    auto none = folder.jointly("import-actuals west.jointly 'No such KPI' bad.csv");
    CHECK(none.exitCode != 0);
    CHECK(none.err.find("No KPI is called “No such KPI”. The KPIs are “Emergency admissions for "
                        "falls, 65 and over”, ") != std::string::npos);
    auto listedAgain = folder.jointly("list west.jointly kpi-figure --json");
    CHECK(Json::parse(listedAgain.out)["records"].size() == 96 + 3);
}

TEST_CASE("next-cycle starts the next cycle year, or only says what it would do",
          "[cli][monitor]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    const std::string done =
        "Started the 2027/28 cycle year: 7 plans rolled forward a year; 4 open actions and 5 "
        "open risks carried; 1 KPI showing special cause concern and 3 outcome measures not on "
        "track made draft needs statements for the next needs assessment. 6 plans still running "
        "were left as they are.\n";
    auto preview = folder.jointly("next-cycle west.jointly --as-at 2026-12-02 --preview");
    REQUIRE(preview.exitCode == 0);
    CHECK(preview.out.starts_with("Not started (a preview). Starting it would do this:\n" + done));
    CHECK(preview.out.find("  Draft needs statement: “Out-of-area mental health placements” "
                           "shows special cause concern: 29.00 people in 2026-11, against a "
                           "target of 15.00 people.") != std::string::npos);
    CHECK(folder.jointly("list west.jointly cycle-year").out.find("Cycle year 1") ==
          std::string::npos);

    auto run = folder.jointly("next-cycle west.jointly --as-at 2026-12-02");
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.starts_with(done));
    auto years = Json::parse(folder.jointly("list west.jointly cycle-year --json").out);
    REQUIRE(years["records"].size() == 1);
    auto carried = Json::parse(folder.jointly("list west.jointly carried-item --json").out);
    // The five implementation plans (refreshed each April) and the two
    // investment plans; the framework and the five ten-year care group
    // plans, reviewed in October 2027, still run. Four of the six actions are
    // open: the business case was approved and the falls contract awarded.
    // Findings: the placements KPI, and the falls, self-harm and alcohol
    // measures, each worse than its 2026/27 target.
    CHECK(carried["records"].size() == 7 + 4 + 5 + 4);

    auto bad = folder.jointly("next-cycle west.jointly --as-at 31/02/2026");
    CHECK(bad.exitCode != 0);
    CHECK(bad.err.find("\"31/02/2026\" is not a date") != std::string::npos);
}

TEST_CASE("review gives the year at a glance, delivery and the outcome review as the Monitor "
          "page does",
          "[cli][monitor]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    auto run = folder.jointly("review west.jointly --as-at 2026-12-02");
    REQUIRE(run.exitCode == 0);
    const auto json = Json::parse(run.out);
    CHECK(json["year"] == "2026/27");
    CHECK(json["savings_realised"]["shares"][1] ==
          "NHS Westshire Integrated Care Board: £797,575.96 of it");
    CHECK(json["risks"].size() == 2);
    // Eight actions (two agreed at the board workshop), the falls procurement's 25 milestones and
    // the remedial action plan's 3, overdue first, the longest overdue first.
    CHECK(json["delivery"]["items"].size() == 36);
    CHECK(json["delivery"]["items"][0]["state"] == "overdue");
    CHECK(json["delivery"]["items"][0]["kind"] == "remedial");
    CHECK(json["delivery"]["items"][0]["text"] ==
          "Overdue: “Starts within 2 days at 85% or more for three months running” was due on "
          "Wednesday 30 September 2026, 63 days ago.");
    CHECK(json["delivery"]["items"][1]["text"] ==
          "Overdue: “Agree the schools programme with head teachers” was due on Sunday 15 "
          "November 2026, 17 days ago.");
    REQUIRE(json["outcomes"].size() == 3);
    CHECK(json["outcomes"][0]["measures"][1]["on_track"] == "On track");
    CHECK(json["outcomes"][0]["measures"][1]["latest"] == "84.60");
    CHECK(json["outcomes"][1]["text"] == "0 of 2 measures on track; 1 KPI, 1 red.");
}

TEST_CASE("performance and assess show and record contract performance as the Contracts tab does",
          "[cli][monitor]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    auto run = folder.jointly(
        "performance west.jointly --contract \"home-based reablement 2023-2028\" --as-at "
        "2026-12-02");
    REQUIRE(run.exitCode == 0);
    const auto json = Json::parse(run.out);
    REQUIRE(json["contracts"].size() == 1);
    const auto& reablement = json["contracts"][0];
    CHECK(reablement["id"] == 3);
    CHECK(reablement["text"] ==
          "3 KPIs: 1 red, 1 in breach. 1 performance notice, 1 open; 1 remedial milestone "
          "overdue. Assessed for 2025/26: 1 approaching target, 1 inadequate, 1 other.");
    CHECK(reablement["kpis"].size() == 3);
    CHECK(reablement["notices"][0]["status"] == "remedial_plan");
    CHECK(reablement["notices"][0]["milestones"][2]["state"] == "overdue");
    const auto& rating = reablement["assessments"][0]["ratings"][1];
    CHECK(rating["rating"] == "inadequate");
    CHECK(rating["rating_text"] == "Inadequate");
    CHECK(rating["ocds_classification"] == "significantlyBelow");
    auto every = Json::parse(folder.jointly("performance west.jointly").out);
    CHECK(every["contracts"].size() > 1);

    // The preview records nothing; the assessment is one undoable edit.
    auto preview = folder.jointly("assess west.jointly 3 2026/27 --preview");
    REQUIRE(preview.exitCode == 0);
    CHECK(preview.out.starts_with("Not recorded (a preview). The figures suggest “Home-based "
                                  "reablement 2023-2028” for 2026/27: 1 good, 1 inadequate, 1 "
                                  "other.\n  Still at home 91 days after reablement: Good. The 8 "
                                  "figures for 2026/27 average 85.48%."));
    CHECK(Json::parse(folder.jointly("list west.jointly contract-assessment --json").out)["records"]
              .size() == 1);
    auto assessed = folder.jointly("assess west.jointly 3 2026/27 --as-at 2026-12-02");
    REQUIRE(assessed.exitCode == 0);
    CHECK(assessed.out.starts_with("Assessed “Home-based reablement 2023-2028” for 2026/27: "));
    auto ratings = Json::parse(folder.jointly("list west.jointly kpi-rating --json").out);
    CHECK(ratings["records"].size() == 6);
    auto again = folder.jointly("assess west.jointly 3 2026/27");
    CHECK(again.exitCode != 0);
    CHECK(again.err.find("is already assessed for 2026/27 (on 2026-12-02)") != std::string::npos);
    // Deleting the assessment takes its ratings with it.
    REQUIRE(folder.jointly("delete west.jointly contract-assessment 2").exitCode == 0);
    CHECK(
        Json::parse(folder.jointly("list west.jointly kpi-rating --json").out)["records"].size() ==
        3);

    auto badYear = folder.jointly("assess west.jointly 3 2026/28");
    CHECK(badYear.exitCode != 0);
    auto unknown = folder.jointly("performance west.jointly --contract \"No such contract\"");
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.find("No contract is called “No such contract”. The contracts are ") !=
          std::string::npos);
}

TEST_CASE("dashboard writes the partnership dashboard for a board, as the Dashboard's export does",
          "[cli][monitor]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    auto run = folder.jointly("dashboard west.jointly board.html --as-at 2026-12-02");
    REQUIRE(run.exitCode == 0);
    CHECK(run.out == "Wrote board.html\n");
    const auto html = jointly::cli_testing::readFile(folder / "board.html");
    CHECK(html.find("As at Wednesday 2 December 2026.") != std::string::npos);
    CHECK(html.find("Out-of-area mental health placements") != std::string::npos);
    CHECK(html.find("Ward 4 at Westshire General closed for refurbishment.") != std::string::npos);
    REQUIRE(folder.jointly("dashboard west.jointly board.pdf").exitCode == 0);
    CHECK(jointly::cli_testing::readFile(folder / "board.pdf").starts_with("%PDF-"));
    auto wrong = folder.jointly("dashboard west.jointly board.txt");
    CHECK(wrong.exitCode != 0);
    CHECK(wrong.err.find("board.txt") != std::string::npos);
}
