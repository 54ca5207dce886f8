#include "core/ExampleCopy.h"
#include "core/TestSupport.h"

#include "monitoring/ContractPerformance.h"
#include "monitoring/DashboardReport.h"
#include "monitoring/Delivery.h"
#include "monitoring/MonitoringKinds.h"
#include "procurement/ContractKinds.h"
#include "project/Project.h"
#include "quantities/Period.h"
#include "records/RecordStore.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <memory>
#include <string>

using namespace jointly;
using namespace jointly::monitoring;
using jointly::testing::exampleCopy;
using jointly::testing::TempDir;
using quantities::Frequency;
using records::FieldValue;

namespace {

KpiFigure figure(const char* period, std::optional<std::int64_t> hundredths) {
    KpiFigure f;
    f.period = period;
    f.hundredths = hundredths;
    return f;
}

// A monthly KPI, higher is better, target 90.00% with a tolerance of 2.00
// and a breach threshold of 80.00%.
KpiRecord monthly() {
    KpiRecord kpi;
    kpi.id = 4;
    kpi.name = "Seen within a week";
    kpi.unit = "%";
    kpi.polarity = "higher";
    kpi.frequency = "monthly";
    kpi.target = 9000;
    kpi.targets = {{"", 9000}};
    kpi.tolerance = {200, false};
    kpi.breach = 8000;
    return kpi;
}

} // namespace

TEST_CASE("a period's financial year and its first and last days", "[monitoring][period]") {
    using quantities::datesOfPeriod;
    using quantities::financialYearOfPeriod;
    // April starts the financial year: March 2026 is in 2025/26, April in 2026/27.
    CHECK(financialYearOfPeriod("2026-03", Frequency::Monthly) == 2025);
    CHECK(financialYearOfPeriod("2026-04", Frequency::Monthly) == 2026);
    CHECK(financialYearOfPeriod("2026-12", Frequency::Monthly) == 2026);
    // A quarter is of its calendar year: Q1 (January to March) ends the
    // financial year before, Q2 (April to June) starts the one named.
    CHECK(financialYearOfPeriod("2026-Q1", Frequency::Quarterly) == 2025);
    CHECK(financialYearOfPeriod("2026-Q2", Frequency::Quarterly) == 2026);
    CHECK(financialYearOfPeriod("2026-Q4", Frequency::Quarterly) == 2026);
    CHECK(financialYearOfPeriod("2025/26", Frequency::Annual) == 2025);
    CHECK_FALSE(financialYearOfPeriod("2026-4", Frequency::Monthly)); // not in its usual form
    CHECK_FALSE(financialYearOfPeriod("soon", Frequency::Monthly));

    // February in a leap year has 29 days; a quarter's last day is its third
    // month's; a financial year runs from 1 April to 31 March.
    auto february = datesOfPeriod("2024-02", Frequency::Monthly);
    REQUIRE(february);
    CHECK(february->first == "2024-02-01");
    CHECK(february->last == "2024-02-29");
    auto december = datesOfPeriod("2025-12", Frequency::Monthly);
    CHECK(december->last == "2025-12-31");
    auto quarter = datesOfPeriod("2025-Q4", Frequency::Quarterly);
    CHECK(quarter->first == "2025-10-01");
    CHECK(quarter->last == "2025-12-31");
    auto spring = datesOfPeriod("2026-Q1", Frequency::Quarterly);
    CHECK(spring->first == "2026-01-01");
    CHECK(spring->last == "2026-03-31");
    auto year = datesOfPeriod("2025/26", Frequency::Annual);
    CHECK(year->first == "2025-04-01");
    CHECK(year->last == "2026-03-31");
    CHECK_FALSE(datesOfPeriod("2025-13", Frequency::Monthly));
}

