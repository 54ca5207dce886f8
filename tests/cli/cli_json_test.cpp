#include "CliSupport.h"
#include "project/Schema.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <string>

namespace fs = std::filesystem;
using jointly::cli_testing::Folder;
using jointly::cli_testing::readFile;

namespace {

// The names in the folder, leaving out the files the runs' output goes to.
std::set<std::string> names(const Folder& folder) {
    std::set<std::string> found;
    for (const auto& entry : fs::directory_iterator(folder / "")) {
        const auto name = entry.path().filename().string();
        if (name != ".out" && name != ".err") {
            found.insert(name);
        }
    }
    return found;
}

// What `jointly check` says after its first line (which names the file).
std::string counts(const std::string& checkOutput) {
    return checkOutput.substr(checkOutput.find('\n') + 1);
}

} // namespace

TEST_CASE("export-json then import-json makes the same project", "[cli][json]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    fs::copy_file(std::string(JOINTLY_FIXTURES_DIR) + "/fingertips-small.csv",
                  folder / "fingertips-small.csv");
    REQUIRE(folder.jointly("import-indicators west.jointly fingertips-small.csv").exitCode == 0);

    auto exported = folder.jointly("export-json west.jointly west.json");
    CHECK(exported.exitCode == 0);
    CHECK(exported.out == "Wrote west.json\n");
    CHECK(exported.err.empty());
    const std::string json = readFile(folder / "west.json");
    CHECK(json.rfind("{\n  \"format\": \"jointly-project\",\n  \"version\": 1,\n", 0) == 0);
    CHECK(json.find("\"indicator_value\": [\n      {\"id\":1,") != std::string::npos);

    auto imported = folder.jointly("import-json west.json copy.jointly");
    CHECK(imported.exitCode == 0);
    CHECK(imported.out == "Created copy.jointly from west.json\n");
    CHECK(imported.err.empty());

    auto original = folder.jointly("check west.jointly");
    auto copy = folder.jointly("check copy.jointly");
    CHECK(copy.exitCode == 0);
    CHECK(copy.out.rfind("copy.jointly: Jointly project\nFile format: " +
                             std::to_string(jointly::project::kCurrentSchemaVersion) +
                             " (current)\n"
                             "Integrity: ok\nPartnership: Westshire",
                         0) == 0);
    CHECK(counts(copy.out) == counts(original.out));
    CHECK(copy.out.find("Indicator values: 0\n") == std::string::npos);

    REQUIRE(folder.jointly("export-json copy.jointly again.json").exitCode == 0);
    CHECK(readFile(folder / "again.json") == json);
    CHECK(names(folder) == std::set<std::string>{"again.json", "copy.jointly",
                                                 "fingertips-small.csv", "west.jointly",
                                                 "west.json"});
}

TEST_CASE("import-json refuses bad JSON and existing files, leaving nothing behind",
          "[cli][json]") {
    Folder folder;
    REQUIRE(folder.jointly("new p.jointly --name 'Eastvale'").exitCode == 0);
    REQUIRE(folder.jointly("export-json p.jointly p.json").exitCode == 0);
    const std::string json = readFile(folder / "p.json");

    SECTION("an existing project is never replaced") {
        const std::string before = readFile(folder / "p.jointly");
        auto run = folder.jointly("import-json p.json p.jointly");
        CHECK(run.exitCode == 9);
        CHECK(run.err == "jointly: p.jointly already exists. Jointly never replaces a file when "
                         "importing: choose another name.\n");
        CHECK(readFile(folder / "p.jointly") == before);
    }
    SECTION("text that is not JSON") {
        folder.write("bad.json", json.substr(0, 40));
        auto run = folder.jointly("import-json bad.json new.jointly");
        CHECK(run.exitCode == 9);
        CHECK(run.err == "jointly: Not valid JSON, at line 3, column 8: syntax error while "
                         "parsing object key - invalid string: missing closing quote; expected "
                         "string literal\n");
    }
    SECTION("a value the schema refuses") {
        std::string spoilt = json;
        const std::string rule = "\"confidence_level\":\"95\"";
        REQUIRE(spoilt.find(rule) != std::string::npos);
        spoilt.replace(spoilt.find(rule), rule.size(), "\"confidence_level\":\"90\"");
        folder.write("bad.json", spoilt);
        auto run = folder.jointly("import-json bad.json new.jointly");
        CHECK(run.exitCode == 9);
        CHECK(run.err == "jointly: $.tables.partnership[0].confidence_level: must be \"95\" or "
                         "\"99.8\"\n");
    }
    SECTION("JSON from a newer Jointly") {
        std::string newer = json;
        newer.replace(newer.find("\"version\": 1"), 12, "\"version\": 7");
        folder.write("bad.json", newer);
        auto run = folder.jointly("import-json bad.json new.jointly");
        CHECK(run.exitCode == 6);
        CHECK(run.err == "jointly: $.version: the file uses version 7 of the JSON format, but "
                         "this Jointly reads only up to version 1. Use a newer Jointly.\n");
    }
    SECTION("a JSON file that is not there") {
        auto run = folder.jointly("import-json none.json new.jointly");
        CHECK(run.exitCode == 3);
        CHECK(run.err == "jointly: There is no file called none.json. Check the name and "
                         "folder.\n");
    }
    // No new project and no temporary file are left.
    auto left = names(folder);
    left.erase("bad.json");
    CHECK(left == std::set<std::string>{"p.jointly", "p.json"});
}

TEST_CASE("export-json and import-json say what they need", "[cli][json]") {
    Folder folder;
    auto bare = folder.jointly("export-json p.jointly");
    CHECK(bare.exitCode == 2);
    CHECK(bare.err == "jointly: export-json needs FILE and OUT.json.\n"
                      "Usage: jointly export-json FILE OUT.json\n"
                      "\"jointly help export-json\" says more; \"jointly --help\" lists every "
                      "verb.\n");
    auto extra = folder.jointly("import-json a.json b.jointly c");
    CHECK(extra.exitCode == 2);
    CHECK(extra.err.rfind("jointly: import-json does not understand \"c\".\n"
                          "Usage: jointly import-json IN.json NEW.jointly\n",
                          0) == 0);

    auto missing = folder.jointly("export-json none.jointly out.json");
    CHECK(missing.exitCode == 3);
    CHECK(missing.err.rfind("jointly: There is no file called none.jointly in ", 0) == 0);

    REQUIRE(folder.jointly("new p.jointly --name P").exitCode == 0);
    const std::string before = readFile(folder / "p.jointly");
    auto ontoItself = folder.jointly("export-json p.jointly p.jointly");
    CHECK(ontoItself.exitCode == 9);
    CHECK(ontoItself.err ==
          "jointly: That is the project's own file. Choose a different name for the JSON.\n");
    CHECK(readFile(folder / "p.jointly") == before);
    CHECK(names(folder) == std::set<std::string>{"p.jointly"});
}
