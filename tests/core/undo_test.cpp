#include "core/TestSupport.h"

#include "partnership/PartnershipKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using namespace jointly;
using jointly::testing::TempDir;
using records::FieldValue;
using records::RecordKind;
namespace kinds = jointly::partnership;

namespace {

// Labels name records in curly quotes, U+201C and U+201D, written as UTF-8.
static_assert(std::string_view("\u201C") == "\xE2\x80\x9C");
static_assert(std::string_view("\u201D") == "\xE2\x80\x9D");

using Tables = std::set<std::string>;

struct Fixture {
    TempDir dir;
    std::string path = dir.file("Westshire.jointly");
    std::unique_ptr<project::Project> project;
    std::vector<Tables> heard; // what the listener was told, in order

    Fixture() {
        auto created = project::Project::create(path, "Westshire Partnership");
        REQUIRE(created.ok());
        project = std::move(created.value());
        project->setListener([this](const history::TouchedTables& tables) {
            heard.push_back(Tables(tables.begin(), tables.end()));
        });
    }

    std::int64_t add(const RecordKind& kind, const records::FieldValues& initial) {
        auto id = records::addRecord(*project, kind, initial);
        INFO(jointly::testing::describe(id));
        REQUIRE(id.ok());
        return id.value();
    }
    void set(const RecordKind& kind, std::int64_t id, std::string_view column, FieldValue value) {
        auto status = records::setField(*project, kind, id, column, value);
        INFO(jointly::testing::describe(status));
        REQUIRE(status.ok());
    }
    std::optional<records::Record> find(const RecordKind& kind, std::int64_t id) {
        return records::findRecord(project->database(), kind, id);
    }
    FieldValue value(const RecordKind& kind, std::int64_t id, std::string_view column) {
        auto record = find(kind, id);
        REQUIRE(record.has_value());
        return record->value(kind, column);
    }
    // Every row of every kind (id and values), to compare the whole project.
    using Snapshot =
        std::map<std::string, std::vector<std::pair<std::int64_t, std::vector<FieldValue>>>>;
    Snapshot everything() {
        Snapshot rows;
        for (const auto* kind : kinds::allKinds()) {
            auto& list = rows[std::string(kind->singular)];
            for (auto& record : records::listRecords(project->database(), *kind)) {
                list.emplace_back(record.id, std::move(record.values));
            }
        }
        return rows;
    }
};

FieldValue text(const char* value) {
    return FieldValue{std::string(value)};
}
FieldValue number(std::int64_t value) {
    return FieldValue{value};
}

} // namespace

TEST_CASE("adding a record is undone and redone", "[undo]") {
    Fixture f;
    CHECK_FALSE(f.project->canUndo());
    auto id = f.add(kinds::partnerOrganisation(), {{"name", text("NHS Westshire")}});
    CHECK(f.project->undoLabel() == "Add partner organisation");
    CHECK(f.heard == std::vector<Tables>{{"partner_organisation"}});

    REQUIRE(f.project->undo().ok());
    CHECK_FALSE(f.find(kinds::partnerOrganisation(), id).has_value());
    CHECK_FALSE(f.project->canUndo());
    CHECK(f.project->redoLabel() == "Add partner organisation");
    CHECK(f.heard.size() == 2);
    CHECK(f.heard.back() == Tables{"partner_organisation"});

    REQUIRE(f.project->redo().ok());
    CHECK(f.value(kinds::partnerOrganisation(), id, "name") == text("NHS Westshire"));
    CHECK_FALSE(f.project->canRedo());
    CHECK(f.project->undoLabel() == "Add partner organisation");
    CHECK(f.heard.size() == 3);
}

TEST_CASE("changing a field is undone and redone, labelled with the field and record", "[undo]") {
    Fixture f;
    const auto& partner = kinds::partnerOrganisation();
    auto id = f.add(partner, {{"name", text("NHS Westshire")}});
    f.set(partner, id, "annual_contribution_pence", number(123456));
    CHECK(f.project->undoLabel() == "Change annual contribution of NHS Westshire");
    CHECK(f.heard.back() == Tables{"partner_organisation"});

    REQUIRE(f.project->undo().ok());
    CHECK(f.value(partner, id, "annual_contribution_pence") == number(0));
    CHECK(f.project->undoLabel() == "Add partner organisation");
    CHECK(f.project->redoLabel() == "Change annual contribution of NHS Westshire");
    REQUIRE(f.project->redo().ok());
    CHECK(f.value(partner, id, "annual_contribution_pence") == number(123456));

    // The label names the record as it was before the change.
    f.set(partner, id, "name", text("NHS Westshire ICB"));
    CHECK(f.project->undoLabel() == "Change name of NHS Westshire");
    auto unnamed = f.add(partner, {});
    f.set(partner, unnamed, "name", text("Westshire Police"));
    CHECK(f.project->undoLabel() == "Change name of new partner organisation");
}

