#include "core/TestSupport.h"

#include "merge/Merging.h"
#include "merge/OfflineCopy.h"
#include "partnership/PartnershipKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <unistd.h>

// The merge's property test (issue 18): two people take copies of one
// project, each runs a random script of edits (adds, changes, deletes and
// undos of partner organisations and their members), and each one's changes
// are merged into the other's copy, keeping their own side of every
// conflict. Whichever way round, the same conflicts are reported; both
// results pass SQLite's integrity and link checks; and every record no
// conflict touches ends exactly as a three-way merge of the original and the
// two copies says, field by field, in both results.

using namespace jointly;
using history::StoredValue;
namespace kinds = jointly::partnership;
namespace fs = std::filesystem;

namespace {

constexpr int kScripts = 500;
constexpr int kEditsEach = 8;

using Record = std::map<std::string, StoredValue>;
using RecordKey = std::pair<std::string, std::int64_t>;
using Contents = std::map<RecordKey, Record>;

// Every row of one table into contents, each field by name.
void readTable(storage::Database& db, const std::string& table, Contents& contents) {
    auto rows = db.prepare("SELECT * FROM \"" + table + "\"");
    while (rows.step()) {
        Record record;
        for (int column = 1; column < rows.columnCount(); ++column) {
            StoredValue value;
            switch (rows.columnType(column)) {
            case 1:
                value = rows.int64(column);
                break;
            case 2:
                value = rows.real(column);
                break;
            case 3:
                value = rows.text(column);
                break;
            default:
                break;
            }
            record[rows.columnName(column)] = value;
        }
        contents[{table, rows.int64(0)}] = record;
    }
}

Contents contentsOf(storage::Database& db) {
    Contents contents;
    for (const std::string table : {"partner_organisation", "member"}) {
        readTable(db, table, contents);
    }
    return contents;
}

std::vector<std::int64_t> idsOf(storage::Database& db, const std::string& table) {
    std::vector<std::int64_t> ids;
    auto rows = db.prepare("SELECT id FROM " + table + " ORDER BY id");
    while (rows.step()) {
        ids.push_back(rows.int64(0));
    }
    return ids;
}

// One random edit: what a person might do next.
void randomEdit(project::Project& project, std::mt19937& random) {
    static const std::vector<std::string> names = {"Council", "NHS", "Trust", "Hospice"};
    static const std::vector<std::string> roles = {"", "Chair", "Finance lead"};
    auto pick = [&](std::size_t count) {
        return static_cast<std::size_t>(random() % count);
    };
    auto& db = project.database();
    const auto partners = idsOf(db, "partner_organisation");
    const auto members = idsOf(db, "member");
    switch (pick(9)) {
    case 0:
        (void)records::addRecord(
            project, kinds::partnerOrganisation(),
            {{"name", names[pick(4)]},
             {"annual_contribution_pence", static_cast<std::int64_t>(100 * (1 + pick(3)))}});
        break;
    case 1:
        if (!partners.empty()) {
            (void)records::setField(project, kinds::partnerOrganisation(),
                                    partners[pick(partners.size())], "name", names[pick(4)]);
        }
        break;
    case 2:
        if (!partners.empty()) {
            (void)records::setField(project, kinds::partnerOrganisation(),
                                    partners[pick(partners.size())], "annual_contribution_pence",
                                    static_cast<std::int64_t>(100 * (1 + pick(3))));
        }
        break;
    case 3:
        if (!partners.empty() && pick(3) == 0) {
            (void)records::deleteRecord(project, kinds::partnerOrganisation(),
                                        partners[pick(partners.size())]);
        }
        break;
    case 4:
        if (!partners.empty()) {
            (void)records::addRecord(project, kinds::member(),
                                     {{"partner_id", partners[pick(partners.size())]},
                                      {"name", names[pick(4)] + " member"}});
        }
        break;
    case 5:
    case 6:
        if (!members.empty()) {
            (void)records::setField(project, kinds::member(), members[pick(members.size())], "role",
                                    roles[pick(3)]);
        }
        break;
    case 7:
        if (!members.empty()) {
            (void)records::deleteRecord(project, kinds::member(), members[pick(members.size())]);
        }
        break;
    default:
        if (project.canUndo()) {
            REQUIRE(project.undo().ok());
        }
        break;
    }
}

// The records each conflict is about, and those linked to them either way:
// what keeping one's own side may leave differently in the two results.
std::set<RecordKey> touchedByConflicts(const std::vector<merge::Conflict>& conflicts,
                                       const std::vector<const Contents*>& states) {
    std::set<RecordKey> touched;
    for (const auto& conflict : conflicts) {
        touched.insert({conflict.table, conflict.id});
        if (!conflict.linkedTable.empty()) {
            touched.insert({conflict.linkedTable, conflict.linkedId});
        }
    }
    // A member of a partner touched, and the partner of a member touched.
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto* state : states) {
            for (const auto& [key, record] : *state) {
                if (key.first != "member") {
                    continue;
                }
                const RecordKey partner{"partner_organisation",
                                        std::get<std::int64_t>(record.at("partner_id"))};
                if (touched.count(partner) != 0) {
                    touched.insert(key);
                }
                if (touched.count(key) != 0) {
                    touched.insert(partner);
                }
            }
        }
    }
    return touched;
}

