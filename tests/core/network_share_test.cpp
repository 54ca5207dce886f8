// A project on a network share opens read-only, saying why, because SQLite's
// locking cannot be trusted there. The file system is a stand-in: the probe
// that asks Linux (statfs) is replaced by one that answers a chosen type.
#include "core/TestSupport.h"

#include "partnership/PartnershipKinds.h"
#include "project/FileSystemCheck.h"
#include "project/Project.h"
#include "records/RecordStore.h"

#include <catch2/catch.hpp>

#include <cstdint>

using namespace jointly;
using jointly::testing::TempDir;

namespace {

// Puts the real probe back however the test ends.
struct StandIn {
    explicit StandIn(std::int64_t type) {
        project::setFileSystemProbe([type](const std::string&) { return type; });
    }
    ~StandIn() { project::setFileSystemProbe({}); }
    StandIn(const StandIn&) = delete;
    StandIn& operator=(const StandIn&) = delete;
};

} // namespace

TEST_CASE("a project on a network share opens read-only and says why", "[network]") {
    TempDir dir;
    const auto path = dir.file("Shared.jointly");
    REQUIRE(project::Project::create(path, "Shared").ok());
    const auto bytes = jointly::testing::readBytes(path);
    const auto entries = dir.entries();

    struct Case {
        std::int64_t type;
        const char* words;
    };
    const Case kShares[] = {
        {0xFF534D42, "an SMB (Windows) network share"},
        {0xFE534D42, "an SMB (Windows) network share"},
        {0x6969, "an NFS network share"},
        {0x65735546, "a FUSE file system (such as sshfs or a cloud drive)"},
    };
    for (const auto& share : kShares) {
        INFO(share.words);
        StandIn standIn(share.type);
        CHECK(project::networkShareHolding(path) == std::optional<std::string>(share.words));
        auto opened = project::Project::open(path);
        REQUIRE(opened.ok());
        auto& project = *opened.value();
        CHECK(project.isReadOnly());
        CHECK(project.readOnlyReason() ==
              "Shared.jointly is on " + std::string(share.words) +
                  ", where file locking cannot be trusted: if two people changed it at once it "
                  "could be damaged. It is open read-only. To make changes, save a copy to your "
                  "own disk (File > Save a copy as), work on that, and put it back when you "
                  "have finished.");
        auto edit = records::addRecord(project, partnership::objective(), {});
        REQUIRE_FALSE(edit.ok());
        CHECK(edit.error().kind == ErrorKind::ReadOnly);
        opened.value().reset();
        // Nothing was written: no lock, no journal, the same bytes.
        CHECK(dir.entries() == entries);
        CHECK(jointly::testing::readBytes(path) == bytes);
    }
}

TEST_CASE("a project on a local disk opens for editing", "[network]") {
    TempDir dir;
    const auto path = dir.file("Local.jointly");
    REQUIRE(project::Project::create(path, "Local").ok());
    {
        StandIn ext4(0xEF53);
        CHECK_FALSE(project::networkShareHolding(path).has_value());
        auto opened = project::Project::open(path);
        REQUIRE(opened.ok());
        CHECK_FALSE(opened.value()->isReadOnly());
    }
    // The real probe: the test's temporary folder is on a local disk.
    CHECK_FALSE(project::networkShareHolding(path).has_value());
}
