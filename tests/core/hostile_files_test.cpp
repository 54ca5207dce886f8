#include <catch2/catch.hpp>

#include "ReadEverything.h"
#include "TestSupport.h"

#include "interchange/ProjectJson.h"
#include "monitoring/MonitoringKinds.h"
#include "partnership/PartnershipKinds.h"
#include "planning/PlanStore.h"
#include "planning/PlanningKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "stages/FileSummary.h"
#include "storage/Database.h"
#include "storage/PageChecksums.h"

#include <sqlite3.h>

#include <string>

using namespace jointly;
using jointly::testing::TempDir;

namespace {

// Runs SQL on a file the way another program could: a plain connection with
// triggers allowed, CHECK constraints ignored and foreign keys off, so it can
// write what Jointly itself never would.
void tamper(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE,
                            storage::checkedFileSystem()) == SQLITE_OK);
    char* message = nullptr;
    const auto script = "PRAGMA ignore_check_constraints = ON; PRAGMA foreign_keys = OFF; " + sql;
    const int rc = sqlite3_exec(db, script.c_str(), nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

// A project with a little of every stage, for others to tamper with.
std::string makeProject(const TempDir& dir, const std::string& name) {
    const auto path = dir.file(name);
    auto made = project::Project::create(path, "Westshire");
    REQUIRE(made.ok());
    auto& project = *made.value();
    auto partner = records::addRecord(project, partnership::partnerOrganisation(),
                                      {{"name", std::string("Westshire County Council")}});
    REQUIRE(partner.ok());
    REQUIRE(records::addRecord(project, partnership::member(),
                               {{"partner_id", partner.value()}, {"name", std::string("Ann")}})
                .ok());
    auto priority =
        records::addRecord(project, planning::priority(), {{"name", std::string("Falls")}});
    REQUIRE(priority.ok());
    auto appraisal =
        records::addRecord(project, planning::appraisal(), {{"priority_id", priority.value()}});
    REQUIRE(appraisal.ok());
    REQUIRE(records::addRecord(project, planning::appraisalCriterion(),
                               {{"appraisal_id", appraisal.value()},
                                {"name", std::string("Cost")},
                                {"weight_bp", std::int64_t{10000}}})
                .ok());
    REQUIRE(records::addRecord(project, planning::contribution(),
                               {{"partner_id", partner.value()},
                                {"year", std::int64_t{2026}},
                                {"amount_pence", std::int64_t{100000}}})
                .ok());
    return path;
}

struct Hostile {
    const char* what;
    const char* sql;
    // The end of the sentence refusing the file, or nothing when it opens.
    const char* refusal = nullptr;
};

// What someone else's tool could put in a project file. Each runs on a
// fresh copy of the same project.
const Hostile kHostile[] = {
    {"a trigger that would add a partner whenever an objective is added",
     "CREATE TRIGGER their_trigger AFTER INSERT ON objective BEGIN "
     "INSERT INTO partner_organisation (name) VALUES ('added by a trigger'); END;"},
    {"a trigger that would empty the members when the partnership changes",
     "CREATE TRIGGER wipe AFTER UPDATE ON partnership BEGIN DELETE FROM member; END;"},
    {"a view and a table of their own",
     "CREATE TABLE their_notes (note TEXT); INSERT INTO their_notes VALUES ('hello');"
     "CREATE VIEW their_view AS SELECT name FROM partner_organisation;"},
    {"an extra column in one of Jointly's tables",
     "ALTER TABLE partner_organisation ADD COLUMN their_column TEXT DEFAULT 'x';"},
    {"negative money", "UPDATE contribution SET amount_pence = -500;"
                       "UPDATE partner_organisation SET annual_contribution_pence = -1;"},
    {"money at the edge of 64 bits",
     "UPDATE contribution SET amount_pence = 9223372036854775807;"
     "INSERT INTO contribution (partner_id, year, amount_pence) SELECT id, 2026, "
     "9223372036854775807 FROM partner_organisation;"
     "INSERT INTO allocation (year, tier, amount_pence) VALUES (2026, 'intensive', "
     "9223372036854775807), (2026, 'intensive', 9223372036854775807);"
     "INSERT INTO budget_forecast (year, variance_pence) VALUES (2026, -9223372036854775808);"
     "INSERT INTO proposal (name, amount_pence, benefit) VALUES ('a', 9223372036854775807, "
     "9223372036854775807), ('b', 9223372036854775807, -9223372036854775808);"},
    {"dates in the year 99999",
     "UPDATE partnership SET agreement_starts_on = '99999-12-31', agreement_review_on = 'soon';"
     "INSERT INTO plan_action (description, due_on) VALUES ('x', '99999-01-01');"
     "UPDATE partnership SET budget_base_year = 99999;"
     "INSERT INTO contribution (partner_id, year, amount_pence) SELECT id, -5, 1 FROM "
     "partner_organisation;"},
    {"a name of four megabytes",
     "UPDATE partner_organisation SET name = printf('%.*c', 4000000, 'W');"},
    {"text, fractions and blobs where numbers belong",
     "UPDATE contribution SET amount_pence = 'a lot', year = 2026.5;"
     "UPDATE appraisal_criterion SET weight_bp = x'0102';"
     "UPDATE appraisal SET scale_min = 10, scale_max = 0;"
     "INSERT INTO risk (description, likelihood, impact) VALUES ('r', 'high', 99);"},
    {"weights that do not add up and scores off the scale",
     "UPDATE appraisal_criterion SET weight_bp = 3700;"
     "INSERT INTO appraisal_score (option_id, criterion_id, score) SELECT o.id, c.id, "
     "9223372036854775807 FROM appraisal_option o, appraisal_criterion c;"},
    {"links to rows that do not exist",
     "INSERT INTO member (partner_id, name) VALUES (999, 'orphan');"
     "INSERT INTO appraisal_option (appraisal_id, name, do_nothing) VALUES (999, 'lost', 1);"
     "INSERT INTO appraisal_score (option_id, criterion_id, score) VALUES (999, 998, 5);"
     "UPDATE partnership SET host_partner_id = 12345;"},
    {"a partnership row missing", "DELETE FROM partnership;",
     "it should hold one row of partnership details and holds 0"},
    {"a partnership table of someone else's making",
     "DROP TABLE partnership; CREATE TABLE partnership (id, name);"
     "INSERT INTO partnership VALUES (1, 'a'), (2, 'b');",
     "its table \u201Cpartnership\u201D has no column \u201Caims\u201D"},
    {"one of Jointly's tables dropped", "DROP TABLE risk;",
     "its table \u201Crisk\u201D is missing"},
};

} // namespace

