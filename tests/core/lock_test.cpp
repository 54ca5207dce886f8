#include "core/TestSupport.h"

#include "project/Project.h"
#include "project/ProjectLock.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <pwd.h>
#include <regex>
#include <string>
#include <unistd.h>

using namespace jointly;
using jointly::testing::TempDir;
using project::ProjectLock;
namespace fs = std::filesystem;

namespace {

std::string thisHost() {
    char buffer[256] = {};
    REQUIRE(::gethostname(buffer, sizeof(buffer) - 1) == 0);
    return buffer;
}

std::string thisUser() {
    const passwd* entry = ::getpwuid(::getuid());
    REQUIRE(entry != nullptr);
    return entry->pw_name;
}

const std::string kStaleContent = "host=old-laptop\n"
                                  "pid=4242\n"
                                  "user=ann\n"
                                  "since=2026-01-05T09:00:00Z\n";

} // namespace

TEST_CASE("the lock file is a hidden file beside the project", "[lock]") {
    CHECK(ProjectLock::lockPathFor("/data/boards/Westshire.jointly") ==
          "/data/boards/.Westshire.jointly.lock");
}

TEST_CASE("a second lock on the same project is refused, naming the holder", "[lock]") {
    TempDir dir;
    const auto path = dir.file("Westshire.jointly");
    const auto lockPath = dir.file(".Westshire.jointly.lock");
    {
        auto first = ProjectLock::acquire(path, false);
        INFO(jointly::testing::describe(first));
        REQUIRE(first.ok());
        REQUIRE(fs::exists(lockPath));
        CHECK((fs::status(lockPath).permissions() & fs::perms::all) ==
              (fs::perms::owner_read | fs::perms::owner_write));

        // What the lock file records: this host, process and user, and when.
        const std::regex content("host=" + thisHost() + "\npid=" + std::to_string(::getpid()) +
                                 "\nuser=" + thisUser() +
                                 "\nsince=\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z\n");
        CHECK(std::regex_match(jointly::testing::readBytes(lockPath), content));
        project::LockOwner owner;
        REQUIRE(ProjectLock::readOwner(path, owner));
        CHECK(owner.host == thisHost());
        CHECK(owner.processId == ::getpid());
        CHECK(owner.user == thisUser());
        CHECK(owner.since.size() == 20);

        // Open-file-description locks conflict even within one process.
        auto second = ProjectLock::acquire(path, false);
        REQUIRE_FALSE(second.ok());
        CHECK(second.error().kind == ErrorKind::Locked);
        const auto expected = "Westshire.jointly is already open in Jointly on computer \"" +
                              thisHost() + "\" (process " + std::to_string(::getpid()) + ", user " +
                              thisUser() + ", since " + owner.since +
                              "). Close it there, or open it read-only.";
        CHECK(second.error().message == expected);
        // Breaking is only for stale locks; a live one still refuses.
        auto breaking = ProjectLock::acquire(path, true);
        REQUIRE_FALSE(breaking.ok());
        CHECK(breaking.error().kind == ErrorKind::Locked);
        CHECK(fs::exists(lockPath));
    }
    // Releasing the first lock removes the file; the next acquire succeeds.
    CHECK_FALSE(fs::exists(lockPath));
    auto third = ProjectLock::acquire(path, false);
    REQUIRE(third.ok());
    CHECK(fs::exists(lockPath));
}

TEST_CASE("a lock file left by a process that died is a stale lock the user may break", "[lock]") {
    TempDir dir;
    const auto path = dir.file("Westshire.jointly");
    const auto lockPath = dir.file(".Westshire.jointly.lock");
    jointly::testing::writeBytes(lockPath, kStaleContent);

    auto refused = ProjectLock::acquire(path, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::StaleLock);
    CHECK(refused.error().message ==
          "Westshire.jointly was left marked as open by Jointly on computer \"old-laptop\" "
          "(process 4242, user ann, since 2026-01-05T09:00:00Z), which is no longer running "
          "(perhaps it crashed). If no one else is using the file, break the lock and open it.");
    CHECK(jointly::testing::hasBytes(lockPath, kStaleContent));

    auto broken = ProjectLock::acquire(path, true);
    REQUIRE(broken.ok());
    project::LockOwner owner;
    REQUIRE(ProjectLock::readOwner(path, owner));
    CHECK(owner.host == thisHost());
    CHECK(owner.processId == ::getpid());
}