TEST_CASE("a KPI's yearly rating comes from the mean of the year's figures, by polarity",
          "[monitoring][performance]") {
    auto kpi = monthly();
    SECTION("good: the mean is on or better than the target") {
        // 2026-03 belongs to 2025/26 and is left out. 90.01 + 90.00 = 180.01,
        // mean 90.005, which rounds half away from zero to 90.01.
        kpi.figures = {figure("2026-03", 1000), figure("2026-04", 9001), figure("2026-05", 9000)};
        const auto rating = suggestRating(kpi, 2026);
        CHECK(rating.rating == Rating::Good);
        CHECK(rating.explanation == "The 2 figures for 2026/27 average 90.01%. Green: 90.01% is "
                                    "above the target of 90.00%.");
    }
    SECTION("approaching target: worse, but within the tolerance") {
        // (88.00 + 89.00 + 88.99) / 3 = 265.99 / 3 = 88.6633..., so 88.66:
        // 1.34 below the target, within 2.00. A missing month is said.
        kpi.figures = {figure("2026-04", 8800), figure("2026-05", 8900),
                       figure("2026-06", std::nullopt), figure("2026-07", 8899)};
        const auto rating = suggestRating(kpi, 2026);
        CHECK(rating.rating == Rating::Approaching);
        CHECK(rating.explanation ==
              "The 3 figures for 2026/27 average 88.66%. Amber: 88.66% is 1.34 below the target "
              "of 90.00%, within the tolerance of 2.00. 1 period is recorded as missing.");
    }
    SECTION("requires improvement: beyond the tolerance, not past the breach threshold") {
        kpi.figures = {figure("2026-04", 8500)};
        const auto rating = suggestRating(kpi, 2026);
        CHECK(rating.rating == Rating::RequiresImprovement);
        CHECK(rating.explanation == "The 1 figure for 2026/27 is 85.00%. Red: 85.00% is 5.00 "
                                    "below the target of 90.00%, beyond the tolerance of 2.00.");
    }
    SECTION("inadequate: worse than the breach threshold as well") {
        // (79.99 + 80.00) / 2 = 79.995, which rounds away from zero to 80.00:
        // on the threshold is not past it. 79.98 and 80.00 give 79.99, past it.
        kpi.figures = {figure("2026-04", 7999), figure("2026-05", 8000)};
        CHECK(suggestRating(kpi, 2026).rating == Rating::RequiresImprovement);
        kpi.figures = {figure("2026-04", 7998), figure("2026-05", 8000)};
        const auto rating = suggestRating(kpi, 2026);
        CHECK(rating.rating == Rating::Inadequate);
        CHECK(rating.explanation.ends_with(
            "beyond the tolerance of 2.00. It is also below the breach threshold of 80.00%."));
    }
    SECTION("lower is better: the same, the other way") {
        kpi.polarity = "lower";
        kpi.unit = "days";
        kpi.targets = {{"", 200}};
        kpi.tolerance = {1000, true}; // 10% of the target: 0.20 days
        kpi.breach = 300;
        // (2.10 + 2.25) / 2 = 2.175, rounding to 2.18: 0.18 above the target
        // of 2.00, within 10% of it (0.18 x 10,000 = 1,800 <= 2.00 x 1,000 = 2,000).
        kpi.figures = {figure("2026-09", 210), figure("2026-10", 225)};
        auto rating = suggestRating(kpi, 2026);
        CHECK(rating.rating == Rating::Approaching);
        CHECK(rating.explanation == "The 2 figures for 2026/27 average 2.18 days. Amber: 2.18 "
                                    "days is 0.18 above the target of 2.00 days, within the "
                                    "tolerance of 10.00% of the target.");
        kpi.figures = {figure("2026-09", 310)};
        CHECK(suggestRating(kpi, 2026).rating == Rating::Inadequate);
        kpi.figures = {figure("2026-09", 190)};
        CHECK(suggestRating(kpi, 2026).rating == Rating::Good);
    }
    SECTION("other, to rate by hand: no figures, no target, or no better direction") {
        kpi.figures = {figure("2026-04", std::nullopt)};
        auto rating = suggestRating(kpi, 2026);
        CHECK(rating.rating == Rating::Other);
        CHECK(rating.explanation == "No figures for 2026/27: rate it by hand, saying why. 1 "
                                    "period is recorded as missing.");
        kpi.figures = {figure("2026-04", 9100)};
        kpi.targets.clear();
        rating = suggestRating(kpi, 2026);
        CHECK(rating.rating == Rating::Other);
        CHECK(rating.explanation ==
              "The 1 figure for 2026/27 is 91.00%. The KPI has no target, so rate it by hand.");
        kpi.targets = {{"", 9000}};
        kpi.polarity = "neither";
        CHECK(suggestRating(kpi, 2026).rating == Rating::Other);
    }
    SECTION("the target in force at the year's last figure") {
        kpi.targets = {{"", 9000}, {"2026-06", 8500}};
        kpi.figures = {figure("2026-05", 8600), figure("2026-06", 8600)};
        CHECK(suggestRating(kpi, 2026).rating == Rating::Good); // 86.00 against 85.00
    }
    // The ratings as the OCDS UK extension classifies them.
    CHECK(ratingClassification(Rating::Good) == "met");
    CHECK(ratingClassification(Rating::Approaching) == "slightlyBelow");
    CHECK(ratingClassification(Rating::RequiresImprovement) == "below");
    CHECK(ratingClassification(Rating::Inadequate) == "significantlyBelow");
    CHECK(ratingClassification(Rating::Other) == "other");
    CHECK(ratingOfKey("requires_improvement") == Rating::RequiresImprovement);
    CHECK_FALSE(ratingOfKey("excellent"));
}

