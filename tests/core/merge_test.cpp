#include "core/IndicatorTestSupport.h"
#include "core/TestSupport.h"

#include "merge/ChangeFile.h"
#include "merge/Merging.h"
#include "merge/OfflineCopy.h"
#include "merge/RowEdit.h"
#include "merge/TotalRules.h"
#include "monitoring/ActualsImport.h"
#include "monitoring/MonitoringKinds.h"
#include "needs/IndicatorImport.h"
#include "partnership/PartnershipKinds.h"
#include "procurement/ContractKinds.h"
#include "project/Ids.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

using namespace jointly;
using history::RowOp;
using history::StoredValue;
using jointly::testing::TempDir;
namespace kinds = jointly::partnership;

namespace {

std::unique_ptr<project::Project> openProject(const std::string& path, const std::string& who) {
    auto opened = project::Project::open(path);
    REQUIRE(opened.ok());
    opened.value()->setAuthor(who);
    return std::move(opened.value());
}

std::int64_t add(project::Project& project, const records::RecordKind& kind,
                 const records::FieldValues& values) {
    auto added = records::addRecord(project, kind, values);
    REQUIRE(added.ok());
    return added.value();
}

void set(project::Project& project, const records::RecordKind& kind, std::int64_t id,
         std::string_view field, const records::FieldValue& value) {
    REQUIRE(records::setField(project, kind, id, field, value).ok());
}

records::FieldValue field(project::Project& project, const records::RecordKind& kind,
                          std::int64_t id, std::string_view column) {
    auto record = records::findRecord(project.database(), kind, id);
    REQUIRE(record);
    for (std::size_t i = 0; i < kind.fields.size(); ++i) {
        if (kind.fields[i].column == column) {
            return record->values[i];
        }
    }
    FAIL("no field " << column);
    return {};
}

bool exists(project::Project& project, const records::RecordKind& kind, std::int64_t id) {
    return records::findRecord(project.database(), kind, id).has_value();
}

// An original with a partner organisation and one member, and a copy of it
// taken to work offline by Bob; Alice keeps the original.
struct TwoLaptops {
    TempDir dir;
    std::string originalPath = dir.file("Westshire.jointly");
    std::string copyPath = dir.file("Westshire (Bob).jointly");
    std::string changesPath = dir.file("bob.jointly-changes");
    std::unique_ptr<project::Project> alice;
    std::unique_ptr<project::Project> bob;
    std::int64_t council = 0;
    std::int64_t amy = 0;

    TwoLaptops() {
        {
            auto created = project::Project::create(originalPath, "Westshire Partnership");
            REQUIRE(created.ok());
        }
        alice = openProject(originalPath, "Alice");
        council = add(*alice, kinds::partnerOrganisation(),
                      {{"name", std::string("Westshire County Council")},
                       {"annual_contribution_pence", std::int64_t{120'000'000}}});
        amy = add(*alice, kinds::member(),
                  {{"partner_id", council}, {"name", std::string("Dr Amy Shah")}});
        REQUIRE(merge::takeOfflineCopy(*alice, copyPath, "Alice").ok());
        bob = openProject(copyPath, "Bob");
    }

    // What `who` sends from `from` as the file `name` in the folder, as
    // it arrives.
    merge::ChangeFile sentFrom(project::Project& from, const std::string& name,
                               const std::string& who) {
        const auto path = dir.file(name);
        REQUIRE(merge::sendChanges(from, path, who).ok());
        auto read = merge::readChanges(path);
        REQUIRE(read.ok());
        return read.value();
    }

    // Bob's changes as Alice receives them.
    merge::ChangeFile bobsChanges() { return sentFrom(*bob, "bob.jointly-changes", "Bob"); }

    Outcome<merge::MergeSummary> mergeIntoAlice(const merge::Answers& answers = {}) {
        return merge::mergeChanges(*alice, bobsChanges(), "bob.jointly-changes", answers);
    }
};

} // namespace

TEST_CASE("A copy taken to work offline knows where it came from and has sites of its own",
          "[merge]") {
    TwoLaptops laptops;
    const auto origin = merge::offlineOrigin(laptops.bob->database());
    REQUIRE(origin);
    CHECK(origin->originalFile == std::filesystem::absolute(laptops.originalPath).string());
    CHECK(origin->takenBy == "Alice");
    CHECK(origin->takenAt.size() == 20); // "2026-12-03T19:55:42Z"
    CHECK_FALSE(merge::offlineOrigin(laptops.alice->database()));
    // The original keeps the lower half of its sites; the copy has the upper.
    const auto mine = project::siteBlock(laptops.alice->database());
    const auto theirs = project::siteBlock(laptops.bob->database());
    CHECK(mine.first == 0);
    CHECK(mine.last == 4'194'303);
    CHECK(theirs.first == 4'194'304);
    CHECK(theirs.last == 8'388'607);
    // What Bob adds takes an id from his own site.
    const auto added =
        add(*laptops.bob, kinds::partnerOrganisation(), {{"name", std::string("NHS Westshire")}});
    CHECK(project::siteOf(added) == 4'194'304);
    // The copy starts with no undo history, and the original's two edits
    // are counted as merged already.
    REQUIRE(laptops.bob->undo().ok());
    CHECK_FALSE(laptops.bob->canUndo());
    CHECK(laptops.bob->database().queryInt64("SELECT count(*) FROM merged_edit") == 2);
    // The copy's own file cannot be its destination.
    CHECK_FALSE(merge::takeOfflineCopy(*laptops.alice, laptops.originalPath, {}).ok());
}

