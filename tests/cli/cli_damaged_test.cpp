// The command-line verbs on damaged copies of the example partnership: each
// either does its work or refuses with the damaged-file exit code and a
// sentence naming the file, agreeing with `check`, and never aborts; the
// verbs that only read leave the file byte for byte as it was.
#include "CliSupport.h"

#include "stages/FileSummary.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>

using jointly::cli_testing::Folder;
using jointly::cli_testing::readFile;

namespace {

// One way of damaging the file, chosen by the variant's number: bits flipped
// anywhere, a run of bytes overwritten, a page zeroed, the file cut short, or
// bytes appended after its last page (which SQLite never reads).
std::string damaged(const std::string& original, std::uint32_t variant) {
    std::mt19937 random(variant * 7919u + 1u);
    auto anywhere = [&](std::size_t limit) {
        return std::uniform_int_distribution<std::size_t>(0, limit - 1)(random);
    };
    std::string bytes = original;
    switch (variant % 5) {
    case 0:
        for (int i = 0; i < 3; ++i) {
            bytes[anywhere(bytes.size())] ^= static_cast<char>(1 << anywhere(8));
        }
        break;
    case 1: {
        const auto start = anywhere(bytes.size() - 32);
        for (std::size_t i = 0; i < 32; ++i) {
            bytes[start + i] = static_cast<char>(anywhere(256));
        }
        break;
    }
    case 2: {
        const std::size_t page = 4096;
        const auto start = (1 + anywhere(bytes.size() / page - 1)) * page;
        std::fill(bytes.begin() + static_cast<std::ptrdiff_t>(start),
                  bytes.begin() + static_cast<std::ptrdiff_t>(start + page), '\0');
        break;
    }
    case 3:
        bytes.resize(anywhere(bytes.size()));
        break;
    default:
        bytes.append(1 + anywhere(8192), static_cast<char>(anywhere(256)));
        break;
    }
    return bytes;
}

} // namespace

TEST_CASE("every verb on a damaged project does its work or refuses it as check does, and never "
          "aborts",
          "[cli][damaged]") {
    Folder folder;
    REQUIRE(folder.jointly("new Sound.jointly --example").exitCode == 0);
    const auto original = readFile(folder / "Sound.jointly");
    REQUIRE(original.size() > 16 * 4096);
    struct Verb {
        const char* arguments;
        bool onlyReads;
    };
    const Verb kVerbs[] = {
        {"check Damaged.jointly", true},
        {"status Damaged.jointly --json", true},
        {"export-json Damaged.jointly out.json", true},
        {"appraisal Damaged.jointly", false},
        {"budget Damaged.jointly --year 2026/27", false},
        {"export-indicators Damaged.jointly out.csv", false},
        {"timeline Damaged.jointly", true},
        {"evaluation Damaged.jointly", true},
        {"contracts Damaged.jointly", true},
        {"export-ocds Damaged.jointly out-ocds.json --prefix ocds-test01", true},
        {"kpis Damaged.jointly --json", true},
        {"review Damaged.jointly --as-at 2026-12-02", true},
        {"performance Damaged.jointly --as-at 2026-12-02", true},
        {"next-cycle Damaged.jointly --as-at 2026-12-02 --preview", true},
        {"dashboard Damaged.jointly board.html --as-at 2026-12-02", true},
    };
    int refused = 0;
    int usable = 0;
    for (std::uint32_t variant = 0; variant < 25; ++variant) {
        INFO("variant " << variant);
        const auto bytes = damaged(original, variant);
        folder.write("Damaged.jointly", bytes);
        // What check makes of it, through the core.
        const bool checkable =
            jointly::stages::summariseProjectFile((folder / "Damaged.jointly").string()).ok();
        (checkable ? usable : refused) += 1;
        for (const auto& verb : kVerbs) {
            INFO(verb.arguments);
            folder.write("Damaged.jointly", bytes);
            const auto run = folder.jointly(verb.arguments);
            INFO(run.err);
            if (checkable) {
                // A file check accepts: the verb does its work.
                CHECK(run.exitCode == 0);
            } else {
                // A file check refuses: every verb refuses it, naming it.
                CHECK(run.exitCode == 7);
                CHECK(run.err.find("Damaged.jointly") != std::string::npos);
            }
            if (verb.onlyReads) {
                CHECK(readFile(folder / "Damaged.jointly") == bytes);
            }
        }
    }
    // Both outcomes were met: most damage is refused, some is harmless.
    CHECK(refused > 10);
    CHECK(usable > 0);
}
