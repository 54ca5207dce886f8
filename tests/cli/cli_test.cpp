#include "CliSupport.h"

#include <catch2/catch.hpp>

#include "project/Schema.h"

#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

namespace fs = std::filesystem;
using jointly::cli_testing::Folder;
using jointly::cli_testing::readFile;

namespace {

void makeForeignDatabase(const fs::path& path, int applicationId, int userVersion) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    std::string sql = "CREATE TABLE t(x); INSERT INTO t VALUES (1); PRAGMA application_id = " +
                      std::to_string(applicationId) +
                      "; PRAGMA user_version = " + std::to_string(userVersion) + ";";
    REQUIRE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

TEST_CASE("the version option names Jointly and the libraries it runs on", "[cli]") {
    Folder folder;
    auto run = folder.jointly("--version");
    CHECK(run.exitCode == 0);
    CHECK(run.out.rfind("Jointly 0.1.0 (Qt 6.", 0) == 0);
    CHECK(run.out.find(", SQLite 3.") != std::string::npos);
    CHECK(run.out.find(", Boost 1.") != std::string::npos);
}

TEST_CASE("new then check reports the format, integrity and counts", "[cli]") {
    Folder folder;
    auto made = folder.jointly("new p.jointly --name 'Eastvale Partnership'");
    CHECK(made.exitCode == 0);
    CHECK(made.out == "Created p.jointly for Eastvale Partnership\n");
    CHECK(fs::status(folder / "p.jointly").permissions() ==
          (fs::perms::owner_read | fs::perms::owner_write));
    auto checked = folder.jointly("check p.jointly");
    CHECK(checked.exitCode == 0);
    CHECK(checked.out == "p.jointly: Jointly project\n"
                         "File format: " +
                             std::to_string(jointly::project::kCurrentSchemaVersion) +
                             " (current)\n"
                             "Integrity: ok\n"
                             "Partnership: Eastvale Partnership\n"
                             "Objectives: 0\n"
                             "Localities: 0\n"
                             "Partner organisations: 0\n"
                             "Members: 0\n"
                             "Declared interests: 0\n"
                             "Linked groups: 0\n"
                             "Care groups: 0\n"
                             "Plans: 0\n"
                             "Quorum rules: 0\n"
                             "Areas: 0\n"
                             "Indicators: 0\n"
                             "Population figures: 0\n"
                             "Services: 0\n"
                             "Funding shares: 0\n"
                             "Assets: 0\n"
                             "Engagement evidence: 0\n"
                             "Needs statements: 0\n"
                             "Evidence: 0\n"
                             "Indicator values: 0\n"
                             "Indicator imports: 0\n"
                             "Outcomes: 0\n"
                             "Measures: 0\n"
                             "Yearly targets: 0\n"
                             "Priorities: 0\n"
                             "Options appraisals: 0\n"
                             "Options: 0\n"
                             "Criteria: 0\n"
                             "Proposals: 0\n"
                             "Contributions: 0\n"
                             "Allocations: 0\n"
                             "Forecasts: 0\n"
                             "Savings targets: 0\n"
                             "Savings schemes: 0\n"
                             "Years of savings: 0\n"
                             "Risks: 0\n"
                             "Actions: 0\n"
                             "Baselines: 0\n"
                             "Workshops: 0\n"
                             "Attendees: 0\n"
                             "Agenda items: 0\n"
                             "Providers concerned: 0\n"
                             "Actions on interests: 0\n"
                             "Rounds: 0\n"
                             "Choices: 0\n"
                             "Votes: 0\n"
                             "Agreed values: 0\n"
                             "Decisions: 0\n"
                             "Better Care Fund years: 0\n"
                             "Lines of Better Care Fund income: 0\n"
                             "Better Care Fund schemes: 0\n"
                             "Lines of Better Care Fund spending: 0\n"
                             "Appraisal scores: 0\n"
                             "Specifications: 0\n"
                             "Outcomes served: 0\n"
                             "Budget envelope lines: 0\n"
                             "Procurements: 0\n"
                             "Milestones: 0\n"
                             "Conflicts assessment entries: 0\n"
                             "Market engagement: 0\n"
                             "Lots: 0\n"
                             "Award criteria: 0\n"
                             "Bids: 0\n"
                             "Years of bids' prices: 0\n"
                             "Evaluators: 0\n"
                             "Evaluators' interests: 0\n"
                             "Score descriptors: 0\n"
                             "Contracts: 0\n"
                             "Years of contracts' values: 0\n"
                             "Co-funders: 0\n"
                             "Services delivered: 0\n"
                             "Specifications covered: 0\n"
                             "KPIs: 0\n"
                             "Evaluators' scores: 0\n"
                             "Consensus scores: 0\n"
                             "KPI figures: 0\n"
                             "Target changes: 0\n"
                             "Annotations: 0\n"
                             "Rebases: 0\n"
                             "Cycle years: 0\n"
                             "Carried items: 0\n"
                             "Performance notices: 0\n"
                             "Remedial milestones: 0\n"
                             "Contract assessments: 0\n"
                             "KPI ratings: 0\n");
    CHECK(checked.err.empty());

    auto again = folder.jointly("new p.jointly --name Other");
    CHECK(again.exitCode == 9);
    CHECK(again.err == "jointly: p.jointly already exists. Choose another name, or open that file "
                       "instead.\n");
}

TEST_CASE("new --example makes a copy of the example partnership", "[cli]") {
    Folder folder;
    auto made = folder.jointly("new west.jointly --example");
    REQUIRE(made.exitCode == 0);
    auto checked = folder.jointly("check west.jointly");
    CHECK(checked.exitCode == 0);
    CHECK(checked.out.find("Partnership: Westshire Joint Commissioning Unit\n") !=
          std::string::npos);
    CHECK(checked.out.find("Partner organisations: 9\n") != std::string::npos);
    CHECK(checked.out.find("Members: 12\n") != std::string::npos);
    CHECK(checked.out.find("Care groups: 5\n") != std::string::npos);
}

TEST_CASE("check refuses each kind of bad file with its own exit code", "[cli]") {
    Folder folder;
    SECTION("missing") {
        auto run = folder.jointly("check absent.jointly");
        CHECK(run.exitCode == 3);
        CHECK(run.err.find("There is no file called absent.jointly") != std::string::npos);
    }
    SECTION("not a database") {
        std::ofstream(folder / "notes.jointly") << "Minutes of the meeting\n";
        auto run = folder.jointly("check notes.jointly");
        CHECK(run.exitCode == 4);
        CHECK(run.err == "jointly: notes.jointly holds plain text, not a Jointly project, "
                         "although its name ends in .jointly. Jointly has left it as it was. "
                         "Open it in a text editor to see what it is. If you expected a "
                         "partnership's project, ask whoever sent it for the .jointly file "
                         "itself, or open a backup.\n");
    }
    SECTION("another application's database") {
        makeForeignDatabase(folder / "other.db", 0, 0);
        auto run = folder.jointly("check other.db");
        CHECK(run.exitCode == 5);
        CHECK(run.err.find("other.db is a database made by another program") != std::string::npos);
    }
    SECTION("a newer version of Jointly") {
        makeForeignDatabase(folder / "future.jointly", jointly::project::kApplicationId, 99);
        auto run = folder.jointly("check future.jointly");
        CHECK(run.exitCode == 6);
        CHECK(run.err.find("(file format 99; this version reads up to format " +
                           std::to_string(jointly::project::kCurrentSchemaVersion) + ")") !=
              std::string::npos);
    }
    SECTION("truncated") {
        REQUIRE(folder.jointly("new whole.jointly --example").exitCode == 0);
        auto bytes = readFile(folder / "whole.jointly");
        std::ofstream(folder / "cut.jointly", std::ios::binary)
            .write(bytes.data(), static_cast<std::streamsize>(bytes.size() / 2));
        auto run = folder.jointly("check cut.jointly");
        CHECK(run.exitCode == 7);
        CHECK(run.err.find("cut.jointly is damaged: it has been cut short") != std::string::npos);
    }
    SECTION("usage") {
        CHECK(folder.jointly("check").exitCode == 2);
        CHECK(folder.jointly("--frobnicate").exitCode == 2);
        CHECK(folder.jointly("new x.jointly").exitCode == 2);
    }
}

TEST_CASE("terms-of-reference writes HTML, ODT and PDF from the project", "[cli]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    auto html = folder.jointly("terms-of-reference west.jointly tor.html");
    CHECK(html.exitCode == 0);
    auto text = readFile(folder / "tor.html");
    CHECK(text.find("<h1>Terms of reference</h1>") != std::string::npos);
    CHECK(text.find("Westshire Joint Commissioning Unit") != std::string::npos);
    CHECK(text.find("Section 75") != std::string::npos);

    CHECK(folder.jointly("terms-of-reference west.jointly tor.odt").exitCode == 0);
    CHECK(readFile(folder / "tor.odt").rfind("PK", 0) == 0); // an ODF zip package
    CHECK(folder.jointly("terms-of-reference west.jointly tor.pdf").exitCode == 0);
    CHECK(readFile(folder / "tor.pdf").rfind("%PDF-", 0) == 0);

    auto wrong = folder.jointly("terms-of-reference west.jointly tor.docx");
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.find("does not end in .pdf, .odt or .html") != std::string::npos);
    CHECK_FALSE(fs::exists(folder / "tor.docx"));
}

