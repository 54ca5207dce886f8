#include <catch2/catch.hpp>

#include "IndicatorTestSupport.h"
#include "ReadEverything.h"
#include "TestSupport.h"

#include "baseline/Baselines.h"
#include "interchange/ProjectJson.h"
#include "needs/IndicatorExport.h"
#include "needs/IndicatorSeries.h"
#include "needs/NeedsKinds.h"
#include "partnership/PartnershipKinds.h"
#include "partnership/TermsOfReference.h"
#include "project/Project.h"
#include "project/Schema.h"
#include "records/RecordStore.h"
#include "stages/FileSummary.h"
#include "stages/ProjectOpening.h"
#include "storage/Database.h"
#include "storage/PageChecksums.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <filesystem>
#include <iostream>
#include <random>

#include <sqlite3.h>

using namespace jointly;
using jointly::testing::TempDir;
namespace fs = std::filesystem;

namespace {

// One way of damaging a file, chosen by the variant's number.
std::string damage(const std::string& original, std::uint32_t variant) {
    std::mt19937 random(variant);
    std::string bytes = original;
    const std::size_t pageSize = jointly::testing::pageSizeOf(original);
    const std::size_t pages = bytes.size() / pageSize;
    auto anywhere = [&](std::size_t limit) {
        return std::uniform_int_distribution<std::size_t>(0, limit - 1)(random);
    };
    switch (variant % 6) {
    case 0: // cut short at any offset
        bytes.resize(anywhere(bytes.size()));
        break;
    case 1: // one bit flipped in the 100-byte header
        bytes[anywhere(100)] ^= static_cast<char>(1 << anywhere(8));
        break;
    case 2: // a few bits flipped anywhere
        for (int i = 0; i < 4; ++i) {
            bytes[anywhere(bytes.size())] ^= static_cast<char>(1 << anywhere(8));
        }
        break;
    case 3: { // a whole page (not the first) zeroed
        const std::size_t page = 1 + anywhere(pages - 1);
        std::fill(bytes.begin() + static_cast<std::ptrdiff_t>(page * pageSize),
                  bytes.begin() + static_cast<std::ptrdiff_t>((page + 1) * pageSize), '\0');
        break;
    }
    case 4: { // a run of random bytes written over a page
        const std::size_t start = anywhere(bytes.size() - 64);
        for (std::size_t i = 0; i < 64; ++i) {
            bytes[start + i] = static_cast<char>(anywhere(256));
        }
        break;
    }
    default: // garbage appended after the last page
        bytes.append(anywhere(3 * pageSize) + 1, static_cast<char>(anywhere(256)));
        break;
    }
    return bytes;
}

} // namespace

// Everything a project holds, as its JSON export, or empty if it cannot be
// exported.
std::string everythingIn(const std::string& path) {
    auto json = interchange::exportProjectJson(path);
    return json.ok() ? json.value() : std::string();
}

