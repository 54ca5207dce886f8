#include "core/JsonTestSupport.h"
#include "project/Schema.h"

#include "interchange/ProjectJson.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

using namespace jointly;
using jointly::testing::makeFilledProject;
using jointly::testing::TempDir;
using Json = nlohmann::ordered_json;

namespace {

// A valid document (the filled project's export) to spoil in each test, and
// an import that must be refused leaving the folder exactly as it was: no
// new project and no temporary file.
class Spoilt {
public:
    Spoilt() {
        const auto path = dir.file("source.jointly");
        makeFilledProject(path);
        auto text = interchange::exportProjectJson(path);
        REQUIRE(text.ok());
        document = Json::parse(text.value());
        std::filesystem::remove(path);
    }

    Error refusal(const std::string& text) {
        const auto before = dir.entries();
        auto result = interchange::importProjectJsonText(text, dir.file("new.jointly"));
        REQUIRE_FALSE(result.ok());
        CHECK(dir.entries() == before);
        return result.error();
    }

    // The message for the spoilt document, which must be an Invalid refusal.
    std::string reason() {
        auto error = refusal(document.dump(1));
        CHECK(error.kind == ErrorKind::Invalid);
        return error.message;
    }

    Json& row(const std::string& table, std::size_t index) {
        return document["tables"][table][index];
    }

    TempDir dir;
    Json document;
};

} // namespace

TEST_CASE_METHOD(Spoilt, "the unspoilt document imports", "[json]") {
    REQUIRE(interchange::importProjectJsonText(document.dump(1), dir.file("new.jointly")).ok());
    CHECK(dir.entries() == std::set<std::string>{"new.jointly"});
}

TEST_CASE_METHOD(Spoilt, "text that is not JSON is refused with the line and column", "[json]") {
    CHECK(refusal("{\"format\": \"jointly-project\",").message ==
          "Not valid JSON, at line 1, column 30: syntax error while parsing object key - "
          "unexpected end of input; expected string literal");
    CHECK(refusal("{\n  \"format\": tru\n}").message ==
          "Not valid JSON, at line 2, column 16: syntax error while parsing value - invalid "
          "literal");
    CHECK(refusal("").message == "Not valid JSON, at line 1, column 1: syntax error while "
                                 "parsing value - unexpected end of input; expected '[', '{', "
                                 "or a literal");
    CHECK(refusal("[1,\n 2,\n ]").message ==
          "Not valid JSON, at line 3, column 2: syntax error while parsing value - unexpected "
          "']'; expected '[', '{', or a literal");
    CHECK(refusal("{\"\u00e9t\u00e9\": x}").message ==
          "Not valid JSON, at line 1, column 9: syntax error while parsing value - invalid "
          "literal");
    CHECK(refusal("{\"a\": \"\xff\"}").message ==
          "Not valid JSON, at line 1, column 8: syntax error while parsing value - invalid "
          "string: ill-formed UTF-8 byte");
    CHECK(refusal(std::string(100, '[') + std::string(100, ']')).message ==
          "$[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]"
          "[0][0][0][0]: is nested more than 32 levels deep, far deeper than a project file "
          "ever is");
}

TEST_CASE_METHOD(Spoilt, "a document that is not a Jointly project is refused", "[json]") {
    CHECK(refusal("[1]").message == "$: must be an object holding \"format\", \"version\", "
                                    "\"schemaVersion\" and \"tables\", not a list");
    CHECK(refusal("{\"tables\": {}}").message ==
          "$.format: must be \"jointly-project\", but it is missing; this is not a Jointly "
          "project in JSON");
    document["format"] = "jointly-plan";
    CHECK(reason() == "$.format: must be \"jointly-project\", not the text \"jointly-plan\"; "
                      "this is not a Jointly project in JSON");
    document["format"] = "jointly-project";
    document["comment"] = "made by hand";
    CHECK(reason() == "$.comment: is not part of the format (a Jointly project in JSON holds "
                      "only format, version, schemaVersion and tables)");
    document.erase("comment");
    document.erase("tables");
    CHECK(reason() == "$.tables: is missing");
    document["tables"] = Json::array();
    CHECK(reason() == "$.tables: must be an object with one list of rows for each table, not a "
                      "list");
}

