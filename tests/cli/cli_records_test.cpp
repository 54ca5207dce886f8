#include "CliSupport.h"

#include <catch2/catch.hpp>

#include "partnership/PartnershipKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>
#include <string>

using jointly::cli_testing::Folder;
using jointly::cli_testing::readFile;
using Json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

// The first ``` block after "## Command line" in README.md.
std::string readmeCommandList() {
    const auto readme = readFile(fs::path(JOINTLY_SOURCE_DIR) / "README.md");
    const auto section = readme.find("\n## Command line\n");
    REQUIRE(section != std::string::npos);
    const auto open = readme.find("```\n", section);
    const auto close = readme.find("```\n", open + 4);
    REQUIRE(close != std::string::npos);
    return readme.substr(open + 4, close - open - 4);
}

} // namespace

TEST_CASE("the README's command list is what --help prints", "[cli][help]") {
    Folder folder;
    auto help = folder.jointly("--help");
    REQUIRE(help.exitCode == 0);
    CHECK(help.out == readmeCommandList());
    CHECK(folder.jointly("help").out == help.out);
    // Every verb listed explains itself, and starts as the list says.
    int verbs = 0;
    std::istringstream lines(help.out);
    std::string line;
    while (std::getline(lines, line)) {
        if (!line.starts_with("jointly ") || line.starts_with("jointly [") ||
            line.starts_with("jointly --")) {
            continue;
        }
        const auto verb = line.substr(8, line.find(' ', 8) - 8);
        auto one = folder.jointly("help " + verb);
        INFO(verb);
        CHECK(one.exitCode == 0);
        CHECK(one.out.starts_with("Usage: jointly " + verb));
        ++verbs;
    }
    CHECK(verbs == 49);
    auto unknown = folder.jointly("help frobnicate");
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.starts_with("jointly: there is no verb called \"frobnicate\".\n"));
}

TEST_CASE("records of any kind are listed, added, changed and deleted", "[cli][records]") {
    Folder folder;
    REQUIRE(folder.jointly("new p.jointly --name Eastvale").exitCode == 0);

    auto partner = folder.jointly(
        "add p.jointly partner-organisation name='NHS Eastvale' annual-contribution=£12,500.50");
    REQUIRE(partner.exitCode == 0);
    CHECK(partner.err.empty());
    // The first record of the original file's site 0: id 1.
    CHECK(partner.out == "1\n");
    auto member = folder.jointly(
        "add p.jointly member organisation='nhs eastvale' name='Dr Amy Shah' --json");
    REQUIRE(member.exitCode == 0);
    CHECK(Json::parse(member.out)["id"] == 1);

    auto listed = folder.jointly("list p.jointly partner-organisation");
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.find("Partner organisation 1: NHS Eastvale\n") == 0);
    CHECK(listed.out.find("  Annual contribution: £12,500.50\n") != std::string::npos);

    // Two fields in one edit; a link by name; money, dates and choices as typed.
    auto changed = folder.jointly(
        "set p.jointly member 1 role='Director of Commissioning' can-commit-budget=yes");
    CHECK(changed.exitCode == 0);
    auto json = Json::parse(folder.jointly("list p.jointly member --json").out);
    REQUIRE(json["records"].size() == 1);
    const auto& fields = json["records"][0]["fields"];
    CHECK(json["kind"] == "member");
    CHECK(fields["role"]["value"] == "Director of Commissioning");
    CHECK(fields["organisation"]["value"] == 1);
    CHECK(fields["organisation"]["text"] == "NHS Eastvale");
    CHECK(json["records"][0]["name"] == "Dr Amy Shah");

    auto contribution = folder.jointly(
        "add p.jointly contribution partner='NHS Eastvale' year=2026/27 amount=1,000,000");
    CHECK(contribution.exitCode == 0);

    // The partnership's own row is set, never added or deleted.
    CHECK(folder.jointly("set p.jointly partnership 1 aims='Older people stay at home'").exitCode ==
          0);
    CHECK(folder.jointly("list p.jointly partnership")
              .out.find("  Aims: Older people stay "
                        "at home\n") != std::string::npos);
    auto addRow = folder.jointly("add p.jointly partnership name=Two");
    CHECK(addRow.exitCode == 9);
    CHECK(addRow.err == "jointly: The partnership is one record that is always there, so it "
                        "cannot be added; change it with \"jointly set FILE partnership 1 "
                        "FIELD=VALUE\".\n");

    // Deleting says what went with it.
    auto deleted = folder.jointly("delete p.jointly partner-organisation 1");
    CHECK(deleted.exitCode == 0);
    CHECK(deleted.out == "Deleted “NHS Eastvale” with its 1 member and 1 contribution worth "
                         "£1,000,000.00\n");
    CHECK(folder.jointly("list p.jointly member").out == "No members.\n");
}

