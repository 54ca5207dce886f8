#include "core/JsonTestSupport.h"

#include "interchange/ProjectJson.h"
#include "interchange/SchemaCatalogue.h"
#include "project/FileInspection.h"
#include "project/Project.h"
#include "project/Schema.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstring>
#include <filesystem>
#include <string>

using namespace jointly;
using jointly::testing::awkwardDoubles;
using jointly::testing::describe;
using jointly::testing::makeFilledProject;
using jointly::testing::RawSqlite;
using jointly::testing::readBytes;
using jointly::testing::TempDir;

namespace fs = std::filesystem;

namespace {

std::string exported(const std::string& path) {
    auto text = interchange::exportProjectJson(path);
    INFO(describe(text));
    REQUIRE(text.ok());
    return text.value();
}

bool sameBits(double a, double b) {
    return std::memcmp(&a, &b, sizeof a) == 0;
}

} // namespace

TEST_CASE("a whole project survives export, import and export byte for byte", "[json]") {
    TempDir dir;
    const auto original = dir.file("original.jointly");
    makeFilledProject(original);
    const std::string first = exported(original);

    const auto copy = dir.file("copy.jointly");
    auto imported = interchange::importProjectJsonText(first, copy);
    INFO(describe(imported));
    REQUIRE(imported.ok());
    const std::string second = exported(copy);
    CHECK(first == second);

    // The new file is a private, current Jointly project, and only it is left.
    auto facts = project::inspectProjectFile(copy);
    REQUIRE(facts.ok());
    CHECK(facts.value().schemaVersion == project::kCurrentSchemaVersion);
    CHECK(facts.value().integrity == "ok");
    CHECK(fs::status(copy).permissions() == (fs::perms::owner_read | fs::perms::owner_write));
    CHECK(dir.entries() == std::set<std::string>{"copy.jointly", "original.jointly"});

    // Opening the original for writing drops its undone import; then every
    // table holds exactly the same rows in both files.
    REQUIRE(project::Project::open(original).ok());
    RawSqlite both(copy);
    both.exec("ATTACH DATABASE '" + original + "' AS original");
    for (const auto& table : interchange::catalogueForVersion(project::kCurrentSchemaVersion)) {
        INFO(table.name);
        const auto name = interchange::quoted(table.name);
        CHECK(both.queryInt("SELECT count(*) FROM main." + name) ==
              both.queryInt("SELECT count(*) FROM original." + name));
        CHECK(both.queryInt("SELECT count(*) FROM (SELECT * FROM main." + name +
                            " EXCEPT SELECT * FROM original." + name + ")") == 0);
    }
    CHECK(both.queryInt("SELECT count(*) FROM main.indicator_value") ==
          static_cast<std::int64_t>(awkwardDoubles().size()) + 1);
    CHECK(both.queryInt("SELECT count(*) FROM main.indicator_import") == 1);

    // Numbers come back bit for bit, money as whole pence (negative too).
    storage::Database db(copy, storage::OpenMode::ReadOnly);
    auto values = db.prepare("SELECT value, lower_95 FROM indicator_value WHERE import_id = 1 "
                             "ORDER BY period_key");
    for (double expected : awkwardDoubles()) {
        REQUIRE(values.step());
        INFO(expected);
        CHECK(sameBits(values.real(0), expected));
        CHECK(sameBits(values.real(1), -expected));
    }
    CHECK(db.queryInt64("SELECT variance_pence FROM budget_forecast WHERE id = 1") == -123456789);
    CHECK(db.queryInt64("SELECT budget_limit_pence FROM member WHERE id = 1") ==
          9223372036854775807);
    auto name = db.prepare("SELECT name, aims FROM partnership");
    REQUIRE(name.step());
    CHECK(name.text(0) == "Westshire Health & Care — “Joint” Board ✓");
    CHECK(name.text(1).find("Line one\nLine two with \"quotes\"") == 0);
}