// A conflict named the same way whichever copy it is merged into.
std::string signature(const merge::Conflict& conflict) {
    if (conflict.kind == merge::ConflictKind::BothChanged) {
        return conflict.table + "#" + std::to_string(conflict.id) + "." + conflict.column;
    }
    if (conflict.kind == merge::ConflictKind::LinksToRemovedHere) {
        return conflict.linkedTable + "#" + std::to_string(conflict.linkedId);
    }
    return conflict.table + "#" + std::to_string(conflict.id);
}

std::set<std::string> signatures(const std::vector<merge::Conflict>& conflicts) {
    std::set<std::string> all;
    for (const auto& conflict : conflicts) {
        all.insert(signature(conflict));
    }
    return all;
}

// The three-way merge of one record the conflicts leave alone; nothing
// when it ends deleted.
std::optional<Record> merged(const Contents& base, const Contents& a, const Contents& b,
                             const RecordKey& key) {
    const auto* was = base.count(key) ? &base.at(key) : nullptr;
    const auto* inA = a.count(key) ? &a.at(key) : nullptr;
    const auto* inB = b.count(key) ? &b.at(key) : nullptr;
    if (was == nullptr) {
        return inA ? *inA : inB ? std::optional<Record>(*inB) : std::nullopt;
    }
    if (inA == nullptr || inB == nullptr) {
        return std::nullopt; // deleted on one side, unchanged on the other
    }
    Record result = *was;
    for (auto& [column, value] : result) {
        value = inA->at(column) == was->at(column) ? inB->at(column) : inA->at(column);
    }
    return result;
}

struct Side {
    std::string path;
    std::string changes;
};

merge::MergeSummary mergeInto(const std::string& target, const std::string& changesPath) {
    auto project = project::Project::open(target);
    REQUIRE(project.ok());
    auto changes = merge::readChanges(changesPath);
    REQUIRE(changes.ok());
    auto preview = merge::previewMerge(*project.value(), changes.value(), "changes");
    if (!preview.ok()) {
        // Every edit undone, or none made: nothing to merge.
        INFO(preview.error().message);
        REQUIRE(preview.error().message.find("already") != std::string::npos);
        return {};
    }
    auto done =
        merge::mergePreferring(*project.value(), changes.value(), "changes", merge::Choice::Mine);
    INFO((done.ok() ? std::string() : done.error().message));
    REQUIRE(done.ok());
    CHECK(done.value().merged);
    auto& db = project.value()->database();
    auto integrity = db.prepare("PRAGMA integrity_check");
    REQUIRE(integrity.step());
    CHECK(integrity.text(0) == "ok");
    auto links = db.prepare("PRAGMA foreign_key_check");
    CHECK_FALSE(links.step());
    return preview.value();
}

} // namespace