TEST_CASE_METHOD(Spoilt, "a document from a newer Jointly is refused", "[json]") {
    document["version"] = 2;
    auto error = refusal(document.dump());
    CHECK(error.kind == ErrorKind::NewerVersion);
    CHECK(error.message == "$.version: the file uses version 2 of the JSON format, but this "
                           "Jointly reads only up to version 1. Use a newer Jointly.");
    const int current = project::kCurrentSchemaVersion;
    const std::string newer = std::to_string(current + 1);
    document["version"] = 1;
    document["schemaVersion"] = current + 1;
    error = refusal(document.dump());
    CHECK(error.kind == ErrorKind::NewerVersion);
    CHECK(error.message == "$.schemaVersion: the project comes from a newer Jointly (schema "
                           "version " +
                               newer + "; this Jointly knows up to version " +
                               std::to_string(current) + "). Use a newer Jointly.");
    document["schemaVersion"] = 0;
    CHECK(reason() ==
          "$.schemaVersion: must be a whole number from 1 to " + std::to_string(current));
    document["schemaVersion"] = current;
    document["version"] = "1";
    CHECK(reason() == "$.version: must be a whole number, not the text \"1\"");
}

TEST_CASE_METHOD(Spoilt, "unknown tables and fields are named", "[json]") {
    const std::string kVersion = std::to_string(project::kCurrentSchemaVersion);
    document["tables"]["widgets"] = Json::array();
    CHECK(reason() == "$.tables.widgets: there is no table called \"widgets\" in a Jointly "
                      "project at schema version " +
                          kVersion);
    document["tables"].erase("widgets");
    document["tables"]["sqlite_schema"] = Json::array();
    CHECK(reason() == "$.tables.sqlite_schema: there is no table called \"sqlite_schema\" in a "
                      "Jointly project at schema version " +
                          kVersion);
    document["tables"].erase("sqlite_schema");
    document["tables"]["my table"] = Json::array();
    CHECK(reason() == "$.tables[\"my table\"]: there is no table called \"my table\" in a "
                      "Jointly project at schema version " +
                          kVersion);
    document["tables"].erase("my table");
    row("member", 1)["colour"] = "blue";
    CHECK(reason() == "$.tables.member[1].colour: is not a field of the table member");
    row("member", 1).erase("colour");
    row("member", 0).erase("email");
    CHECK(reason() == "$.tables.member[0]: lacks the field \"email\"");
}

TEST_CASE_METHOD(Spoilt, "values of the wrong JSON type are refused", "[json]") {
    SECTION("a whole number given as text") {
        row("risk", 0)["likelihood"] = "4";
        CHECK(reason() ==
              "$.tables.risk[0].likelihood: must be a whole number or null, not the text \"4\"");
    }
    SECTION("text given as a number") {
        row("member", 0)["name"] = 5;
        CHECK(reason() == "$.tables.member[0].name: must be text (a JSON string), not 5");
    }
    SECTION("a number given as text") {
        row("indicator_value", 0)["value"] = "0.1";
        CHECK(reason() ==
              "$.tables.indicator_value[0].value: must be a number or null, not the text \"0.1\"");
    }
    SECTION("an id with a fraction") {
        row("objective", 0)["id"] = 1.5;
        CHECK(reason() == "$.tables.objective[0].id: must be a whole number, not 1.5");
    }
    SECTION("an id too large") {
        row("objective", 0)["id"] = std::uint64_t{9223372036854775808u};
        CHECK(reason() ==
              "$.tables.objective[0].id: must be a whole number, not 9223372036854775808");
    }
    SECTION("true for a flag") {
        row("member", 0)["can_commit_budget"] = true;
        CHECK(reason() == "$.tables.member[0].can_commit_budget: must be a whole number, not true");
    }
    SECTION("null where a value is needed") {
        row("member", 0)["name"] = nullptr;
        CHECK(reason() == "$.tables.member[0].name: must not be null");
    }
    SECTION("a table that is not a list") {
        document["tables"]["objective"] = Json::object();
        CHECK(reason() == "$.tables.objective: must be a list of rows, not an object");
    }
    SECTION("a row that is not an object") {
        row("objective", 1) = Json::array({2, "text"});
        CHECK(reason() == "$.tables.objective[1]: must be an object (one row of objective), not a "
                          "list");
    }
    SECTION("a long text is shortened in the message") {
        row("locality", 0)["population"] = std::string(50, 'x') + "é";
        CHECK(reason() == "$.tables.locality[0].population: must be a whole number or null, not "
                          "the text \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...\"");
    }
}