TEST_CASE("Edits to different fields of one record merge without asking", "[merge]") {
    TwoLaptops laptops;
    set(*laptops.alice, kinds::partnerOrganisation(), laptops.council, "notes",
        std::string("Host of the pooled fund"));
    set(*laptops.bob, kinds::partnerOrganisation(), laptops.council, "annual_contribution_pence",
        std::int64_t{135'000'000});
    const auto nhs =
        add(*laptops.bob, kinds::partnerOrganisation(), {{"name", std::string("NHS Westshire")}});
    auto merged = laptops.mergeIntoAlice();
    REQUIRE(merged.ok());
    CHECK(merged.value().merged);
    CHECK(merged.value().conflicts.empty());
    CHECK(merged.value().editsMerged == 2);
    CHECK(merged.value().added == 1);
    CHECK(merged.value().changed == 1);
    auto& alice = *laptops.alice;
    CHECK(field(alice, kinds::partnerOrganisation(), laptops.council,
                "annual_contribution_pence") == records::FieldValue{std::int64_t{135'000'000}});
    CHECK(field(alice, kinds::partnerOrganisation(), laptops.council, "notes") ==
          records::FieldValue{std::string("Host of the pooled fund")});
    CHECK(field(alice, kinds::partnerOrganisation(), nhs, "name") ==
          records::FieldValue{std::string("NHS Westshire")});
    // One undoable step, named after where the changes came from.
    CHECK(alice.undoLabel() == "Merge Bob’s changes (bob.jointly-changes)");
    REQUIRE(alice.undo().ok());
    CHECK_FALSE(exists(alice, kinds::partnerOrganisation(), nhs));
    CHECK(field(alice, kinds::partnerOrganisation(), laptops.council,
                "annual_contribution_pence") == records::FieldValue{std::int64_t{120'000'000}});
    // Undone, it can be merged again; merged, a second time changes nothing.
    REQUIRE(laptops.mergeIntoAlice().ok());
    auto again = laptops.mergeIntoAlice();
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message ==
          "Every change in bob.jointly-changes is in Westshire.jointly already: merging it "
          "again would change nothing.");
}

TEST_CASE("The same field changed on both sides is a conflict, settled by its answer", "[merge]") {
    for (const auto choice : {merge::Choice::Mine, merge::Choice::Theirs, merge::Choice::Edited}) {
        TwoLaptops laptops;
        set(*laptops.alice, kinds::partnerOrganisation(), laptops.council,
            "annual_contribution_pence", std::int64_t{130'000'000});
        set(*laptops.bob, kinds::partnerOrganisation(), laptops.council,
            "annual_contribution_pence", std::int64_t{140'000'000});
        // A field only Bob changed, in the same record, merges either way.
        set(*laptops.bob, kinds::partnerOrganisation(), laptops.council, "notes",
            std::string("Bob's note"));
        auto asked = laptops.mergeIntoAlice();
        REQUIRE(asked.ok());
        CHECK_FALSE(asked.value().merged);
        REQUIRE(asked.value().unanswered.size() == 1);
        const auto conflict = asked.value().unanswered.front();
        CHECK(conflict.kind == merge::ConflictKind::BothChanged);
        CHECK(conflict.key == "partner_organisation#" + std::to_string(laptops.council) +
                                  ".annual_contribution_pence");
        CHECK(conflict.record == "partner organisation “Westshire County Council”");
        CHECK(conflict.field == "Annual contribution");
        CHECK(conflict.mine == "£1,300,000.00");
        CHECK(conflict.theirs == "£1,400,000.00");
        CHECK(conflict.mineBy == "Alice");
        CHECK(conflict.theirsBy == "Bob");
        CHECK(conflict.sentence ==
              "Annual contribution of partner organisation “Westshire County Council” was "
              "£1,200,000.00; it was changed to £1,300,000.00 here and to £1,400,000.00 in "
              "Bob’s copy.");
        // Nothing was merged while it had no answer.
        CHECK(field(*laptops.alice, kinds::partnerOrganisation(), laptops.council, "notes") ==
              records::FieldValue{std::string()});
        merge::Answers answers;
        answers[conflict.key] = merge::Answer{choice, std::int64_t{135'000'000}};
        auto merged = laptops.mergeIntoAlice(answers);
        REQUIRE(merged.ok());
        CHECK(merged.value().merged);
        const std::int64_t expected = choice == merge::Choice::Mine     ? 130'000'000
                                      : choice == merge::Choice::Theirs ? 140'000'000
                                                                        : 135'000'000;
        CHECK(field(*laptops.alice, kinds::partnerOrganisation(), laptops.council,
                    "annual_contribution_pence") == records::FieldValue{expected});
        CHECK(field(*laptops.alice, kinds::partnerOrganisation(), laptops.council, "notes") ==
              records::FieldValue{std::string("Bob's note")});
    }
}