TEST_CASE("the example's reablement contract: KPIs, breach, notice, milestones and assessment",
          "[monitoring][performance]") {
    project::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto example = project::Project::open(JOINTLY_EXAMPLE_FILE, readOnly);
    REQUIRE(example.ok());
    auto& db = example.value()->database();
    const auto all = contractPerformance(db, "2026-12-02");
    const ContractPerformance* reablement = nullptr;
    for (const auto& contract : all) {
        if (contract.contractId == 3) {
            reablement = &contract;
        }
    }
    REQUIRE(reablement != nullptr);
    CHECK(reablement->name == "Home-based reablement 2023-2028");
    // KPIs 7, 8 and 10. Starts within 2 days was 78.90% in November 2026:
    // red against 95.00% and below the breach threshold of 85.00%. Still at
    // home was 84.60%, green against 82.00%. Referrals have no target.
    REQUIRE(reablement->kpis.size() == 3);
    CHECK(reablement->red == 1);
    CHECK(reablement->breaches == 1);
    CHECK(reablement->kpis[1].breach ==
          "In breach: 78.90% in 2026-11 is below the breach threshold of 85.00%. Consequence: A "
          "remedial action plan within 20 working days.");
    // The notice of 3 November 2025 and its plan: two milestones done, the
    // third due on 30 September 2026, 63 days before 2 December 2026 (31
    // days of October, 30 of November and 2 of December).
    REQUIRE(reablement->notices.size() == 1);
    const auto& notice = reablement->notices.front();
    CHECK(notice.kpi == "Reablement starting within 2 days of discharge");
    CHECK(notice.statusWords == "Remedial action plan agreed");
    CHECK(notice.open);
    REQUIRE(notice.milestones.size() == 3);
    CHECK(notice.milestones[0].state == DeliveryState::Done);
    CHECK(notice.milestones[1].state == DeliveryState::Done);
    CHECK(notice.milestones[2].state == DeliveryState::Overdue);
    CHECK(notice.milestones[2].daysAway == -63);
    CHECK(reablement->openNotices == 1);
    CHECK(reablement->overdueMilestones == 1);
    REQUIRE(reablement->assessments.size() == 1);
    CHECK(reablement->assessments[0].yearText == "2025/26");
    CHECK(reablement->sentence ==
          "3 KPIs: 1 red, 1 in breach. 1 performance notice, 1 open; 1 remedial milestone "
          "overdue. Assessed for 2025/26: 1 approaching target, 1 inadequate, 1 other.");

    // The navigator flags the breach and the overdue milestone.
    CHECK(performanceAlerts(db, "2026-12-02") ==
          std::vector<std::string>{
              "“Reablement starting within 2 days of discharge”, “Home-based reablement "
              "2023-2028”: In breach: 78.90% in 2026-11 is below the breach threshold of 85.00%. "
              "Consequence: A remedial action plan within 20 working days.",
              "“Home-based reablement 2023-2028”, remedial action plan: Overdue: “Starts within 2 "
              "days at 85% or more for three months running” was due on Wednesday 30 September "
              "2026, 63 days ago."});

    // The overdue remedial milestone is in delivery too.
    const auto delivery = deliveryAsAt(db, "2026-12-02");
    bool found = false;
    for (const auto& item : delivery.items) {
        if (item.kind == "remedial") {
            found = found || (item.state == DeliveryState::Overdue &&
                              item.from == "Home-based reablement 2023-2028");
        }
    }
    CHECK(found);

    // The example's 2025/26 ratings are the ones its figures suggest. Still
    // at home: 12 figures adding to 976.40%, mean 81.3666...%, so 81.37%:
    // 0.63 below 82.00%, within 2.00, approaching target. Starts within 2
    // days: 962.30% over 12 is 80.1916...%, so 80.19%: 14.81 below 95.00%,
    // beyond 3.00 and below the breach threshold of 85.00%, inadequate.
    const auto refused = suggestAssessment(db, 3, 2025);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          "“Home-based reablement 2023-2028” is already assessed for 2025/26 (on 2026-05-20): "
          "change that assessment's ratings instead, or delete it first.");
    std::vector<KpiRecord> kpis;
    for (const auto& kpi : readKpis(db)) {
        if (kpi.contractId == 3) {
            kpis.push_back(kpi);
        }
    }
    REQUIRE(kpis.size() == 3);
    const auto still = suggestRating(kpis[0], 2025);
    CHECK(still.rating == Rating::Approaching);
    CHECK(still.explanation == reablement->assessments[0].ratings[0].explanation);
    const auto starts = suggestRating(kpis[1], 2025);
    CHECK(starts.rating == Rating::Inadequate);
    CHECK(starts.explanation == reablement->assessments[0].ratings[1].explanation);
}

