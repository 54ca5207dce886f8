#include "IndicatorTestSupport.h"
#include "TestSupport.h"

#include "baseline/Baselines.h"
#include "needs/IndicatorImport.h"
#include "needs/NeedsKinds.h"
#include "planning/PlanStore.h"
#include "procurement/TenderKinds.h"
#include "procurement/TenderScoring.h"
#include "procurement/TenderStore.h"
#include "project/Ids.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "storage/Database.h"

#include "workshop/WorkshopEdits.h"
#include "workshop/WorkshopKinds.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <set>
#include <string>

using namespace jointly;
using jointly::testing::TempDir;
namespace fs = std::filesystem;

namespace {

using IdsByTable = std::map<std::string, std::set<std::int64_t>>;

// Every id of every table of the file.
IdsByTable allIds(const std::string& path) {
    storage::Database db(path, storage::OpenMode::ReadOnly);
    IdsByTable ids;
    auto tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                             "LIKE 'sqlite_%'");
    while (tables.step()) {
        auto& set = ids[tables.text(0)];
        auto rows = db.prepare("SELECT id FROM \"" + tables.text(0) + "\"");
        while (rows.step()) {
            set.insert(rows.int64(0));
        }
    }
    return ids;
}

// Adds a record of every kind (each kind's required links pointing at a
// record of the linked kind added just before), a score, a promoted needs
// statement and an indicator import: every way Jointly adds rows.
void addOfEveryKind(project::Project& project, const std::string& label) {
    std::map<std::string, std::int64_t> latest;
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto* kind : records::everyKind()) {
            if (kind->oneRow || latest.count(std::string(kind->table))) {
                continue;
            }
            records::FieldValues initial;
            bool ready = true;
            for (const auto& field : kind->fields) {
                if (field.required && field.type == records::FieldType::Year) {
                    initial.emplace_back(field.column, std::int64_t{2027}); // a cycle year
                } else if (field.required) {
                    auto linked = latest.find(std::string(records::linkedTable(field)));
                    ready = ready && linked != latest.end();
                    if (ready) {
                        initial.emplace_back(field.column, linked->second);
                    }
                }
            }
            if (!ready) {
                continue;
            }
            if (kind->table == "needs_statement") {
                initial.emplace_back("candidate_priority", std::int64_t{1});
            }
            if (kind->table == "kpi" && latest.count("contract") != 0) {
                // A contract's KPI, so that an assessment of the contract can rate it.
                initial.emplace_back("contract_id", latest["contract"]);
            }
            if (kind->table == "interest_action") {
                // Noted, so that the member may still vote in the round below.
                initial.emplace_back("action", std::string("noted"));
            }
            if (kind->table == "round_vote" || kind->table == "agreed_value") {
                // A vote is cast in an open round; a value is agreed once it is closed.
                REQUIRE(workshop::setRoundState(project, latest.at("workshop_round"),
                                                kind->table == "round_vote"
                                                    ? workshop::RoundState::Open
                                                    : workshop::RoundState::Closed)
                            .ok());
            }
            if (kind->table == "baseline") {
                // A baseline is only ever taken whole, by freezing the plan.
                auto frozen = baseline::freezePlan(project, "Approved in " + label, "2026-03-26");
                REQUIRE(frozen.ok());
                latest["baseline"] = frozen.value();
                continue;
            }
            auto added = records::addRecord(project, *kind, initial);
            INFO(kind->table << " in " << label);
            REQUIRE(added.ok());
            latest[std::string(kind->table)] = added.value();
        }
    }
    REQUIRE(latest.size() > 30);
    // A saved column mapping is a kind of its own, kept out of the lists.
    REQUIRE(records::addRecord(project, needs::csvMapping()).ok());
    REQUIRE(planning::setScore(project, latest.at("appraisal_option"),
                               latest.at("appraisal_criterion"), 7)
                .ok());
    REQUIRE(planning::promoteCandidateStatements(project).ok());
    // A tender's scores: an evaluator declares, scores the one bid on the one
    // question, finishes, and the panel records its consensus.
    const auto evaluator = latest.at("evaluator");
    REQUIRE(records::setField(project, procurement::evaluator(), evaluator, "declared_on",
                              std::string("2026-04-01"))
                .ok());
    REQUIRE(procurement::scoreBid(project, evaluator, latest.at("bid"),
                                  latest.at("award_criterion"), 3, "Clear plan")
                .ok());
    REQUIRE(
        records::setField(project, procurement::evaluator(), evaluator, "finished", std::int64_t{1})
            .ok());
    REQUIRE(procurement::moderateScore(project, latest.at("bid"), latest.at("award_criterion"), 3,
                                       "Agreed")
                .ok());
    needs::ImportOptions options;
    // Replacing what is held adds every row of the file again.
    options.duplicates = needs::DuplicateRule::Replace;
    auto imported = needs::importIndicators(
        project, jointly::testing::fixture("fingertips-small.csv"), options);
    REQUIRE(imported.ok());
}

// The ids in after that were not in before.
IdsByTable added(const IdsByTable& before, const IdsByTable& after) {
    IdsByTable result;
    for (const auto& [table, ids] : after) {
        for (auto id : ids) {
            if (!before.count(table) || !before.at(table).count(id)) {
                result[table].insert(id);
            }
        }
    }
    return result;
}

} // namespace

