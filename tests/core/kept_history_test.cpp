#include "core/TestSupport.h"

#include "history/EditHistory.h"
#include "partnership/PartnershipKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>

using namespace jointly;
using jointly::testing::TempDir;
namespace kinds = jointly::partnership;

namespace {

std::unique_ptr<project::Project> opened(const std::string& path, bool readOnly = false) {
    project::OpenOptions options;
    options.readOnly = readOnly;
    auto project = project::Project::open(path, options);
    REQUIRE(project.ok());
    return std::move(project.value());
}

std::string aims(project::Project& project) {
    return records::findRecord(project.database(), kinds::profile(), kinds::kPartnershipId)
        ->text(kinds::profile(), "aims");
}

std::int64_t keptSteps(const std::string& path, int undone) {
    storage::Database db(path, storage::OpenMode::ReadOnly);
    auto count = db.prepare("SELECT count(*) FROM edit_step WHERE undone = ?1");
    count.bind(1, undone);
    REQUIRE(count.step());
    return count.int64(0);
}

} // namespace

TEST_CASE("edits can be undone after the file is closed and opened again", "[undo][kept]") {
    TempDir dir;
    const auto path = dir.file("Westshire.jointly");
    std::int64_t partner = 0;
    {
        auto created = project::Project::create(path, "Westshire");
        REQUIRE(created.ok());
        auto& project = *created.value();
        REQUIRE(records::setField(project, kinds::profile(), kinds::kPartnershipId, "aims",
                                  std::string("Fewer falls"))
                    .ok());
        auto added = records::addRecord(project, kinds::partnerOrganisation(),
                                        {{"name", std::string("NHS Westshire")}});
        REQUIRE(added.ok());
        partner = added.value();
        REQUIRE(records::addRecord(project, kinds::member(),
                                   {{"partner_id", partner}, {"name", std::string("Dr Amy Shah")}})
                    .ok());
    }
    // Each edit is a row, written with the edit itself.
    CHECK(keptSteps(path, 0) == 3);
    {
        auto project = opened(path);
        REQUIRE(project->canUndo());
        CHECK(project->undoLabel() == "Add member");
        CHECK_FALSE(project->canRedo());
        // Deleting the partner takes its member; undone after a reopen, both
        // come back with the same ids.
        REQUIRE(records::deleteRecord(*project, kinds::partnerOrganisation(), partner).ok());
        CHECK(records::countRecords(project->database(), kinds::member()) == 0);
    }
    {
        auto project = opened(path);
        CHECK(project->undoLabel() == "Delete \u201CNHS Westshire\u201D with its 1 member");
        REQUIRE(project->undo().ok());
        CHECK(records::findRecord(project->database(), kinds::partnerOrganisation(), partner));
        CHECK(records::countRecords(project->database(), kinds::member()) == 1);
        CHECK(project->canRedo());
        REQUIRE(project->undo().ok()); // the member
        REQUIRE(project->undo().ok()); // the partner
        CHECK(project->undoLabel() == "Change aims");
    }
    // Undone steps are kept, marked undone; what could be redone ends with
    // the session, and what was undone stays undone.
    CHECK(keptSteps(path, 1) == 3);
    CHECK(keptSteps(path, 0) == 1);
    {
        auto project = opened(path);
        CHECK_FALSE(project->canRedo());
        CHECK(project->undoLabel() == "Change aims");
        CHECK(records::countRecords(project->database(), kinds::partnerOrganisation()) == 0);
        REQUIRE(project->undo().ok());
        CHECK(aims(*project).empty());
        CHECK_FALSE(project->canUndo());
        // A new edit after an undo: the undone edit can no longer be redone,
        // now or after a reopen.
        REQUIRE(records::setField(*project, kinds::profile(), kinds::kPartnershipId, "aims",
                                  std::string("Independence at home"))
                    .ok());
        CHECK_FALSE(project->canRedo());
    }
    {
        auto project = opened(path);
        CHECK(project->undoLabel() == "Change aims");
        REQUIRE(project->undo().ok());
        CHECK(aims(*project).empty());
        CHECK_FALSE(project->canUndo());
    }
}

TEST_CASE("a file open read-only, a saved copy and a new file have nothing to undo",
          "[undo][kept]") {
    TempDir dir;
    const auto path = dir.file("Westshire.jointly");
    {
        auto created = project::Project::create(path, "Westshire");
        REQUIRE(created.ok());
        CHECK_FALSE(created.value()->canUndo());
        REQUIRE(records::setField(*created.value(), kinds::profile(), kinds::kPartnershipId, "aims",
                                  std::string("Fewer falls"))
                    .ok());
        REQUIRE(created.value()->saveCopyAs(dir.file("Copy.jointly")).ok());
    }
    CHECK_FALSE(opened(path, true)->canUndo());
    CHECK(opened(path)->canUndo());
    auto copy = opened(dir.file("Copy.jointly"));
    CHECK_FALSE(copy->canUndo());
    CHECK(aims(*copy) == "Fewer falls");
    CHECK(keptSteps(dir.file("Copy.jointly"), 0) == 0);
}
