#pragma once

#include "Outcome.h"

#include <memory>
#include <string>

namespace jointly::project {

// Who holds a project open: written into the lock file beside the project.
struct LockOwner {
    std::string host;
    long processId = 0;
    std::string user;
    std::string since; // ISO 8601, UTC
};

// Describes an owner for a message: "Jointly on host "X" (process 123, user ann)".
std::string describeOwner(const LockOwner& owner);

// Marks a project as open in this process, so a second Jointly process on the
// same file is told who has it. The lock is a small hidden file beside the
// project (".NAME.jointly.lock") holding the owner, plus an open-file-
// description lock on it that the operating system drops when this process
// ends, however it ends. A lock file that exists but is not locked was left by
// a process that died: that is a stale lock, which the user may break.
class ProjectLock {
public:
    ~ProjectLock();
    ProjectLock(const ProjectLock&) = delete;
    ProjectLock& operator=(const ProjectLock&) = delete;

    // Error kinds: Locked (a live process holds it; the message names it),
    // StaleLock (left by a dead process; call again with breakStale), or
    // Storage (the lock file could not be written, e.g. a read-only folder).
    static Outcome<std::unique_ptr<ProjectLock>> acquire(const std::string& projectPath,
                                                         bool breakStale);

    // Reads the owner recorded for a project, if any.
    static bool readOwner(const std::string& projectPath, LockOwner& owner);

    static std::string lockPathFor(const std::string& projectPath);

private:
    static Outcome<std::unique_ptr<ProjectLock>> finishAcquire(int fd,
                                                               const std::string& projectPath,
                                                               const std::string& lockPath,
                                                               bool breakStale);
    ProjectLock(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}
    int fd_ = -1;
    std::string path_;
};

} // namespace jointly::project
