#include "core/TestSupport.h"
#include "partnership/PartnershipKinds.h"
#include "planning/PlanStore.h"
#include "procurement/ProcurementKinds.h"
#include "project/Project.h"
#include "quantities/Money.h"
#include "records/RecordFinder.h"
#include "records/RecordStore.h"
#include "report/EvaluationReport.h"
#include "report/ReportChoice.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

using namespace jointly;
using testing::TempDir;

namespace {

// A copy of the example partnership to work on.
std::unique_ptr<project::Project> exampleCopy(TempDir& dir) {
    const auto copy = dir.file("Westshire.jointly");
    {
        project::OpenOptions options;
        options.readOnly = true;
        auto example = project::Project::open(JOINTLY_EXAMPLE_FILE, options);
        REQUIRE(example.ok());
        REQUIRE(example.value()->saveCopyAs(copy).ok());
    }
    auto opened = project::Project::open(copy);
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

report::ReportRequest asAt3December() {
    report::ReportRequest request;
    request.generatedOn = "3 December 2026";
    request.today = "2026-12-03";
    return request;
}

// The report's words as a reader sees them, a line per paragraph, heading,
// list item and table cell: tags taken out, characters unescaped.
std::string wordsOf(const std::string& html) {
    const auto body = html.find("<body>");
    std::string text = html.substr(body == std::string::npos ? 0 : body);
    // A numbered list's items with their numbers, as they are printed.
    for (auto list = text.find("<ol>"); list != std::string::npos; list = text.find("<ol>", list)) {
        const auto end = text.find("</ol>", list);
        std::vector<std::size_t> items;
        for (auto item = text.find("<li>", list); item != std::string::npos && item < end;
             item = text.find("<li>", item + 4)) {
            items.push_back(item + 4);
        }
        for (auto at = items.size(); at > 0; --at) {
            text.insert(items[at - 1], std::to_string(at) + ". ");
        }
        text.replace(list, 4, "<ul>");
    }
    text = std::regex_replace(text, std::regex("</(p|h[1-6]|li|td|th|tr)>|<br>"), "\n");
    text = std::regex_replace(text, std::regex("<[^>]*>"), "");
    for (const auto& [entity, character] : std::vector<std::pair<std::string, std::string>>{
             {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}}) {
        text = std::regex_replace(text, std::regex(entity), character);
    }
    std::string lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (line.find_first_not_of(" \t") != std::string::npos) {
            lines += line + "\n";
        }
    }
    return lines;
}

// Compares the words with the golden file kept in tests/fixtures/reports;
// JOINTLY_WRITE_GOLDEN=1 writes it afresh (then read the difference before
// committing it).
void matchesGolden(const std::string& words, const std::string& name) {
    const std::string path = std::string(JOINTLY_FIXTURES_DIR) + "/reports/" + name;
    if (std::getenv("JOINTLY_WRITE_GOLDEN") != nullptr) {
        std::ofstream(path, std::ios::binary) << words;
    }
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    std::stringstream golden;
    golden << in.rdbuf();
    // Line by line, so a difference is shown where it is.
    std::istringstream expected(golden.str());
    std::istringstream actual(words);
    std::string want;
    std::string got;
    int line = 0;
    while (std::getline(expected, want)) {
        ++line;
        INFO(name << " line " << line);
        REQUIRE(std::getline(actual, got));
        CHECK(got == want);
    }
    CHECK_FALSE(std::getline(actual, got));
}

// Every table of the HTML: its headings and rows, each a list of cells.
std::vector<std::vector<std::vector<std::string>>> tablesOf(const std::string& html) {
    std::vector<std::vector<std::vector<std::string>>> tables;
    for (auto table = html.find("<table"); table != std::string::npos;
         table = html.find("<table", table + 1)) {
        const auto end = html.find("</table>", table);
        auto& rows = tables.emplace_back();
        for (auto row = html.find("<tr>", table); row != std::string::npos && row < end;
             row = html.find("<tr>", row + 1)) {
            const auto rowEnd = html.find("</tr>", row);
            auto& cells = rows.emplace_back();
            const std::regex cell("<t[hd]>([^<]*)</t[hd]>");
            for (auto it =
                     std::sregex_iterator(html.begin() + static_cast<std::ptrdiff_t>(row),
                                          html.begin() + static_cast<std::ptrdiff_t>(rowEnd), cell);
                 it != std::sregex_iterator(); ++it) {
                cells.push_back((*it)[1].str());
            }
        }
    }
    return tables;
}

} // namespace

