// A committed change survives a power cut. PowerCutDisk records what each
// sync made durable and cuts the power at every sync and deletion of an edit,
// a cascading deletion, an import and an undo, then rewrites the files as a
// disk could have left them: with all, none, a prefix or a random subset of
// what had not been synced. The project is then opened as a user would open
// it after the machine restarted, and must hold either everything the change
// did or nothing of it, and everything whenever the call had returned.
#include "core/IndicatorTestSupport.h"
#include "core/PowerCutDisk.h"
#include "core/TestSupport.h"

#include "interchange/ProjectJson.h"
#include "needs/IndicatorImport.h"
#include "partnership/PartnershipKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <functional>
#include <iostream>
#include <memory>
#include <regex>
#include <string>
#include <vector>

using namespace jointly;
using jointly::testing::PowerCutDisk;
using jointly::testing::TempDir;
using Loss = PowerCutDisk::Loss;

namespace {

// A change made through the project, as the window or the command line makes
// it; true when the call reported success.
using Change = std::function<bool(project::Project&)>;

// Steps to take after opening and before the power is watched (to have
// something to undo), and a change that sets the synchronous level.
struct Scenario {
    std::string name;
    std::function<void(project::Project&)> before;
    Change change;
};

// Everything the project holds, as its JSON export, with the moment each
// import was made left out (runs of the same import differ only there).
std::string everything(const std::string& path) {
    auto json = interchange::exportProjectJson(path);
    REQUIRE(json.ok());
    static const std::regex importedAt("\"imported_at\":\"[^\"]*\"");
    return std::regex_replace(json.value(), importedAt, "\"imported_at\":\"\"");
}

// Opens the project as the user would after a restart (letting SQLite put
// back a journal's pages) and returns all it holds.
std::string reopened(const std::string& path) {
    auto project = project::Project::open(path, {});
    REQUIRE(project.ok());
    project.value().reset();
    return everything(path);
}

std::unique_ptr<project::Project> openFor(const Scenario& scenario, const std::string& path,
                                          const char* synchronous) {
    auto project = project::Project::open(path, {});
    REQUIRE(project.ok());
    if (synchronous != nullptr) {
        project.value()->database().execute(std::string("PRAGMA synchronous = ") + synchronous);
    }
    if (scenario.before) {
        scenario.before(*project.value());
    }
    return std::move(project.value());
}

struct Tally {
    int runs = 0;
    int returned = 0;     // runs whose call reported success
    int keptByCut = 0;    // runs where the cut itself lost something on the disk
    int lostReturned = 0; // runs where a change whose call returned was missing
    int halfApplied = 0;  // runs that ended neither before nor after
};

// Runs `scenario` once without a cut to learn its sync points and result,
// then once for every sync point (and once after the call returned) under
// each kind of loss, reopening and comparing every time.
Tally cutEverywhere(const Scenario& scenario, const std::string& original, const TempDir& dir,
                    const char* synchronous, int randomSeeds) {
    PowerCutDisk disk;
    const auto path = dir.file("Westshire.jointly");
    jointly::testing::writeBytes(path, original);
    openFor(scenario, path, synchronous).reset();
    const std::string before = reopened(path);
    jointly::testing::writeBytes(path, original);
    int syncPoints = 0;
    {
        auto project = openFor(scenario, path, synchronous);
        disk.watch();
        REQUIRE(scenario.change(*project));
        syncPoints = disk.events();
        project.reset();
        disk.restore(Loss::Nothing, 0);
    }
    const std::string after = reopened(path);
    REQUIRE(after != before);
    REQUIRE(syncPoints >= 2);

    std::vector<std::pair<Loss, unsigned>> losses = {{Loss::Everything, 0}, {Loss::Nothing, 0}};
    for (int seed = 1; seed <= randomSeeds; ++seed) {
        losses.emplace_back(Loss::Prefix, static_cast<unsigned>(seed));
        losses.emplace_back(Loss::Random, static_cast<unsigned>(seed));
    }
    Tally tally;
    for (int point = 0; point <= syncPoints; ++point) {
        for (const auto& [loss, seed] : losses) {
            INFO(scenario.name << ": power cut at sync point " << point << " of " << syncPoints
                               << ", " << jointly::testing::describe(loss) << ", seed " << seed);
            jointly::testing::writeBytes(path, original);
            bool returned = false;
            {
                auto project = openFor(scenario, path, synchronous);
                disk.watch();
                disk.cutAt(point);
                returned = scenario.change(*project);
                CHECK(returned == !disk.isCut());
                project.reset();
                disk.restore(loss, seed);
            }
            ++tally.runs;
            tally.returned += returned ? 1 : 0;
            tally.keptByCut += disk.filesChangedByCut() > 0 ? 1 : 0;
            const std::string found = reopened(path);
            if (returned && found != after) {
                ++tally.lostReturned;
                UNSCOPED_INFO("lost: " << scenario.name << " at " << point << " "
                                       << jointly::testing::describe(loss) << " " << seed);
            }
            if (found != before && found != after) {
                ++tally.halfApplied;
                UNSCOPED_INFO("half: " << scenario.name << " at " << point << " "
                                       << jointly::testing::describe(loss) << " " << seed);
            }
        }
    }
    return tally;
}

std::vector<Scenario> scenarios() {
    using namespace partnership;
    auto firstPartner = [](project::Project& p) {
        return records::listRecords(p.database(), partnerOrganisation()).front().id;
    };
    return {
        {"one field edited",
         {},
         [firstPartner](project::Project& p) {
             return records::setField(p, partnerOrganisation(), firstPartner(p),
                                      "annual_contribution_pence",
                                      records::FieldValue{std::int64_t{123456789}})
                 .ok();
         }},
        {"a partner added",
         {},
         [](project::Project& p) {
             return records::addRecord(p, partnerOrganisation(),
                                       {{"name", records::FieldValue{std::string("Added")}}})
                 .ok();
         }},
        {"a partner deleted with its members and interests",
         {},
         [firstPartner](project::Project& p) {
             return records::deleteRecord(p, partnerOrganisation(), firstPartner(p)).ok();
         }},
        {"an indicator file imported",
         {},
         [](project::Project& p) {
             return needs::importIndicators(p, jointly::testing::fixture("fingertips-bom-crlf.csv"),
                                            {})
                 .ok();
         }},
        {"an edit undone",
         [firstPartner](project::Project& p) {
             REQUIRE(records::setField(p, partnerOrganisation(), firstPartner(p), "name",
                                       records::FieldValue{std::string("Renamed")})
                         .ok());
         },
         [](project::Project& p) {
             return p.undo().ok();
         }},
    };
}

// A small project with partners, members, a declared interest and an import.
std::string makeOriginal(const TempDir& dir) {
    using namespace partnership;
    const auto path = dir.file("made.jointly");
    auto made = project::Project::create(path, "Westshire Health and Care Partnership");
    REQUIRE(made.ok());
    auto& project = *made.value();
    for (int i = 0; i < 3; ++i) {
        auto partner =
            records::addRecord(project, partnerOrganisation(),
                               {{"name", records::FieldValue{"Partner " + std::to_string(i)}}});
        REQUIRE(partner.ok());
        auto person =
            records::addRecord(project, member(),
                               {{"partner_id", records::FieldValue{partner.value()}},
                                {"name", records::FieldValue{"Member " + std::to_string(i)}}});
        REQUIRE(person.ok());
        REQUIRE(records::addRecord(project, declaredInterest(),
                                   {{"member_id", records::FieldValue{person.value()}}})
                    .ok());
    }
    REQUIRE(needs::importIndicators(project, jointly::testing::fixture("fingertips-small.csv"), {})
                .ok());
    made.value().reset();
    return jointly::testing::readBytes(path);
}

} // namespace

