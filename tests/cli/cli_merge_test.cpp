#include "CliSupport.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>

using jointly::cli_testing::Folder;
using Json = nlohmann::json;

TEST_CASE("copy-for-offline, changes and merge carry work between two laptops, listing "
          "conflicts as JSON with their own exit code",
          "[cli][merge]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    auto taken = folder.jointly("copy-for-offline west.jointly bob.jointly");
    REQUIRE(taken.exitCode == 0);
    CHECK(taken.out.find("Took a copy of west.jointly to work offline: bob.jointly.") == 0);
    // The copy's name is not taken twice.
    CHECK(folder.jointly("copy-for-offline west.jointly bob.jointly").exitCode == 9);

    // Nothing changed in the copy yet: nothing to send.
    auto nothing = folder.jointly("changes bob.jointly bob.jointly-changes");
    CHECK(nothing.exitCode == 9);
    CHECK(nothing.err == "jointly: No changes have been made in bob.jointly to send. Nothing was "
                         "written.\n");

    // Bob renames a partner and adds a priority; Alice renames the same partner.
    REQUIRE(folder.jointly("set bob.jointly partner-organisation 1 name=\"Westshire Council\"")
                .exitCode == 0);
    REQUIRE(folder.jointly("add bob.jointly priority name=Loneliness").exitCode == 0);
    REQUIRE(
        folder.jointly("set west.jointly partner-organisation 1 name=\"Westshire CC\"").exitCode ==
        0);
    REQUIRE(folder.jointly("changes bob.jointly bob.jointly-changes").exitCode == 0);

    auto listed = folder.jointly("merge west.jointly bob.jointly-changes --json");
    CHECK(listed.exitCode == 11);
    const auto json = Json::parse(listed.out);
    CHECK(json["merged"] == false);
    REQUIRE(json["conflicts"].size() == 1);
    CHECK(json["conflicts"][0]["kind"] == "changed on both sides");
    CHECK(json["conflicts"][0]["field"] == "Name");
    CHECK(json["conflicts"][0]["mine"] == "Westshire CC");
    CHECK(json["conflicts"][0]["theirs"] == "Westshire Council");
    CHECK(listed.err.find("1 conflict needs an answer, so nothing was merged.") !=
          std::string::npos);
    // Nothing was merged: the priority is not there yet.
    CHECK(folder.jointly("list west.jointly priority").out.find("Loneliness") == std::string::npos);

    auto merged = folder.jointly("merge west.jointly bob.jointly-changes --prefer theirs");
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.out.find("Merged ") == 0);
    CHECK(folder.jointly("list west.jointly priority").out.find("Loneliness") != std::string::npos);
    CHECK(folder.jointly("list west.jointly partner-organisation").out.find("Westshire Council") !=
          std::string::npos);

    // The same changes a second time change nothing, and say so.
    auto again = folder.jointly("merge west.jointly bob.jointly-changes");
    CHECK(again.exitCode == 9);
    CHECK(again.err.find("is in west.jointly already") != std::string::npos);

    // A file that is not a change file is refused with its name.
    folder.write("notes.jointly-changes", "Dear Alice, here are my changes");
    auto refused = folder.jointly("merge west.jointly notes.jointly-changes");
    CHECK(refused.exitCode == 7);
    CHECK(refused.err.find("notes.jointly-changes") != std::string::npos);
    CHECK(folder.jointly("merge west.jointly bob.jointly-changes --prefer both").exitCode == 2);
}