TEST_CASE("assessing a contract for a year records every KPI's rating as one undoable edit",
          "[monitoring][performance]") {
    TempDir dir;
    auto project = exampleCopy(dir);
    auto& db = project->database();
    const auto ratingsBefore = db.queryInt64("SELECT count(*) FROM kpi_rating");

    // 2026/27 so far (April to November 2026). Still at home: 8 figures
    // adding to 683.80%, mean 85.475%, rounding half away from zero to
    // 85.48%: above 82.00%, good. Starts within 2 days: 640.30% over 8 is
    // 80.0375%, so 80.04%: inadequate. Referrals: no target, other.
    auto done = recordAssessment(*project, 3, 2026, "2026-12-02");
    REQUIRE(done.ok());
    const auto& plan = done.value();
    CHECK(plan.summary == "2026/27: 1 good, 1 inadequate, 1 other.");
    REQUIRE(plan.ratings.size() == 3);
    CHECK(plan.ratings[0].explanation ==
          "The 8 figures for 2026/27 average 85.48%. Green: 85.48% is above the target of "
          "82.00%.");
    CHECK(plan.ratings[1].explanation ==
          "The 8 figures for 2026/27 average 80.04%. Red: 80.04% is 14.96 below the target of "
          "95.00%, beyond the tolerance of 3.00. It is also below the breach threshold of "
          "85.00%.");
    CHECK(plan.ratings[2].explanation ==
          "The 8 figures for 2026/27 average 185.63 people. The KPI has no target, so rate it "
          "by hand.");
    CHECK(db.queryInt64("SELECT count(*) FROM kpi_rating") == ratingsBefore + 3);
    CHECK(project->undoLabel() == "Assess “Home-based reablement 2023-2028” for 2026/27");
    CHECK(db.queryInt64("SELECT count(*) FROM contract_assessment WHERE year = 2026 AND "
                        "assessed_on = '2026-12-02'") == 1);
    // A second time the same year is refused and changes nothing.
    auto again = recordAssessment(*project, 3, 2026, "2026-12-03");
    REQUIRE_FALSE(again.ok());
    CHECK(db.queryInt64("SELECT count(*) FROM kpi_rating") == ratingsBefore + 3);
    // One undo takes it all back.
    REQUIRE(project->undo().ok());
    CHECK(db.queryInt64("SELECT count(*) FROM kpi_rating") == ratingsBefore);
    CHECK(db.queryInt64("SELECT count(*) FROM contract_assessment WHERE year = 2026") == 0);

    // A contract with no KPIs, or none at all, is refused with a sentence.
    auto none = suggestAssessment(db, 999, 2026);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message ==
          "There is no contract 999 in this project: see the contracts on the Procure page.");
}