TEST_CASE("the JSON has a fixed shape: header, tables parents first, one row a line", "[json]") {
    TempDir dir;
    const auto path = dir.file("p.jointly");
    makeFilledProject(path);
    const std::string text = exported(path);
    CHECK(text.rfind(
              "{\n  \"format\": \"jointly-project\",\n  \"version\": 1,\n"
              "  \"schemaVersion\": " +
                  std::to_string(project::kCurrentSchemaVersion) +
                  ",\n  \"tables\": {\n"
                  "    \"partner_organisation\": [\n"
                  "      {\"id\":1,\"name\":\"Westshire Council\",\"org_type\":\"local_authority\","
                  "\"role\":\"commissioner\",\"annual_contribution_pence\":1250000050,"
                  "\"fixed_risk_share_bp\":null,\"notes\":\"\"},\n",
              0) == 0);
    CHECK(text.find("\"status\":\"not_started\",\"decision_id\":1}\n    ],\n") !=
          std::string::npos);
    // The block of sites whose ids this copy of the file uses: all of them,
    // as it is the original.
    CHECK(text.find("\"copy_site\": [\n      {\"id\":1,\"site_first\":0,"
                    "\"site_last\":8388607}\n    ],\n") != std::string::npos);
    // The KPIs, every field, as the monitoring stage keeps them.
    CHECK(text.find("\"kpi\": [\n      {\"id\":1,\"name\":\"Admissions\",\"contract_id\":1,"
                    "\"outcome_id\":1,\"definition\":\"Falls admissions\",\"unit\":\"per "
                    "100,000\",\"polarity\":\"lower\",\"target_hundredths\":-5,"
                    "\"tolerance_hundredths\":250,\"tolerance_of_target\":1,"
                    "\"frequency\":\"quarterly\",\"data_source\":\"SUS\",\"owner_id\":3,"
                    "\"accountability\":\"better_off\",\"breach_hundredths\":null,"
                    "\"consequence\":\"\",\"pays_incentive\":1,\"spc_rules\":\"plotthedots\","
                    "\"fix_after\":12,\"notes\":\"Watch winter\"}\n    ],\n") != std::string::npos);
    CHECK(text.find("{\"id\":2,\"kpi_id\":1,\"period\":\"2027-Q4\",\"value_hundredths\":null,"
                    "\"note\":\"\",\"source\":\"typed\"}") != std::string::npos);
    CHECK(text.find("\"kpi_rebase\": [\n      {\"id\":1,\"kpi_id\":1,\"period\":"
                    "\"2027-Q4\",\"reason\":\"Service redesigned\",\"decided_on\":"
                    "\"2028-01-15\"}\n    ],\n") != std::string::npos);
    CHECK(text.find("{\"id\":3,\"statement_id\":2,\"indicator_id\":null,\"service_id\":null,"
                    "\"asset_id\":null,\"engagement_id\":null,\"kpi_id\":1,\"note\":"
                    "\"Concern, higher\"}") != std::string::npos);
    CHECK(text.find("\"cycle_carried\": [\n      {\"id\":1,\"cycle_year_id\":1,\"what\":"
                    "\"finding\",\"plan_id\":null,\"action_id\":null,\"risk_id\":null,"
                    "\"statement_id\":2,\"kpi_id\":1,\"note\":\"A draft needs "
                    "statement\"},\n      {\"id\":2,\"cycle_year_id\":1,\"what\":\"action\","
                    "\"plan_id\":null,\"action_id\":1,\"risk_id\":null,\"statement_id\":"
                    "null,\"kpi_id\":null,\"note\":\"Still in progress.\"}\n    ],\n") !=
          std::string::npos);
    CHECK(text.find("{\"id\":1,\"contract_id\":1,\"kpi_id\":1,\"issued_on\":\"2028-02-01\","
                    "\"requirement\":\"Admissions target\",\"description\":\"Remedial plan by "
                    "March\",\"status\":\"remedial_plan\",\"withheld_pence\":125001,"
                    "\"closed_on\":null}") != std::string::npos);
    CHECK(text.find("\"kpi_rating\": [\n      {\"id\":1,\"assessment_id\":1,\"kpi_id\":1,"
                    "\"rating\":\"requires_improvement\",\"explanation\":\"Red in the "
                    "year\"}\n    ],\n") != std::string::npos);
    // Last, the newest tables of the schema.
    CHECK(text.find("\"contract_service\": [\n      {\"id\":1,\"contract_id\":1,"
                    "\"service_id\":1}\n    ],\n    \"contract_specification\": [\n      "
                    "{\"id\":1,\"contract_id\":1,\"specification_id\":1}\n    ],\n") !=
          std::string::npos);
    CHECK(text.find("{\"id\":1,\"description\":\"Start classes\",\"milestone\":1,"
                    "\"priority_id\":1,\"plan_document_id\":3,\"owner_member_id\":3,"
                    "\"due_on\":\"2026-09-30\",\"status\":\"not_started\",\"decision_id\":1}") !=
          std::string::npos);
    CHECK(text.find("\"round_vote\": [\n      {\"id\":1,\"round_id\":1,\"member_id\":1,"
                    "\"choice_id\":1,\"criterion_id\":1,\"value\":-3}\n    ],\n") !=
          std::string::npos);
    CHECK(text.find("\"workshop_decision\": [\n      {\"id\":1,\"workshop_id\":1,"
                    "\"agenda_item_id\":1,\"round_id\":1,\"decided_on\":\"2026-10-14\","
                    "\"decision\":\"Fund the classes\",\"outcome\":\"approve\","
                    "\"method\":\"vote\",\"tally\":\"1 for\",\"reasons\":\"Best "
                    "value\",\"alternatives\":\"Do nothing: falls rise\",\"evidence\":"
                    "\"JSNA\"}\n    ],\n") != std::string::npos);
    // A baseline's archive is text, its newline escaped like any other.
    CHECK(text.find("\"baseline\": [\n      {\"id\":1,\"name\":\"Approved March 2026\","
                    "\"taken_on\":\"2026-03-26\",\"note\":\"Board, 26 March\","
                    "\"archive\":\"JOINTLY-ARCHIVE 1 plan-baseline 2 "
                    "not-checked-here\\nab\"}\n    ],\n") != std::string::npos);
    // The project's identity: 32 hexadecimal digits made at random.
    const auto identity = text.find("\"project_identity\": [\n      {\"id\":1,\"uid\":\"");
    REQUIRE(identity != std::string::npos);
    CHECK(text.find("\"}\n    ],\n", identity) == identity + 43 + 32);
    // Last, the Better Care Fund's lines of spending (format 20).
    CHECK(text.ends_with("\"bcf_expenditure\": [\n      {\"id\":1,\"scheme_id\":1,\"year\":2026,"
                         "\"area_of_spend\":\"Social Care\",\"commissioner\":\"joint\","
                         "\"nhs_share_bp\":6000,\"provider\":\"NHS Community Provider\","
                         "\"provider_id\":1,\"funding_source\":\"Minimum NHS Contribution\","
                         "\"amount_pence\":150000000,\"outputs\":400,\"output_unit\":"
                         "\"people\"}\n    ]\n  }\n}\n"));
    CHECK(text.find("\"objective\": [\n      {\"id\":1,\"text\":\"Fewer falls\"},\n      "
                    "{\"id\":2,\"text\":\"\"}\n    ],\n") != std::string::npos);
    CHECK(text.find("\"linked_group\": [\n      {\"id\":1,") != std::string::npos);
    // Each awkward double is written in its shortest exact form.
    for (const char* number :
         {"\"value\":0.1,", "\"value\":1e-300,", "\"value\":123456.789,", "\"value\":5e-324,",
          "\"value\":1.7976931348623157e+308,", "\"value\":-2.5,", "\"value\":2.0,",
          "\"value\":0.3333333333333333,", "\"value\":1e+21,", "\"count\":17.0,"}) {
        INFO(number);
        CHECK(text.find(number) != std::string::npos);
    }
    CHECK(text.find("\"variance_pence\":-123456789,") != std::string::npos);
    CHECK(text.find("\"name\":\"李小龍\"") != std::string::npos);
    CHECK(text.find("\"aims\":\"Line one\\nLine two with \\\"quotes\\\"") != std::string::npos);
    // The undone import and what it brought are left out.
    CHECK(text.find("undone") == std::string::npos);
    CHECK(text.find("From the undone import") == std::string::npos);

    // Every table of the schema is there, in the order the schema made them.
    const auto document = nlohmann::ordered_json::parse(text);
    const auto catalogue = interchange::catalogueForVersion(project::kCurrentSchemaVersion);
    REQUIRE(document["tables"].size() == catalogue.size());
    std::size_t i = 0;
    for (const auto& [table, rows] : document["tables"].items()) {
        CHECK(table == catalogue[i].name);
        CHECK_FALSE(rows.empty()); // the test project fills every table
        for (const auto& row : rows) {
            CHECK(row.size() == catalogue[i].columns.size());
        }
        ++i;
    }
    CHECK(document["tables"]["indicator_value"].size() == awkwardDoubles().size() + 1);
    CHECK(catalogue[0].name == "partner_organisation");
    CHECK(catalogue[1].name == "partnership");
    CHECK(catalogue.back().name == "bcf_expenditure");
}