TEST_CASE("every table of every report has a cell under each heading, and each action's state "
          "as at today agrees with its status",
          "[report]") {
    TempDir dir;
    auto project = exampleCopy(dir);
    for (const auto kind : {report::ReportKind::Plan, report::ReportKind::Monitoring}) {
        auto request = asAt3December();
        request.kind = kind;
        const auto made = report::makeReport(project->database(), request);
        REQUIRE(made.ok());
        const auto tables = tablesOf(made.value().html);
        CHECK(tables.size() >= 5);
        for (const auto& rows : tables) {
            REQUIRE_FALSE(rows.empty());
            for (const auto& row : rows) {
                INFO(made.value().title << ": a row under " << rows[0][0]);
                CHECK(row.size() == rows[0].size());
            }
        }
        if (kind != report::ReportKind::Plan) {
            continue;
        }
        // The last table is the actions': Done as at today only when done.
        const auto& actions = tables.back();
        REQUIRE(actions[0].back() == "As at today");
        std::size_t done = 0;
        for (std::size_t r = 1; r < actions.size(); ++r) {
            const auto& status = actions[r][4];
            INFO(actions[r][0] << ": " << status << ", " << actions[r].back());
            CHECK((status == "Done") == (actions[r].back() == "Done"));
            done += status == "Done" ? 1U : 0U;
        }
        CHECK(done > 0);
        CHECK(done + 1 < actions.size());
    }
}

TEST_CASE("the sections of the plan are chosen by key, in the plan's order, and an unknown one "
          "is refused with the keys there are",
          "[report]") {
    const auto chosen = report::planSectionsOf(" risks,needs , budget,needs");
    REQUIRE(chosen.ok());
    CHECK(chosen.value() == std::vector<report::PlanSection>{report::PlanSection::Needs,
                                                             report::PlanSection::Budget,
                                                             report::PlanSection::Risks});
    const auto unknown = report::planSectionsOf("needs,money");
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message ==
          "There is no section called \u201cmoney\u201d in the plan. Choose from partnership, "
          "needs, outcomes, priorities, options, investment, budget, savings, risks, actions.");
    CHECK_FALSE(report::planSectionsOf(" , ").ok());
    CHECK(report::reportKindOf("monitoring") == report::ReportKind::Monitoring);
    CHECK_FALSE(report::reportKindOf("Plan").has_value());
}

TEST_CASE("the commissioning plan of the example reads as its golden file, with a title page, "
          "contents and a chart for each worsening need, appraisal and the budget",
          "[report]") {
    TempDir dir;
    auto project = exampleCopy(dir);
    const auto made = report::makeReport(project->database(), asAt3December());
    REQUIRE(made.ok());
    const auto& plan = made.value();
    CHECK(plan.title == "Commissioning plan");
    CHECK(plan.runningHead ==
          "Westshire Joint Commissioning Unit \u00b7 Commissioning plan \u00b7 3 December 2026");
    // Every chart the HTML shows is one the report holds, and the other way.
    for (const auto& chart : plan.charts) {
        CHECK(plan.html.find("src=\"svg:" + chart.name + "\"") != std::string::npos);
        CHECK(chart.svg.rfind("<svg ", 0) == 0);
    }
    const std::regex chartTag("src=\"svg:");
    CHECK(plan.charts.size() ==
          static_cast<std::size_t>(
              std::distance(std::sregex_iterator(plan.html.begin(), plan.html.end(), chartTag),
                            std::sregex_iterator())));
    CHECK(plan.charts.size() >= 5);
    matchesGolden(wordsOf(plan.html), "plan.txt");
}

TEST_CASE("the plan's budget shows each partner's contributions as the contributions add up, "
          "to the penny",
          "[report]") {
    TempDir dir;
    auto project = exampleCopy(dir);
    auto& db = project->database();
    auto request = asAt3December();
    request.sections = {report::PlanSection::Budget};
    const auto made = report::makeReport(db, request);
    REQUIRE(made.ok());
    const auto words = wordsOf(made.value().html);
    // Added up here straight from the contributions, not through the
    // reconciliation the report uses: each partner's pooled, aligned and
    // total for the base year, in a row of the year's table.
    const auto year = planning::baseYear(db).startYear;
    auto sums = db.prepare("SELECT p.name, "
                           "SUM(CASE WHEN c.funding = 'pooled' THEN c.amount_pence ELSE 0 END), "
                           "SUM(CASE WHEN c.funding = 'aligned' THEN c.amount_pence ELSE 0 END), "
                           "SUM(c.amount_pence) FROM contribution c JOIN partner_organisation p "
                           "ON p.id = c.partner_id WHERE c.year = ? GROUP BY p.id");
    sums.bind(1, static_cast<std::int64_t>(year));
    int partners = 0;
    while (sums.step()) {
        ++partners;
        const auto row = sums.text(0) + "\n" + quantities::formatPounds(sums.int64(1)) + "\n" +
                         quantities::formatPounds(sums.int64(2)) + "\n" +
                         quantities::formatPounds(sums.int64(3)) + "\n";
        INFO(row);
        CHECK(words.find(row) != std::string::npos);
    }
    CHECK(partners >= 3);
    // The council's: £150,000,000.00 pooled and £32,400,000.00 aligned make
    // £182,400,000.00.
    CHECK(words.find("Westshire County Council\n£150,000,000.00\n£32,400,000.00\n"
                     "£182,400,000.00\n") != std::string::npos);
    // Only the section chosen, after the title page's contents.
    CHECK(words.find("1. Budget by partner and year") != std::string::npos);
    CHECK(words.find("Risks") == std::string::npos);
}

