#include "core/TestSupport.h"

#include "monitoring/ActualsImport.h"
#include "monitoring/KpiBoard.h"
#include "monitoring/MonitoringKinds.h"
#include "procurement/ContractKinds.h"
#include "project/Project.h"
#include "quantities/Period.h"
#include "records/RecordStore.h"

#include <catch2/catch.hpp>

#include <memory>
#include <sstream>
#include <string>

using namespace jointly;
using namespace jointly::monitoring;
using namespace jointly::quantities;
using jointly::testing::TempDir;
using records::FieldValue;

namespace {

struct Monitored {
    TempDir dir;
    std::unique_ptr<project::Project> project;
    std::int64_t kpi = 0;

    explicit Monitored(const std::string& frequency = "monthly") {
        auto created = project::Project::create(dir.file("p.jointly"), "Westshire");
        REQUIRE(created.ok());
        project = std::move(created.value());
        auto id = records::addRecord(*project, procurement::contractKpi(),
                                     {{"name", FieldValue{std::string("Reablement at home")}},
                                      {"unit", FieldValue{std::string("%")}},
                                      {"polarity", FieldValue{std::string("higher")}},
                                      {"frequency", FieldValue{frequency}},
                                      {"target_hundredths", FieldValue{std::int64_t{1100}}},
                                      {"tolerance_hundredths", FieldValue{std::int64_t{150}}}});
        REQUIRE(id.ok());
        kpi = id.value();
    }

    Outcome<ActualsImported> import(const std::string& csv, const std::string& name = "a.csv") {
        std::istringstream in(csv);
        return importActuals(*project, kpi, in, name);
    }

    std::int64_t count(const char* sql) { return project->database().queryInt64(sql); }

    KpiStatus status() {
        auto board = kpiBoard(project->database());
        REQUIRE(board.size() == 1);
        return board.front();
    }
};

} // namespace

TEST_CASE("periods are read in the forms spreadsheets write them and counted in order",
          "[monitoring]") {
    using F = Frequency;
    CHECK(normalPeriod("2025-04", F::Monthly) == "2025-04");
    CHECK(normalPeriod(" 2025-4 ", F::Monthly) == "2025-04");
    CHECK(normalPeriod("2025-04-01", F::Monthly) == "2025-04");
    CHECK(normalPeriod("Apr 2025", F::Monthly) == "2025-04");
    CHECK(normalPeriod("september 2025", F::Monthly) == "2025-09");
    CHECK_FALSE(normalPeriod("2025-04-15", F::Monthly)); // a day, not a month
    CHECK_FALSE(normalPeriod("2025-13", F::Monthly));
    CHECK_FALSE(normalPeriod("2025-Q2", F::Monthly));
    CHECK_FALSE(normalPeriod("1899-12", F::Monthly));
    CHECK(normalPeriod("2025 q3", F::Quarterly) == "2025-Q3");
    CHECK(normalPeriod("2025Q1", F::Quarterly) == "2025-Q1");
    CHECK_FALSE(normalPeriod("2025-Q5", F::Quarterly));
    CHECK(normalPeriod("2025-26", F::Annual) == "2025/26");
    CHECK(normalPeriod("2099/2100", F::Annual) == "2099/00");
    CHECK_FALSE(normalPeriod("2025/27", F::Annual));
    CHECK_FALSE(normalPeriod("", F::Annual));
    CHECK_FALSE(normalPeriod("20", F::Quarterly));

    // December 2025 then January 2026 are consecutive: 2025 x 12 + 11 and
    // 2026 x 12 + 0.
    CHECK(periodNumber("2025-12", F::Monthly) == 24311);
    CHECK(periodNumber("2026-01", F::Monthly) == 24312);
    CHECK(periodOfNumber(24312, F::Monthly) == "2026-01");
    CHECK(periodNumber("2025-Q4", F::Quarterly) == 8103); // 2025 x 4 + 3
    CHECK(periodOfNumber(8104, F::Quarterly) == "2026-Q1");
    CHECK(periodOfNumber(2099, F::Annual) == "2099/00");
    CHECK_FALSE(periodNumber("2025-4", F::Monthly)); // only the usual form is counted
}

