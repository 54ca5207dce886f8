#include <catch2/catch.hpp>

#include "IndicatorTestSupport.h"
#include "ReadEverything.h"
#include "TestSupport.h"

#include "needs/IndicatorSeries.h"
#include "needs/NeedsKinds.h"
#include "partnership/PartnershipKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "report/TermsOfReference.h"
#include "stages/FileSummary.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <random>

using namespace jointly;
using jointly::testing::TempDir;

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

TEST_CASE("a thousand damaged copies of a project are refused or opened safely, and never "
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

    int refused = 0;
    int opened = 0;
    const auto path = dir.file("Damaged.jointly");
    for (std::uint32_t variant = 0; variant < 1000; ++variant) {
        INFO("variant " << variant);
        const auto bytes = damage(original, variant);
        jointly::testing::writeBytes(path, bytes);

        auto summary = stages::summariseProjectFile(path);
        if (!summary.ok()) {
            CHECK_FALSE(summary.error().message.empty());
        }
        project::OpenOptions readOnly;
        readOnly.readOnly = true;
        auto project = project::Project::open(path, readOnly);
        if (project.ok()) {
            ++opened;
            (void)jointly::testing::readEverything(*project.value());
            project.value().reset();
        } else {
            ++refused;
            CHECK(project.error().message.find("Damaged.jointly") != std::string::npos);
        }
        // Nothing above may write to the file: checking, opening read-only
        // and reading leave it byte for byte as it was.
        CHECK(jointly::testing::readBytes(path) == bytes);
    }
    // Both kinds of outcome happen: much damage is caught by the header and
    // quick_check, and some (appended bytes, flips in unused space) is harmless.
    CHECK(refused > 100);
    CHECK(opened > 100);
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
