#include "CliSupport.h"

#include <catch2/catch.hpp>

#include <string>

using jointly::cli_testing::Folder;

TEST_CASE("copy-records writes a partner, an appraisal or a contract with what belongs to it, "
          "and paste-records adds it to another project, saying what it could not link",
          "[cli][transfer]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    REQUIRE(folder.jointly("new east.jointly --name Eastvale").exitCode == 0);

    auto copied = folder.jointly(
        "copy-records west.jointly partner-organisation \"Westshire County Council\" p.records");
    REQUIRE(copied.exitCode == 0);
    CHECK(copied.out == "Copied to p.records; 'jointly paste-records' adds it to a project.\n");
    CHECK(jointly::cli_testing::readFile(folder / "p.records")
              .rfind("JOINTLY-ARCHIVE 1 records ", 0) == 0);
    auto pasted = folder.jointly("paste-records east.jointly p.records");
    REQUIRE(pasted.exitCode == 0);
    CHECK(pasted.out == "Pasted partner organisation \u201CWestshire County Council\u201D with 4 "
                        "members (id 1).\n");
    CHECK(folder.jointly("list east.jointly member")
              .out.find("Organisation: Westshire County "
                        "Council") != std::string::npos);

    // An appraisal needs its priority in the project it goes to.
    REQUIRE(folder.jointly("copy-records west.jointly options-appraisal 1 a.records").exitCode ==
            0);
    auto refused = folder.jointly("paste-records east.jointly a.records");
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.find("The options appraisal's priority, \u201CPrevent falls among older "
                           "people\u201D, is not in this project") != std::string::npos);
    CHECK(folder.jointly("list east.jointly options-appraisal").out == "No options appraisals.\n");

    // A contract's links to what the project lacks are listed, not dropped.
    REQUIRE(folder.jointly("copy-records west.jointly contract 1 c.records").exitCode == 0);
    auto contract = folder.jointly("paste-records east.jointly c.records");
    REQUIRE(contract.exitCode == 0);
    CHECK(contract.out.find("  The contract's provider, \u201CWestshire Community Health NHS "
                            "Trust\u201D, is not in this project, so that link was left "
                            "empty.\n") != std::string::npos);
    // The co-funder's partner is found now the council has been pasted.
    CHECK(contract.out.find("\u201CWestshire County Council\u201D, is not") == std::string::npos);

    auto cannot = folder.jointly("copy-records west.jointly member 1 m.records");
    CHECK(cannot.exitCode != 0);
    CHECK(cannot.err.find("copy a partner-organisation, an options-appraisal or a contract") !=
          std::string::npos);
    auto notOurs = folder.jointly("paste-records east.jointly west.jointly");
    CHECK(notOurs.exitCode != 0);
    CHECK(notOurs.err.find("west.jointly is not a Jointly archive") != std::string::npos);
    CHECK(folder.jointly("paste-records east.jointly missing.records").exitCode != 0);
}
