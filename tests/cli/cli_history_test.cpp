#include "CliSupport.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>

using jointly::cli_testing::Folder;
using Json = nlohmann::json;

TEST_CASE("history lists the verbs' edits with old and new values, one record's alone, and "
          "refuses what it cannot read",
          "[cli][history]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    // The example is shipped without a history of its own.
    auto none = folder.jointly("history west.jointly");
    REQUIRE(none.exitCode == 0);
    CHECK(none.out == "No edits are recorded.\n");

    // £182,400,000.00 a year for the council (the example's 18,240,000,000 pence)
    // becomes £2,000,000.00.
    REQUIRE(folder
                .jointly("set west.jointly partner-organisation 1 "
                         "annual-contribution=£2,000,000")
                .exitCode == 0);
    auto added =
        folder.jointly("add west.jointly member organisation=1 \"name=Jo Bloggs\" role=Councillor");
    REQUIRE(added.exitCode == 0);
    const auto jo = added.out.substr(0, added.out.find('\n'));
    REQUIRE(folder.jointly("delete west.jointly member " + jo).exitCode == 0);

    auto all = folder.jointly("history west.jointly --json");
    REQUIRE(all.exitCode == 0);
    const auto json = Json::parse(all.out)["history"];
    REQUIRE(json.size() == 3);
    CHECK(json[0]["records"][0]["change"] == "deleted");
    CHECK(json[0]["records"][0]["record"] == "Jo Bloggs");
    CHECK(json[2]["records"][0]["fields"][0]["field"] == "Annual contribution");
    CHECK(json[2]["records"][0]["fields"][0]["before"] == "£182,400,000.00");
    CHECK(json[2]["records"][0]["fields"][0]["after"] == "£2,000,000.00");
    CHECK(json[2]["stages"] == Json::array({"Partnership"}));
    CHECK(json[2]["undone"] == false);

    auto text = folder.jointly("history west.jointly --record partner-organisation 1");
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.find("  Changed annual contribution of partner organisation “Westshire County "
                        "Council” from £182,400,000.00 to £2,000,000.00\n") != std::string::npos);
    CHECK(text.out.find("Jo Bloggs") == std::string::npos);

    auto member = folder.jointly("history west.jointly --record member " + jo + " --json");
    REQUIRE(member.exitCode == 0);
    CHECK(Json::parse(member.out)["history"].size() == 2);
    CHECK(folder.jointly("history west.jointly --stage needs").out == "No edits are recorded.\n");
    CHECK(folder.jointly("history west.jointly --since 2099-01-01").out ==
          "No edits are recorded.\n");

    CHECK(folder.jointly("history west.jointly --record member x").exitCode == 2);
    CHECK(folder.jointly("history west.jointly --record frobnicate 1").exitCode == 2);
    CHECK(folder.jointly("history west.jointly --since yesterday").exitCode == 2);
    CHECK(folder.jointly("history west.jointly --stage sideways").exitCode == 2);
    CHECK(folder.jointly("history west.jointly 7").exitCode == 2);
}

TEST_CASE("the verbs' edits are recorded under the name set in the window's Preferences",
          "[cli][history]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    // Where Qt keeps the window's settings on Linux, written as Preferences
    // writes them.
    std::filesystem::create_directories(folder / "config" / "Jointly");
    folder.write("config/Jointly/Jointly.conf", "[history]\nauthor=Carol Jones\n");
    REQUIRE(::setenv("XDG_CONFIG_HOME", (folder / "config").c_str(), 1) == 0);
    const auto set = folder.jointly("set west.jointly partner-organisation 1 notes=Hosts");
    // Without a name in Preferences, the computer's user name.
    REQUIRE(::setenv("XDG_CONFIG_HOME", (folder / "elsewhere").c_str(), 1) == 0);
    const auto unnamed = folder.jointly("set west.jointly partner-organisation 1 notes=Pools");
    ::unsetenv("XDG_CONFIG_HOME");
    REQUIRE(set.exitCode == 0);
    REQUIRE(unnamed.exitCode == 0);
    auto all = folder.jointly("history west.jointly --json");
    REQUIRE(all.exitCode == 0);
    const auto json = Json::parse(all.out)["history"];
    REQUIRE(json.size() == 2);
    CHECK(json[1]["madeBy"] == "Carol Jones");
    CHECK(json[0]["madeBy"] != "Carol Jones");
    CHECK_FALSE(json[0]["madeBy"].get<std::string>().empty());
}

TEST_CASE("search finds the example's records by their words, best first, grouped by stage",
          "[cli][search]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    auto found = folder.jointly("search west.jointly carers --json");
    REQUIRE(found.exitCode == 0);
    const auto json = Json::parse(found.out);
    CHECK(json["words"] == "carers");
    REQUIRE_FALSE(json["results"].empty());
    // Every result holds the word, marked in its snippet or its name.
    for (const auto& hit : json["results"]) {
        const auto snippet = hit["snippet"].get<std::string>();
        const auto name = hit["name"].get<std::string>();
        INFO(name);
        CHECK((snippet.find("[Carers") != std::string::npos ||
               snippet.find("[carers") != std::string::npos ||
               snippet.find("[carer") != std::string::npos ||
               snippet.find("[Carer") != std::string::npos));
    }
    // Westshire Carers Together is a partner: found by its name.
    auto text = folder.jointly("search west.jointly carers together");
    REQUIRE(text.exitCode == 0);
    CHECK(
        text.out.starts_with("Partnership\n  Partner organisation 6: Westshire Carers Together\n"));
    auto none = folder.jointly("search west.jointly zzzzqqq");
    REQUIRE(none.exitCode == 0);
    CHECK(none.out == "Nothing matches \"zzzzqqq\".\n");
    CHECK(folder.jointly("search west.jointly").exitCode == 2);
}