TEST_CASE("every report escapes what users typed, in its text and in its charts", "[report]") {
    TempDir dir;
    auto project = exampleCopy(dir);
    auto& db = project->database();
    const std::string typed = "<b>Bold</b> & &amp; Co";
    const auto council =
        records::findRecord(db, partnership::partnerOrganisation(), "Westshire County Council");
    REQUIRE(council.ok());
    REQUIRE(records::setField(*project, partnership::partnerOrganisation(), council.value(), "name",
                              typed)
                .ok());
    for (const auto kind : {report::ReportKind::Plan, report::ReportKind::Monitoring}) {
        auto request = asAt3December();
        request.kind = kind;
        const auto made = report::makeReport(db, request);
        REQUIRE(made.ok());
        INFO(made.value().title);
        CHECK(made.value().html.find("<b>Bold") == std::string::npos);
        CHECK(made.value().html.find("&lt;b&gt;Bold&lt;/b&gt; &amp; &amp;amp; Co") !=
              std::string::npos);
        CHECK(wordsOf(made.value().html).find(typed) != std::string::npos);
        for (const auto& chart : made.value().charts) {
            CHECK(chart.svg.find("<b>") == std::string::npos);
        }
    }
    // The budget chart names the council in its legend, escaped.
    auto request = asAt3December();
    request.sections = {report::PlanSection::Budget};
    const auto budget = report::makeReport(db, request);
    REQUIRE(budget.ok());
    REQUIRE(budget.value().charts.size() == 1);
    CHECK(budget.value().charts[0].svg.find(">&lt;b&gt;Bold&lt;/b&gt; &amp; &amp;amp; Co</text>") !=
          std::string::npos);
}

TEST_CASE("a report stops when told to and says it was cancelled", "[report]") {
    TempDir dir;
    auto project = exampleCopy(dir);
    std::size_t calls = 0;
    const auto made = report::makeReport(project->database(), asAt3December(),
                                         [&](std::size_t done, std::size_t total) {
                                             ++calls;
                                             CHECK(total == 10);
                                             return done < 3;
                                         });
    REQUIRE_FALSE(made.ok());
    CHECK(made.error().kind == ErrorKind::Cancelled);
    CHECK(calls == 4);
}

TEST_CASE("the tender evaluation report and the bidders' summaries of the example read as their "
          "golden files",
          "[report]") {
    TempDir dir;
    auto project = exampleCopy(dir);
    auto& db = project->database();
    const auto id = report::procurementForReport(db, std::string("Community falls and frailty "
                                                                 "service 2027"));
    REQUIRE(id.ok());
    auto request = asAt3December();
    request.kind = report::ReportKind::Evaluation;
    request.procurementId = id.value();
    const auto made = report::makeReport(db, request);
    REQUIRE(made.ok());
    matchesGolden(wordsOf(made.value().html), "evaluation.txt");
    const auto summaries = report::bidderSummaries(db, id.value(), request.generatedOn);
    REQUIRE(summaries.ok());
    REQUIRE(summaries.value().size() == 3);
    std::string all;
    for (const auto& summary : summaries.value()) {
        all += "== " + summary.bid + "\n" + wordsOf(summary.report.html);
    }
    matchesGolden(all, "bidder-summaries.txt");
    // Two procurements: the report must be told which.
    const auto which = report::procurementForReport(db, std::nullopt);
    REQUIRE_FALSE(which.ok());
    CHECK(which.error().message.find("--procurement NAME: there are 2") != std::string::npos);
    // Each summary a file of its own: a repeated or unnamed bidder numbered,
    // a long name cut at a whole character.
    std::vector<report::BidderSummary> bids(5);
    bids[0].bid = "A/B: C\\D";
    bids[1].bid = "A-B- C-d";
    bids[2].bid = "";
    bids[3].bid = "../..";
    bids[4].bid = std::string(79, 'x') + "\u00e9"; // é is two bytes: bytes 80 and 81
    const auto paths = report::bidderSummaryPaths("/tmp/Award.pdf", bids);
    CHECK(paths == std::vector<std::string>{
                       "/tmp/Award \u2013 A-B- C-D.pdf", "/tmp/Award \u2013 A-B- C-d (2).pdf",
                       "/tmp/Award \u2013 bid.pdf", "/tmp/Award \u2013 bid (2).pdf",
                       "/tmp/Award \u2013 " + std::string(79, 'x') + ".pdf"});
}

TEST_CASE("the monitoring report of the example reads as its golden file, with an SPC chart for "
          "each KPI with figures",
          "[report]") {
    TempDir dir;
    auto project = exampleCopy(dir);
    auto& db = project->database();
    auto request = asAt3December();
    request.kind = report::ReportKind::Monitoring;
    const auto made = report::makeReport(db, request);
    REQUIRE(made.ok());
    auto withFigures = db.prepare(
        "SELECT COUNT(DISTINCT kpi_id) FROM kpi_actual WHERE value_hundredths IS NOT NULL");
    REQUIRE(withFigures.step());
    CHECK(made.value().charts.size() == static_cast<std::size_t>(withFigures.int64(0)));
    matchesGolden(wordsOf(made.value().html), "monitoring.txt");
}