TEST_CASE("Random edits in two copies merge the same way round, keeping every edit no "
          "conflict touches",
          "[merge][property]") {
    // In memory where the system has a memory file system: the test makes
    // thousands of files, and what it tests is the merge, not the disk.
    const auto memory = fs::path("/dev/shm");
    const auto root = fs::is_directory(memory)
                          ? memory / ("jointly-merge-" + std::to_string(::getpid()))
                          : fs::temp_directory_path() / "jointly-merge";
    fs::create_directories(root);
    struct Removed {
        fs::path path;
        ~Removed() {
            std::error_code ignored;
            fs::remove_all(path, ignored);
        }
    } removed{root};
    auto file = [&](const std::string& name) {
        return (root / name).string();
    };
    const auto original = file("original.jointly");
    {
        auto created = project::Project::create(original, "Westshire Partnership");
        REQUIRE(created.ok());
        auto& project = *created.value();
        for (const std::string name : {"Council", "NHS"}) {
            auto partner =
                records::addRecord(project, kinds::partnerOrganisation(), {{"name", name}});
            REQUIRE(partner.ok());
            REQUIRE(records::addRecord(project, kinds::member(),
                                       {{"partner_id", partner.value()}, {"name", name + " lead"}})
                        .ok());
        }
    }
    std::size_t conflictsSeen = 0;
    for (int script = 0; script < kScripts; ++script) {
        INFO("script " << script);
        std::mt19937 random(static_cast<std::uint32_t>(script));
        const auto base = file("base.jointly");
        fs::copy_file(original, base, fs::copy_options::overwrite_existing);
        Side a{file("a.jointly"), file("a.jointly-changes")};
        Side b{file("b.jointly"), file("b.jointly-changes")};
        Contents baseContents, aContents, bContents;
        {
            auto opened = project::Project::open(base);
            REQUIRE(opened.ok());
            for (const auto* side : {&a, &b}) {
                fs::remove(side->path);
                REQUIRE(merge::takeOfflineCopy(*opened.value(), side->path, "tester").ok());
            }
            baseContents = contentsOf(opened.value()->database());
        }
        for (auto* side : {&a, &b}) {
            auto opened = project::Project::open(side->path);
            REQUIRE(opened.ok());
            for (int edit = 0; edit < kEditsEach; ++edit) {
                randomEdit(*opened.value(), random);
            }
            (side == &a ? aContents : bContents) = contentsOf(opened.value()->database());
            fs::remove(side->changes);
            (void)merge::sendChanges(*opened.value(), side->changes, side == &a ? "A" : "B");
        }
        // A's changes into a copy of B, and B's into a copy of A.
        const auto intoB = file("into-b.jointly");
        const auto intoA = file("into-a.jointly");
        fs::copy_file(b.path, intoB, fs::copy_options::overwrite_existing);
        fs::copy_file(a.path, intoA, fs::copy_options::overwrite_existing);
        const auto aIntoB =
            fs::exists(a.changes) ? mergeInto(intoB, a.changes) : merge::MergeSummary{};
        const auto bIntoA =
            fs::exists(b.changes) ? mergeInto(intoA, b.changes) : merge::MergeSummary{};
        {
            std::string said;
            for (const auto* summary : {&aIntoB, &bIntoA}) {
                said += summary == &aIntoB ? "\nA's changes into B:" : "\nB's changes into A:";
                for (const auto& conflict : summary->conflicts) {
                    said += "\n  " + conflict.sentence;
                }
            }
            INFO(said);
            CHECK(signatures(aIntoB.conflicts) == signatures(bIntoA.conflicts));
        }
        conflictsSeen += aIntoB.conflicts.size();

        auto conflicts = aIntoB.conflicts;
        conflicts.insert(conflicts.end(), bIntoA.conflicts.begin(), bIntoA.conflicts.end());
        const auto touched = touchedByConflicts(conflicts, {&baseContents, &aContents, &bContents});
        std::set<RecordKey> keys;
        for (const auto* state : {&baseContents, &aContents, &bContents}) {
            for (const auto& entry : *state) {
                keys.insert(entry.first);
            }
        }
        for (const auto& path : {intoB, intoA}) {
            storage::Database db(path, storage::OpenMode::ReadOnly);
            const auto result = contentsOf(db);
            for (const auto& key : keys) {
                if (touched.count(key) != 0) {
                    continue;
                }
                INFO(key.first << " " << key.second << " in " << fs::path(path).filename());
                const auto expected = merged(baseContents, aContents, bContents, key);
                const auto found = result.find(key);
                REQUIRE((found != result.end()) == expected.has_value());
                if (expected) {
                    CHECK(found->second == *expected);
                }
            }
        }
    }
    // The scripts do meet conflicts: the test is not only of easy cases.
    CHECK(conflictsSeen > kScripts / 10);
}