TEST_CASE("files other programs have changed open safely, never run their code, and are only "
          "changed by the user's own edits",
          "[hostile]") {
    TempDir dir;
    const auto original = makeProject(dir, "original.jointly");
    const auto path = dir.file("Tampered.jointly");
    int opened = 0;
    int refused = 0;
    for (const auto& hostile : kHostile) {
        INFO(hostile.what);
        std::filesystem::copy_file(original, path,
                                   std::filesystem::copy_options::overwrite_existing);
        tamper(path, hostile.sql);
        const auto bytes = jointly::testing::readBytes(path);

        // `jointly check` and a read-only open read it and change nothing.
        auto summary = stages::summariseProjectFile(path);
        if (!summary.ok()) {
            CHECK(summary.error().message.find("Tampered.jointly") != std::string::npos);
        }
        auto json = interchange::exportProjectJson(path);
        if (!json.ok()) {
            CHECK_FALSE(json.error().message.empty());
        }
        project::OpenOptions readOnly;
        readOnly.readOnly = true;
        auto viewer = project::Project::open(path, readOnly);
        if (viewer.ok()) {
            (void)jointly::testing::readEverything(*viewer.value());
            viewer.value().reset();
        }
        CHECK(jointly::testing::readBytes(path) == bytes);

        // Opened for editing, it is read in full, and the user's edits work
        // without any trigger firing.
        auto project = project::Project::open(path);
        if (hostile.refusal) {
            // What Jointly relies on is gone: refused, with the reason, by
            // `check` and by opening alike.
            const std::string sentence =
                "Tampered.jointly has been changed by another program and no longer holds what "
                "Jointly needs: " +
                std::string(hostile.refusal) +
                ". Jointly has not changed it. Open a backup copy of the project.";
            REQUIRE_FALSE(project.ok());
            CHECK(project.error().kind == ErrorKind::Damaged);
            CHECK(project.error().message == sentence);
            REQUIRE_FALSE(summary.ok());
            CHECK(summary.error().message == sentence);
            CHECK(jointly::testing::readBytes(path) == bytes);
            ++refused;
            continue;
        }
        INFO(jointly::testing::describe(project));
        REQUIRE(project.ok());
        ++opened;
        auto& open = *project.value();
        CHECK(jointly::testing::readEverything(open) > 0);
        CHECK(jointly::testing::readBytes(path) == bytes); // opening alone writes nothing
        auto& db = open.database();
        const auto partners = db.queryInt64("SELECT count(*) FROM partner_organisation");
        const auto members = db.queryInt64("SELECT count(*) FROM member");
        const auto added = records::addRecord(open, partnership::objective(), {});
        // Every file that opens takes an edit.
        CHECK(added.ok());
        if (added.ok()) {
            auto renamed =
                records::setField(open, partnership::profile(), partnership::kPartnershipId, "name",
                                  std::string("Renamed"));
            (void)renamed;
            CHECK(db.queryInt64("SELECT count(*) FROM partner_organisation") == partners);
            CHECK(db.queryInt64("SELECT count(*) FROM member") == members);
            CHECK(db.queryInt64("SELECT count(*) FROM partner_organisation WHERE name = "
                                "'added by a trigger'") == 0);
            REQUIRE(open.undo().ok());
        }
    }
    CHECK(opened == 11);
    CHECK(refused == 3);
}

