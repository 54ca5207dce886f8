#include "project/FileSystemCheck.h"

#include <filesystem>
#include <sys/vfs.h>

namespace jointly::project {

namespace {

FileSystemProbe& probe() {
    static FileSystemProbe instance;
    return instance;
}

std::optional<std::int64_t> statfsType(const std::string& path) {
    auto folder = std::filesystem::path(path).parent_path();
    if (folder.empty()) {
        folder = ".";
    }
    struct statfs facts {};
    if (::statfs(folder.c_str(), &facts) != 0) {
        return std::nullopt;
    }
    return static_cast<std::int64_t>(facts.f_type);
}

} // namespace

std::optional<std::string> networkShareHolding(const std::string& path) {
    const auto type = probe() ? probe()(path) : statfsType(path);
    if (!type) {
        return std::nullopt;
    }
    // The magic numbers Linux gives these file systems (linux/magic.h).
    switch (static_cast<std::uint32_t>(*type)) {
    case 0xFF534D42U: // CIFS
    case 0xFE534D42U: // SMB2
    case 0x517BU:     // SMB
        return "an SMB (Windows) network share";
    case 0x6969U: // NFS
        return "an NFS network share";
    case 0x5346414FU: // AFS
    case 0x6B414653U: // kAFS
        return "an AFS network file system";
    case 0x01021997U: // 9P
        return "a 9P network file system";
    case 0x65735546U: // FUSE, as sshfs and most cloud-drive mounts are
        return "a FUSE file system (such as sshfs or a cloud drive)";
    default:
        return std::nullopt;
    }
}

void setFileSystemProbe(FileSystemProbe replacement) {
    probe() = std::move(replacement);
}

} // namespace jointly::project