TEST_CASE("a file whose records cannot all be read gives every verb the damaged-file exit code "
          "and check's sentence, not an abort",
          "[cli]") {
    // Files found by fuzzing: quick_check passes, yet a page is malformed.
    // Opening reads what the stages show, as `check` does, so each verb
    // refuses the file before it starts, with the same sentence.
    const std::string regressions = JOINTLY_REGRESSIONS_DIR;
    struct Case {
        std::string file;
        std::string verb;
        std::string rest;
    };
    const Case kCases[] = {
        {"damaged-appraisal-aborts-cli.jointly", "appraisal", ""},
        {"damaged-budget-pbma-aborts-cli.jointly", "budget", " --year 2026/27"},
        {"damaged-budget-pbma-aborts-cli.jointly", "pbma", " --budget-change 5"},
        {"damaged-export-indicators-aborts-cli.jointly", "export-indicators", " out.csv"},
    };
    for (const auto& [file, verb, rest] : kCases) {
        INFO(verb << " " << file);
        Folder folder;
        const auto original = readFile(regressions + "/" + file);
        folder.write(file, original);
        auto run = folder.jointly(verb + " " + file + rest);
        CHECK(run.exitCode == 7);
        CHECK(run.err == "jointly: " + file +
                             " could not be read in full (database disk image is malformed). Open "
                             "a backup copy of the project.\n");
        auto checked = folder.jointly("check " + file);
        CHECK(checked.exitCode == 7);
        CHECK(checked.err == run.err);
        CHECK(readFile(folder / file) == original);
        CHECK_FALSE(fs::exists(folder / "out.csv"));
    }
}