TEST_CASE("changing the partnership row is labelled with the field alone", "[undo]") {
    Fixture f;
    f.set(kinds::profile(), kinds::kPartnershipId, "aims", text("Joined-up care for Westshire."));
    CHECK(f.project->undoLabel() == "Change aims");
    CHECK(f.heard.back() == Tables{"partnership"});
    f.set(kinds::agreement(), kinds::kPartnershipId, "agreement_kind", text("pooled"));
    CHECK(f.project->undoLabel() == "Change budget arrangement");

    REQUIRE(f.project->undo().ok());
    CHECK(f.value(kinds::agreement(), 1, "agreement_kind") == text("none"));
    REQUIRE(f.project->undo().ok());
    CHECK(f.value(kinds::profile(), 1, "aims") == text(""));
    CHECK(f.value(kinds::profile(), 1, "name") == text("Westshire Partnership"));
    REQUIRE(f.project->redo().ok());
    CHECK(f.value(kinds::profile(), 1, "aims") == text("Joined-up care for Westshire."));
    CHECK(f.project->redoLabel() == "Change budget arrangement");
}

TEST_CASE("setting a field to the value it has records no edit", "[undo]") {
    Fixture f;
    f.set(kinds::profile(), 1, "name", text("Westshire Partnership"));
    CHECK_FALSE(f.project->canUndo());
    CHECK(f.heard.empty());
}

TEST_CASE("a new edit after an undo clears the redo history", "[undo]") {
    Fixture f;
    f.add(kinds::objective(), {{"text", text("Fewer delayed discharges")}});
    REQUIRE(f.project->undo().ok());
    CHECK(f.project->canRedo());
    f.add(kinds::locality(), {{"name", text("Northtown")}});
    CHECK_FALSE(f.project->canRedo());
    CHECK(f.project->redoLabel().empty());
    CHECK(f.project->undoLabel() == "Add locality");
}

TEST_CASE("undo and redo with nothing to undo or redo are refused", "[undo]") {
    Fixture f;
    auto undo = f.project->undo();
    REQUIRE_FALSE(undo.ok());
    CHECK(undo.error().kind == ErrorKind::NothingToUndo);
    CHECK(undo.error().message == "There is nothing to undo.");
    auto redo = f.project->redo();
    REQUIRE_FALSE(redo.ok());
    CHECK(redo.error().kind == ErrorKind::NothingToUndo);
    CHECK(redo.error().message == "There is nothing to redo.");
    CHECK(f.heard.empty());
}

TEST_CASE("an edit that fails leaves nothing behind and nothing to undo", "[undo]") {
    Fixture f;
    auto id = f.add(kinds::partnerOrganisation(), {{"name", text("NHS Westshire")}});
    auto status = f.project->edit("Break a rule", [&](storage::Database& db) {
        db.execute("UPDATE partner_organisation SET name = 'Renamed'");
        db.execute("UPDATE partner_organisation SET annual_contribution_pence = -1");
    });
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == ErrorKind::Storage);
    CHECK_THAT(status.error().message,
               Catch::StartsWith("That change does not fit the rest of the project: CHECK "
                                 "constraint failed"));
    CHECK(f.value(kinds::partnerOrganisation(), id, "name") == text("NHS Westshire"));
    CHECK(f.project->undoLabel() == "Add partner organisation");
    CHECK(f.heard.size() == 1);
}

TEST_CASE("deleting a record without dependents is undone with the same id", "[undo]") {
    Fixture f;
    auto first = f.add(kinds::objective(), {{"text", text("Fewer delayed discharges")}});
    auto second = f.add(kinds::objective(), {{"text", text("More care at home")}});
    REQUIRE(records::deleteRecord(*f.project, kinds::objective(), first).ok());
    CHECK(f.project->undoLabel() == "Delete \u201CFewer delayed discharges\u201D");
    CHECK(f.heard.back() == Tables{"objective"});
    REQUIRE(f.project->undo().ok());
    CHECK(f.value(kinds::objective(), first, "text") == text("Fewer delayed discharges"));
    CHECK(f.value(kinds::objective(), second, "text") == text("More care at home"));
    auto missing = records::deleteRecord(*f.project, kinds::objective(), 999);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
    CHECK(missing.error().message == "Objective not found; it may already have been deleted.");
}

