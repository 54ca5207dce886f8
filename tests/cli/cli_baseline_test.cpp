#include "CliSupport.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>

using jointly::cli_testing::Folder;
using Json = nlohmann::json;

TEST_CASE("baseline freezes the plan by name and compare shows what moved since, in words, as "
          "JSON and as a file, refusing what it cannot do with a sentence",
          "[cli][baseline]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);

    auto frozen =
        folder.jointly("baseline west.jointly --name \"Approved March 2026\" --as-at 2026-03-26");
    REQUIRE(frozen.exitCode == 0);
    CHECK(frozen.out == "Froze the plan as approved: the baseline \u201CApproved March 2026\u201D "
                        "of 2026-03-26 (id 1).\n");
    auto taken = folder.jointly("baseline west.jointly --name \"approved MARCH 2026\"");
    CHECK(taken.exitCode != 0);
    CHECK(taken.err.find("There is already a baseline called \u201CApproved March 2026\u201D "
                         "(taken on 2026-03-26): give this one another name.") !=
          std::string::npos);
    CHECK(folder.jointly("baseline west.jointly").exitCode != 0);

    auto same = folder.jointly("compare west.jointly --baseline \"Approved March 2026\"");
    REQUIRE(same.exitCode == 0);
    CHECK(same.out == "The plan now against the baseline \u201CApproved March 2026\u201D of "
                      "2026-03-26:\n  No record of the plan has been added, removed or changed "
                      "since the baseline.\n");

    // Allocation 1 (£10,000,000.00) up a penny; the council's adult social
    // care contribution in 2026/27 (£150,000,000.00) cut to £1.00, so the
    // council's 2026/27 contributions (£182,400,000.00, lines 1 and 2 of the
    // example) fall by £149,999,999.00 to £32,400,001.00.
    REQUIRE(folder.jointly("set west.jointly allocation 1 amount=10000000.01").exitCode == 0);
    REQUIRE(folder.jointly("set west.jointly contribution 1 amount=1").exitCode == 0);
    REQUIRE(folder.jointly("add west.jointly priority name=Loneliness").exitCode == 0);

    auto text = folder.jointly("compare west.jointly --baseline 1");
    REQUIRE(text.exitCode == 0);
    CHECK(text.out ==
          "The plan now against the baseline \u201CApproved March 2026\u201D of 2026-03-26:\n"
          "  Since the baseline, 1 record added and 2 records changed.\n"
          "  Contributions in 2026/27: £180,000,001.00 now against £330,000,000.00 in the "
          "baseline, £149,999,999.00 less.\n"
          "  Of which Westshire County Council: £32,400,001.00 now against £182,400,000.00, "
          "£149,999,999.00 less.\n"
          "  Allocations in 2026/27: £329,500,000.01 now against £329,500,000.00 in the "
          "baseline, £0.01 more.\n"
          "Priorities: Loneliness (added)\n"
          "Contributions: Westshire County Council, Adult social care, 2026/27 (changed)\n"
          "    Amount: £150,000,000.00 \u2192 £1.00\n"
          "Allocations: Older people: prevention and falls, 2026/27 (changed)\n"
          "    Amount: £10,000,000.00 \u2192 £10,000,000.01\n");

    auto json = folder.jointly("compare west.jointly --baseline \"approved march 2026\" --json");
    REQUIRE(json.exitCode == 0);
    const auto document = Json::parse(json.out);
    CHECK(document["baseline"] == "Approved March 2026");
    CHECK(document["takenOn"] == "2026-03-26");
    REQUIRE(document["records"].size() == 3);
    CHECK(document["records"][0]["record"] == "Loneliness");
    CHECK(document["records"][0]["change"] == "added");
    CHECK(document["records"][2]["fields"][0]["now"] == "£10,000,000.01");
    bool councilFound = false;
    for (const auto& line : document["money"]) {
        if (line["section"] == "Contributions" && line["partner"] == "Westshire County Council" &&
            line["year"] == 2026) {
            councilFound = true;
            CHECK(line["baselinePence"] == 18'240'000'000);
            CHECK(line["nowPence"] == 3'240'000'100);
            CHECK(line["differencePence"] == -14'999'999'900);
        }
    }
    CHECK(councilFound);

    auto csv = folder.jointly("compare west.jointly --baseline 1 --out moved.csv");
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out ==
          "Wrote the comparison with the baseline \u201CApproved March 2026\u201D to moved.csv.\n");
    const auto sheet = jointly::cli_testing::readFile(folder / "moved.csv");
    CHECK(sheet.find("Allocations,All partners,2026/27,329500000.00,329500000.01,0.01\r\n") !=
          std::string::npos);
    REQUIRE(folder.jointly("compare west.jointly --baseline 1 --out moved.html").exitCode == 0);
    CHECK(jointly::cli_testing::readFile(folder / "moved.html")
              .find("<h2>Money by partner and year</h2>") != std::string::npos);

    auto missing = folder.jointly("compare west.jointly --baseline \"Approved June\"");
    CHECK(missing.exitCode != 0);
    CHECK(missing.err.find("Approved March 2026") != std::string::npos);
    auto badEnding = folder.jointly("compare west.jointly --baseline 1 --out moved.pdf");
    CHECK(badEnding.exitCode != 0);
    CHECK(badEnding.err.find(".csv") != std::string::npos);
    CHECK(folder.jointly("compare west.jointly").exitCode != 0);

    // Freezing is one edit in the change history, like any other.
    auto history = folder.jointly("history west.jointly");
    REQUIRE(history.exitCode == 0);
    CHECK(history.out.find("Freeze the plan as approved: \u201CApproved March 2026\u201D") !=
          std::string::npos);
}