namespace {

// One random edit of a record of any kind: added (its required links given
// to records of the linked kind), a text field changed, deleted, or the
// last edit undone. Edits a kind's rules refuse are simply not made.
void randomEditOfAnyKind(project::Project& project, std::mt19937& random) {
    static const std::vector<std::string> words = {"Alpha", "Beta", "Gamma", "Delta"};
    auto pick = [&](std::size_t count) {
        return static_cast<std::size_t>(random() % count);
    };
    std::vector<const records::RecordKind*> kinds;
    for (const auto* kind : records::everyKind()) {
        // A baseline is only taken whole; votes and agreed values need a round
        // in the right state: other tests cover them.
        if (!kind->oneRow && kind->table != "baseline" && kind->table != "round_vote" &&
            kind->table != "agreed_value") {
            kinds.push_back(kind);
        }
    }
    const auto& kind = *kinds[pick(kinds.size())];
    auto& db = project.database();
    const auto ids = idsOf(db, std::string(kind.table));
    switch (pick(5)) {
    case 0:
    case 1: {
        records::FieldValues initial;
        for (const auto& field : kind.fields) {
            if (field.required && field.type == records::FieldType::Year) {
                initial.emplace_back(field.column, std::int64_t{2027});
            } else if (field.required && field.type == records::FieldType::Link) {
                const auto linked = idsOf(db, std::string(records::linkedTable(field)));
                if (linked.empty()) {
                    return;
                }
                initial.emplace_back(field.column, linked[pick(linked.size())]);
            }
        }
        (void)records::addRecord(project, kind, initial);
        break;
    }
    case 2: {
        std::vector<std::string_view> texts;
        for (const auto& field : kind.fields) {
            if (field.type == records::FieldType::Text ||
                field.type == records::FieldType::LongText) {
                texts.push_back(field.column);
            }
        }
        if (!ids.empty() && !texts.empty()) {
            (void)records::setField(project, kind, ids[pick(ids.size())], texts[pick(texts.size())],
                                    words[pick(words.size())]);
        }
        break;
    }
    case 3:
        if (!ids.empty()) {
            (void)records::deleteRecord(project, kind, ids[pick(ids.size())]);
        }
        break;
    default:
        if (project.canUndo()) {
            REQUIRE(project.undo().ok());
        }
        break;
    }
}

// Every record of every table a merge may change, by table and id, each
// field by name: the whole project's contents as the three-way check reads
// them.
Contents everything(storage::Database& db) {
    Contents contents;
    auto tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                             "LIKE 'sqlite%' AND name NOT IN ('edit_step', 'copy_site', "
                             "'project_identity', 'offline_origin', 'merged_edit')");
    while (tables.step()) {
        readTable(db, tables.text(0), contents);
    }
    return contents;
}

// Each table's links: the column and the table it links to.
std::map<std::string, std::vector<std::pair<std::string, std::string>>>
linksOf(storage::Database& db) {
    std::map<std::string, std::vector<std::pair<std::string, std::string>>> links;
    auto tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                             "LIKE 'sqlite%'");
    while (tables.step()) {
        auto keys = db.prepare("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?1)");
        keys.bind(1, tables.text(0));
        while (keys.step()) {
            links[tables.text(0)].emplace_back(keys.text(0), keys.text(1));
        }
    }
    return links;
}

// The records the conflicts are about, what they belong to, and what
// belongs to them, three links deep: what keeping one's own side may leave
// differently in the two results.
std::set<RecordKey> aroundConflicts(
    const std::vector<merge::Conflict>& conflicts, const std::vector<const Contents*>& states,
    const std::map<std::string, std::vector<std::pair<std::string, std::string>>>& links) {
    std::set<RecordKey> touched;
    for (const auto& conflict : conflicts) {
        touched.insert({conflict.table, conflict.id});
        if (!conflict.linkedTable.empty()) {
            touched.insert({conflict.linkedTable, conflict.linkedId});
        }
    }
    for (int pass = 0; pass < 3; ++pass) {
        for (const auto* state : states) {
            for (const auto& [key, record] : *state) {
                auto found = links.find(key.first);
                if (found == links.end()) {
                    continue;
                }
                for (const auto& [column, parentTable] : found->second) {
                    auto value = record.find(column);
                    const auto* id =
                        value == record.end() ? nullptr : std::get_if<std::int64_t>(&value->second);
                    if (id == nullptr) {
                        continue;
                    }
                    const RecordKey parent{parentTable, *id};
                    if (touched.count(parent) != 0) {
                        touched.insert(key); // what belongs to it, three deep
                    }
                    if (pass == 0 && touched.count(key) != 0) {
                        touched.insert(parent); // what it belongs to, one up
                    }
                }
            }
        }
    }
    return touched;
}

} // namespace