TEST_CASE("a thousand damaged copies of a project are refused or opened identical, and never "
          "changed",
          "[damaged]") {
    TempDir dir;
    // A realistic project: the partnership stage filled in and an import.
    const auto sound = dir.file("sound.jointly");
    {
        auto made = project::Project::create(sound, "Kent Health and Care Partnership");
        REQUIRE(made.ok());
        REQUIRE(needs::importIndicators(*made.value(),
                                        jointly::testing::fixture("fingertips-small.csv"), {})
                    .ok());
        for (int i = 0; i < 40; ++i) {
            REQUIRE(
                records::addRecord(*made.value(), partnership::partnerOrganisation(),
                                   {{"name", records::FieldValue{"Partner " + std::to_string(i)}}})
                    .ok());
        }
    }
    const auto original = jointly::testing::readBytes(sound);
    REQUIRE(original.size() >= 8 * jointly::testing::pageSizeOf(original));
    const std::string whole = everythingIn(sound);
    REQUIRE_FALSE(whole.empty());

    // Each variant is sorted by what Jointly does with it: refused, opened
    // showing exactly what the sound file holds, or opened showing something
    // else. The last would be a changed name or amount shown as if it were
    // right, and must never happen.
    int refused = 0;
    int openedIdentical = 0;
    int openedDifferent = 0;
    int refusedForChecksum = 0;
    int edited = 0;
    const auto path = dir.file("Damaged.jointly");
    for (std::uint32_t variant = 0; variant < 1000; ++variant) {
        INFO("variant " << variant);
        const auto bytes = damage(original, variant);
        jointly::testing::writeBytes(path, bytes);

        auto summary = stages::summariseProjectFile(path);
        project::OpenOptions readOnly;
        readOnly.readOnly = true;
        auto project = stages::openProject(path, readOnly);
        // `jointly check` (the summary) and opening (as the window and the
        // verbs open) agree.
        CHECK(summary.ok() == project.ok());
        if (project.ok()) {
            (void)jointly::testing::readEverything(*project.value());
            project.value().reset();
            const std::string shown = everythingIn(path);
            if (shown == whole) {
                ++openedIdentical;
            } else {
                ++openedDifferent;
                FAIL_CHECK("variant " << variant << " opened showing something else");
            }
        } else {
            ++refused;
            CHECK(project.error().message.find("Damaged.jointly") != std::string::npos);
            CHECK(summary.error().message.find("Damaged.jointly") != std::string::npos);
            if (project.error().message.find("checksum") != std::string::npos) {
                ++refusedForChecksum;
            }
        }
        // Nothing above may write to the file: checking, opening read-only
        // and reading leave it byte for byte as it was.
        CHECK(jointly::testing::readBytes(path) == bytes);

        if (project.ok()) {
            // An opened variant works as any project does, through what the
            // window and the command-line verbs use: it opens for editing,
            // exports its indicators and takes an edit.
            auto editable = stages::openProject(path, {});
            REQUIRE(editable.ok());
            CHECK(needs::exportIndicators(editable.value()->database(), dir.file("Indicators.csv"))
                      .ok());
            CHECK(records::addRecord(*editable.value(), partnership::partnerOrganisation(),
                                     {{"name", records::FieldValue{std::string("After")}}})
                      .ok());
            ++edited;
        }
    }
    std::cout << "damaged files: " << refused << " refused (" << refusedForChecksum
              << " by a page checksum), " << openedIdentical << " opened identical, "
              << openedDifferent << " opened different\n";
    CHECK(openedDifferent == 0);
    CHECK(edited == openedIdentical + openedDifferent);
    // Both outcomes happen: most damage is caught (by the header, the page
    // checksums or quick_check), and some is harmless (bytes appended after
    // the last page, changes to pages no table uses).
    CHECK(refused > 500);
    CHECK(refusedForChecksum > 300);
    CHECK(openedIdentical > 100);
}

TEST_CASE("damaged copies of the example, with its procurements, contracts, KPIs, contract "
          "performance and a baseline of its plan, are refused or opened identical",
          "[damaged]") {
    TempDir dir;
    // The example with its plan frozen as approved, so that a damaged page
    // may fall in a baseline's archive as well.
    const auto frozen = dir.file("Frozen.jointly");
    fs::copy_file(JOINTLY_EXAMPLE_FILE, frozen);
    {
        auto project = project::Project::open(frozen);
        REQUIRE(project.ok());
        REQUIRE(baseline::freezePlan(*project.value(), "Approved", "2026-03-26").ok());
    }
    const auto original = jointly::testing::readBytes(frozen);
    const std::string whole = everythingIn(frozen);
    REQUIRE(whole.find("\"kpi_rating\": [\n      {") != std::string::npos);
    REQUIRE(whole.find("\"baseline\": [\n      {") != std::string::npos);
    const auto path = dir.file("Damaged.jointly");
    int refused = 0;
    int openedIdentical = 0;
    // Bounded so that CI stays quick; each variant reads every stage,
    // monitoring's whole page included (stage workOut), and the JSON.
    for (std::uint32_t variant = 0; variant < 120; ++variant) {
        INFO("variant " << variant);
        const auto bytes = damage(original, variant * 7 + 3);
        jointly::testing::writeBytes(path, bytes);
        project::OpenOptions readOnly;
        readOnly.readOnly = true;
        auto project = stages::openProject(path, readOnly);
        if (project.ok()) {
            (void)jointly::testing::readEverything(*project.value());
            project.value().reset();
            CHECK(everythingIn(path) == whole);
            ++openedIdentical;
        } else {
            CHECK(project.error().message.find("Damaged.jointly") != std::string::npos);
            ++refused;
        }
        CHECK(jointly::testing::readBytes(path) == bytes);
    }
    CHECK(refused > 40);
    CHECK(openedIdentical > 5);
}

