#include "core/ExampleCopy.h"
#include "core/TestSupport.h"

#include "planning/PlanningKinds.h"
#include "procurement/ContractKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "storage/Database.h"
#include "trace/TraceGaps.h"
#include "trace/TraceMatrix.h"
#include "trace/Traceability.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace jointly;
using jointly::testing::exampleCopy;
using jointly::testing::readBytes;
using jointly::testing::TempDir;

namespace {

// Each step as "depth table id words", for comparing a whole chain at once.
std::vector<std::string> lines(const std::vector<trace::TraceStep>& steps) {
    std::vector<std::string> all;
    for (const auto& step : steps) {
        all.push_back(std::to_string(step.depth) + " " + step.item.record.table + " " +
                      std::to_string(step.item.record.id) + " " + step.words);
    }
    return all;
}

std::int64_t falls(storage::Database& db) {
    return db.queryInt64("SELECT id FROM indicator WHERE source_code = '22401'");
}

} // namespace

TEST_CASE("the example's falls priority traced back to its evidence and on to its contract's "
          "KPIs and money",
          "[trace]") {
    TempDir dir;
    auto project = exampleCopy(dir);
    auto& db = project->database();
    const auto chain = trace::traceRecord(db, {"priority", 1});
    REQUIRE(chain.ok());
    CHECK(chain.value().item.name == "Prevent falls among older people");
    CHECK(chain.value().item.stageKey == "plan");
    // Back: priority 1 cites needs statement 1, whose evidence is the falls
    // indicator, service 3, asset 1 and engagement 1 (westshire-needs.sql).
    CHECK(lines(chain.value().cameFrom) ==
          std::vector<std::string>{"1 needs_statement 1 is the need behind",
                                   "2 indicator " + std::to_string(falls(db)) + " is evidence for",
                                   "2 service 3 is evidence for", "2 asset 1 is evidence for",
                                   "2 engagement 1 is evidence for"});
    // On: option 2 is the one specification 1 cites; the specification is
    // funded by allocations 43 and 44, aims at outcome 1 (measures 1 and 2),
    // is bought through procurement 1 (five top-level award criteria), which
    // was awarded as contract 1 with KPIs 1 to 3. The priority's own budget
    // lines are allocations 1, 15 and 29 (westshire-plan.sql). Each record
    // hangs from the nearest record it is linked to.
    CHECK(lines(chain.value().ledTo) == std::vector<std::string>{
                                            "1 appraisal_option 2 chose",
                                            "2 specification 1 is specified in",
                                            "3 allocation 43 is funded by",
                                            "3 allocation 44 is funded by",
                                            "3 outcome 1 aims at",
                                            "4 outcome_measure 1 is measured by",
                                            "4 outcome_measure 2 is measured by",
                                            "3 procurement 1 is bought through",
                                            "4 award_criterion 1 is judged on",
                                            "4 award_criterion 4 is judged on",
                                            "4 award_criterion 5 is judged on",
                                            "4 award_criterion 6 is judged on",
                                            "4 award_criterion 7 is judged on",
                                            "4 contract 1 was awarded as",
                                            "5 kpi 1 is measured by",
                                            "5 kpi 2 is measured by",
                                            "5 kpi 3 is measured by",
                                            "1 allocation 1 is funded by",
                                            "1 allocation 15 is funded by",
                                            "1 allocation 29 is funded by",
                                        });
    // An allocation reads as its line, year and amount: 1,025,000,000p less
    // the 71,250,000p moved to the contract's own line is £9,537,500.00.
    CHECK(chain.value().ledTo[18].item.name ==
          "Older people: prevention and falls, 2027/28: £9,537,500.00");
}