TEST_CASE("Random edits of every kind of record in two copies of the example merge both ways "
          "with the same conflicts and every link whole",
          "[merge][property]") {
    constexpr int kExampleScripts = 80;
    const auto memory = fs::path("/dev/shm");
    const auto root = fs::is_directory(memory)
                          ? memory / ("jointly-merge-kinds-" + std::to_string(::getpid()))
                          : fs::temp_directory_path() / "jointly-merge-kinds";
    fs::create_directories(root);
    struct Removed {
        fs::path path;
        ~Removed() {
            std::error_code ignored;
            fs::remove_all(path, ignored);
        }
    } removed{root};
    auto file = [&](const std::string& name) {
        return (root / name).string();
    };
    std::size_t conflictsSeen = 0;
    std::size_t recordsCompared = 0;
    std::set<std::string> tablesMerged;
    for (int script = 0; script < kExampleScripts; ++script) {
        INFO("script " << script);
        std::mt19937 random(static_cast<std::uint32_t>(1000 + script));
        const auto base = file("base.jointly");
        fs::copy_file(JOINTLY_EXAMPLE_FILE, base, fs::copy_options::overwrite_existing);
        std::vector<Side> sides = {{file("a.jointly"), file("a.jointly-changes")},
                                   {file("b.jointly"), file("b.jointly-changes")}};
        Contents baseContents;
        std::vector<Contents> sideContents;
        std::map<std::string, std::vector<std::pair<std::string, std::string>>> links;
        {
            auto opened = project::Project::open(base);
            REQUIRE(opened.ok());
            for (const auto& side : sides) {
                fs::remove(side.path);
                REQUIRE(merge::takeOfflineCopy(*opened.value(), side.path, "tester").ok());
            }
            baseContents = everything(opened.value()->database());
            links = linksOf(opened.value()->database());
        }
        for (const auto& side : sides) {
            auto opened = project::Project::open(side.path);
            REQUIRE(opened.ok());
            for (int edit = 0; edit < 12; ++edit) {
                randomEditOfAnyKind(*opened.value(), random);
            }
            sideContents.push_back(everything(opened.value()->database()));
            fs::remove(side.changes);
            (void)merge::sendChanges(*opened.value(), side.changes, "tester");
            if (fs::exists(side.changes)) {
                auto read = merge::readChanges(side.changes);
                REQUIRE(read.ok());
                for (const auto& edit : read.value().edits) {
                    for (const auto& row : edit.rows) {
                        tablesMerged.insert(row.table);
                    }
                }
            }
        }
        const auto intoB = file("into-b.jointly");
        const auto intoA = file("into-a.jointly");
        fs::copy_file(sides[1].path, intoB, fs::copy_options::overwrite_existing);
        fs::copy_file(sides[0].path, intoA, fs::copy_options::overwrite_existing);
        const auto aIntoB = fs::exists(sides[0].changes) ? mergeInto(intoB, sides[0].changes)
                                                         : merge::MergeSummary{};
        const auto bIntoA = fs::exists(sides[1].changes) ? mergeInto(intoA, sides[1].changes)
                                                         : merge::MergeSummary{};
        std::string said;
        for (const auto* summary : {&aIntoB, &bIntoA}) {
            said += summary == &aIntoB ? "\nA's changes into B:" : "\nB's changes into A:";
            for (const auto& conflict : summary->conflicts) {
                said += "\n  " + conflict.sentence;
            }
        }
        INFO(said);
        CHECK(signatures(aIntoB.conflicts) == signatures(bIntoA.conflicts));
        conflictsSeen += aIntoB.conflicts.size();

        // Every record no conflict touches ends as the three-way merge says.
        auto conflicts = aIntoB.conflicts;
        conflicts.insert(conflicts.end(), bIntoA.conflicts.begin(), bIntoA.conflicts.end());
        const auto touched =
            aroundConflicts(conflicts, {&baseContents, &sideContents[0], &sideContents[1]}, links);
        std::set<RecordKey> keys;
        for (const auto* state : {&baseContents, &sideContents[0], &sideContents[1]}) {
            for (const auto& entry : *state) {
                keys.insert(entry.first);
            }
        }
        for (const auto& path : {intoB, intoA}) {
            storage::Database db(path, storage::OpenMode::ReadOnly);
            const auto result = everything(db);
            // Compared without an assertion per record (there are thousands),
            // naming the first few that differ.
            std::vector<std::string> differ;
            std::size_t compared = 0;
            for (const auto& key : keys) {
                if (touched.count(key) != 0) {
                    continue;
                }
                ++compared;
                const auto expected = merged(baseContents, sideContents[0], sideContents[1], key);
                const auto found = result.find(key);
                const bool same = (found != result.end()) == expected.has_value() &&
                                  (!expected || found->second == *expected);
                if (!same && differ.size() < 5) {
                    differ.push_back(key.first + " " + std::to_string(key.second) + " in " +
                                     fs::path(path).filename().string());
                }
            }
            CHECK(differ.empty());
            recordsCompared += compared;
        }
    }
    // The scripts reached many kinds of record, and met conflicts, and the
    // three-way check compared most of the example each time.
    CHECK(tablesMerged.size() >= 30);
    CHECK(recordsCompared > kExampleScripts * 1000);
    CHECK(conflictsSeen > 0);
}
