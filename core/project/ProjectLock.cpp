#include "project/ProjectLock.h"

#include "project/FileInspection.h"
#include "util/Text.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <filesystem>
#include <pwd.h>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace jointly::project {

namespace {

std::string hostName() {
    char buffer[256] = {};
    if (::gethostname(buffer, sizeof(buffer) - 1) != 0) {
        return "unknown";
    }
    return buffer;
}

// The lock file is "key=value" lines; anything unrecognised is ignored.
LockOwner parseOwner(const std::string& text) {
    LockOwner owner;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        auto equals = line.find('=');
        if (equals == std::string::npos) {
            continue;
        }
        auto key = line.substr(0, equals);
        auto value = line.substr(equals + 1).substr(0, 200);
        if (key == "host") {
            owner.host = value;
        } else if (key == "pid") {
            owner.processId = std::strtol(value.c_str(), nullptr, 10);
        } else if (key == "user") {
            owner.user = value;
        } else if (key == "since") {
            owner.since = value;
        }
    }
    return owner;
}

std::string readAll(int fd) {
    std::string text;
    char buffer[512];
    ::lseek(fd, 0, SEEK_SET);
    ssize_t got = 0;
    while ((got = ::read(fd, buffer, sizeof(buffer))) > 0 && text.size() < 4096) {
        text.append(buffer, static_cast<std::size_t>(got));
    }
    return text;
}

bool tryLock(int fd) {
    struct flock request {};
    request.l_type = F_WRLCK;
    request.l_whence = SEEK_SET;
    request.l_start = 0;
    request.l_len = 0;
    return ::fcntl(fd, F_OFD_SETLK, &request) == 0;
}

} // namespace

std::string describeOwner(const LockOwner& owner) {
    std::string text = "Jointly on computer \"" + (owner.host.empty() ? "unknown" : owner.host) +
                       "\" (process " + std::to_string(owner.processId);
    if (!owner.user.empty()) {
        text += ", user " + owner.user;
    }
    if (!owner.since.empty()) {
        text += ", since " + owner.since;
    }
    return text + ")";
}

std::string ProjectLock::lockPathFor(const std::string& projectPath) {
    std::filesystem::path path(projectPath);
    return (path.parent_path() / ("." + path.filename().string() + ".lock")).string();
}

bool ProjectLock::readOwner(const std::string& projectPath, LockOwner& owner) {
    int fd = ::open(lockPathFor(projectPath).c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    owner = parseOwner(readAll(fd));
    ::close(fd);
    return owner.processId != 0;
}

Outcome<std::unique_ptr<ProjectLock>> ProjectLock::acquire(const std::string& projectPath,
                                                           bool breakStale) {
    const std::string name = displayName(projectPath);
    const std::string lockPath = lockPathFor(projectPath);
    int fd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        return Error{ErrorKind::Storage, "Jointly cannot mark " + name +
                                             " as open because it cannot write in that folder."};
    }
    // Between our open() and the lock, the owner may have closed the project
    // and removed the lock file; then we hold a lock on a file nobody else can
    // see. Check the path still names the file we locked, and start again if not.
    for (int attempt = 0; attempt < 5 && tryLock(fd); ++attempt) {
        struct stat locked {};
        struct stat named {};
        if (::fstat(fd, &locked) == 0 && ::stat(lockPath.c_str(), &named) == 0 &&
            locked.st_ino == named.st_ino && locked.st_dev == named.st_dev) {
            return finishAcquire(fd, projectPath, lockPath, breakStale);
        }
        ::close(fd);
        fd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd < 0) {
            return Error{ErrorKind::Storage,
                         "Jointly cannot mark " + name +
                             " as open because it cannot write in that folder."};
        }
    }
    {
        LockOwner owner = parseOwner(readAll(fd));
        ::close(fd);
        return Error{ErrorKind::Locked, name + " is already open in " + describeOwner(owner) +
                                            ". Close it there, or open it read-only."};
    }
}

Outcome<std::unique_ptr<ProjectLock>> ProjectLock::finishAcquire(int fd,
                                                                 const std::string& projectPath,
                                                                 const std::string& lockPath,
                                                                 bool breakStale) {
    const std::string name = displayName(projectPath);
    LockOwner previous = parseOwner(readAll(fd));
    if (previous.processId != 0 && !breakStale) {
        ::close(fd);
        return Error{ErrorKind::StaleLock,
                     name + " was left marked as open by " + describeOwner(previous) +
                         ", which is no longer running (perhaps it crashed). If no one else is "
                         "using the file, break the lock and open it."};
    }
    std::ostringstream text;
    text << "host=" << hostName() << "\npid=" << ::getpid() << "\nuser=" << util::systemUserName()
         << "\nsince=" << util::nowUtc() << "\n";
    const std::string content = text.str();
    if (::ftruncate(fd, 0) != 0 ||
        ::pwrite(fd, content.data(), content.size(), 0) != static_cast<ssize_t>(content.size())) {
        ::close(fd);
        return Error{ErrorKind::Storage,
                     "Jointly cannot mark " + name + " as open: writing the lock file failed."};
    }
    ::fsync(fd);
    return std::unique_ptr<ProjectLock>(new ProjectLock(fd, lockPath));
}

ProjectLock::~ProjectLock() {
    if (fd_ >= 0) {
        ::unlink(path_.c_str());
        ::close(fd_);
    }
}

} // namespace jointly::project