TEST_CASE("a notice or a rating names the contract's own KPIs, once per assessment",
          "[monitoring][performance]") {
    TempDir dir;
    auto project = exampleCopy(dir);
    auto& db = project->database();
    // KPI 1 belongs to the falls contract, not to reablement (contract 3).
    const auto otherKpi = db.queryInt64("SELECT id FROM kpi WHERE contract_id <> 3 LIMIT 1");
    auto notice = records::addRecord(
        *project, performanceNotice(),
        {{"contract_id", FieldValue{std::int64_t{3}}}, {"kpi_id", FieldValue{otherKpi}}});
    REQUIRE_FALSE(notice.ok());
    CHECK(notice.error().message.find("is not one of the contract “Home-based reablement "
                                      "2023-2028”'s KPIs") != std::string::npos);
    CHECK(db.queryInt64("SELECT count(*) FROM performance_notice") == 1);

    auto rating = records::addRecord(
        *project, kpiRating(),
        {{"assessment_id", FieldValue{std::int64_t{1}}}, {"kpi_id", FieldValue{std::int64_t{7}}}});
    REQUIRE_FALSE(rating.ok());
    CHECK(rating.error().message == "The KPI “Still at home 91 days after reablement” is "
                                    "already rated in this assessment: change that rating "
                                    "instead.");
    auto foreign = records::addRecord(
        *project, kpiRating(),
        {{"assessment_id", FieldValue{std::int64_t{1}}}, {"kpi_id", FieldValue{otherKpi}}});
    REQUIRE_FALSE(foreign.ok());
    CHECK(db.queryInt64("SELECT count(*) FROM kpi_rating") == 3);
    // Its own KPI, not yet rated, is fine.
    REQUIRE(records::deleteRecord(*project, kpiRating(), 3).ok());
    CHECK(records::addRecord(*project, kpiRating(),
                             {{"assessment_id", FieldValue{std::int64_t{1}}},
                              {"kpi_id", FieldValue{std::int64_t{10}}}})
              .ok());
}

TEST_CASE("the dashboard for the board says every KPI in words, with its rules, rebases and "
          "annotations, escaping what users typed",
          "[monitoring][performance]") {
    TempDir dir;
    auto project = exampleCopy(dir);
    auto& db = project->database();
    db.execute("UPDATE kpi SET name = '<b>Falls</b> & \"trips\"' WHERE id = 1");
    const auto html = dashboardHtml(db, "2026-12-02");
    CHECK(html.find("As at Wednesday 2 December 2026.") != std::string::npos);
    // Escaped, never markup.
    CHECK(html.find("&lt;b&gt;Falls&lt;/b&gt; &amp; &quot;trips&quot;") != std::string::npos);
    CHECK(html.find("<b>Falls</b>") == std::string::npos);
    // The RAG and both icons in words, and the breach with its consequence.
    CHECK(html.find("Red: 78.90% is 16.10 below the target of 95.00%, beyond the tolerance of "
                    "3.00.") != std::string::npos);
    CHECK(html.find("In breach: 78.90% in 2026-11 is below the breach threshold of 85.00%.") !=
          std::string::npos);
    // Each chart's rules, its rebase with the reason, and the annotations.
    CHECK(html.find("<li>Reablement starting within 2 days of discharge (Home-based reablement "
                    "2023-2028). Red: 78.90% is 16.10 below the target of 95.00%, beyond the "
                    "tolerance of 3.00. Common cause variation: no significant change.") !=
          std::string::npos);
    CHECK(html.find("Charted with the NHSRplotthedots rules.") != std::string::npos);
    // Each rule set used is spelt out once.
    CHECK(html.find("<li>NHSRplotthedots rules: a point beyond the process limits") !=
          std::string::npos);
    CHECK(html.find("<li>NHS England Making Data Count rules: a point beyond") !=
          std::string::npos);
    // The table's short words: a shape beside the RAG word, the icons in brief.
    CHECK(html.find("<td>\u25A0 Red</td><td>Common cause</td><td>Fail</td>") != std::string::npos);
    CHECK(html.find("Limits worked out again from 2025-10: Referrals from the discharge hub "
                    "began in October 2025") != std::string::npos);
    CHECK(html.find("2026-02: The seven-day reablement service began on 2 February.") !=
          std::string::npos);
    // The year at a glance and the contracts.
    CHECK(html.find("The year at a glance, 2026/27") != std::string::npos);
    CHECK(html.find("Home-based reablement 2023-2028") != std::string::npos);
    CHECK(html.find("Performance notice of 2025-11-03 (remedial action plan agreed): "
                    "Reablement starting within 2 days of discharge: below the threshold") !=
          std::string::npos);
}