TEST_CASE("deleting a partner organisation takes its members and interests and unlinks it, "
          "and undo brings everything back",
          "[undo]") {
    Fixture f;
    const auto& partner = kinds::partnerOrganisation();
    const auto& member = kinds::member();
    const auto& interest = kinds::declaredInterest();
    const auto& care = kinds::careGroup();

    auto nhs = f.add(partner, {{"name", text("NHS Westshire")}});
    auto provider =
        f.add(partner, {{"name", text("Westshire Care Ltd")}, {"role", text("provider")}});
    auto ann = f.add(member, {{"partner_id", nhs}, {"name", text("Ann Hughes")}});
    auto bob = f.add(member, {{"partner_id", nhs}, {"name", text("Bob Patel")}});
    auto cat = f.add(member, {{"partner_id", nhs}, {"name", text("Cat Jones")}});
    auto dan = f.add(member, {{"partner_id", provider}, {"name", text("Dan Smith")}});
    // Bob has an interest in the provider; Dan (of the provider) one in NHS Westshire.
    auto bobsInterest = f.add(interest, {{"member_id", bob},
                                         {"provider_id", provider},
                                         {"description", text("Spouse works there")}});
    // Cat's interest goes twice over: with Cat, and as a link to her own organisation.
    auto catsInterest = f.add(interest, {{"member_id", cat}, {"provider_id", nhs}});
    auto dansInterest = f.add(
        interest,
        {{"member_id", dan}, {"provider_id", nhs}, {"description", text("Sits on its board")}});
    f.set(kinds::agreement(), 1, "host_partner_id", number(nhs));
    auto elderly = f.add(care, {{"name", text("Older people")}, {"lead_commissioner_id", nhs}});
    auto heardBefore = f.heard.size();

    // What goes: Ann, Bob and Cat, and with them Bob's and Cat's interests
    // (Ann has none). What is left without NHS Westshire: the agreement's
    // host partner, Dan's interest (in NHS Westshire; Cat's, also in it, goes
    // anyway) and the care group it leads.
    const std::string label =
        "Delete \u201CNHS Westshire\u201D with its 3 members and 2 declared interests; the "
        "partnership loses its host partner, 1 declared interest loses its provider concerned and "
        "1 care group loses its lead commissioner";
    CHECK(records::deletionDescription(f.project->database(), partner, nhs) == label);
    const auto before = f.everything();

    REQUIRE(records::deleteRecord(*f.project, partner, nhs).ok());
    CHECK(f.project->undoLabel() == label);
    const Tables touched = {"partner_organisation", "member", "declared_interest", "partnership",
                            "care_group"};
    REQUIRE(f.heard.size() == heardBefore + 1);
    CHECK(f.heard.back() == touched);

    auto checkDeleted = [&] {
        CHECK_FALSE(f.find(partner, nhs).has_value());
        CHECK_FALSE(f.find(member, ann).has_value());
        CHECK_FALSE(f.find(member, bob).has_value());
        CHECK_FALSE(f.find(member, cat).has_value());
        CHECK_FALSE(f.find(interest, bobsInterest).has_value());
        CHECK_FALSE(f.find(interest, catsInterest).has_value());
        CHECK(f.value(member, dan, "partner_id") == number(provider));
        CHECK(f.value(interest, dansInterest, "provider_id") == FieldValue{});
        CHECK(f.value(kinds::agreement(), 1, "host_partner_id") == FieldValue{});
        CHECK(f.value(care, elderly, "lead_commissioner_id") == FieldValue{});
        CHECK(records::countRecords(f.project->database(), member) == 1);
        CHECK(records::countRecords(f.project->database(), interest) == 1);
    };
    checkDeleted();
    const auto afterDelete = f.everything();

    auto undone = f.project->undo();
    INFO(jointly::testing::describe(undone));
    REQUIRE(undone.ok());
    CHECK(f.heard.back() == touched);
    CHECK(f.everything() == before);
    // The same ids and links, spelled out.
    CHECK(f.value(partner, nhs, "name") == text("NHS Westshire"));
    CHECK(f.value(member, ann, "partner_id") == number(nhs));
    CHECK(f.value(member, bob, "partner_id") == number(nhs));
    CHECK(f.value(member, cat, "name") == text("Cat Jones"));
    CHECK(f.value(interest, bobsInterest, "member_id") == number(bob));
    CHECK(f.value(interest, bobsInterest, "provider_id") == number(provider));
    CHECK(f.value(interest, dansInterest, "provider_id") == number(nhs));
    CHECK(f.value(interest, catsInterest, "member_id") == number(cat));
    CHECK(f.value(interest, catsInterest, "provider_id") == number(nhs));
    CHECK(f.value(kinds::agreement(), 1, "host_partner_id") == number(nhs));
    CHECK(f.value(care, elderly, "lead_commissioner_id") == number(nhs));
    CHECK(f.project->redoLabel() == label);

    auto redone = f.project->redo();
    INFO(jointly::testing::describe(redone));
    REQUIRE(redone.ok());
    CHECK(f.heard.back() == touched);
    checkDeleted();
    CHECK(f.everything() == afterDelete);
    CHECK(f.project->undoLabel() == label);

    // And once more round, to show the history is still sound.
    REQUIRE(f.project->undo().ok());
    CHECK(f.everything() == before);
}