TEST_CASE_METHOD(Spoilt, "duplicate ids and duplicate keys are refused", "[json]") {
    row("objective", 1)["id"] = 1;
    CHECK(reason() ==
          "$.tables.objective[1].id: the id 1 is already used by $.tables.objective[0]");
    row("objective", 1)["id"] = 2;
    std::string text = document.dump();
    const std::string once = "{\"id\":1,\"text\":\"Fewer falls\"}";
    REQUIRE(text.find(once) != std::string::npos);
    text.replace(text.find(once), once.size(),
                 "{\"id\":1,\"text\":\"Fewer falls\",\"text\":\"More falls\"}");
    CHECK(refusal(text).message ==
          "$.tables.objective[0].text: is given twice in the same object; give it once");
}

TEST_CASE_METHOD(Spoilt, "values the schema's rules refuse are named with the rule in words",
                 "[json]") {
    SECTION("a range") {
        row("risk", 0)["likelihood"] = 9;
        CHECK(reason() == "$.tables.risk[0].likelihood: must be a whole number from 1 to 5");
    }
    SECTION("a choice") {
        row("partner_organisation", 1)["org_type"] = "council";
        CHECK(reason() == "$.tables.partner_organisation[1].org_type: must be \"local_authority\", "
                          "\"nhs_body\", \"public_health\", \"criminal_justice\", "
                          "\"voluntary_community\", \"provider\" or \"user_carer_organisation\"");
    }
    SECTION("a flag") {
        row("member", 1)["can_commit_budget"] = 2;
        CHECK(reason() == "$.tables.member[1].can_commit_budget: must be 0 or 1");
    }
    SECTION("negative pence where they cannot be") {
        row("partner_organisation", 0)["annual_contribution_pence"] = -1;
        CHECK(reason() ==
              "$.tables.partner_organisation[0].annual_contribution_pence: must be a whole "
              "number, 0 or more");
    }
    SECTION("the partnership's own id") {
        row("partnership", 0)["id"] = 2;
        CHECK(reason() == "$.tables.partnership[0].id: must be 1");
    }
    SECTION("a rule over several fields") {
        row("statement_evidence", 1)["indicator_id"] = 1;
        CHECK(reason() == "$.tables.statement_evidence[1]: breaks the rule \"(indicator_id IS NOT "
                          "NULL) + (service_id IS NOT NULL) + (asset_id IS NOT NULL) + "
                          "(engagement_id IS NOT NULL) + (kpi_id IS NOT NULL) <= 1\"");
    }
    SECTION("a pair that must be unique") {
        row("appraisal_score", 1)["option_id"] = 1;
        CHECK(reason() == "$.tables.appraisal_score[1]: another row of appraisal_score has the "
                          "same option_id and criterion_id");
    }
    SECTION("a code that must be unique") {
        row("indicator", 1)["source_code"] = "22401";
        CHECK(reason() == "$.tables.indicator[1].source_code: another row of indicator has the "
                          "same source_code");
    }
}

TEST_CASE_METHOD(Spoilt, "links to rows that are not in the file are refused", "[json]") {
    SECTION("one") {
        row("member", 1)["partner_id"] = 99;
        CHECK(reason() == "$.tables.member[1].partner_id: refers to partner_organisation 99, "
                          "which is not in the file");
    }
    SECTION("the first in the file's order is named") {
        row("risk", 0)["owner_member_id"] = 42;
        row("plan_document", 2)["parent_id"] = 77;
        CHECK(reason() == "$.tables.plan_document[2].parent_id: refers to plan_document 77, which "
                          "is not in the file (and 1 other link leads to a row that is not in the "
                          "file)");
    }
    SECTION("a parent table left out") {
        document["tables"].erase("partner_organisation");
        CHECK(reason() == "$.tables.partnership[0].host_partner_id: refers to partner_organisation "
                          "2, which is not in the file (and 22 other links lead to rows that are "
                          "not in the file)");
    }
    SECTION("no partnership") {
        document["tables"].erase("partnership");
        CHECK(reason() ==
              "$.tables.partnership: must hold exactly one row, the partnership itself (id 1), "
              "not 0");
    }
}

TEST_CASE_METHOD(Spoilt, "an existing file is never replaced", "[json]") {
    const auto target = dir.file("new.jointly");
    testing::writeBytes(target, "someone's work");
    auto error = refusal(document.dump());
    CHECK(error.kind == ErrorKind::Invalid);
    CHECK(error.message == "new.jointly already exists. Jointly never replaces a file when "
                           "importing: choose another name.");
    CHECK(testing::readBytes(target) == "someone's work");

    auto missing = interchange::importProjectJson(dir.file("none.json"), dir.file("other.jointly"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
    CHECK(missing.error().message == "There is no file called none.json. Check the name and "
                                     "folder.");
}