TEST_CASE("A record deleted on one side and changed on the other is a conflict", "[merge]") {
    SECTION("deleted here, changed there") {
        TwoLaptops laptops;
        REQUIRE(records::deleteRecord(*laptops.alice, kinds::member(), laptops.amy).ok());
        set(*laptops.bob, kinds::member(), laptops.amy, "role", std::string("Chair"));
        auto asked = laptops.mergeIntoAlice();
        REQUIRE(asked.ok());
        REQUIRE(asked.value().unanswered.size() == 1);
        const auto conflict = asked.value().unanswered.front();
        CHECK(conflict.kind == merge::ConflictKind::RemovedHereChangedThere);
        CHECK(conflict.sentence == "Member “Dr Amy Shah” was deleted here, but Bob changed it "
                                   "(role from nothing to Chair).");
        CHECK(conflict.canTakeTheirs);
        merge::Answers answers;
        answers[conflict.key] = merge::Answer{merge::Choice::Theirs, {}};
        REQUIRE(laptops.mergeIntoAlice(answers).ok());
        // Brought back from this file's history, with Bob's change.
        CHECK(field(*laptops.alice, kinds::member(), laptops.amy, "role") ==
              records::FieldValue{std::string("Chair")});
        CHECK(field(*laptops.alice, kinds::member(), laptops.amy, "name") ==
              records::FieldValue{std::string("Dr Amy Shah")});
    }
    SECTION("changed here, deleted there") {
        TwoLaptops laptops;
        set(*laptops.alice, kinds::member(), laptops.amy, "role", std::string("Chair"));
        REQUIRE(records::deleteRecord(*laptops.bob, kinds::member(), laptops.amy).ok());
        auto asked = laptops.mergeIntoAlice();
        REQUIRE(asked.ok());
        REQUIRE(asked.value().unanswered.size() == 1);
        const auto conflict = asked.value().unanswered.front();
        CHECK(conflict.kind == merge::ConflictKind::ChangedHereRemovedThere);
        CHECK(conflict.sentence == "Member “Dr Amy Shah” was deleted in Bob’s copy, but changed "
                                   "here (role from nothing to Chair).");
        merge::Answers answers;
        answers[conflict.key] = merge::Answer{merge::Choice::Theirs, {}};
        REQUIRE(laptops.mergeIntoAlice(answers).ok());
        CHECK_FALSE(exists(*laptops.alice, kinds::member(), laptops.amy));
    }
}

TEST_CASE("A link to a record the other side deleted is a conflict", "[merge]") {
    SECTION("Bob adds a member to a partner Alice deleted") {
        TwoLaptops laptops;
        REQUIRE(records::deleteRecord(*laptops.alice, kinds::partnerOrganisation(), laptops.council)
                    .ok());
        const auto jo = add(*laptops.bob, kinds::member(),
                            {{"partner_id", laptops.council}, {"name", std::string("Jo Bloggs")}});
        auto asked = laptops.mergeIntoAlice();
        REQUIRE(asked.ok());
        REQUIRE(asked.value().unanswered.size() == 1);
        const auto conflict = asked.value().unanswered.front();
        CHECK(conflict.kind == merge::ConflictKind::LinksToRemovedHere);
        CHECK(conflict.sentence ==
              "Member “Jo Bloggs” from Bob’s copy links to partner organisation “Westshire "
              "County Council”, which was deleted here.");
        SECTION("kept as here: the member is left out") {
            merge::Answers answers;
            answers[conflict.key] = merge::Answer{merge::Choice::Mine, {}};
            REQUIRE(laptops.mergeIntoAlice(answers).ok());
            CHECK_FALSE(exists(*laptops.alice, kinds::member(), jo));
            CHECK_FALSE(exists(*laptops.alice, kinds::partnerOrganisation(), laptops.council));
        }
        SECTION("theirs: the partner comes back with the new member") {
            merge::Answers answers;
            answers[conflict.key] = merge::Answer{merge::Choice::Theirs, {}};
            REQUIRE(laptops.mergeIntoAlice(answers).ok());
            CHECK(exists(*laptops.alice, kinds::member(), jo));
            CHECK(field(*laptops.alice, kinds::partnerOrganisation(), laptops.council, "name") ==
                  records::FieldValue{std::string("Westshire County Council")});
        }
    }
    SECTION("Bob deletes a partner Alice added a member to") {
        TwoLaptops laptops;
        const auto jo = add(*laptops.alice, kinds::member(),
                            {{"partner_id", laptops.council}, {"name", std::string("Jo Bloggs")}});
        REQUIRE(records::deleteRecord(*laptops.bob, kinds::partnerOrganisation(), laptops.council)
                    .ok());
        auto asked = laptops.mergeIntoAlice();
        REQUIRE(asked.ok());
        REQUIRE(asked.value().unanswered.size() == 1);
        const auto conflict = asked.value().unanswered.front();
        CHECK(conflict.kind == merge::ConflictKind::ChangedHereRemovedThere);
        CHECK(conflict.sentence ==
              "Partner organisation “Westshire County Council” was deleted in Bob’s copy, but "
              "member “Jo Bloggs” here links to it.");
        SECTION("kept") {
            merge::Answers answers;
            answers[conflict.key] = merge::Answer{merge::Choice::Mine, {}};
            REQUIRE(laptops.mergeIntoAlice(answers).ok());
            CHECK(exists(*laptops.alice, kinds::member(), jo));
            CHECK(exists(*laptops.alice, kinds::partnerOrganisation(), laptops.council));
            // Bob's deletion of Amy, which came with the partner's, stands.
            CHECK_FALSE(exists(*laptops.alice, kinds::member(), laptops.amy));
        }
        SECTION("theirs: deleted with the member, as the schema deletes members") {
            merge::Answers answers;
            answers[conflict.key] = merge::Answer{merge::Choice::Theirs, {}};
            REQUIRE(laptops.mergeIntoAlice(answers).ok());
            CHECK_FALSE(exists(*laptops.alice, kinds::member(), jo));
            CHECK_FALSE(exists(*laptops.alice, kinds::partnerOrganisation(), laptops.council));
        }
    }
}