TEST_CASE("deleting a member names its declared interests in the label", "[undo]") {
    Fixture f;
    auto nhs = f.add(kinds::partnerOrganisation(), {{"name", text("NHS Westshire")}});
    auto bob = f.add(kinds::member(), {{"partner_id", nhs}, {"name", text("Bob Patel")}});
    f.add(kinds::declaredInterest(), {{"member_id", bob}});
    CHECK(records::deletionDescription(f.project->database(), kinds::member(), bob) ==
          "Delete \u201CBob Patel\u201D with its 1 declared interest");
    f.add(kinds::declaredInterest(), {{"member_id", bob}});
    REQUIRE(records::deleteRecord(*f.project, kinds::member(), bob).ok());
    CHECK(f.project->undoLabel() == "Delete \u201CBob Patel\u201D with its 2 declared interests");
    REQUIRE(f.project->undo().ok());
    CHECK(records::countRecords(f.project->database(), kinds::declaredInterest()) == 2);
    REQUIRE(f.project->redo().ok());
    CHECK(records::countRecords(f.project->database(), kinds::declaredInterest()) == 0);
}

TEST_CASE("an edit on a project opened read-only is refused", "[undo][readonly]") {
    TempDir dir;
    const auto path = dir.file("Westshire.jointly");
    std::int64_t nhs = 0;
    {
        auto created = project::Project::create(path, "Westshire Partnership");
        REQUIRE(created.ok());
        auto id = records::addRecord(*created.value(), kinds::partnerOrganisation(),
                                     {{"name", text("NHS Westshire")}});
        REQUIRE(id.ok());
        nhs = id.value();
    }
    const auto bytes = jointly::testing::readBytes(path);
    project::OpenOptions options;
    options.readOnly = true;
    auto opened = project::Project::open(path, options);
    REQUIRE(opened.ok());
    auto& project = *opened.value();
    REQUIRE(project.isReadOnly());
    CHECK(project.readOnlyReason() == "You opened Westshire.jointly read-only.");
    std::vector<Tables> heard;
    project.setListener([&](const history::TouchedTables& tables) {
        heard.push_back(Tables(tables.begin(), tables.end()));
    });

    auto add = records::addRecord(project, kinds::objective(), {{"text", text("An objective")}});
    REQUIRE_FALSE(add.ok());
    CHECK(add.error().kind == ErrorKind::ReadOnly);
    CHECK(add.error().message ==
          "Westshire.jointly is open read-only, so it cannot be changed. Open it normally, or "
          "save a copy and edit that.");
    auto change =
        records::setField(project, kinds::partnerOrganisation(), nhs, "name", text("Renamed"));
    REQUIRE_FALSE(change.ok());
    CHECK(change.error().kind == ErrorKind::ReadOnly);
    auto removal = records::deleteRecord(project, kinds::partnerOrganisation(), nhs);
    REQUIRE_FALSE(removal.ok());
    CHECK(removal.error().kind == ErrorKind::ReadOnly);

    CHECK_FALSE(project.canUndo());
    CHECK(heard.empty());
    CHECK(records::countRecords(project.database(), kinds::objective()) == 0);
    CHECK(records::findRecord(project.database(), kinds::partnerOrganisation(), nhs)
              ->text(kinds::partnerOrganisation(), "name") == "NHS Westshire");
    CHECK(jointly::testing::hasBytes(path, bytes));
}

TEST_CASE("undo stops, changing nothing, when the file was changed behind the history", "[undo]") {
    Fixture f;
    auto nhs = f.add(kinds::partnerOrganisation(), {{"name", text("NHS Westshire")}});
    // Another program (or a bug) renames the row without going through edit().
    f.project->database().execute("UPDATE partner_organisation SET name = 'Renamed elsewhere'");
    auto undone = f.project->undo();
    REQUIRE_FALSE(undone.ok());
    CHECK(undone.error().kind == ErrorKind::Storage);
    CHECK(undone.error().message ==
          "Jointly could not use Westshire.jointly: the project was changed outside Jointly");
    CHECK(f.value(kinds::partnerOrganisation(), nhs, "name") == text("Renamed elsewhere"));
    CHECK(f.project->undoLabel() == "Add partner organisation");
    CHECK(f.heard.size() == 1);
}