TEST_CASE("a file owns every site until it gives some to a copy", "[ids]") {
    storage::Database db("", storage::OpenMode::Memory);
    REQUIRE_FALSE(db.tableExists("copy_site"));
    // 2^23 - 1 = 8,388,607 is the last of the 23-bit site numbers.
    CHECK(project::kLastSite == 8388607);
    CHECK(project::siteBlock(db).first == 0);
    CHECK(project::siteBlock(db).last == 8388607);
    CHECK(project::siteOf(1) == 0);
    CHECK(project::siteOf((std::int64_t{1} << 40) - 1) == 0);
    CHECK(project::siteOf(std::int64_t{1} << 40) == 1);
}

TEST_CASE("copies are given halves of the spare sites, and never the same one", "[ids]") {
    storage::Database original("", storage::OpenMode::Memory);
    original.execute("CREATE TABLE copy_site (id INTEGER PRIMARY KEY, site_first INTEGER, "
                     "site_last INTEGER)");
    original.execute("INSERT INTO copy_site VALUES (1, 0, 8388607)");
    // The original keeps site 0 and has 8,388,607 to spare; the copy is given
    // the upper half, (8,388,607 + 1) / 2 = 4,194,304 sites:
    // 8,388,607 - 4,194,304 + 1 = 4,194,304 to 8,388,607.
    auto first = project::giveSitesToCopy(original);
    REQUIRE(first.ok());
    CHECK(first.value().first == 4194304);
    CHECK(first.value().last == 8388607);
    CHECK(project::siteBlock(original).first == 0);
    CHECK(project::siteBlock(original).last == 4194303);
    // A second copy of the original: half of the 4,194,303 spare, rounded up,
    // is 2,097,152: sites 4,194,303 - 2,097,152 + 1 = 2,097,152 to 4,194,303.
    auto second = project::giveSitesToCopy(original);
    REQUIRE(second.ok());
    CHECK(second.value().first == 2097152);
    CHECK(second.value().last == 4194303);
    // A copy of the first copy takes from the first copy's block only:
    // 4,194,303 spare, so 2,097,152 sites from 6,291,456 to 8,388,607.
    storage::Database copy("", storage::OpenMode::Memory);
    copy.execute("CREATE TABLE copy_site (id INTEGER PRIMARY KEY, site_first INTEGER, "
                 "site_last INTEGER)");
    copy.execute("INSERT INTO copy_site VALUES (1, 0, 0)");
    project::setSiteBlock(copy, first.value());
    auto third = project::giveSitesToCopy(copy);
    REQUIRE(third.ok());
    CHECK(third.value().first == 6291456);
    CHECK(third.value().last == 8388607);
    CHECK(project::siteBlock(copy).last == 6291455);
    // Every file's own site differs: 0, 4,194,304, 2,097,152, 6,291,456.
    const std::set<std::int64_t> sites = {0, first.value().first, second.value().first,
                                          third.value().first};
    CHECK(sites.size() == 4);

    // A file with a block of one site has none to give, and says so.
    project::setSiteBlock(copy, {5, 5});
    auto none = project::giveSitesToCopy(copy);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message == "This copy cannot give a copy of its own: it has no spare sites "
                                  "for the records a new copy would add. Take the copy from the "
                                  "original file.");
    CHECK(project::siteBlock(copy).first == 5);
    CHECK(project::siteBlock(copy).last == 5);
}

TEST_CASE("two copies of one file add records of every kind and never the same id", "[ids]") {
    TempDir dir;
    const auto original = dir.file("Original.jointly");
    const auto copy = dir.file("Copy.jointly");
    {
        auto created = project::Project::create(original, "Westshire");
        REQUIRE(created.ok());
        addOfEveryKind(*created.value(), "the original before the copy");
    }
    const auto shared = allIds(original);
    fs::copy_file(original, copy);
    {
        storage::Database from(original, storage::OpenMode::ReadWrite);
        storage::Database to(copy, storage::OpenMode::ReadWrite);
        auto given = project::giveSitesToCopy(from);
        REQUIRE(given.ok());
        project::setSiteBlock(to, given.value());
    }
    for (const auto& path : {original, copy}) {
        auto opened = project::Project::open(path);
        REQUIRE(opened.ok());
        addOfEveryKind(*opened.value(), path);
        addOfEveryKind(*opened.value(), path + ", again");
    }
    const auto inOriginal = added(shared, allIds(original));
    const auto inCopy = added(shared, allIds(copy));
    std::size_t compared = 0;
    for (const auto& [table, ids] : inOriginal) {
        INFO(table);
        REQUIRE(inCopy.count(table) == 1);
        for (auto id : ids) {
            CHECK(project::siteOf(id) == 0);
            CHECK(inCopy.at(table).count(id) == 0);
            ++compared;
        }
        for (auto id : inCopy.at(table)) {
            CHECK(project::siteOf(id) == 4194304);
        }
    }
    // Every table gains rows in each copy, but the three that hold one row
    // for the file itself and the two that say where an offline copy came
    // from and what was merged into it (neither is an edit of the project).
    for (const auto& [table, ids] : shared) {
        INFO(table);
        const bool oneRow = table == "partnership" || table == "copy_site" ||
                            table == "project_identity" || table == "offline_origin" ||
                            table == "merged_edit";
        CHECK(inOriginal.count(table) == (oneRow ? 0 : 1));
    }
    CHECK(compared > 70);
    CHECK(inOriginal.size() == inCopy.size());
}
