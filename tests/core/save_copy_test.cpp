#include "core/TestSupport.h"

#include "partnership/PartnershipKinds.h"
#include "project/FileInspection.h"
#include "project/Project.h"
#include "project/Schema.h"
#include "records/RecordStore.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

using namespace jointly;
using jointly::testing::TempDir;
using records::FieldValue;
namespace fs = std::filesystem;
namespace kinds = jointly::partnership;

namespace {

using Snapshot =
    std::map<std::string, std::vector<std::pair<std::int64_t, std::vector<FieldValue>>>>;

// Every row of every kind: id and values.
Snapshot everything(storage::Database& db) {
    Snapshot rows;
    for (const auto* kind : kinds::allKinds()) {
        auto& list = rows[std::string(kind->singular)];
        for (auto& record : records::listRecords(db, *kind)) {
            list.emplace_back(record.id, std::move(record.values));
        }
    }
    return rows;
}

const auto kOwnerOnly = fs::perms::owner_read | fs::perms::owner_write;

fs::perms permissionsOf(const std::string& path) {
    return fs::status(path).permissions() & fs::perms::all;
}

// A project with a little of everything, left open.
std::unique_ptr<project::Project> sampleProject(const std::string& path) {
    jointly::testing::makeProjectWithManyPages(path, 300);
    auto opened = project::Project::open(path);
    REQUIRE(opened.ok());
    auto& project = *opened.value();
    auto nhs =
        records::addRecord(project, kinds::partnerOrganisation(),
                           {{"name", FieldValue{std::string("NHS Westshire")}},
                            {"annual_contribution_pence", FieldValue{std::int64_t{123456}}}});
    REQUIRE(nhs.ok());
    REQUIRE(records::addRecord(project, kinds::member(),
                               {{"partner_id", FieldValue{nhs.value()}},
                                {"name", FieldValue{std::string("Dr Ravi Patel")}}})
                .ok());
    REQUIRE(records::setField(project, kinds::agreement(), 1, "host_partner_id",
                              FieldValue{nhs.value()})
                .ok());
    return std::move(opened.value());
}

} // namespace

TEST_CASE("save a copy writes a complete project, readable by its owner only", "[copy]") {
    TempDir dir;
    const auto path = dir.file("Westshire.jointly");
    const auto copyPath = dir.file("Westshire copy.jointly");
    auto project = sampleProject(path);
    const auto original = everything(project->database());
    REQUIRE(original.at("objective").size() == 300);

    auto saved = project->saveCopyAs(copyPath);
    INFO(jointly::testing::describe(saved));
    REQUIRE(saved.ok());
    CHECK(permissionsOf(copyPath) == kOwnerOnly);
    // No half-written ".partial" file is left, and the project is still open as itself.
    CHECK(dir.entries() == std::set<std::string>{"Westshire.jointly", ".Westshire.jointly.lock",
                                                 "Westshire copy.jointly"});
    CHECK(project->path() == path);

    // The copy is a sound project on its own, with the same data.
    auto facts = project::inspectProjectFile(copyPath);
    REQUIRE(facts.ok());
    CHECK(facts.value().schemaVersion == project::kCurrentSchemaVersion);
    CHECK(facts.value().integrity == "ok");
    auto copy = project::Project::open(copyPath);
    INFO(jointly::testing::describe(copy));
    REQUIRE(copy.ok());
    CHECK(everything(copy.value()->database()) == original);
    CHECK(copy.value()->database().queryInt64("PRAGMA application_id") == project::kApplicationId);
    CHECK_FALSE(copy.value()->canUndo());

    // Edits after the copy go to the project, not the copy.
    REQUIRE(records::addRecord(*project, kinds::objective(), {}).ok());
    CHECK(records::countRecords(project->database(), kinds::objective()) == 301);
    CHECK(records::countRecords(copy.value()->database(), kinds::objective()) == 300);
}

TEST_CASE("save a copy replaces an older file of that name, making it private", "[copy]") {
    TempDir dir;
    const auto path = dir.file("Westshire.jointly");
    const auto copyPath = dir.file("Copy.jointly");
    auto project = sampleProject(path);
    jointly::testing::writeBytes(copyPath, "an old file in the way");
    fs::permissions(copyPath, fs::perms::owner_read | fs::perms::owner_write |
                                  fs::perms::group_read | fs::perms::others_read);

    REQUIRE(project->saveCopyAs(copyPath).ok());
    CHECK(permissionsOf(copyPath) == kOwnerOnly);
    auto copy = project::Project::open(copyPath);
    REQUIRE(copy.ok());
    CHECK(everything(copy.value()->database()) == everything(project->database()));
}

TEST_CASE("save a copy refuses to copy a project onto itself", "[copy]") {
    TempDir dir;
    const auto path = dir.file("Westshire.jointly");
    auto project = sampleProject(path);
    const auto before = jointly::testing::readBytes(path);
    const auto entries = dir.entries();

    for (const auto& same : {path, (dir.path() / "." / "Westshire.jointly").string()}) {
        INFO(same);
        auto refused = project->saveCopyAs(same);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Invalid);
        CHECK(refused.error().message ==
              "That is the project's own file. Choose a different name for the copy.");
    }
    CHECK(jointly::testing::hasBytes(path, before));
    CHECK(dir.entries() == entries);
    // The project is still usable.
    REQUIRE(records::addRecord(*project, kinds::objective(), {}).ok());
}

TEST_CASE("save a copy into a folder that does not exist fails cleanly", "[copy]") {
    TempDir dir;
    auto project = sampleProject(dir.file("Westshire.jointly"));
    const auto entries = dir.entries();
    auto failed = project->saveCopyAs(dir.file("no such folder/Copy.jointly"));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().kind == ErrorKind::Storage);
    CHECK_THAT(failed.error().message, Catch::Contains("Copy.jointly"));
    CHECK(dir.entries() == entries);
}
