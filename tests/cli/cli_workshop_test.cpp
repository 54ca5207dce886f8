#include "CliSupport.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

using jointly::cli_testing::Folder;
using Json = nlohmann::json;

namespace {

std::string readAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("decisions lists the example workshop's decisions with who was present, interests, "
          "quorum and actions",
          "[cli][workshop]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    auto run = folder.jointly("decisions west.jointly --json");
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.empty());
    const auto json = Json::parse(run.out);
    REQUIRE(json["decisions"].size() == 3);
    const auto& ranked = json["decisions"][0];
    CHECK(ranked["workshop"] == "Board workshop: priorities and falls options");
    CHECK(ranked["outcome"] == "Approved");
    CHECK(ranked["quorate"] == true);
    // Ten present, Nadia Karim standing in for Gareth Lloyd; Helen Marsh and
    // Gareth Lloyd sent apologies.
    CHECK(ranked["present"].size() == 10);
    CHECK(ranked["apologies"].size() == 2);
    REQUIRE(ranked["actions"].size() == 1);
    CHECK(ranked["actions"][0]["owner"] == "Tom Bray");

    const auto& falls = json["decisions"][1];
    CHECK(falls["quorate"] == true);
    // Three interests in the trust touch the falls item: excluded, left the
    // room, noted.
    REQUIRE(falls["interests"].size() == 3);
    CHECK(falls["interests"][0].get<std::string>().find("excluded from the item") !=
          std::string::npos);

    const auto& deferred = json["decisions"][2];
    CHECK(deferred["outcome"] == "Deferred");
    CHECK(deferred["quorate"] == false);
    CHECK(deferred["quorum"] == "Inquorate for this item: NHS Westshire Integrated Care Board "
                                "needs 2 members present and able to vote and has 1.");

    auto text = folder.jointly("decisions west.jointly");
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.find("Deferred: Defer the extra reablement capacity proposal") !=
          std::string::npos);
}

TEST_CASE("workshop-record writes the record as HTML and PDF, and names the workshops when the "
          "name is wrong",
          "[cli][workshop]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    auto run = folder.jointly("workshop-record west.jointly record.html --session 'Board "
                              "workshop: priorities and falls options'");
    REQUIRE(run.exitCode == 0);
    const auto html = readAll(folder / "record.html");
    CHECK(html.find("Workshop record: Board workshop") != std::string::npos);
    CHECK(html.find("Substitute for Gareth Lloyd") != std::string::npos);
    CHECK(html.find("Inquorate for this item") != std::string::npos);
    CHECK(html.find("<td>7.30</td>") != std::string::npos);
    CHECK(html.find("The group agreed 6.00 for") != std::string::npos);
    REQUIRE(folder
                .jointly("workshop-record west.jointly record.pdf --session 'board workshop: "
                         "priorities and falls options'")
                .exitCode == 0);
    CHECK(readAll(folder / "record.pdf").rfind("%PDF-", 0) == 0);

    auto wrong = folder.jointly("workshop-record west.jointly record.html --session Away");
    CHECK(wrong.exitCode != 0);
    CHECK(wrong.err.find("No workshop is called “Away”. The project's workshops are “Board "
                         "workshop: priorities and falls options”.") != std::string::npos);
}

TEST_CASE("round opens, closes and reveals a round as the facilitator does, showing no result "
          "while it is open",
          "[cli][workshop]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    auto shown = folder.jointly("round west.jointly 1");
    REQUIRE(shown.exitCode == 0);
    auto json = Json::parse(shown.out);
    CHECK(json["state"] == "revealed");
    CHECK(json["progress"] == "6 of 10 members able to vote have voted.");
    REQUIRE(json["result"]["rows"].size() == 3);
    CHECK(json["result"]["rows"][0]["result"] == "2.67");

    // A re-run is a new draft; opening it hides the result until closed.
    auto rerun = folder.jointly("round west.jointly 1 --rerun");
    REQUIRE(rerun.exitCode == 0);
    json = Json::parse(rerun.out);
    CHECK(json["run"] == 2);
    CHECK(json["state"] == "draft");
    const auto id = std::to_string(json["id"].get<std::int64_t>());
    // How votes are named is set before anyone votes, and then fixed.
    auto named = folder.jointly("round west.jointly " + id + " --votes recorded");
    REQUIRE(named.exitCode == 0);
    CHECK(Json::parse(named.out)["votes"] == "recorded");
    auto fixed = folder.jointly("round west.jointly 1 --votes recorded");
    CHECK(fixed.exitCode != 0);
    CHECK(fixed.err.find("how its votes are named is fixed") != std::string::npos);
    auto opened = folder.jointly("round west.jointly " + id + " --to open");
    REQUIRE(opened.exitCode == 0);
    CHECK(Json::parse(opened.out)["result"] == "Hidden until the round's results are shown.");
    auto early = folder.jointly("round west.jointly " + id + " --to revealed");
    CHECK(early.exitCode != 0);
    CHECK(early.err.find("close it before showing its results") != std::string::npos);
    CHECK(folder.jointly("round west.jointly " + id + " --to sideways").exitCode == 2);
    // The first run is still there, with its votes.
    CHECK(Json::parse(folder.jointly("round west.jointly 1").out)["state"] == "revealed");

    // An open round's result is used only once shown; the first run's is
    // used as the window's button does, as the priorities' ranks.
    auto unseen = folder.jointly("round west.jointly " + id + " --use");
    CHECK(unseen.exitCode != 0);
    CHECK(unseen.err.find("its result is used once the room has seen it") != std::string::npos);
    auto used = folder.jointly("round west.jointly 1 --use");
    INFO(used.err);
    REQUIRE(used.exitCode == 0);
    // The example's rounds are anonymous and named to the facilitator only,
    // so no vote is listed by member.
    auto listed = folder.jointly("list west.jointly vote");
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out == "No votes.\n");
}