TEST_CASE("project files are opened with synchronous EXTRA", "[power-cut]") {
    TempDir dir;
    auto made = project::Project::create(dir.file("p.jointly"), "Settings");
    REQUIRE(made.ok());
    CHECK(made.value()->database().queryInt64("PRAGMA synchronous") == 3);
}

TEST_CASE("a power cut at any sync point loses no change whose call returned, and never leaves "
          "half of one",
          "[power-cut]") {
    TempDir dir;
    const std::string original = makeOriginal(dir);
    int runs = 0;
    for (const auto& scenario : scenarios()) {
        INFO(scenario.name);
        const auto tally = cutEverywhere(scenario, original, dir, nullptr, 5);
        CHECK(tally.lostReturned == 0);
        CHECK(tally.halfApplied == 0);
        // The cuts reached the dangerous moments: some lost unsynced writes
        // on the disk, and some came after the call had returned.
        CHECK(tally.keptByCut > 0);
        CHECK(tally.returned > 0);
        CHECK(tally.returned < tally.runs);
        runs += tally.runs;
        std::cout << "power cut, " << scenario.name << ": " << tally.runs << " cuts, "
                  << tally.returned << " after the call returned, " << tally.keptByCut
                  << " lost unsynced writes on the disk, " << tally.lostReturned
                  << " lost a returned change, " << tally.halfApplied << " left half of one\n";
    }
    CHECK(runs >= 300);
}

TEST_CASE("with synchronous FULL a power cut just after an edit returned can roll it away",
          "[power-cut]") {
    // The reason for EXTRA, shown by the same test: FULL deletes the journal
    // without syncing the folder, so the cut can bring the journal back and
    // the next open rolls the edit away.
    TempDir dir;
    const std::string original = makeOriginal(dir);
    const auto tally = cutEverywhere(scenarios().front(), original, dir, "FULL", 1);
    CHECK(tally.lostReturned > 0);
    CHECK(tally.halfApplied == 0);
}