TEST_CASE("An edit undone in the copy is not merged, and one undone after merging is taken "
          "back",
          "[merge]") {
    TwoLaptops laptops;
    set(*laptops.bob, kinds::member(), laptops.amy, "role", std::string("Chair"));
    set(*laptops.bob, kinds::member(), laptops.amy, "email", std::string("amy@example.org"));
    REQUIRE(laptops.bob->undo().ok()); // the e-mail address
    auto first = laptops.mergeIntoAlice();
    REQUIRE(first.ok());
    CHECK(first.value().editsMerged == 1);
    CHECK(field(*laptops.alice, kinds::member(), laptops.amy, "email") ==
          records::FieldValue{std::string()});
    CHECK(field(*laptops.alice, kinds::member(), laptops.amy, "role") ==
          records::FieldValue{std::string("Chair")});
    // Bob undoes the role too, and sends again: the merged edit is taken back.
    REQUIRE(laptops.bob->undo().ok());
    auto second = laptops.mergeIntoAlice();
    REQUIRE(second.ok());
    CHECK(second.value().editsMerged == 0);
    CHECK(second.value().editsTakenBack == 1);
    CHECK(field(*laptops.alice, kinds::member(), laptops.amy, "role") ==
          records::FieldValue{std::string()});
}

TEST_CASE("Changes from another project, a newer version or a damaged file are refused",
          "[merge]") {
    TwoLaptops laptops;
    set(*laptops.bob, kinds::member(), laptops.amy, "role", std::string("Chair"));
    auto changes = laptops.bobsChanges();
    SECTION("another project") {
        changes.project = "0123456789abcdef0123456789abcdef";
        auto refused = merge::mergeChanges(*laptops.alice, changes, "other.jointly-changes", {});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message ==
              "other.jointly-changes holds changes to another project, not to a copy of "
              "Westshire.jointly. Nothing was merged: check that you chose the right file.");
    }
    SECTION("a newer format") {
        changes.format += 1;
        auto refused = merge::mergeChanges(*laptops.alice, changes, "new.jointly-changes", {});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::NewerVersion);
    }
    SECTION("a field this version does not have") {
        changes.edits.front().rows.front().after["favourite_colour"] = std::string("blue");
        auto refused = merge::mergeChanges(*laptops.alice, changes, "odd.jointly-changes", {});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.find("“favourite_colour” of “member”") != std::string::npos);
    }
    SECTION("a damaged file") {
        auto bytes = jointly::testing::readBytes(laptops.changesPath);
        bytes[bytes.size() - 5] ^= 0x20;
        auto refused = merge::readChangeFile(bytes, "bob.jointly-changes");
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Damaged);
    }
    // None of it changed Alice's file.
    CHECK(field(*laptops.alice, kinds::member(), laptops.amy, "role") ==
          records::FieldValue{std::string()});
}

TEST_CASE("A whole copy can be merged as its change file would be", "[merge]") {
    TwoLaptops laptops;
    set(*laptops.bob, kinds::member(), laptops.amy, "role", std::string("Chair"));
    laptops.bob.reset(); // closed, as a copy sent by e-mail would be
    auto changes = merge::readChanges(laptops.copyPath);
    REQUIRE(changes.ok());
    REQUIRE(changes.value().edits.size() == 1);
    REQUIRE(
        merge::mergeChanges(*laptops.alice, changes.value(), "Westshire (Bob).jointly", {}).ok());
    CHECK(field(*laptops.alice, kinds::member(), laptops.amy, "role") ==
          records::FieldValue{std::string("Chair")});
}

TEST_CASE("Edits fold into one change per record", "[merge]") {
    auto row = [](RowOp op, std::int64_t id, merge::FieldValues before, merge::FieldValues after) {
        merge::RowEdit edit;
        edit.table = "member";
        edit.op = op;
        edit.id = id;
        edit.before = std::move(before);
        edit.after = std::move(after);
        return edit;
    };
    const StoredValue a = std::string("A"), b = std::string("B"), c = std::string("C");
    // Added then changed: added with the later value.
    auto folded = merge::fold({{row(RowOp::Added, 1, {}, {{"name", a}, {"role", a}})},
                               {row(RowOp::Changed, 1, {{"name", a}}, {{"name", b}})}});
    REQUIRE(folded.size() == 1);
    CHECK(folded[0].op == RowOp::Added);
    CHECK(folded[0].after == merge::FieldValues{{"name", b}, {"role", a}});
    // Added then removed: nothing.
    CHECK(merge::fold({{row(RowOp::Added, 1, {}, {{"name", a}})},
                       {row(RowOp::Removed, 1, {{"name", a}}, {})}})
              .empty());
    // Changed A to B, then B to C: A to C; and changed back: nothing.
    folded = merge::fold({{row(RowOp::Changed, 2, {{"name", a}}, {{"name", b}})},
                          {row(RowOp::Changed, 2, {{"name", b}}, {{"name", c}})}});
    REQUIRE(folded.size() == 1);
    CHECK(folded[0].before == merge::FieldValues{{"name", a}});
    CHECK(folded[0].after == merge::FieldValues{{"name", c}});
    CHECK(merge::fold({{row(RowOp::Changed, 2, {{"name", a}}, {{"name", b}})},
                       {row(RowOp::Changed, 2, {{"name", b}}, {{"name", a}})}})
              .empty());
    // Changed then removed: removed as it was before the change.
    folded = merge::fold({{row(RowOp::Changed, 3, {{"name", a}}, {{"name", b}})},
                          {row(RowOp::Removed, 3, {{"name", b}, {"role", c}}, {})}});
    REQUIRE(folded.size() == 1);
    CHECK(folded[0].op == RowOp::Removed);
    CHECK(folded[0].before == merge::FieldValues{{"name", a}, {"role", c}});
    // The inverse of an addition is a removal of the same values.
    const auto back = merge::inverse(row(RowOp::Added, 4, {}, {{"name", a}}));
    CHECK(back.op == RowOp::Removed);
    CHECK(back.before == merge::FieldValues{{"name", a}});
    CHECK(back.after.empty());
}

