#include "util/PartialFile.h"

#include <atomic>
#include <fcntl.h>
#include <filesystem>
#include <unistd.h>

namespace jointly::util {

namespace {

// A name beside the final file that no other writer uses: this process's id
// and a count, so two exports to the same place never share a partial file.
std::string partialName(const std::string& path) {
    static std::atomic<unsigned> count{0};
    const std::filesystem::path target(path);
    return (target.parent_path() / ("." + target.filename().string() + ".writing-" +
                                    std::to_string(::getpid()) + "-" + std::to_string(++count)))
        .string();
}

// Asks the system to put a file (or a folder's list of names) on the disk
// itself, so that a power cut after the rename finds the whole file.
bool syncToDisk(const std::string& path, bool folder) {
    const int fd = ::open(path.c_str(), (folder ? O_DIRECTORY : 0) | O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

PartialFile::PartialFile(std::string path, std::string name)
    : path_(std::move(path)), name_(std::move(name)), partial_(partialName(path_)),
      out_(partial_, std::ios::binary | std::ios::trunc) {
}

PartialFile::~PartialFile() {
    if (!committed_) {
        out_.close();
        std::error_code ignored;
        std::filesystem::remove(partial_, ignored);
    }
}

Status PartialFile::opened() const {
    if (!out_) {
        return Error{ErrorKind::Storage, "Jointly cannot write " + name_ +
                                             ". Check the folder exists and you may write in it."};
    }
    return success();
}

Status PartialFile::commit() {
    out_.flush();
    if (!out_) {
        return Error{ErrorKind::Storage, "Jointly could not finish writing " + name_ +
                                             "; the disk may be full. Nothing was written."};
    }
    out_.close();
    if (!out_ || !syncToDisk(partial_, false)) {
        return Error{ErrorKind::Storage, "Jointly could not finish writing " + name_ +
                                             "; the disk may be full. Nothing was written."};
    }
    std::error_code ec;
    std::filesystem::rename(partial_, path_, ec);
    if (ec) {
        return Error{ErrorKind::Storage, "Jointly cannot write " + name_ + "."};
    }
    committed_ = true;
    auto folder = std::filesystem::path(path_).parent_path();
    syncToDisk(folder.empty() ? std::string(".") : folder.string(), true);
    return success();
}

} // namespace jointly::util