TEST_CASE("a bit flipped inside a record is caught by its page's checksum, naming the file and "
          "the page",
          "[damaged]") {
    TempDir dir;
    const auto path = dir.file("Westshire.jointly");
    {
        auto made = project::Project::create(path, "Westshire");
        REQUIRE(made.ok());
        REQUIRE(records::addRecord(
                    *made.value(), partnership::partnerOrganisation(),
                    {{"name", records::FieldValue{std::string("Westshire Council")}},
                     {"annual_contribution_pence", records::FieldValue{std::int64_t{1250000050}}}})
                    .ok());
    }
    auto bytes = jointly::testing::readBytes(path);
    const auto at = bytes.find("Westshire Council");
    REQUIRE(at != std::string::npos);
    const std::size_t page = at / jointly::testing::pageSizeOf(bytes) + 1;
    bytes[at] ^= 0x01; // "Westshire" becomes "Vestshire": SQLite's checks cannot see it
    jointly::testing::writeBytes(path, bytes);

    auto opened = project::Project::open(path, {});
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::Damaged);
    CHECK(opened.error().message ==
          "Westshire.jointly is damaged: page " + std::to_string(page) +
              " no longer holds what Jointly wrote there (its checksum does not match), "
              "perhaps because of a failing disk or a program other than Jointly. Jointly has "
              "not changed it. Open a backup copy of the project.");
    CHECK(jointly::testing::readBytes(path) == bytes);
}

TEST_CASE("without page checksums, as in format 4, the same flipped bit showed a wrong name as "
          "if it were right",
          "[damaged]") {
    // Why format 5 added checksums: the structure of the file is sound, so
    // quick_check passes and the changed name opens with no warning.
    TempDir dir;
    const auto path = dir.file("Four.jointly");
    {
        // Made by plain SQLite, without the reserved room, at format 4.
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                "unix") == SQLITE_OK);
        sqlite3_close(db);
    }
    {
        storage::Database four(path, storage::OpenMode::ReadWrite);
        CHECK_FALSE(four.hasPageChecksums());
        four.execute("PRAGMA application_id = " + std::to_string(project::kApplicationId));
        project::migrateTo(four, 4);
        four.execute("INSERT INTO partner_organisation (name) VALUES ('Westshire Council')");
    }
    auto bytes = jointly::testing::readBytes(path);
    REQUIRE(static_cast<unsigned char>(bytes[20]) == 0); // no room reserved
    const auto at = bytes.find("Westshire Council");
    REQUIRE(at != std::string::npos);
    bytes[at] ^= 0x01;
    jointly::testing::writeBytes(path, bytes);
    project::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto opened = project::Project::open(path, readOnly);
    REQUIRE(opened.ok());
    const auto partners =
        records::listRecords(opened.value()->database(), partnership::partnerOrganisation());
    REQUIRE(partners.size() == 1);
    CHECK(records::nameOf(partnership::partnerOrganisation(), partners.front()) ==
          "Vestshire Council");
}

TEST_CASE("a format 5 file whose header lost its room for checksums is refused", "[damaged]") {
    TempDir dir;
    const auto path = dir.file("Lost.jointly");
    REQUIRE(project::Project::create(path, "Lost").ok());
    auto bytes = jointly::testing::readBytes(path);
    REQUIRE(static_cast<unsigned char>(bytes[20]) == storage::kChecksumBytes);
    bytes[20] = 0;
    jointly::testing::writeBytes(path, bytes);
    auto opened = project::Project::open(path, {});
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message ==
          "Lost.jointly is damaged: its header no longer makes room for the checksums that let "
          "Jointly check every page, perhaps because a program other than Jointly rewrote it. "
          "Jointly has not changed it. Open a backup copy of the project.");
}

TEST_CASE("records of a kind shown as a form are named by the kind", "[damaged]") {
    TempDir dir;
    auto made = project::Project::create(dir.file("p.jointly"), "Named");
    REQUIRE(made.ok());
    auto& db = made.value()->database();
    // The agreement has no name field of its own; it was once an exception.
    auto deal = records::findRecord(db, partnership::agreement(), partnership::kPartnershipId);
    REQUIRE(deal.has_value());
    CHECK(records::nameOf(partnership::agreement(), *deal) == "agreement");
    auto group = records::findRecord(db, partnership::profile(), partnership::kPartnershipId);
    REQUIRE(group.has_value());
    CHECK(records::nameOf(partnership::profile(), *group) == "Named");
}