TEST_CASE("a KPI leads to its observed values and the outcome it serves; a KPI whose concern "
          "became a needs statement leads to it",
          "[trace]") {
    TempDir dir;
    auto project = exampleCopy(dir);
    auto& db = project->database();
    // KPI 7 has 24 monthly figures, the latest 84.60% in November 2026
    // (westshire-monitor.sql), and serves outcome 1.
    auto chain = trace::traceRecord(db, {"kpi", 7});
    REQUIRE(chain.ok());
    CHECK(lines(chain.value().cameFrom) == std::vector<std::string>{"1 contract 3 is measured by"});
    const auto led = lines(chain.value().ledTo);
    REQUIRE(led.size() == 4);
    CHECK(led[0] == "1 outcome 1 serves");
    CHECK(led[3].rfind("1 kpi_actual ", 0) == 0);
    CHECK(chain.value().ledTo[3].item.kind == "observed values");
    CHECK(chain.value().ledTo[3].item.name == "24 figures; the latest, 2026-11: 84.60 %");

    // Starting the next cycle year turns a KPI showing concern into a draft
    // needs statement citing it: here one made by hand the same way.
    db.execute("INSERT INTO needs_statement (id, statement, draft) VALUES (90, 'Fewer people "
               "stay at home after reablement.', 1)");
    db.execute("INSERT INTO statement_evidence (statement_id, kpi_id) VALUES (90, 7)");
    chain = trace::traceRecord(db, {"kpi", 7});
    REQUIRE(chain.ok());
    CHECK(lines(chain.value().ledTo).back() == "1 needs_statement 90 showed the concern behind");
    const auto back = trace::traceRecord(db, {"needs_statement", 90});
    REQUIRE(back.ok());
    CHECK(lines(back.value().cameFrom).front() == "1 kpi 7 showed the concern behind");

    CHECK_FALSE(trace::traceRecord(db, {"priority", 999}).ok());
}

TEST_CASE("an appraisal's option ranked first is chosen only once the ranking is final",
          "[trace]") {
    TempDir dir;
    auto project = exampleCopy(dir);
    auto& db = project->database();
    // Priority 2's appraisal ranks the crisis house (option 6) first, and no
    // specification cites an option of it.
    auto chain = trace::traceRecord(db, {"priority", 2});
    REQUIRE(chain.ok());
    CHECK(lines(chain.value().ledTo).front() == "1 appraisal_option 6 chose");
    // A missing score makes the ranking not final: nothing is chosen.
    db.execute("DELETE FROM appraisal_score WHERE option_id = 7");
    chain = trace::traceRecord(db, {"priority", 2});
    REQUIRE(chain.ok());
    for (const auto& step : chain.value().ledTo) {
        CHECK(step.item.record.table != "appraisal_option");
    }
}

TEST_CASE("the gaps in the example, and each kind of gap made and mended", "[trace]") {
    TempDir dir;
    auto project = exampleCopy(dir);
    auto& db = project->database();
    // KPI 10, referrals to reablement, names no outcome, and its contract
    // (3, reablement) has no specification: the example's one gap.
    auto gaps = trace::findGaps(db);
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].kind == trace::GapKind::KpiServingNoOutcome);
    CHECK(gaps[0].item.record == trace::RecordRef{"kpi", 10});
    CHECK(gaps[0].sentence ==
          "KPI \u201CReferrals to reablement\u201D serves no outcome: choose the outcome it "
          "measures, or one its contract's specification aims at.");
    REQUIRE(
        records::setField(*project, procurement::contractKpi(), 10, "outcome_id", std::int64_t{1})
            .ok());
    CHECK(trace::findGaps(db).empty());

    const auto priority = records::addRecord(*project, planning::priority(),
                                             {{"name", std::string("Carers' breaks")}});
    const auto money = records::addRecord(*project, planning::allocation(),
                                          {{"line", std::string("Unassigned")},
                                           {"year", std::int64_t{2026}},
                                           {"amount_pence", std::int64_t{123456}}});
    const auto contract = records::addRecord(*project, procurement::contract(),
                                             {{"name", std::string("Carers' respite")}});
    const auto outcome = records::addRecord(*project, planning::outcome(),
                                            {{"name", std::string("Carers stay well")}});
    REQUIRE((priority.ok() && money.ok() && contract.ok() && outcome.ok()));
    gaps = trace::findGaps(db);
    REQUIRE(gaps.size() == 4);
    // The Plan's gaps first (priority, outcome, money), then the Procure stage's.
    CHECK(gaps[0].kind == trace::GapKind::PriorityWithoutEvidence);
    CHECK(gaps[0].sentence == "Priority \u201CCarers' breaks\u201D names no needs statement, so "
                              "no evidence: choose the statement it answers.");
    CHECK(gaps[1].kind == trace::GapKind::OutcomeWithoutMeasure);
    CHECK(gaps[2].kind == trace::GapKind::MoneyFundingNothing);
    CHECK(gaps[2].sentence ==
          "Allocation \u201CUnassigned\u201D (2026/27, £1,234.56) funds nothing the plan names: "
          "choose the priority, specification, contract, care group or service it pays for.");
    CHECK(gaps[3].kind == trace::GapKind::ContractWithoutKpi);
    CHECK(gaps[3].item.record.id == contract.value());
    CHECK(gaps[3].item.stageKey == "procure");

    // A priority citing a statement with no evidence is still a gap; the
    // money citing the priority mends its own.
    db.execute("INSERT INTO needs_statement (id, statement) VALUES (91, 'Carers are tired.')");
    REQUIRE(records::setField(*project, planning::priority(), priority.value(), "statement_id",
                              std::int64_t{91})
                .ok());
    REQUIRE(records::setField(*project, planning::allocation(), money.value(), "priority_id",
                              priority.value())
                .ok());
    gaps = trace::findGaps(db);
    REQUIRE(gaps.size() == 3);
    CHECK(gaps[0].sentence.find("answers a needs statement that cites no evidence") !=
          std::string::npos);
    CHECK(trace::gapKey(gaps[0].kind) == "priority-without-evidence");
}