TEST_CASE("an empty lock file names no one and is taken over quietly", "[lock]") {
    TempDir dir;
    const auto path = dir.file("Westshire.jointly");
    jointly::testing::writeBytes(dir.file(".Westshire.jointly.lock"), "");
    project::LockOwner owner;
    CHECK_FALSE(ProjectLock::readOwner(path, owner));
    auto lock = ProjectLock::acquire(path, false);
    REQUIRE(lock.ok());
    REQUIRE(ProjectLock::readOwner(path, owner));
    CHECK(owner.processId == ::getpid());
}

TEST_CASE("describeOwner writes who holds a lock as a phrase", "[lock]") {
    CHECK(project::describeOwner({"desk-7", 123, "ann", "2026-11-22T10:00:00Z"}) ==
          "Jointly on computer \"desk-7\" (process 123, user ann, since 2026-11-22T10:00:00Z)");
    CHECK(project::describeOwner({"desk-7", 123, "", ""}) ==
          "Jointly on computer \"desk-7\" (process 123)");
    CHECK(project::describeOwner({"", 0, "", ""}) == "Jointly on computer \"unknown\" (process 0)");
}

TEST_CASE("a project open elsewhere is refused, but may be opened read-only", "[lock]") {
    TempDir dir;
    const auto path = dir.file("Westshire.jointly");
    const auto lockPath = dir.file(".Westshire.jointly.lock");
    auto first = project::Project::create(path, "Westshire Partnership");
    REQUIRE(first.ok());
    REQUIRE(fs::exists(lockPath));
    const auto lockContent = jointly::testing::readBytes(lockPath);

    auto second = project::Project::open(path);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == ErrorKind::Locked);
    CHECK_THAT(second.error().message,
               Catch::StartsWith("Westshire.jointly is already open in Jointly on computer \"" +
                                 thisHost() + "\" (process " + std::to_string(::getpid()) + ", "));
    {
        project::OpenOptions options;
        options.readOnly = true;
        auto readOnly = project::Project::open(path, options);
        INFO(jointly::testing::describe(readOnly));
        REQUIRE(readOnly.ok());
        CHECK(readOnly.value()->isReadOnly());
        CHECK(readOnly.value()->readOnlyReason() == "You opened Westshire.jointly read-only.");
    }
    // Closing the read-only view leaves the first project's lock alone.
    CHECK(jointly::testing::hasBytes(lockPath, lockContent));
    first.value().reset();
    CHECK_FALSE(fs::exists(lockPath));
    auto reopened = project::Project::open(path);
    REQUIRE(reopened.ok());
    CHECK_FALSE(reopened.value()->isReadOnly());
}

TEST_CASE("a project with a stale lock is refused until the lock is broken", "[lock]") {
    TempDir dir;
    const auto path = dir.file("Westshire.jointly");
    REQUIRE(project::Project::create(path, "Westshire Partnership").ok());
    jointly::testing::writeBytes(dir.file(".Westshire.jointly.lock"), kStaleContent);

    auto refused = project::Project::open(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::StaleLock);
    CHECK_THAT(refused.error().message, Catch::Contains("\"old-laptop\" (process 4242"));

    project::OpenOptions options;
    options.breakStaleLock = true;
    auto opened = project::Project::open(path, options);
    REQUIRE(opened.ok());
    CHECK_FALSE(opened.value()->isReadOnly());
    project::LockOwner owner;
    REQUIRE(ProjectLock::readOwner(path, owner));
    CHECK(owner.processId == ::getpid());
}