TEST_CASE("actuals are imported as one undoable step, each remembering its row", "[monitoring]") {
    Monitored m;
    // Row 1 is the header; 2025-06 is left out and 2025-08 left empty.
    auto done = m.import("Period,Value,Note\n"
                         "2025-04,87.5%,\n"
                         "2025-05,88,\"New, longer hours\"\n"
                         "2025-07,86.25,\n"
                         "2025-08,,late return\n"
                         "Sep 2025,90,\n");
    REQUIRE(done.ok());
    CHECK(done.value().added == 5);
    CHECK(done.value().replaced == 0);
    CHECK(done.value().missing == std::vector<std::string>{"2025-06", "2025-08"});
    CHECK(done.value().sentence ==
          "Imported 5 figures for “Reablement at home” from a.csv: 5 new, 0 replaced. 2025-06 and "
          "2025-08 are missing and recorded so: give the figures when you have them.");
    CHECK(m.count("SELECT count(*) FROM kpi_actual") == 6);
    CHECK(m.count("SELECT value_hundredths FROM kpi_actual WHERE period = '2025-04'") == 8750);
    CHECK(m.count("SELECT value_hundredths FROM kpi_actual WHERE period = '2025-07'") == 8625);
    CHECK(m.count("SELECT count(*) FROM kpi_actual WHERE period = '2025-09' AND "
                  "value_hundredths = 9000 AND source = 'a.csv, row 6'") == 1);
    CHECK(m.count("SELECT count(*) FROM kpi_actual WHERE period = '2025-05' AND "
                  "note = 'New, longer hours' AND source = 'a.csv, row 3'") == 1);
    CHECK(m.count("SELECT count(*) FROM kpi_actual WHERE period = '2025-06' AND value_hundredths "
                  "IS NULL AND source = 'a.csv: not in the file'") == 1);
    CHECK(m.count("SELECT count(*) FROM kpi_actual WHERE period = '2025-08' AND value_hundredths "
                  "IS NULL AND note = 'late return'") == 1);
    CHECK(m.project->undoLabel() == "Import actuals for “Reablement at home” from a.csv");

    // A second file replaces what it gives and fills the gap.
    auto again = m.import("2025-06,85\n2025-09,91.5\n2025-10,92\n", "b.csv");
    REQUIRE(again.ok());
    CHECK(again.value().added == 1);
    CHECK(again.value().replaced == 2);
    CHECK(again.value().missing == std::vector<std::string>{"2025-08"}); // still not given
    CHECK(m.count("SELECT count(*) FROM kpi_actual") == 7);
    CHECK(m.count("SELECT value_hundredths FROM kpi_actual WHERE period = '2025-06'") == 8500);
    CHECK(m.count("SELECT count(*) FROM kpi_actual WHERE source = 'b.csv, row 2' AND "
                  "value_hundredths = 9150") == 1);

    // Undo takes the second import back whole, then the first.
    REQUIRE(m.project->undo().ok());
    CHECK(m.count("SELECT count(*) FROM kpi_actual") == 6);
    CHECK(m.count("SELECT value_hundredths FROM kpi_actual WHERE period = '2025-09'") == 9000);
    REQUIRE(m.project->undo().ok());
    CHECK(m.count("SELECT count(*) FROM kpi_actual") == 0);
}