TEST_CASE("the traceability matrix: one row per chain, money by year to the penny, cells safe "
          "in a spreadsheet and a page",
          "[trace]") {
    TempDir dir;
    auto project = exampleCopy(dir);
    auto& db = project->database();
    auto matrix = trace::traceMatrix(db);
    REQUIRE(matrix.headings.size() == 10);
    // Falls: 1 indicator x 3 KPIs; crisis: 2 indicators x 1 option; young
    // people: 1 x 1; four statements with an indicator but no priority; the
    // dementia specification no priority reaches, with 3 KPIs; the reablement
    // contract's 3 KPIs; and KPI 9, which belongs to an outcome alone.
    CHECK(matrix.rows.size() == 3 + 2 + 1 + 4 + 3 + 3 + 1);
    const auto& first = matrix.rows.front();
    CHECK(first[2] == "Prevent falls among older people");
    CHECK(first[3] == "Community falls service with strength and balance classes");
    // 2026/27: allocation 1, £10,000,000.00. 2027/28: allocation 15
    // (1,025,000,000p - 71,250,000p) and 43 (71,250,000p), 1,025,000,000p.
    // 2028/29: allocation 29 (1,040,000,000p - 95,000,000p) and 44
    // (95,000,000p), 1,040,000,000p.
    CHECK(first[4] ==
          "£10,000,000.00 in 2026/27; £10,250,000.00 in 2027/28; £10,400,000.00 in 2028/29");
    CHECK(first[7] == "Community falls and frailty service 2027-2030");
    CHECK(first[8] == "Emergency admissions for falls, 65 and over");
    const auto& last = matrix.rows.back();
    CHECK(last[8] == "Out-of-area mental health placements");
    CHECK(last[0].empty());

    // A name a spreadsheet would run, or a page would read as markup.
    db.execute("UPDATE priority SET name = '=HYPERLINK(\"x\")<b>' WHERE id = 1");
    matrix = trace::traceMatrix(db);
    const auto csv = trace::matrixCsv(matrix);
    CHECK(csv.rfind("Indicator,Needs statement,Priority,", 0) == 0);
    CHECK(csv.find("\"'=HYPERLINK(\"\"x\"\")<b>\"") != std::string::npos);
    const auto html = trace::matrixHtml(matrix, "Westshire & Co");
    CHECK(html.find("=HYPERLINK(&quot;x&quot;)&lt;b&gt;") != std::string::npos);
    CHECK(html.find("Westshire &amp; Co") != std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);

    const auto out = dir.file("matrix.csv");
    const auto written = trace::writeTraceMatrix(db, out);
    REQUIRE(written.ok());
    CHECK(written.value() == matrix.rows.size());
    CHECK(readBytes(out) == csv);
    const auto refused = trace::writeTraceMatrix(db, dir.file("matrix.txt"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.find("ending in .csv or .html") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.file("matrix.txt")));
}