TEST_CASE("Shares that came to 100% and would not after the merge are a conflict", "[merge]") {
    TwoLaptops laptops;
    // Before the copy: the council takes 60% of the risk, the NHS 40%.
    const auto nhs =
        add(*laptops.alice, kinds::partnerOrganisation(),
            {{"name", std::string("NHS Westshire")}, {"fixed_risk_share_bp", std::int64_t{4'000}}});
    set(*laptops.alice, kinds::partnerOrganisation(), laptops.council, "fixed_risk_share_bp",
        std::int64_t{6'000});
    laptops.bob.reset();
    std::filesystem::remove(laptops.copyPath);
    REQUIRE(merge::takeOfflineCopy(*laptops.alice, laptops.copyPath, "Alice").ok());
    laptops.bob = openProject(laptops.copyPath, "Bob");
    // Alice: 50% and 50%. Bob: the council 50%, the NHS still 40%, and a
    // hospice 10%. Each copy comes to 100%; together 50 + 50 + 10 = 110%.
    set(*laptops.alice, kinds::partnerOrganisation(), laptops.council, "fixed_risk_share_bp",
        std::int64_t{5'000});
    set(*laptops.alice, kinds::partnerOrganisation(), nhs, "fixed_risk_share_bp",
        std::int64_t{5'000});
    set(*laptops.bob, kinds::partnerOrganisation(), laptops.council, "fixed_risk_share_bp",
        std::int64_t{5'000});
    const auto hospice = add(
        *laptops.bob, kinds::partnerOrganisation(),
        {{"name", std::string("St Anne's Hospice")}, {"fixed_risk_share_bp", std::int64_t{1'000}}});
    merge::Answers answers;
    auto asked = laptops.mergeIntoAlice(answers);
    REQUIRE(asked.ok());
    // The council's share, changed alike on both sides, is no conflict.
    REQUIRE(asked.value().unanswered.size() == 1);
    const auto total = asked.value().unanswered.front();
    CHECK(total.kind == merge::ConflictKind::BreaksRule);
    CHECK(total.key == "total:partner_organisation#0");
    CHECK(total.mine == "kept at 100%");
    CHECK(total.theirs == "110%");
    CHECK(total.sentence == "With the changes from Bob’s copy, the partners' fixed shares of the "
                            "risk would add up to 110%, not 100%.");
    SECTION("kept at 100%: the hospice is left out") {
        answers[total.key] = merge::Answer{merge::Choice::Mine, {}};
        auto merged = laptops.mergeIntoAlice(answers);
        REQUIRE(merged.ok());
        CHECK(merged.value().merged);
        CHECK_FALSE(exists(*laptops.alice, kinds::partnerOrganisation(), hospice));
    }
    SECTION("taken at 110%: the hospice joins") {
        answers[total.key] = merge::Answer{merge::Choice::Theirs, {}};
        REQUIRE(laptops.mergeIntoAlice(answers).ok());
        CHECK(field(*laptops.alice, kinds::partnerOrganisation(), hospice, "fixed_risk_share_bp") ==
              records::FieldValue{std::int64_t{1'000}});
    }
}

TEST_CASE("Totals are said in percent to the hundredth", "[merge]") {
    CHECK(merge::percentWords(10'000) == "100%");
    CHECK(merge::percentWords(10'050) == "100.5%");
    CHECK(merge::percentWords(9'999) == "99.99%");
    CHECK(merge::percentWords(5) == "0.05%");
    CHECK(merge::breaks(10'000, 11'000));
    CHECK(merge::breaks(10'000, 9'000));
    CHECK(merge::breaks(9'000, 10'500));
    CHECK_FALSE(merge::breaks(9'000, 9'500)); // was short, still short: not the merge's doing
    CHECK_FALSE(merge::breaks(10'000, 10'000));
}

TEST_CASE("An import travels whole: a file imported on both sides is imported once", "[merge]") {
    TwoLaptops laptops;
    const auto file = jointly::testing::fixture("fingertips-small.csv");
    auto count = [](project::Project& project) {
        return project.database().queryInt64("SELECT count(*) FROM indicator_value");
    };
    REQUIRE(needs::importIndicators(*laptops.bob, file, {}).ok());
    const auto values = count(*laptops.bob);
    REQUIRE(values > 0);
    SECTION("imported there only: its values and its provenance arrive") {
        auto merged = laptops.mergeIntoAlice();
        REQUIRE(merged.ok());
        CHECK(merged.value().merged);
        CHECK(merged.value().conflicts.empty());
        CHECK(count(*laptops.alice) == values);
        CHECK(laptops.alice->database().queryInt64(
                  "SELECT count(*) FROM indicator_import WHERE active = 1 AND file_name = "
                  "'fingertips-small.csv'") == 1);
    }
    SECTION("the same file imported here too: nothing is added twice") {
        REQUIRE(needs::importIndicators(*laptops.alice, file, {}).ok());
        auto merged = laptops.mergeIntoAlice();
        REQUIRE(merged.ok());
        CHECK(merged.value().merged);
        CHECK(merged.value().conflicts.empty());
        CHECK(merged.value().rowsAlreadyImported > static_cast<std::size_t>(values));
        CHECK(count(*laptops.alice) == values);
        CHECK(laptops.alice->database().queryInt64("SELECT count(*) FROM indicator") ==
              laptops.bob->database().queryInt64("SELECT count(*) FROM indicator"));
    }
}

TEST_CASE("A merge says how far it has come, and Cancel leaves the project as it was", "[merge]") {
    TwoLaptops laptops;
    // 600 partners added in Bob's copy: 600 rows, so the merge reports at
    // rows 0, 256 and 512 of the trial and of the merge, and at the end of each.
    for (int i = 0; i < 600; ++i) {
        add(*laptops.bob, kinds::partnerOrganisation(),
            {{"name", std::string("Provider ") + std::to_string(i)}});
    }
    const auto changes = laptops.bobsChanges();
    const auto partners = [&] {
        return laptops.alice->database().queryInt64("SELECT count(*) FROM partner_organisation");
    };
    REQUIRE(partners() == 1);

    SECTION("every report, the trial as the first half and the merge as the second") {
        std::vector<std::pair<std::size_t, std::size_t>> told;
        auto merged = merge::mergeChanges(*laptops.alice, changes, "bob.jointly-changes", {},
                                          [&](std::size_t done, std::size_t total) {
                                              told.emplace_back(done, total);
                                              return true;
                                          });
        REQUIRE(merged.ok());
        CHECK(merged.value().merged);
        const std::vector<std::pair<std::size_t, std::size_t>> expected{
            {0, 1200},   {256, 1200}, {512, 1200},  {600, 1200},   // the trial
            {600, 1200}, {856, 1200}, {1112, 1200}, {1200, 1200}}; // the merge
        CHECK(told == expected);
        CHECK(partners() == 601);
    }
    SECTION("cancelled during the trial") {
        int calls = 0;
        auto merged = merge::mergeChanges(*laptops.alice, changes, "bob.jointly-changes", {},
                                          [&](std::size_t, std::size_t) { return ++calls < 2; });
        REQUIRE_FALSE(merged.ok());
        CHECK(merged.error().kind == ErrorKind::Cancelled);
        CHECK(merged.error().message ==
              "Merging bob.jointly-changes was cancelled. Nothing was merged.");
        CHECK(calls == 2);
        CHECK(partners() == 1);
    }
    SECTION("cancelled during the merge itself, after the trial has finished") {
        const auto undoBefore = laptops.alice->undoLabel();
        auto merged = merge::mergeChanges(
            *laptops.alice, changes, "bob.jointly-changes", {},
            [&](std::size_t done, std::size_t total) { return done < total / 2 + 300; });
        REQUIRE_FALSE(merged.ok());
        CHECK(merged.error().kind == ErrorKind::Cancelled);
        CHECK(partners() == 1);
        CHECK(laptops.alice->undoLabel() == undoBefore);
        CHECK(laptops.alice->database().queryInt64("SELECT count(*) FROM merged_edit") == 0);
        // Nothing half done: the same changes merge in full afterwards.
        auto again = merge::mergeChanges(*laptops.alice, changes, "bob.jointly-changes", {});
        REQUIRE(again.ok());
        CHECK(again.value().added == 600);
    }
}

TEST_CASE("A KPI's figures merge one a period: the same actuals imported on both sides once, a "
          "period given differently as a conflict",
          "[merge]") {
    TwoLaptops laptops;
    auto& alice = *laptops.alice;
    auto kpi = records::addRecord(alice, procurement::contractKpi(),
                                  {{"name", std::string("Reablement at home")},
                                   {"unit", std::string("%")},
                                   {"frequency", std::string("monthly")}});
    REQUIRE(kpi.ok());
    const auto carolPath = laptops.dir.file("Westshire (Carol).jointly");
    REQUIRE(merge::takeOfflineCopy(alice, carolPath, "Alice").ok());
    auto carol = openProject(carolPath, "Carol");
    auto import = [&](project::Project& project, const std::string& csv, const std::string& name) {
        std::istringstream in(csv);
        REQUIRE(monitoring::importActuals(project, kpi.value(), in, name).ok());
    };
    auto mergeCarol = [&](const merge::Answers& answers) {
        return merge::mergeChanges(alice,
                                   laptops.sentFrom(*carol, "carol.jointly-changes", "Carol"),
                                   "carol.jointly-changes", answers);
    };
    auto figures = [&] {
        return alice.database().queryInt64("SELECT count(*) FROM kpi_actual");
    };
    auto valueOf = [&](const std::string& period) {
        auto read =
            alice.database().prepare("SELECT value_hundredths FROM kpi_actual WHERE period = ?1");
        read.bind(1, period);
        REQUIRE(read.step());
        return read.int64(0);
    };
    // The council's return for April and May, imported on both laptops.
    const std::string april = "Period,Value\n2025-04,87.5\n2025-05,88\n";
    import(alice, april, "return.csv");
    REQUIRE(figures() == 2);

    SECTION("the same file on both sides: held once, nothing to ask") {
        import(*carol, april, "return.csv");
        auto merged = mergeCarol({});
        REQUIRE(merged.ok());
        CHECK(merged.value().merged);
        CHECK(merged.value().conflicts.empty());
        CHECK(figures() == 2);
        CHECK(valueOf("2025-05") == 8800);

        // Carol merges Alice's work back: her two figures take the lower ids
        // Alice's have, so both files name each figure alike...
        auto back =
            merge::mergeChanges(*carol, laptops.sentFrom(alice, "alice.jointly-changes", "Alice"),
                                "alice.jointly-changes", {});
        REQUIRE(back.ok());
        CHECK(back.value().conflicts.empty());
        auto ids = [](project::Project& project) {
            std::vector<std::int64_t> all;
            auto read = project.database().prepare("SELECT id FROM kpi_actual ORDER BY id");
            while (read.step()) {
                all.push_back(read.int64(0));
            }
            return all;
        };
        CHECK(ids(*carol) == ids(alice));
        // ...so a correction Carol makes afterwards merges without a question.
        auto corrected =
            carol->database().queryInt64("SELECT id FROM kpi_actual WHERE period = '2025-05'");
        REQUIRE(records::setField(*carol, monitoring::actual(), corrected, "value_hundredths",
                                  std::int64_t{8900})
                    .ok());
        auto again = mergeCarol({});
        REQUIRE(again.ok());
        CHECK(again.value().merged);
        CHECK(again.value().conflicts.empty());
        CHECK(valueOf("2025-05") == 8900);
    }
    SECTION("May corrected there, June added: May is asked about, June arrives") {
        // Carol's corrected return: May 90% (9,000 hundredths), and June.
        import(*carol, "Period,Value\n2025-04,87.5\n2025-05,90\n2025-06,91\n", "corrected.csv");
        auto asked = mergeCarol({});
        REQUIRE(asked.ok());
        CHECK_FALSE(asked.value().merged);
        REQUIRE(asked.value().unanswered.size() == 1);
        const auto conflict = asked.value().unanswered.front();
        CHECK(conflict.kind == merge::ConflictKind::BothChanged);
        CHECK(conflict.column == "value_hundredths");
        CHECK(conflict.sentence.find("90") != std::string::npos);
        CHECK(conflict.sentence.find("88") != std::string::npos);
        CHECK(conflict.sentence.find("Carol") != std::string::npos);
        CHECK(figures() == 2); // nothing merged while a question is open

        SECTION("theirs: May is 90%, from Carol's file") {
            auto merged = mergeCarol({{conflict.key, merge::Answer{merge::Choice::Theirs, {}}}});
            REQUIRE(merged.ok());
            CHECK(merged.value().merged);
            CHECK(figures() == 3);
            CHECK(valueOf("2025-05") == 9000);
            CHECK(valueOf("2025-06") == 9100);
            CHECK(alice.database().queryInt64(
                      "SELECT count(*) FROM kpi_actual WHERE period = '2025-05' AND source LIKE "
                      "'corrected.csv%'") == 1);
        }
        SECTION("mine: May stays 88%, from this file's import") {
            auto merged = mergeCarol({{conflict.key, merge::Answer{merge::Choice::Mine, {}}}});
            REQUIRE(merged.ok());
            CHECK(merged.value().merged);
            CHECK(figures() == 3);
            CHECK(valueOf("2025-05") == 8800);
            CHECK(alice.database().queryInt64(
                      "SELECT count(*) FROM kpi_actual WHERE period = '2025-05' AND source LIKE "
                      "'return.csv%'") == 1);
        }
    }
}

TEST_CASE("Edits made in a copy before a newer Jointly upgraded it are still sent and merged",
          "[merge][migration]") {
    TwoLaptops laptops;
    set(*laptops.bob, kinds::partnerOrganisation(), laptops.council, "annual_contribution_pence",
        std::int64_t{135'000'000});
    const auto nhs =
        add(*laptops.bob, kinds::partnerOrganisation(), {{"name", std::string("NHS Westshire")}});
    laptops.bob.reset();
    {
        // Bob's copy as format 20 left it: no tables for offline copies yet.
        storage::Database db(laptops.copyPath, storage::OpenMode::ReadWrite);
        db.execute("DROP TABLE merged_edit");
        db.execute("DROP TABLE offline_origin");
        db.execute("PRAGMA user_version = 20");
    }
    SECTION("the copy upgraded as it opens, then its changes sent") {
        laptops.bob = openProject(laptops.copyPath, "Bob");
        CHECK_FALSE(laptops.bob->upgradeBackupPath().empty());
        CHECK(laptops.bob->undoLabel() == "Add partner organisation");
        auto merged = laptops.mergeIntoAlice();
        REQUIRE(merged.ok());
        CHECK(merged.value().editsMerged == 2);
    }
    SECTION("the whole copy merged as it is, upgraded only in memory") {
        auto changes = merge::readChanges(laptops.copyPath);
        REQUIRE(changes.ok());
        auto merged = merge::mergeChanges(*laptops.alice, changes.value(), "bob.jointly", {});
        REQUIRE(merged.ok());
        CHECK(merged.value().editsMerged == 2);
    }
    CHECK(field(*laptops.alice, kinds::partnerOrganisation(), laptops.council,
                "annual_contribution_pence") == records::FieldValue{std::int64_t{135'000'000}});
    CHECK(exists(*laptops.alice, kinds::partnerOrganisation(), nhs));
}

TEST_CASE("An import that replaced values held replaces them where it is merged too", "[merge]") {
    TwoLaptops laptops;
    auto& alice = *laptops.alice;
    const auto file = jointly::testing::fixture("fingertips-small.csv");
    REQUIRE(needs::importIndicators(alice, file, {}).ok());
    const auto carolPath = laptops.dir.file("Westshire (Carol).jointly");
    REQUIRE(merge::takeOfflineCopy(alice, carolPath, "Alice").ok());
    auto carol = openProject(carolPath, "Carol");
    // Carol imports the revised release: the same 30 rows, England's
    // 2017/18 value now 66.4 instead of 66.3. Each replaces the row held.
    auto csv = jointly::testing::readBytes(file);
    const auto at = csv.find(",2017/18,66.3,");
    REQUIRE(at != std::string::npos);
    csv.replace(at, 14, ",2017/18,66.4,");
    const auto revised = laptops.dir.file("fingertips-revised.csv");
    std::ofstream(revised, std::ios::binary) << csv;
    needs::ImportOptions replace;
    replace.duplicates = needs::DuplicateRule::Replace;
    REQUIRE(needs::importIndicators(*carol, revised, replace).ok());
    auto live = [](project::Project& project) {
        return project.database().queryInt64(
            std::string("SELECT count(*) FROM indicator_value v WHERE ") + needs::kLiveValue);
    };
    auto england = [](project::Project& project) {
        auto read = project.database().prepare(
            std::string("SELECT v.value FROM indicator_value v WHERE area_code = 'E92000001' AND "
                        "period = '2017/18' AND ") +
            needs::kLiveValue);
        REQUIRE(read.step());
        const auto value = read.real(0);
        CHECK_FALSE(read.step()); // one live value, not two
        return value;
    };
    REQUIRE(live(*carol) == 30);
    REQUIRE(england(*carol) == 66.4);

    auto merged =
        merge::mergeChanges(alice, laptops.sentFrom(*carol, "carol.jointly-changes", "Carol"),
                            "carol.jointly-changes", {});
    REQUIRE(merged.ok());
    CHECK(merged.value().conflicts.empty());
    // Alice's 30 values are replaced by Carol's 30: still 30 live.
    CHECK(live(alice) == 30);
    CHECK(england(alice) == 66.4);
    // Undone as one step, Alice's own values are live again.
    REQUIRE(alice.undo().ok());
    CHECK(live(alice) == 30);
    CHECK(england(alice) == 66.3);
}

TEST_CASE("Changes too large for a change file are not sent, and the whole copy is suggested",
          "[merge]") {
    TwoLaptops laptops;
    // 350 notes of 100,000 characters (the most a note may have): about
    // 35,100,000 bytes with the rest of each record, 33.5 MB, more than the
    // 32 MB a change file holds.
    const std::string note(100'000, 'n');
    for (int i = 0; i < 350; ++i) {
        add(*laptops.bob, kinds::partnerOrganisation(),
            {{"name", std::string("Provider ") + std::to_string(i)}, {"notes", note}});
    }
    const auto sent = merge::sendChanges(*laptops.bob, laptops.changesPath, "Bob");
    REQUIRE_FALSE(sent.ok());
    CHECK(sent.error().message ==
          "The changes made in Westshire (Bob).jointly come to 34 MB, more than a change file "
          "may hold (32 MB), most likely because of a large import. Nothing was written. Send "
          "the whole copy, Westshire (Bob).jointly, instead: it is merged the same way (File > "
          "Merge changes, or 'jointly merge').");
    CHECK_FALSE(std::filesystem::exists(laptops.changesPath));
    // The whole copy merges.
    auto whole = merge::readChanges(laptops.copyPath);
    REQUIRE(whole.ok());
    auto merged = merge::mergeChanges(*laptops.alice, whole.value(), "Westshire (Bob).jointly", {});
    REQUIRE(merged.ok());
    CHECK(merged.value().added == 350);
}

TEST_CASE("A record merged one way and then changed merges back the other way without a "
          "question",
          "[merge]") {
    TwoLaptops laptops;
    auto& alice = *laptops.alice;
    auto& bob = *laptops.bob;
    // Alice adds the hospice; Bob merges Alice's work, then writes a note on it.
    const auto hospice =
        add(alice, kinds::partnerOrganisation(), {{"name", std::string("St Anne's Hospice")}});
    auto intoBob =
        merge::mergeChanges(bob, laptops.sentFrom(alice, "alice.jointly-changes", "Alice"),
                            "alice.jointly-changes", {});
    REQUIRE(intoBob.ok());
    REQUIRE(intoBob.value().merged);
    set(bob, kinds::partnerOrganisation(), hospice, "notes", std::string("Joins in April"));
    // Back in Alice's file: the note arrives; nothing was changed here.
    auto merged = laptops.mergeIntoAlice();
    REQUIRE(merged.ok());
    CHECK(merged.value().conflicts.empty());
    CHECK(merged.value().merged);
    CHECK(field(alice, kinds::partnerOrganisation(), hospice, "notes") ==
          records::FieldValue{std::string("Joins in April")});
}