TEST_CASE("a mistyped verb or a missing file is answered with a sentence and exit 2, never by "
          "starting the window",
          "[cli]") {
    Folder folder;
    REQUIRE(folder.jointly("new P.jointly --name Eastvale").exitCode == 0);
    auto typo = folder.jointly("exprot-json P.jointly out.json");
    CHECK(typo.exitCode == 2);
    CHECK(typo.err == "jointly: there is no verb called \"exprot-json\"; did you mean "
                      "\"export-json\"? \"jointly --help\" lists the verbs.\n");
    CHECK_FALSE(fs::exists(folder / "out.json"));
    auto missing = folder.jointly("Missing.jointly");
    CHECK(missing.exitCode == 2);
    CHECK(missing.err == "jointly: there is no file called \"Missing.jointly\" here, and no verb "
                         "of that name. Check the name and folder; \"jointly --help\" lists the "
                         "verbs.\n");
    auto short_ = folder.jointly("chek P.jointly");
    CHECK(short_.exitCode == 2);
    CHECK(short_.err.find("did you mean \"check\"?") != std::string::npos);

    // A real file but no display to show the window on: a sentence, not an
    // abort.
    std::map<std::string, std::string> saved;
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        if (const char* value = std::getenv(name)) {
            saved[name] = value;
        }
        ::unsetenv(name);
    }
    auto headless = folder.jointly("P.jointly");
    for (const auto& [name, value] : saved) {
        ::setenv(name.c_str(), value.c_str(), 1);
    }
    CHECK(headless.exitCode == 2);
    CHECK(headless.err == "jointly: there is no display to show the window on, so P.jointly "
                          "cannot be opened here. Run Jointly on your desktop, or use a verb such "
                          "as \"jointly check P.jointly\"; \"jointly --help\" lists them.\n");
}