TEST_CASE("writing the JSON to a file gives the same bytes, readable by the owner only", "[json]") {
    TempDir dir;
    const auto path = dir.file("p.jointly");
    makeFilledProject(path);
    const auto out = dir.file("p.json");
    testing::writeBytes(out, "an older export");
    REQUIRE(interchange::writeProjectJson(path, out).ok());
    CHECK(readBytes(out) == exported(path));
    CHECK(fs::status(out).permissions() == (fs::perms::owner_read | fs::perms::owner_write));
    CHECK(dir.entries() == std::set<std::string>{"p.jointly", "p.json"});

    const auto before = readBytes(path);
    auto ontoItself = interchange::writeProjectJson(path, path);
    REQUIRE_FALSE(ontoItself.ok());
    CHECK(ontoItself.error().message ==
          "That is the project's own file. Choose a different name for the JSON.");
    CHECK(readBytes(path) == before);

    auto nowhere = interchange::writeProjectJson(path, dir.file("missing/p.json"));
    REQUIRE_FALSE(nowhere.ok());
    CHECK(nowhere.error().kind == ErrorKind::Storage);
    CHECK(nowhere.error().message ==
          "Jointly cannot write p.json. Check the folder exists, that you may write in it and "
          "that the disk is not full.");
}

TEST_CASE("export refuses files Jointly cannot read, and values JSON cannot hold", "[json]") {
    TempDir dir;
    auto missing = interchange::exportProjectJson(dir.file("none.jointly"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);

    const auto path = dir.file("p.jointly");
    REQUIRE(project::Project::create(path, "P").ok());
    {
        // SQLite lets text into a whole-number column; Jointly never puts it there.
        RawSqlite raw(path);
        raw.exec("INSERT INTO locality (id, name, population) VALUES (4, 'North', 'many')");
    }
    auto refused = interchange::exportProjectJson(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Damaged);
    CHECK(refused.error().message ==
          "p.jointly cannot be exported: row 4 of locality holds text in population, where a "
          "whole number belongs. Jointly never writes such a value; open a backup copy of the "
          "project.");
    CHECK(dir.entries() == std::set<std::string>{"p.jointly"});

    {
        RawSqlite raw(path);
        raw.exec("DELETE FROM locality");
        raw.exec("INSERT INTO indicator (id, name) VALUES (1, 'Falls')");
        raw.exec("INSERT INTO indicator_value (id, indicator_id, area_code, period, period_key, "
                 "value) VALUES (6, 1, 'E1', '2024', 2024, 9e999)");
    }
    refused = interchange::exportProjectJson(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          "p.jointly cannot be exported: row 6 of indicator_value holds an infinite number in "
          "value, which JSON cannot hold. Jointly never writes such a value; open a backup copy "
          "of the project.");
    {
        RawSqlite raw(path);
        raw.exec("DELETE FROM indicator_value");
        raw.exec("INSERT INTO objective (id, text) VALUES (8, CAST(X'4FFF' AS TEXT))");
    }
    refused = interchange::exportProjectJson(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          "p.jointly cannot be exported: row 8 of objective holds text that is not valid UTF-8. "
          "Jointly never writes such a value; open a backup copy of the project.");
}

TEST_CASE("an older project is exported at the current schema version", "[json]") {
    TempDir dir;
    const auto path = dir.file("old.jointly");
    {
        storage::Database db(path, storage::OpenMode::Create);
        db.execute("PRAGMA application_id = " + std::to_string(project::kApplicationId));
        project::migrateTo(db, 1);
        db.execute("UPDATE partnership SET name = 'From format 1' WHERE id = 1");
    }
    const std::string text = exported(path);
    CHECK(text.find("\"schemaVersion\": " + std::to_string(project::kCurrentSchemaVersion) + ",") !=
          std::string::npos);
    CHECK(text.find("\"name\":\"From format 1\"") != std::string::npos);
    CHECK(text.find("\"savings_sharing_rule\":\"proportional\"") != std::string::npos);
    // The file itself is not upgraded by exporting it.
    RawSqlite raw(path, true);
    CHECK(raw.queryInt("PRAGMA user_version") == 1);
}

TEST_CASE("JSON written for an older schema imports and is upgraded", "[json]") {
    TempDir dir;
    const auto path = dir.file("p.jointly");
    makeFilledProject(path);
    auto document = nlohmann::ordered_json::parse(exported(path));
    // Keep only what schema version 2 had.
    const auto older = interchange::catalogueForVersion(2);
    nlohmann::ordered_json tables = nlohmann::ordered_json::object();
    for (const auto& table : older) {
        auto rows = document["tables"][table.name];
        for (auto& row : rows) {
            nlohmann::ordered_json kept = nlohmann::ordered_json::object();
            for (const auto& column : table.columns) {
                kept[column.name] = row[column.name];
            }
            row = kept;
        }
        tables[table.name] = rows;
    }
    document["schemaVersion"] = 2;
    document["tables"] = tables;
    REQUIRE(document["tables"].size() == older.size());
    REQUIRE_FALSE(document["tables"].contains("risk"));

    const auto copy = dir.file("copy.jointly");
    auto imported = interchange::importProjectJsonText(document.dump(2), copy);
    INFO(describe(imported));
    REQUIRE(imported.ok());
    RawSqlite raw(copy, true);
    CHECK(raw.queryInt("PRAGMA user_version") == project::kCurrentSchemaVersion);
    CHECK(raw.queryInt("SELECT count(*) FROM member") == 2);
    CHECK(raw.queryInt("SELECT count(*) FROM indicator_value") ==
          static_cast<std::int64_t>(awkwardDoubles().size()) + 1);
    CHECK(raw.queryInt("SELECT count(*) FROM risk") == 0);
    CHECK(raw.queryInt("SELECT count(*) FROM partnership WHERE budget_base_year IS NULL AND "
                       "savings_sharing_rule = 'proportional'") == 1);
}

TEST_CASE("docs/json-format.md describes every table and field of the schema", "[json]") {
    const std::string doc = readBytes(std::string(JOINTLY_SOURCE_DIR) + "/docs/json-format.md");
    CHECK(doc.find("format **version 1**, for projects at **schema version\n" +
                   std::to_string(project::kCurrentSchemaVersion) + "**") != std::string::npos);
    for (const auto& table : interchange::catalogueForVersion(project::kCurrentSchemaVersion)) {
        const auto heading = doc.find("### `" + table.name + "`\n");
        INFO(table.name);
        REQUIRE(heading != std::string::npos);
        const auto section = doc.substr(heading, doc.find("\n### ", heading + 1) - heading);
        for (const auto& column : table.columns) {
            INFO(column.name);
            CHECK(section.find("\n| `" + column.name + "` |") != std::string::npos);
        }
    }
}
