// The page checksum of storage/PageChecksums.h, with values worked by hand.
#include "core/TestSupport.h"

#include "project/FileInspection.h"
#include "project/Project.h"
#include "storage/Database.h"
#include "storage/PageChecksums.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <vector>

using jointly::storage::pageChecksum;

namespace {

constexpr std::uint64_t kGolden = 0x9E3779B97F4A7C15ULL; // what page number 1 starts the sums at

std::uint64_t rotateHalf(std::uint64_t x) {
    return (x << 32) | (x >> 32);
}

} // namespace

TEST_CASE("a page's checksum is two running sums of its words, started from its page number",
          "[checksum]") {
    // A 512-byte page holds 63 summed words and the 8 checksum bytes.
    std::vector<unsigned char> page(512, 0);
    // All zero, page 1: the first sum stays at K = 0x9E3779B97F4A7C15; the
    // second starts at K and adds K for each of the 63 words, ending at 64K
    // mod 2^64 = K << 6 = 0x8DDE6E5FD29F0540. The checksum is K xor 64K with
    // its halves swapped (0xD29F05408DDE6E5F).
    CHECK((kGolden << 6) == 0x8DDE6E5FD29F0540ULL);
    CHECK(pageChecksum(page.data(), page.size(), 1) == (kGolden ^ 0xD29F05408DDE6E5FULL));
    CHECK(pageChecksum(page.data(), page.size(), 1) == 0x4CA87CF9F294124AULL);
    // Page 2 starts the sums at 2K: 2K xor (128K with halves swapped).
    CHECK(pageChecksum(page.data(), page.size(), 2) == ((2 * kGolden) ^ rotateHalf(128 * kGolden)));
    CHECK(pageChecksum(page.data(), page.size(), 2) == 0x9950F9F2E5282495ULL);
    // The first word 1 (little-endian): the first sum is K + 1 from the
    // start; the second is K + 63 (K + 1).
    page[0] = 1;
    CHECK(pageChecksum(page.data(), page.size(), 1) ==
          ((kGolden + 1) ^ rotateHalf(kGolden + 63 * (kGolden + 1))));
    CHECK(pageChecksum(page.data(), page.size(), 1) == 0x4CA87CC6F2941249ULL);
}

TEST_CASE("any one flipped bit changes a page's checksum, and its own 8 bytes do not count",
          "[checksum]") {
    std::vector<unsigned char> page(1024);
    for (std::size_t i = 0; i < page.size(); ++i) {
        page[i] = static_cast<unsigned char>(i * 37 + 11);
    }
    const auto sound = pageChecksum(page.data(), page.size(), 7);
    for (std::size_t byte = 0; byte + 8 < page.size(); ++byte) {
        for (int bit = 0; bit < 8; ++bit) {
            page[byte] ^= static_cast<unsigned char>(1 << bit);
            REQUIRE(pageChecksum(page.data(), page.size(), 7) != sound);
            page[byte] ^= static_cast<unsigned char>(1 << bit);
        }
    }
    // Two words swapped.
    std::swap(page[0], page[8]);
    CHECK(pageChecksum(page.data(), page.size(), 7) != sound);
    std::swap(page[0], page[8]);
    // The same page at another place.
    CHECK(pageChecksum(page.data(), page.size(), 8) != sound);
    // The last 8 bytes hold the checksum itself.
    page[page.size() - 1] ^= 0xFF;
    CHECK(pageChecksum(page.data(), page.size(), 7) == sound);
}

TEST_CASE("a VACUUM that changes the page size leaves every page with its right checksum",
          "[checksum]") {
    // SQLite writes the new, smaller pages in blocks of the old size while the
    // page size changes; the checking VFS sums each page again before the
    // sync that makes them durable.
    jointly::testing::TempDir dir;
    const auto path = dir.file("Smaller.jointly");
    REQUIRE(jointly::project::Project::create(path, "Smaller").ok());
    {
        jointly::storage::Database db(path, jointly::storage::OpenMode::ReadWrite);
        REQUIRE(db.queryInt64("PRAGMA page_size") == 8192);
        db.execute("PRAGMA page_size = 512");
        db.execute("VACUUM");
        CHECK(db.queryInt64("PRAGMA page_size") == 512);
        CHECK(db.hasPageChecksums());
    }
    auto facts = jointly::project::inspectProjectFile(path);
    INFO(jointly::testing::describe(facts));
    REQUIRE(facts.ok());
    // Every 512-byte page's last 8 bytes hold its checksum.
    const auto bytes = jointly::testing::readBytes(path);
    REQUIRE(bytes.size() % 512 == 0);
    for (std::size_t start = 0; start < bytes.size(); start += 512) {
        const auto* page = reinterpret_cast<const unsigned char*>(bytes.data() + start);
        std::uint64_t stored = 0;
        for (int i = 7; i >= 0; --i) {
            stored = (stored << 8) | page[504 + i];
        }
        REQUIRE(stored == pageChecksum(page, 512, start / 512 + 1));
    }
}