TEST_CASE("a bad actuals row is named and nothing is imported", "[monitoring]") {
    Monitored m;
    const auto message = [&](const std::string& csv) {
        auto done = m.import(csv);
        REQUIRE_FALSE(done.ok());
        CHECK(m.count("SELECT count(*) FROM kpi_actual") == 0);
        CHECK(m.project->undoLabel() == "Add KPI");
        return done.error().message;
    };
    CHECK(message("2025-04,87.5\n2025-05,87.125\n") ==
          "a.csv, row 2 (2025-05): “87.125” has more than two decimals: Jointly keeps a KPI's "
          "figures to the hundredth. Round it to two decimals. Nothing was imported.");
    CHECK(message("2025-04,87.5\n2025-Q2,80\n") ==
          "a.csv, row 2 (2025-Q2): “2025-Q2” is not a period of this monthly KPI: write a month, "
          "such as 2025-04. Nothing was imported.");
    CHECK(message("2025-04,87.5\n2025-4,80\n") ==
          "a.csv, row 2 (2025-4): it gives 2025-04 again, first given on row 1. Give each period "
          "once. Nothing was imported.");
    CHECK(message("2025-04,eighty\n") ==
          "a.csv, row 1: “eighty” (2025-04) is not a number. Write it like 12.5, or leave it "
          "empty for a missing value. Nothing was imported.");
    CHECK(message("") == "a.csv holds no values. Give one row per period: the period, then the "
                         "value. Nothing was imported.");
    std::istringstream in("2025-04,1\n");
    auto gone = importActuals(*m.project, 999, in, "a.csv");
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().message == "There is no KPI 999 in the project: it may have been deleted.");
}

TEST_CASE("the dashboard row: latest figure, target, RAG and SPC icons, worked by hand",
          "[monitoring]") {
    Monitored m;
    // 14 months: 10 and 12 in turn, then 30.
    // Mean = (7 x 10 + 6 x 12 + 30) / 14 = 172 / 14 = 12.2857...
    // Moving ranges: twelve of 2, then |30 - 10| = 20: 44 / 13 = 3.3846...
    // Upper limit = 12.2857 + 2.66 x 3.3846 = 21.289; lower = 3.283.
    // 30 is beyond the upper limit on a KPI where higher is better: the
    // variation icon is improvement (high). The target of 11 lies between
    // the limits: hit and miss. 30 against 11, higher better: green.
    std::string csv;
    csv = "2024-01,10\n2024-02,12\n2024-03,10\n2024-04,12\n2024-05,10\n2024-06,12\n2024-07,10\n"
          "2024-08,12\n2024-09,10\n2024-10,12\n2024-11,10\n2024-12,12\n2025-01,10\n2025-02,30\n";
    REQUIRE(m.import(csv).ok());
    auto status = m.status();
    CHECK(status.latestPeriod == "2025-02");
    CHECK(status.latest == 3000);
    CHECK(status.target == 1100);
    REQUIRE(status.rag);
    CHECK(status.rag->rag == Rag::Green);
    CHECK(status.rag->sentence == "Green: 30.00% is above the target of 11.00%.");
    CHECK(status.variation == VariationIcon::ImprovementHigh);
    CHECK(status.assurance == AssuranceIcon::HitAndMiss);
    CHECK(status.recent.size() == 14);
    CHECK(status.missing == 0);
    CHECK(status.problems.empty());
    CHECK_FALSE(status.breached);

    // The target rises to 31 from 2025-02: the latest, 30, is 1.00 below
    // it, within the tolerance of 1.50: amber. The upper limit, 21.29, is
    // below the target of a higher-is-better KPI, so the process will not
    // meet it without change: the assurance icon is fail.
    REQUIRE(records::addRecord(*m.project, targetChange(),
                               {{"kpi_id", FieldValue{m.kpi}},
                                {"from_period", FieldValue{std::string("2025-02")}},
                                {"target_hundredths", FieldValue{std::int64_t{3100}}}})
                .ok());
    status = m.status();
    CHECK(status.target == 3100);
    CHECK(status.rag->rag == Rag::Amber);
    CHECK(status.rag->sentence ==
          "Amber: 30.00% is 1.00 below the target of 31.00%, within the tolerance of 1.50.");
    CHECK(status.assurance == AssuranceIcon::Fail);

    // A breach threshold of 35 on a higher-is-better contract KPI: 30 is
    // below it.
    REQUIRE(records::setField(*m.project, procurement::contractKpi(), m.kpi, "breach_hundredths",
                              FieldValue{std::int64_t{3500}})
                .ok());
    REQUIRE(records::setField(*m.project, procurement::contractKpi(), m.kpi, "consequence",
                              FieldValue{std::string("Remedial action plan within 20 days.")})
                .ok());
    status = m.status();
    CHECK(status.breached);
    CHECK(status.breach == "In breach: 30.00% in 2025-02 is below the breach threshold of 35.00%. "
                           "Consequence: Remedial action plan within 20 days.");

    // A month left out: shown as missing, and the chart draws no limits or
    // icons until it is given.
    REQUIRE(m.import("2025-04,12\n").ok());
    status = m.status();
    CHECK(status.latestPeriod == "2025-04");
    CHECK(status.missing == 1);
    CHECK_FALSE(status.variation);
    CHECK_FALSE(status.assurance);
    REQUIRE_FALSE(status.problems.empty());
    CHECK(status.problems.front() == "The figure for 2025-03 is missing: give it and the chart's "
                                     "limits and signals follow.");
}

