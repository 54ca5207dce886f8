#include "interchange/TemporaryProject.h"

#include <cerrno>
#include <filesystem>
#include <unistd.h>

namespace jointly::interchange {

namespace fs = std::filesystem;

TemporaryProject::TemporaryProject(const std::string& finalPath) {
    const fs::path target(finalPath);
    path_ = (target.parent_path() /
             ("." + target.filename().string() + ".importing-" + std::to_string(::getpid())))
                .string();
    removeAll(); // a leftover from an earlier process with the same id
}

TemporaryProject::~TemporaryProject() {
    removeAll();
}

TemporaryProject::Placed TemporaryProject::moveTo(const std::string& finalPath) {
    // A hard link fails if the name is taken, so it never replaces a file,
    // even one made a moment ago by someone else. The temporary name is then
    // removed by the destructor.
    if (::link(path_.c_str(), finalPath.c_str()) == 0) {
        return Placed::Done;
    }
    const int reason = errno;
    std::error_code ec;
    if (reason == EEXIST || fs::exists(fs::symlink_status(finalPath, ec))) {
        return Placed::NameTaken;
    }
    // Some file systems (FAT drives, some network shares) have no hard links:
    // there a rename, after the look above, is the best that can be done.
    fs::rename(path_, finalPath, ec);
    return ec ? Placed::Failed : Placed::Done;
}

void TemporaryProject::removeAll() {
    std::error_code ignored;
    fs::remove(path_, ignored);
    fs::remove(path_ + "-journal", ignored);
}

} // namespace jointly::interchange