TEST_CASE("bad input to the record verbs is refused with exit 9 and changes nothing",
          "[cli][records]") {
    Folder folder;
    REQUIRE(folder.jointly("new p.jointly --name Eastvale").exitCode == 0);
    REQUIRE(folder.jointly("add p.jointly partner-organisation name=Council").exitCode == 0);
    const auto before = readFile(folder / "p.jointly");

    auto year = folder.jointly("add p.jointly contribution partner=Council year=2026/28");
    CHECK(year.exitCode == 9);
    CHECK(year.err == "jointly: Financial year must be a financial year such as 2026/27; "
                      "\"2026/28\" is not one. Nothing was added.\n");
    auto money = folder.jointly("set p.jointly partner-organisation 1 annual-contribution=12.345");
    CHECK(money.exitCode == 9);
    CHECK(money.err.find("Annual contribution must be an amount in pounds") != std::string::npos);
    CHECK(money.err.ends_with(" Nothing was changed.\n"));
    auto field = folder.jointly("set p.jointly partner-organisation 1 colour=blue");
    CHECK(field.exitCode == 9);
    CHECK(field.err.rfind("jointly: a partner organisation has no field called “colour”; its "
                          "fields are name, type, role,",
                          0) == 0);
    auto kind = folder.jointly("list p.jointly membr");
    CHECK(kind.exitCode == 9);
    CHECK(kind.err.rfind("jointly: there is no kind of record called “membr”; did you mean "
                         "“member”? The kinds are partnership, agreement, objective,",
                         0) == 0);
    // With no near word, the list follows a full stop.
    kind = folder.jointly("list p.jointly zzzzzzzzzzzz");
    CHECK(kind.err.rfind("jointly: there is no kind of record called “zzzzzzzzzzzz”. The kinds are "
                         "partnership,",
                         0) == 0);
    auto link = folder.jointly("add p.jointly member organisation=Nobody");
    CHECK(link.exitCode == 9);
    CHECK(link.err == "jointly: Organisation: there is no partner organisation called "
                      "“Nobody”; \"jointly list FILE partner-organisation\" shows them. Nothing "
                      "was added.\n");
    auto missing = folder.jointly("delete p.jointly partner-organisation 7");
    CHECK(missing.exitCode == 9);
    CHECK(missing.err == "jointly: There is no partner organisation with the id 7. Nothing was "
                         "deleted.\n");
    auto notAnId = folder.jointly("set p.jointly partner-organisation first name=x");
    CHECK(notAnId.exitCode == 9);
    auto notAPair = folder.jointly("set p.jointly partner-organisation 1 name");
    CHECK(notAPair.exitCode == 9);
    CHECK(notAPair.err == "jointly: \"name\" is not FIELD=VALUE, such as name=\"Dr Amy Shah\". "
                          "Nothing was changed.\n");
    // One good field and one bad: neither is written.
    auto half = folder.jointly("set p.jointly partner-organisation 1 name=Changed role=boss");
    CHECK(half.exitCode == 9);
    CHECK(readFile(folder / "p.jointly") == before);
    CHECK(folder.jointly("list p.jointly partner-organisation").out.find("Changed") ==
          std::string::npos);
}

TEST_CASE("an edit made from the command line is one undo step when the file is next opened",
          "[cli][records]") {
    Folder folder;
    REQUIRE(folder.jointly("new p.jointly --name Eastvale").exitCode == 0);
    REQUIRE(folder.jointly("add p.jointly partner-organisation name=Council").exitCode == 0);
    REQUIRE(folder.jointly("add p.jointly member organisation=Council name=Sam").exitCode == 0);
    REQUIRE(folder.jointly("set p.jointly member 1 role=Chair email=sam@example.org").exitCode ==
            0);
    auto opened = jointly::project::Project::open((folder / "p.jointly").string());
    REQUIRE(opened.ok());
    auto& project = *opened.value();
    // Both fields in one step, named as the window names it.
    CHECK(project.undoLabel() == "Change role and e-mail of Sam");
    REQUIRE(project.undo().ok());
    const auto member =
        jointly::records::findRecord(project.database(), jointly::partnership::member(), 1);
    REQUIRE(member);
    CHECK(member->text(jointly::partnership::member(), "role").empty());
    CHECK(member->text(jointly::partnership::member(), "email").empty());
    CHECK(project.undoLabel() == "Add member");
}