TEST_CASE("a KPI's rebase and fixed limits reach its chart", "[monitoring]") {
    Monitored m;
    std::string csv;
    for (int month = 1; month <= 12; ++month) {
        csv += "2024-" + std::string(month < 10 ? "0" : "") + std::to_string(month) + "," +
               std::to_string(month % 2 == 0 ? 12 : 10) + "\n";
    }
    for (int month = 1; month <= 12; ++month) {
        csv += "2025-" + std::string(month < 10 ? "0" : "") + std::to_string(month) + "," +
               std::to_string(month % 2 == 0 ? 22 : 20) + "\n";
    }
    REQUIRE(m.import(csv).ok());
    auto kpi = readKpi(m.project->database(), m.kpi);
    REQUIRE(kpi);
    auto chart = chartOf(*kpi);
    REQUIRE(chart.periods.size() == 24);
    // One group of 24: mean 16; the step up makes 2025's points special.
    CHECK(chart.chart.points[23].mean == Approx(16.0));
    CHECK(chart.chart.points[23].type == PointType::Improvement);

    REQUIRE(records::addRecord(*m.project, rebase(),
                               {{"kpi_id", FieldValue{m.kpi}},
                                {"period", FieldValue{std::string("2025-01")}},
                                {"reason", FieldValue{std::string("Seven-day service")}}})
                .ok());
    kpi = readKpi(m.project->database(), m.kpi);
    chart = chartOf(*kpi);
    // Two groups of 12: means 11 and 21; fewer than 13 points in each, so
    // NHS England shows no limits, and says why.
    CHECK(chart.chart.points[0].mean == Approx(11.0));
    CHECK(chart.chart.points[23].mean == Approx(21.0));
    CHECK(chart.chart.points[23].group == 1);
    CHECK_FALSE(chart.chart.points[23].limitsShown);
    REQUIRE(chart.problems.size() == 1);
    CHECK(chart.problems.front().rfind("Fewer than 13 points since the last rebase", 0) == 0);
}

TEST_CASE("a long name is shortened at a whole character, never inside one", "[monitoring]") {
    Monitored m;
    // 56 letters, then curly quotes of three bytes each: a cut at byte 57
    // would fall inside the first quote.
    const std::string note = std::string(56, 'a') + "\u201Cquoted\u201D and more";
    REQUIRE(records::addRecord(*m.project, annotation(),
                               {{"kpi_id", FieldValue{m.kpi}},
                                {"period", FieldValue{std::string("2025-04")}},
                                {"note", FieldValue{note}}})
                .ok());
    const auto notes = records::listRecords(m.project->database(), annotation());
    REQUIRE(notes.size() == 1);
    CHECK(records::nameOf(annotation(), notes.front()) == std::string(56, 'a') + "...");
}