TEST_CASE("a stale or garbage journal beside a project does no harm", "[hostile]") {
    TempDir dir;
    const auto path = makeProject(dir, "Westshire.jointly");
    const auto journal = path + "-journal";
    std::string random(8192, '\0');
    std::uint32_t seed = 7;
    for (auto& byte : random) {
        seed = seed * 1664525u + 1013904223u;
        byte = static_cast<char>(seed >> 24);
    }
    // SQLite's journal magic, then nonsense: a header that looks right at first.
    const std::string magic("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);
    const std::pair<const char*, std::string> kJournals[] = {
        {"an empty journal", ""},
        {"a journal of random bytes", random},
        {"a journal with the right magic and nonsense after it", magic + random},
    };
    for (const auto& [what, contents] : kJournals) {
        INFO(what);
        jointly::testing::writeBytes(journal, contents);
        const auto bytes = jointly::testing::readBytes(path);
        auto summary = stages::summariseProjectFile(path);
        if (contents.empty()) {
            // An empty journal is no journal: nothing to finish.
            INFO(jointly::testing::describe(summary));
            REQUIRE(summary.ok());
            CHECK(summary.value().integrity == "ok");
        } else {
            // `check` only reads, so it cannot finish the change; it says what
            // to do and leaves the file alone.
            REQUIRE_FALSE(summary.ok());
            CHECK(summary.error().message ==
                  "Westshire.jointly holds a change that was never finished: a program working "
                  "on it stopped part way, leaving Westshire.jointly-journal beside it. Open it "
                  "in Jointly, which puts the project back as it was after its last saved "
                  "change.");
            CHECK(jointly::testing::readBytes(path) == bytes);
        }
        auto project = project::Project::open(path);
        INFO(jointly::testing::describe(project));
        REQUIRE(project.ok());
        auto& db = project.value()->database();
        CHECK(db.queryInt64("SELECT count(*) FROM partner_organisation WHERE name = 'Westshire "
                            "County Council'") == 1);
        CHECK(db.queryInt64("SELECT count(*) FROM contribution WHERE amount_pence = 100000") == 1);
        REQUIRE(records::addRecord(*project.value(), partnership::objective(), {}).ok());
        REQUIRE(project.value()->undo().ok());
        auto integrity = db.prepare("PRAGMA integrity_check");
        REQUIRE(integrity.step());
        CHECK(integrity.text(0) == "ok");
        project.value().reset();
        auto after = stages::summariseProjectFile(path);
        INFO(jointly::testing::describe(after));
        CHECK(after.ok());
    }
}

TEST_CASE("tampered money is refused with a sentence where it is added up, never shown wrong",
          "[hostile]") {
    TempDir dir;
    const auto original = makeProject(dir, "original.jointly");
    const auto path = dir.file("Money.jointly");
    struct Case {
        const char* what;
        const char* sql;
        const char* reconciliation; // the sentence refusing the 2026/27 budget
    };
    const Case kCases[] = {
        {"negative money", "UPDATE contribution SET amount_pence = -500;",
         // -500 pence is -£5.00.
         "Westshire County Council's contribution in 2026/27 is negative (-\u00A35.00); "
         "contributions must be zero or more."},
        {"money at the edge of 64 bits",
         "UPDATE contribution SET amount_pence = 9223372036854775807;"
         "INSERT INTO contribution (partner_id, year, amount_pence) SELECT id, 2026, "
         "9223372036854775807 FROM partner_organisation;",
         // 2 x (2^63 - 1) pence does not fit in 64 bits.
         "The totals for 2026/27 are too large to add up; check the amounts."},
    };
    for (const auto& c : kCases) {
        INFO(c.what);
        std::filesystem::copy_file(original, path,
                                   std::filesystem::copy_options::overwrite_existing);
        tamper(path, c.sql);
        auto project = project::Project::open(path);
        REQUIRE(project.ok());
        auto budget = planning::loadReconciliation(project.value()->database(),
                                                   quantities::FinancialYear{2026});
        REQUIRE_FALSE(budget.ok());
        CHECK(budget.error().message == c.reconciliation);
    }
}

namespace {

// What someone else's tool could do to the procurement and monitoring
// tables of the example: each runs on a fresh copy of it.
const Hostile kHostileCycle[] = {
    {"contract money that overflows",
     "UPDATE contract_value SET amount_pence = 9223372036854775807;"
     "UPDATE specification_budget SET amount_pence = 9223372036854775807;"
     "UPDATE bid_price SET amount_pence = -9223372036854775808;"
     "UPDATE performance_notice SET withheld_pence = -1;"},
    {"shares and weights beyond reason", "UPDATE contract_funder SET share_bp = -5000;"
                                         "UPDATE award_criterion SET weight_bp = 999999999999;"
                                         "UPDATE contract SET at_risk_bp = 20000;"},
    {"figures, targets and tolerances out of range",
     "UPDATE kpi_actual SET value_hundredths = 9223372036854775807 WHERE id % 3 = 0;"
     "UPDATE kpi SET tolerance_hundredths = -5, target_hundredths = 'high', fix_after = -3;"
     "UPDATE kpi_target SET target_hundredths = -9223372036854775808;"
     "UPDATE contract_assessment SET year = 99999;"},
    {"periods and dates that are not",
     "UPDATE kpi_actual SET period = 'soon' WHERE id % 2 = 0;"
     "UPDATE kpi_rebase SET period = '2025-13';"
     "UPDATE procurement_milestone SET due_on = '99999-01-01';"
     "UPDATE contract SET starts_on = 'x', ends_on = '2027-02-30';"
     "UPDATE remedial_milestone SET due_on = 'tomorrow';"},
    {"choices nobody offers",
     "UPDATE kpi SET polarity = 'sideways', frequency = 'hourly', spc_rules = 'mine';"
     "UPDATE kpi_rating SET rating = 'stellar';"
     "UPDATE performance_notice SET status = 'unknown';"
     "UPDATE procurement SET route = 'teleport', regime = 'none', price_formula = 'guess';"},
    {"links to nothing",
     "UPDATE kpi_rating SET kpi_id = 999999;"
     "UPDATE remedial_milestone SET notice_id = 888;"
     "INSERT INTO kpi_actual (kpi_id, period) VALUES (777, '2026-01');"
     "UPDATE contract SET procurement_id = 555, provider_id = 444;"
     "UPDATE evaluation_score SET bid_id = 333 WHERE id = (SELECT min(id) FROM evaluation_score);"},
    {"a trigger on the monitoring tables",
     "CREATE TRIGGER wipe_contracts AFTER INSERT ON kpi_actual BEGIN DELETE FROM contract; END;"},
    {"a KPI named at great length",
     "UPDATE kpi SET name = printf('%.*c', 1000000, 'K') WHERE id = 7;"},
    {"one of the monitoring tables dropped", "DROP TABLE kpi_rating;",
     "its table \u201Ckpi_rating\u201D is missing"},
};

} // namespace

TEST_CASE("tampered procurement and monitoring tables open safely and are read whole, or are "
          "refused with a sentence",
          "[hostile]") {
    TempDir dir;
    const auto path = dir.file("Tampered.jointly");
    int opened = 0;
    for (const auto& hostile : kHostileCycle) {
        INFO(hostile.what);
        std::filesystem::copy_file(JOINTLY_EXAMPLE_FILE, path,
                                   std::filesystem::copy_options::overwrite_existing);
        tamper(path, hostile.sql);
        const auto bytes = jointly::testing::readBytes(path);
        // Read-only, every stage is worked out (the tender evaluation, the
        // OCDS package, the Monitor page, contract performance and the
        // dashboard for the board) and nothing is written.
        project::OpenOptions readOnly;
        readOnly.readOnly = true;
        auto viewer = project::Project::open(path, readOnly);
        if (viewer.ok()) {
            (void)jointly::testing::readEverything(*viewer.value());
            viewer.value().reset();
        }
        CHECK(jointly::testing::readBytes(path) == bytes);
        auto project = project::Project::open(path);
        if (hostile.refusal) {
            REQUIRE_FALSE(project.ok());
            CHECK(project.error().message.find(hostile.refusal) != std::string::npos);
            continue;
        }
        INFO(jointly::testing::describe(project));
        REQUIRE(project.ok());
        ++opened;
        auto& open = *project.value();
        CHECK(jointly::testing::readEverything(open) > 0);
        // A figure typed takes, and no trigger fires.
        auto& db = open.database();
        const auto contracts = db.queryInt64("SELECT count(*) FROM contract");
        CHECK(records::addRecord(open, monitoring::actual(),
                                 {{"kpi_id", std::int64_t{8}},
                                  {"period", std::string("2026-12")},
                                  {"value_hundredths", std::int64_t{8100}}})
                  .ok());
        CHECK(db.queryInt64("SELECT count(*) FROM contract") == contracts);
        REQUIRE(open.undo().ok());
    }
    CHECK(opened == 8);
}
